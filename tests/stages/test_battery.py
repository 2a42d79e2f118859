"""Batteries of ordinary news sentences in varied grammar: each must give an event of its type.
battery.tsv has one or two per PLOVER type; battery_wire.tsv one or two per CAMEO code, in the
style of wire reports."""

from __future__ import annotations

from pathlib import Path

import pytest

import flashpoint

pytestmark = pytest.mark.model
HERE = Path(__file__).parent
BATTERIES = (HERE / "battery.tsv", HERE / "battery_wire.tsv")


def _cases() -> list[tuple[str, str]]:
    lines = [x for path in BATTERIES for x in path.read_text(encoding="utf-8").splitlines()
             if x.strip() and not x.startswith(("#", "plover\t"))]
    return [(row[0], row[1]) for row in (x.split("\t") for x in lines)]


@pytest.mark.parametrize(("plover", "sentence"), _cases())
def test_an_ordinary_news_sentence_gives_its_event_type(plover: str, sentence: str) -> None:
    events = [e for e in flashpoint.code_text(sentence, published="2023-06-01")
              if e.mode in ("asserted", "reported")]
    assert plover in {e.plover for e in events}, [(e.cameo, e.plover) for e in events]
