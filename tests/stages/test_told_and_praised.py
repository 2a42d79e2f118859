"""Demands told in the passive, praise as "warm words", force vowed as "dealing ruthlessly",
nouns the parser reads as verbs, fire that breaks out between two sides, deportations of
migrants. Made-up sentences about real actors, coded with the shipped codebook and the pinned
model."""

from __future__ import annotations

import pytest

from tests.stages.coding import code, triples

pytestmark = pytest.mark.model
DAY = "2000-01-01"

FOUND = [
    ("Beirut was told by Damascus to withdraw its envoy at once.", ("SYRGOV", "LBNGOV", "100")),
    ("The Chilean president won warm words from Washington on Friday.",
     ("USAGOV", "CHLGOV", "051")),
    # vowing to use force on people is threatening it
    ("Kenya's police chief vowed to deal ruthlessly with anyone who joined the banned march.",
     ("KENCOP", "", "137")),
    ("Heavy exchanges of mortar fire broke out between Armenian and Azerbaijani troops "
     "overnight.", ("ARMMIL", "AZEMIL", "190")),
    # allegations levelled by someone code themselves
    ("Allegations of corruption were levelled against the Kenyan government by opposition "
     "leaders.", ("KENOPP", "KENGOV", "1121")),
    ("Oil installations operated by a Spanish company were seized by Bolivian troops on Monday.",
     ("BOLMIL", "ESPBUS", "1711")),
    # "slammed the door on" proposals rejects them (the bare "slammed" criticizes)
    ("Ankara slammed the door on Kurdish proposals for autonomy.", ("TURGOV", "", "120")),
    # a conversation between two: each talks with the other
    ("A telephone conversation between Jacques Chirac and Tony Blair focused on Iraq.",
     ("FRAGOV", "GBRGOV", "040")),
    # migrants deported, however many, are individuals sent home (174), not a mass expulsion
    ("Malaysian police deported more than 3,000 illegal Indonesian immigrants last month.",
     ("MYSCOP", "IDN", "174")),
]


@pytest.mark.parametrize(("text", "triple"), FOUND)
def test_the_event_is_found(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(code(text, DAY))


def test_a_noun_the_parser_read_as_a_verb_is_no_event() -> None:
    found = code("Seoul froze new credits and grant aid to Pyongyang after the nuclear test.", DAY)
    assert {e.cameo for e in found} == {"1621"}  # no grant of aid (070)
