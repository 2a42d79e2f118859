"""A battery of ordinary news sentences, one or two per PLOVER type, in varied grammar: each must
give an event of its type (see battery.tsv)."""

from __future__ import annotations

from pathlib import Path

import pytest

import flashpoint

pytestmark = pytest.mark.model
BATTERY = Path(__file__).parent / "battery.tsv"


def _cases() -> list[tuple[str, str]]:
    lines = [x for x in BATTERY.read_text(encoding="utf-8").splitlines()
             if x.strip() and not x.startswith("#")]
    return [(row[0], row[1]) for row in (x.split("\t") for x in lines[1:])]


@pytest.mark.parametrize(("plover", "sentence"), _cases())
def test_an_ordinary_news_sentence_gives_its_event_type(plover: str, sentence: str) -> None:
    events = [e for e in flashpoint.code_text(sentence, published="2023-06-01")
              if e.mode in ("asserted", "reported")]
    assert plover in {e.plover for e in events}, [(e.cameo, e.plover) for e in events]
