"""Batteries of ordinary news sentences in varied grammar: each must give an event of its type.
battery.tsv has one or two per PLOVER type; battery_wire.tsv one or two per CAMEO code, in the
style of wire reports; battery_leads.tsv long 1990s-2000s lead sentences with background;
battery_idioms.tsv two per code, avoiding each code's obvious verb.
battery_no_events.tsv holds sentences that must give no event."""

from __future__ import annotations

from pathlib import Path

import pytest

import flashpoint

pytestmark = pytest.mark.model
HERE = Path(__file__).parent
# each file with the publication date its sentences are coded on (people hold dated offices)
BATTERIES = {HERE / "battery.tsv": "2023-06-01", HERE / "battery_wire.tsv": "2023-06-01",
             HERE / "battery_leads.tsv": "2000-01-01", HERE / "battery_idioms.tsv": "2000-01-01"}


def _cases() -> list[tuple[str, str, str]]:
    return [(row[0], row[1], day)
            for path, day in BATTERIES.items()
            for row in (x.split("\t") for x in path.read_text(encoding="utf-8").splitlines()
                        if x.strip() and not x.startswith(("#", "plover\t")))]


@pytest.mark.parametrize(("plover", "sentence", "published"), _cases())
def test_an_ordinary_news_sentence_gives_its_event_type(plover: str, sentence: str,
                                                        published: str) -> None:
    events = [e for e in flashpoint.code_text(sentence, published=published)
              if e.mode in ("asserted", "reported")]
    assert plover in {e.plover for e in events}, [(e.cameo, e.plover) for e in events]


NO_EVENTS = HERE / "battery_no_events.tsv"


def _no_event_cases() -> list[tuple[str, str]]:
    return [(row[0], row[1])
            for row in (x.split("\t") for x in NO_EVENTS.read_text(encoding="utf-8").splitlines()
                        if x.strip() and not x.startswith(("#", "kind\t")))]


@pytest.mark.parametrize(("kind", "sentence"), _no_event_cases())
def test_a_sentence_without_a_political_event_gives_none(kind: str, sentence: str) -> None:
    events = [e for e in flashpoint.code_text(sentence, published="2010-06-01")
              if e.mode in ("asserted", "reported") and e.plover]
    assert events == [], (kind, [(e.cameo, e.trigger) for e in events])
