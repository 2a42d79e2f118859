"""Rules found in the thirteenth session, mostly from the PETR2 development half and from
reading real-news shapes: a country, its people or a person written in lower case where the
tagger takes the word for such a name; a noun in the topic of a meeting, a speech or a report
is discussed, not told; a leader travelling to a games still visits the host; sympathy "for"
or "over" someone is aimed at them; "the Pope" is the Holy See's, and a bare "Congress" is the
United States' unless the story's own country has one. Made-up sentences about real actors,
coded with the shipped codebook and the pinned model."""

from __future__ import annotations

import pytest

from tests.stages.coding import code, row_tests

pytestmark = pytest.mark.model

FOUND = [
    # lower case, where the tagger takes the word for a name
    ("syrian forces attacked tunisian rioters.", "2014-01-01", ("SYRMIL", "TUNOPP", "190")),
    ("Police in egypt arrested protesters.", "2014-01-01", ("EGYCOP", "EGYOPP", "173")),
    # a leader's journey to a games is a visit, though the sentence is about sport
    ("Putin travelled to Beijing for the Olympics.", "2008-08-01", ("RUSGOV", "CHNGOV", "042")),
    # sympathy for someone is aimed at them
    ("Obama expressed sympathy for the victims of the earthquake in Nepal.", "2015-06-01",
     ("USAGOV", "NPLCVL", "018")),
    # "the Pope" is the Holy See's wherever the story is
    ("The Pope met Palestinian president Mahmoud Abbas.", "2015-06-01",
     ("VATREL", "PSEGOV", "040")),
    ("In a message relayed from Beirut, Pope John Paul urged Israel to halt its bombardment of "
     "southern Lebanon.", "2000-01-01", ("VATGOV", "ISR", "0256")),
    # a bare "Congress" is the United States' unless the story's country has a congress
    ("Congress voted to cut aid to Pakistan.", "2010-01-01", ("USALEG", "PAK", "162")),
    ("Members of Congress criticized Israel.", "2010-01-01", ("USALEG", "ISR", "111")),
    ("The Philippine Congress impeached the president.", "2010-01-01", ("PHLLEG", "PHLGOV", "173")),
]

NOT_FOUND = [
    # what a summit is about is no event told
    ("Sarkozy attended a summit in Brussels on the riots in Greece.", "2010-01-01",
     ("GRCOPP", "GRC", "145")),
    # a team is no visitor of state
    ("Brazil travelled to Germany for the World Cup championship.", "2006-06-01",
     ("BRA", "DEU", "042")),
    # a surname is not the Pope; a common word in lower case is no country
    ("Russia's FSB accused American businessman Edmond Pope of spying.", "2000-01-01",
     ("RUSSPY", "VAT", "1125")),
    ("Congress voted to cut aid to Pakistan.", "2010-01-01", ("PAKLEG", "PAK", "162")),
]


test_found, test_not_found = row_tests(FOUND, NOT_FOUND)


def test_a_common_word_in_lower_case_names_no_country() -> None:
    events = code("Police arrested protesters who threw turkey at the minister.", "2014-01-01")
    assert not any(a is not None and a.country == "TUR"
                   for e in events for a in (e.source, e.target))
