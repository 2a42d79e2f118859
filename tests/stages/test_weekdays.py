"""The wire style's bare weekday ("alleged Monday that ...") parses as "on Monday" would
(``stages/weekdays.py``): made-up sentences about real actors, parsed and coded with the pinned
model."""

from __future__ import annotations

import pytest

from flashpoint.settings import load_settings
from flashpoint.stages.nlp import load_pipeline
from tests.stages.coding import code, triples

pytestmark = pytest.mark.model
DAY = "2000-01-01"


def _parse(text: str):  # type: ignore[no-untyped-def]
    return load_pipeline(load_settings().model)(text)


def test_a_bare_weekday_hangs_on_the_verb_as_a_time_and_the_words_stay() -> None:
    text = "Iran's intelligence ministry alleged Monday that two British diplomats had spied."
    doc = _parse(text)
    monday = next(t for t in doc if t.text == "Monday")
    assert doc.text == text
    assert (monday.dep_, monday.head.text) == ("npadvmod", "alleged")
    assert any(c.dep_ == "ccomp" for c in monday.head.children)


def test_a_weekday_after_on_or_of_someone_is_left_alone() -> None:
    doc = _parse("Israel razed three homes on Monday after Tuesday's attack.")
    monday, tuesday = (next(t for t in doc if t.text == d) for d in ("Monday", "Tuesday"))
    assert (monday.dep_, monday.head.text) == ("pobj", "on")
    assert tuesday.dep_ == "poss"


@pytest.mark.parametrize(("text", "want"), [
    ("Iran's intelligence ministry alleged Monday that two British diplomats had spied for "
     "London.", ("IRNGOV", "GBRGOV", "112")),
    ("Iranian President Mohammad Khatami flew into Damascus Sunday for talks with Bashar "
     "al-Assad.", ("IRNGOV", "SYRGOV", "042")),
])
def test_events_told_with_a_bare_weekday_are_found(text: str, want: tuple[str, str, str]) -> None:
    assert want in triples(code(text, DAY))
