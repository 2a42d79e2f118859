"""Who acts where the words are a legislature's, a giver's or a caller's: "opposition deputies",
"the Knesset", "the speaker of the Ugandan parliament"; asylum granted "by" a state the parser
hangs on the object; a call that "came from" someone; a deal signed in a capital. Made-up
sentences about real actors, coded with the shipped codebook and the pinned model."""

from __future__ import annotations

import pytest

from tests.stages.coding import code, triples

pytestmark = pytest.mark.model
DAY = "2000-01-01"

FOUND = [
    # plural "deputies" are legislators ("his deputy" is not), national legislatures by name
    ("Opposition deputies in Jordan accused the interior minister of corruption.",
     ("JORLEG", "JORGOV", "1121")),
    ("The Knesset condemned the attack.", ("ISRLEG", "", "111")),
    # "the speaker of <a country's> parliament" is a legislator, and "he" after it
    ("The speaker of the Ugandan parliament said he was sorry for the remarks.",
     ("UGALEG", "", "055")),
    # "armed Islamists" are insurgents
    ("Armed Islamists killed eleven villagers near Algiers.", ("DZAINS", "DZACVL", "190")),
    # a party named like another country's ("Congress Party") is its own country's
    ("The Malawi Congress Party condemned the president's decision.",
     ("MWIPTYMCP", "MWIGOV", "111")),
    # the giver named by "by" on the object of a passive
    ("The ousted Haitian army chief was granted political asylum by Panama on Thursday, a day "
     "after he gave up control of the country.", ("PAN", "HTIMIL", "075")),
    # a call "came from" its caller, whatever "by" phrase is inside it
    ("A call for calm by rival militias came on Sunday from the Lebanese prime minister.",
     ("LBNGOV", "", "0252")),
    # exchanges of fire between two sides, the "between" hung on "fire"
    ("Exchanges of mortar fire between Indian and Pakistani troops continued along the border.",
     ("INDMIL", "PAKMIL", "190")),
    # captives named by who held them, handed over
    ("Five Thai fishermen held by Burmese troops were handed over to the Thai embassy on Friday.",
     ("MMRMIL", "THAGOV", "0841")),
    # rows
    ("The World Bank suspended payments under a loan to Kenya.", ("IGOUNODEVWBK", "KEN", "162")),
    ("Thousands of Taiwanese held a vigil in Taipei against the new law.",
     ("TWN", "TWNGOV", "141")),
    ("Hungary lined up support for Croatia's bid.", ("HUN", "HRV", "053")),
    ("Egyptian intelligence tipped off its Jordanian counterparts about the plot.",
     ("EGY", "JOR", "064")),
    # a capital that says where an organisation keeps its office abroad is not the story's
    ("The PKK criticised the government in a statement from the group's Brussels office.",
     ("TURREBPKK", "TURGOV", "111")),
]


@pytest.mark.parametrize(("text", "triple"), FOUND)
def test_the_doer_and_the_one_done_to_are_found(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(code(text, DAY))


def test_a_deal_signed_in_a_capital_is_between_its_signers() -> None:
    found = triples(code("Armenia and Azerbaijan signed a prisoner accord in Moscow on Monday.",
                         DAY))
    assert found == {("ARM", "AZE", "057"), ("AZE", "ARM", "057")}


def test_a_deputy_alone_is_no_legislator() -> None:
    found = triples(code("Putin and his deputy met in Moscow.", DAY))
    assert not any(code.endswith("LEG") for triple in found for code in triple[:2])


def test_refineries_taken_over_are_property_seized() -> None:
    found = code("Rebels took over three oil refineries owned by a Chinese company.", DAY)
    assert "1711" in {e.cameo for e in found}
