"""Where a pattern's object words are found (stages/patterns.py): on the verb's object, in a
phrase on the verb, or in the object's own phrase ("imposed a ban *on trade*"). Made-up
sentences about real actors."""

from __future__ import annotations

import pytest

from tests.stages.coding import code, triples

pytestmark = pytest.mark.model
DAY = "2000-01-01"


@pytest.mark.parametrize("text", [
    "Kenya imposed a total ban on trade and investment with Somalia.",
    "Kenya imposed restrictions on imports from Somalia.",
])
def test_a_ban_on_trade_is_an_embargo(text: str) -> None:
    assert ("KEN", "SOM", "163") in triples(code(text, DAY))


def test_a_ban_on_other_things_stays_a_restriction() -> None:
    found = code("Kenya imposed a ban on public gatherings in Mombasa.", DAY)
    assert "172" in {e.cameo for e in found}


@pytest.mark.parametrize(("text", "triple"), [
    # the tagger reads "unfettered" as a verb with "access" as its object
    ("Kenya granted UN investigators unfettered access to the camps.", ("KEN", "IGOUNO", "086")),
    ("Kenya must grant UN investigators unfettered access to the camps, the British envoy "
     "said.", ("GBRGOV", "KEN", "1055")),
    # the tagger reads "access" itself as a verb after the recipient
    ("Philippine authorities gave Indonesian police investigators access to a captured "
     "bomb-maker.", ("PHLGOV", "IDNCOP", "086")),
])
def test_an_adjective_read_as_a_verb_leaves_its_noun_the_object(
        text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(code(text, DAY))


@pytest.mark.parametrize(("text", "triple"), [
    ("The Kenyan president took a swipe at Uganda on Friday.", ("KENGOV", "UGA", "111")),
    # the parser reads "parting" as the object and "shot" as a word hung on it
    ("The outgoing Kenyan president took a parting shot at Uganda.", ("KENGOV", "UGA", "111")),
    ("The Kenyan opposition initiated legal proceedings against the electoral commission.",
     ("KENOPP", "KENGOV", "115")),
    ("Germany reiterated its support for Ukraine.", ("DEU", "UKR", "051")),
])
def test_an_idiom_is_coded_by_its_object(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(code(text, DAY))


def test_seized_guns_are_confiscated_not_territory() -> None:
    found = {e.cameo for e in code("Police seized 40 rifles and a box of grenades in Dhaka.",
                                   DAY)}
    assert "171" in found and "192" not in found


def test_regretting_one_s_own_mistake_is_an_apology_and_a_loss_is_not() -> None:
    assert "055" in {e.cameo for e in code(
        'Kenya\'s president said: "Kenya deeply regrets this terrible mistake."', DAY)}
    assert "055" not in {e.cameo for e in code("Kenya regrets the loss of life in Somalia.",
                                               DAY)}


@pytest.mark.parametrize(("text", "triple"), [
    # "visiting" before a name describes the visitor, who is the verb's object
    ("Erdogan met visiting Hungarian Prime Minister Orban in Ankara on Monday.",
     ("TUR", "HUNGOV", "040")),
    ("Japan's prime minister offered the visiting Chinese premier a formal apology in Tokyo "
     "on Friday.", ("JPNGOV", "CHNGOV", "055")),
])
def test_a_visitor_named_after_a_verb_is_its_object(text: str,
                                                    triple: tuple[str, str, str]) -> None:
    found = triples(code(text, DAY))
    assert triple in found and not any(c in ("030", "042") for _, _, c in found)


def test_launching_or_operating_flights_to_a_country_is_economic_cooperation() -> None:
    found = triples(code("Vietnamese airlines began operating direct charter flights to "
                         "Taipei on Monday.", DAY))
    assert {c for _, _, c in found} == {"061"}


@pytest.mark.parametrize(("text", "pair"), [
    ("A gunman opened fire at a mall in Dallas, killing six.", ("USAUAF", "USACVL")),
    ("Police arrested 12 in Lagos on Monday.", ("NGACOP", "NGACVL")),
    # so are men, persons and individuals nobody names
    ("Police arrested three men in Nairobi on Monday.", ("KENCOP", "KENCVL")),
    ("Prosecutors in Nairobi charged five individuals with fraud.", ("KENJUD", "KENCVL")),
])
def test_a_bare_number_or_men_as_object_are_people(text: str, pair: tuple[str, str]) -> None:
    found = triples(code(text, "2019-10-04"))
    assert pair in {(s, t) for s, t, _ in found}, found


def test_a_sum_of_money_as_object_is_nobody() -> None:
    """ "$500 million" is what is given, not to whom."""
    found = triples(code("Japan pledged $500 million on Monday to help rebuild Iraq.", DAY))
    assert not any(t.endswith("CVL") for _, t, _ in found), found


@pytest.mark.parametrize("text", [
    "Russia resumed gas deliveries to Belarus on Monday.",
    "Iraq resumed trucking fuel to Syria on Monday.",  # "trucking" read as the fuel's kind
])
def test_resuming_deliveries_of_fuel_is_trade(text: str) -> None:
    found = triples(code(text, DAY))
    assert any(c == "061" for _, _, c in found), found
