"""Rows and rules found in the tenth session with the per-code sets of
``benchmarks/data/cameo_percode.tsv`` (five styles for the roots the ninth session left, three
for roots 13-15): an acronym is one group, "it" ("The FARC said it would release"), property
set on fire or alight in the passive, a single Tamil Tiger, a bomb "placed", buildings,
ranches and supertankers seized as property, "it" after a teller described by a clause, a
country's body named like an international one, and arrests told by another state. Made-up
sentences about real actors, coded with the shipped codebook and the pinned model."""

from __future__ import annotations

import pytest

from tests.stages.coding import code, triples

pytestmark = pytest.mark.model
DAY = "2000-01-01"

FOUND = [
    # an acronym ending in S is one group: the "it" that follows is the group
    ("The FARC said on Sunday it would release six hostages held in the jungle.",
     ("COLREBFAR", "COLCVL", "0353")),
    # property set on fire, alight or ablaze, told in the passive
    ("Shops and cars in Tottenham were set on fire by rioters on Saturday night.",
     ("GBROPP", "GBR", "145")),
    ("Dozens of homes were set ablaze by militiamen in the village on Tuesday.",
     ("---UAF", "", "1712")),
    ("The rebels set the police station on fire on Monday.", ("---REB", "---COP", "1712")),
    ("Government offices were set alight by protesters in Bishkek.",
     ("KGZOPP", "KGZGOV", "145")),
    # a single Tamil Tiger is the LTTE
    ("A Tamil Tiger militant assassinated former Indian Prime Minister Rajiv Gandhi in 1991.",
     ("LKAREBLTT", "INDELI", "186")),
    # a bomb placed is a bomb planted
    ("ETA placed a car bomb in the car park of Madrid airport.", ("ESPREBETA", "ESP", "1832")),
    ("Militants placed a bomb outside the police station in Quetta.", ("PAKINS", "PAK", "183")),
    # buildings, ranches and supertankers seized are property (171, 1711), a town is taken
    ("Venezuela's land institute seized a cattle ranch owned by a British group on Saturday.",
     ("VEN", "GBR", "1711")),
    ("Somali pirates seized the Saudi supertanker Sirius Star off Kenya.",
     ("SOMCRM", "SAU", "171")),
    ("Rebels seized Goma on Tuesday.", ("---REB", "", "192")),
    # "it" after a teller described by a clause naming others is the teller
    ("The International Monetary Fund, which has been negotiating with Jakarta for weeks, said "
     "on Friday it would lend Indonesia 10 billion dollars.", ("IGOBUSIMF", "IDN", "0331")),
    ("Russia warned Georgia that it would respond to any attack.", ("RUS", "GEO", "130")),
    # a country's own body with an international body's name is the country's
    ("Algeria's High Security Council declared a 12-month state of emergency on Sunday.",
     ("DZAGOV", "DZA", "1724")),
    ("The UN Security Council condemned Israel on Monday.", ("IGOUNOSEC", "ISR", "111")),
    # an arrest nobody is named as making, told by a state about another's people: that state
    ("China's foreign ministry said that two Canadians had been detained on suspicion of "
     "endangering national security.", ("CHNCOP", "CAN", "173")),
    ("US officials said two Americans had been detained.", ("USACOP", "USA", "173")),
]


@pytest.mark.parametrize(("text", "want"), FOUND)
def test_found(text: str, want: tuple[str, str, str]) -> None:
    assert want in triples(code(text, DAY))


def test_what_is_rejected_is_no_event_of_its_own() -> None:
    """ "Opposition demands" read as a verb ("the opposition demands ...") under "were
    rejected": the rejection alone."""
    found = triples(code("Opposition demands to replace the constitution written under Augusto "
                         "Pinochet were rejected by Chile's ruling military junta in 1988.", DAY))
    assert {c for _, _, c in found} == {"124"}
