"""Grammar the parser gets wrong or leaves implicit, and how the coder copes: made-up sentences
about real actors, coded with the shipped codebook and the pinned model."""

from __future__ import annotations

import pytest

import flashpoint
from flashpoint.records import Event
from flashpoint.settings import load_settings
from flashpoint.stages.nlp import load_pipeline

pytestmark = pytest.mark.model


def _code(text: str, published: str = "2000-06-01") -> list[Event]:
    return flashpoint.code_text(text, published=published)


def _triples(events: list[Event]) -> set[tuple[str, str, str]]:
    return {(e.source.code if e.source else "", e.target.code if e.target else "", e.cameo)
            for e in events}


def test_an_irregular_past_the_tagger_misreads_gets_its_verb_s_lemma() -> None:
    nlp = load_pipeline(load_settings().model)
    doc = nlp("Serbia forgave the rebels.")
    assert doc[1].lemma_ == "forgive"
    assert nlp("They lay wreaths at the memorial.")[1].lemma_ != "forgive"
    assert ("SRB", "SRBREB", "056") in _triples(_code("Serbia forgave the rebels."))


def test_a_particle_the_parser_calls_an_adverb_still_counts() -> None:
    """ "stepped down" with "down" as advmod; "pulled its troops back" after the object."""
    assert "0831" in {e.cameo for e in _code("Ecuador's president stepped down on Friday.")}
    events = _code("Israel pulled its troops back from the West Bank towns.")
    assert any(e.cameo.startswith("087") for e in events)


def test_a_planned_protest_is_not_yet_held() -> None:
    text = "Zimbabwe deployed riot police in Harare ahead of planned opposition protests."
    events = flashpoint.code_text(text, published="2000-06-01",
                                  settings=load_settings(include_all_modes=True))
    protests = [e for e in events if e.cameo.startswith("14")]
    assert protests and all(e.mode == "future" for e in protests)
    assert any(e.cameo == "153" and e.mode == "asserted" for e in events)


def test_supporters_of_an_actor_are_that_actor_s() -> None:
    events = _code("Supporters of the ruling party assaulted opposition activists in Harare.")
    assert {e.source.country for e in events if e.source and e.cameo.startswith("18")} \
        == {"ZWE"}


def test_in_defiance_of_is_done_by_the_clause_s_subject() -> None:
    events = _code("Iran resumed uranium enrichment in defiance of a UN Security Council "
                   "resolution.")
    assert any(e.cameo == "128" and e.source and e.source.code == "IRN" for e in events)


def test_a_search_operation_is_not_an_attack() -> None:
    events = _code("Malaysian and Indonesian ships carried out search operations for the "
                   "missing airliner.")
    assert not [e for e in events if e.cameo[:2] in ("18", "19")]
    assert "190" in {e.cameo for e in _code("Malaysian troops carried out an operation "
                                             "against the rebels.")}


def test_troops_sent_to_one_s_own_border_are_a_mobilization_not_aid() -> None:
    events = _code("Turkey sent tanks and troop reinforcements to its border with Syria.")
    assert ("TUR", "SYR", "154") in _triples(events)
    assert not [e for e in events if e.cameo.startswith("07")]
    assert ("TUR", "SYR", "072") in _triples(_code("Turkey sent tanks to Syria."))
