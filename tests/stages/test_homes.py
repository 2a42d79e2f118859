"""Whose country an actor is when its words do not say (stages/places.py, stages/actors.py):
armed men nobody names are of the place where they strike, also when the place is a bearing
("south of Tyre") or a building named after its town ("near Baghdad University"); an ethnic
minority or a native people of the Americas is of the country the sentence places it in, a
crowd of where it marches; a title with an "of" phrase names the state a known person acts
for on the day; "I" and "we" in reported speech are the speaker; a department is of the
state its words name. Made-up sentences about real actors."""

from __future__ import annotations

import pytest

from tests.stages.coding import code

pytestmark = pytest.mark.model
DAY = "2000-01-01"


def _sources(text: str) -> set[str]:
    return {e.source.country or "" for e in code(text, DAY) if e.source is not None}


@pytest.mark.parametrize(("text", "country"), [
    ("Gunmen abducted a U.S. Marine officer on the coastal road south of Tyre on Wednesday.",
     "LBN"),
    ("An Italian journalist was kidnapped by gunmen near Baghdad University on Friday.",
     "IRQ"),
    # a town's name before "home": the tagger took it for an organisation
    ("A Pakistani judge was shot dead by a sniper at his Karachi residence on Friday.", "PAK"),
])
def test_unnamed_gunmen_are_of_the_place_they_strike(text: str, country: str) -> None:
    assert _sources(text) == {country}


@pytest.mark.parametrize(("text", "country"), [
    # "Indians" of the Americas are its native peoples, not India's
    ("Several thousand Guarani Indians marched in Asuncion on Monday to demand land.", "PRY"),
    ("Indian groups rallied in Quito on Monday against the new oil law.", "ECU"),
    # a crowd is where it marches through
    ("Hundreds of ethnic Hungarian students marched through the Slovak town of Komarno.",
     "SVK"),
    # an Indian diaspora's groups in the United States stay Indian
    ("Indian groups in New York rallied against Pakistan on Sunday.", "IND"),
])
def test_native_peoples_and_marchers_are_of_where_they_march(text: str, country: str) -> None:
    assert _sources(text) == {country}


@pytest.mark.parametrize(("text", "country"), [
    ("Unpaid steelworkers in Siberia blocked a highway on Tuesday.", "RUS"),
    ("Striking farmers in Bavaria blocked a motorway on Monday.", "DEU"),
    ("Dozens of Hadramout tribesmen blocked an oil pipeline road on Sunday.", "YEM"),
])
def test_workers_in_a_region_no_gazetteer_lists_are_of_its_country(text: str,
                                                                    country: str) -> None:
    assert _sources(text) == {country}


@pytest.mark.parametrize(("text", "country"), [
    ("Ethnic Hungarian councillors in Romania's Harghita county demanded the right to use "
     "their language in local courts.", "ROU"),
    ("Ethnic Albanians marched in Skopje on Monday.", "MKD"),
    # teachers and rebels are groups of people, not officials: the same rule
    ("Ethnic Hungarian teachers rallied in Cluj on Monday.", "ROU"),
    ("Ethnic Albanian rebels attacked a police station in northern Macedonia.", "MKD"),
    ("Ethnic Hungarian teachers rallied in Budapest on Monday.", "HUN"),
    ("Hundreds of ethnic Hungarian teachers rallied in Cluj on Monday.", "ROU"),
    # not an ethnic minority: the state its name says
    ("Hungarian officials in Romania's Harghita county demanded the right to open a "
     "consulate.", "HUN"),
])
def test_an_ethnic_minority_is_of_the_country_it_lives_in(text: str, country: str) -> None:
    assert country in _sources(text)


def test_a_title_with_an_of_phrase_names_the_state() -> None:
    """On 2000-01-01 the codebook has James Baker as a UN envoy; the text's title wins."""
    assert _sources("U.S. Secretary of State James Baker praised Syria's president on "
                    "Friday.") == {"USA"}


@pytest.mark.parametrize(("text", "verb", "bloc"), [
    ("Arab foreign ministers condemned the Israeli raid on Monday.", "condemned", "IGOMEAARL"),
    ("West African leaders slapped an oil embargo on Sierra Leone's junta.", "slapped",
     "IGOWAFWAS"),
    ("European leaders criticised Turkey on Monday.", "criticised", "IGOEUREEC"),
])
def test_a_region_s_leaders_act_as_its_bloc(text: str, verb: str, bloc: str) -> None:
    """Not the article's country (the Israeli raid made "Arab foreign ministers" Israeli)."""
    found = [e for e in code(text, DAY) if e.trigger == verb]
    assert found and {e.source.code if e.source else "" for e in found} == {bloc}


@pytest.mark.parametrize(("text", "triple"), [
    ('"I thank Japan very much for its help," the Kenyan president told reporters.',
     ("KENGOV", "JPN", "051")),
    ('"We condemn this attack on our embassy," Kenya\'s foreign minister told reporters.',
     ("KENGOV", "", "111")),
    # the speech verb before a colon, which the parser hangs on the quote
    ("Ana Torres, Mexico's trade minister, replied to the tariffs on her blog: "
     '"I firmly reject the new US duty that hits Mexican steel at 12 border crossings."',
     ("MEXGOV", "USA", "120")),
])
def test_i_and_we_in_reported_speech_are_the_speaker(text: str,
                                                       triple: tuple[str, str, str]) -> None:
    assert triple in {(e.source.code if e.source else "", e.target.code if e.target else "",
                       e.cameo) for e in code(text, DAY)}


@pytest.mark.parametrize(("text", "source"), [
    # the article names Cuba more often, but the department is the one its words name
    ("The US Department of Commerce imposed new restrictions on flights to Cuba. The rules "
     "ban most flights to Cuba.", "USAGOV"),
    ("The US Treasury imposed new restrictions on flights to Cuba. The rules ban most flights "
     "to Cuba.", "USAGOV"),
    ("The Egyptian police department condemned the attack.", "EGYCOP"),
    ("The US Defense Department condemned the attack.", "USAMIL"),
])
def test_a_department_is_of_the_state_its_words_name(text: str, source: str) -> None:
    assert source in {e.source.code for e in code(text, DAY) if e.source is not None}


@pytest.mark.parametrize(("text", "source"), [
    ("Thousands of students hurled eggs at the French embassy in Tunis on Friday.", "TUN"),
    ("Hundreds of protesters rallied outside the U.S. base in Okinawa.", "JPN"),
])
def test_crowds_are_of_where_the_embassy_stands_not_its_owner(text: str, source: str) -> None:
    assert _sources(text) == {source}


def test_a_group_owned_by_a_people_is_of_their_country() -> None:
    """ "Australian dockworkers' unions": the unions are Australian though the article names
    Fiji more often."""
    text = ("Australian dockworkers' unions slapped a boycott on Fijian cargo after the coup "
            "in Fiji, refusing to unload ships from Fiji.")
    assert "AUS" in _sources(text)
