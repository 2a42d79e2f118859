"""Rules found in the sixteenth session: a particle after a long object ("handed X, the suspect in
..., over to") is still the verb's; a phrase word written with a hyphen ("counter-terrorism")
matches the tokenizer's three words; "became the first state to recognise" tells a deed done, by
the subject of "became"; unnamed protesters are of the country the sentence places them in, past
an embassy's owner, and a protest with no named target is against the government of the country
the text is about; a town's region after a comma ("Oka, Quebec") says which town it is; "thugs
of the ruling party" are the party's; a past form right after the subject's date ("rebels on
Saturday kidnapped") is the verb; a seizing the parser made a clause of a release ("released
fishermen seized off the coast") describes the captives; a clause told with its own subject and
modal is no infinitive, though a date comes between ("told Japan on Monday it must open"); and
rows for intelligence swapped, acts of aggression committed, displeasure made clear, joint
drills resumed, commitments reiterated, backing assured, crimes done ("accused ministers of
embezzling"), nations rallied to oppose, sabres rattled, courts shunned, congratulations sent
and ground given. Made-up sentences about real actors, coded with the shipped codebook and the
pinned model."""

from __future__ import annotations

import pytest

from tests.stages.coding import row_tests

pytestmark = pytest.mark.model

FOUND = [
    # a particle after an object with its own phrases
    ("Mexico handed Carlos Ruiz, the accountant of the Sinaloa cartel, over to American agents.",
     "2010-01-01", ("MEX", "USA", "063")),
    # a hyphened phrase word
    ("Joint counter-terrorism exercises by Indian and Egyptian troops began on Monday.",
     "2010-01-01", ("INDMIL", "EGYMIL", "062")),
    # ranked: the deed is done, by the subject of "became" or "was"
    ("Ecuador became the first country to recognise Palestine.", "2010-12-25",
     ("ECU", "PSE", "054")),
    ("Poland was the latest to expel Russian diplomats.", "2022-04-01", ("POL", "RUSGOV", "161")),
    # protesters are where the sentence puts them, not at the embassy's owner
    ("Thousands of demonstrators gathered outside the French embassy in Dakar in a rally against "
     "French policy.", "2021-01-01", ("SENOPP", "FRA", "1412")),
    # a protest with no named doer: where it is; no named target: the text's country's
    ("Protests erupted in Karachi over the cartoons published in Denmark.", "2006-02-10",
     ("PAKOPP", "DNKGOV", "141")),
    ("Protesters barricaded a road near Oka, Quebec.", "1990-07-01", ("CANOPP", "CANGOV", "144")),
    # "thugs of" a party are the party's people
    ("Thugs of Zimbabwe's ruling party beat an opposition activist to death.", "2008-05-01",
     ("ZWEGOV", "ZWEOPP", "1823")),
    # the verb the parser read as a modifier after the subject's date
    ("Colombia's ELN rebels on Saturday kidnapped senator Jorge Gomez and his bodyguard at a "
     "roadblock in Arauca province, the army said.", "2001-01-01", ("COLREB", "COLLEG", "181")),
    # the captives a release returns (a guard: the release was found before too)
    ("Pakistan released Indian fishermen seized off the coast.", "2010-01-01",
     ("PAK", "INDAGR", "0841")),
    # a clause told with its own subject and modal, though a date comes first
    ("The European Union told Japan on Monday it must open its markets to European cars.",
     "2000-01-01", ("IGOEUREEC", "JPN", "101")),
    # rows
    ("Israel committed an act of aggression against Lebanon.", "2006-07-20",
     ("ISR", "LBN", "190")),
    ("Indian officials made clear their displeasure with Nepal's purchase of guns.",
     "2005-01-01", ("INDGOV", "NPL", "110")),
    ("Kenya's opposition accused ministers of embezzling public funds.", "2018-01-01",
     ("KENOPP", "KENGOV", "1121")),
    ("Algeria rallied African nations to oppose Morocco.", "2018-01-01", ("DZA", "MAR", "113")),
    ("Ethiopia rattled its sabre at Eritrea.", "2018-01-01", ("ETH", "ERI", "138")),
    ("Pakistani lawyers shunned the courts on Monday.", "2018-01-01",
     ("PAKJUD", "PAKGOV", "143")),
    ("Warm congratulations were sent to Vladimir Putin by Xi Jinping.", "2018-01-01",
     ("CHNGOV", "RUSGOV", "051")),
    ("Zimbabwe's government gave ground in its standoff with the opposition.", "2018-01-01",
     ("ZWEGOV", "ZWEOPP", "080")),
    ("Thai and Malaysian police officers swapped intelligence on the smugglers.", "2010-01-01",
     ("THACOP", "MYSCOP", "064")),
    ("Russia resumed joint drills with Belarus.", "2010-01-01", ("RUS", "BLR", "062")),
    ("Uruguay reiterated its commitment to a negotiated settlement.", "2010-01-01",
     ("URY", "", "030")),
    ("Putin assured Lukashenko of Moscow's full backing.", "2020-09-01",
     ("RUSGOV", "BLRGOV", "032")),
]

NOT_FOUND = [
    # "the next country to" has not done it yet
    ("Japan may become the next country to impose sanctions on Russia.", "2014-03-01", "163"),
    # fishermen seized are captives, not a crowd occupying something
    ("Pakistan released Indian fishermen seized off the coast.", "2010-01-01", "141"),
]


test_found, test_not_found = row_tests(FOUND, NOT_FOUND)
