"""An inquiry that an arrival or a sending is for is the news (the errand is how it began), a
noun's act carried by a passive verb with its doer ("recognition was extended by"), a speaker
named by its office ("the president's office"), marchers described by a misparsed gerund, and
an infinitive inside a relative clause ("who had pledged to hand over").
Made-up sentences about real actors, coded with the shipped codebook and the pinned model."""

from __future__ import annotations

import pytest

from tests.stages.coding import code, triples

pytestmark = pytest.mark.model
DAY = "2000-01-01"


def test_an_inquiry_an_arrival_is_for_is_the_event_and_aims_where_they_went() -> None:
    found = triples(code("An Amnesty International team arrived in Burundi on Monday to "
                         "investigate reports of torture.", DAY))
    assert found == {("NGOHRIAMN", "BDI", "092")}


def test_recognition_extended_in_the_passive_is_the_doers() -> None:
    found = triples(code("Recognition of Eritrea was extended by Italy on Friday.", DAY))
    assert ("ITA", "ERI", "054") in found


def test_a_release_announced_by_the_presidents_office_is_the_states() -> None:
    found = triples(code("The Ethiopian prisoners will be freed, the Eritrean president's "
                         "office said.", DAY))
    assert ("ERIGOV", "ETH", "0353") in found


def test_marchers_described_by_a_misparsed_gerund_are_no_news_of_their_own() -> None:
    found = code("Soldiers clubbed Buddhist monks marching in Mandalay on Friday.", DAY)
    assert max(found, key=lambda e: e.confidence).cameo == "182"


@pytest.mark.parametrize("text", [
    "Gunmen killed a Colombian judge in Cali on Monday, in an attack police blamed on a drug "
    "cartel which he had vowed to extradite to the United States.",
    "Rebels shot dead a Peruvian mayor who had pledged to hand over the guerrillas to the army.",
])
def test_an_intent_inside_a_relative_clause_is_no_news_of_its_own(text: str) -> None:
    assert "0313" not in {e.cameo for e in code(text, DAY)}


def test_captives_held_somewhere_and_freed_are_freed_by_armed_men_there() -> None:
    found = triples(code("Four French engineers held captive in Yemen for a month were freed on "
                         "Friday, the French foreign ministry said.", DAY))
    assert {t[2] for t in found} == {"0841"}
    assert all(t[0] == "YEMUAF" for t in found)


def test_a_participle_trailing_a_background_clause_is_background_too() -> None:
    found = code("Peru urged Bolivia on Monday to mount joint patrols along the border, two days "
                 "after Shining Path guerrillas ambushed a police post, killing six officers.",
                 DAY)
    assert {e.root for e in found} == {"02"}


def test_a_defiance_is_how_the_act_was_done() -> None:
    found = code("Iran test-fired a long-range missile on Sunday in defiance of Western "
                 "warnings.", DAY)
    assert "128" not in {e.cameo for e in found}
    assert found
