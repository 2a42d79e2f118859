"""The canonical sample, coded, must give exactly the hand-checked golden events."""

from __future__ import annotations

from pathlib import Path

import pytest

import flashpoint
from flashpoint.records import Event

from .conftest import SAMPLE, need_shared

pytestmark = pytest.mark.model
GOLDEN = Path(__file__).parent / "golden" / "kmiainfo-kazakhstan.events.tsv"


def _row(e: Event) -> tuple[str, ...]:
    return (str(e.sentence_index), e.source.code if e.source else "", e.cameo,
            e.target.code if e.target else "", e.mode, e.date or "", e.date_precision,
            e.location.name if e.location else "", str(e.mentions))


def _golden() -> list[tuple[str, ...]]:
    lines = [x for x in GOLDEN.read_text(encoding="utf-8").splitlines() if not x.startswith("#")]
    return [tuple(x.split("\t")) for x in lines[1:] if x.strip()]


def test_sample_events_match_the_hand_checked_golden_file() -> None:
    need_shared()
    events = flashpoint.code_text(SAMPLE.read_text(encoding="utf-8"), published="2022-01-07")
    assert [_row(e) for e in events] == _golden()


def test_no_ukraine_analogy_event_and_no_russian_attack_on_kazakhstan() -> None:
    need_shared()
    settings = flashpoint.load_settings(include_all_modes=True)
    events = flashpoint.code_text(SAMPLE.read_text(encoding="utf-8"), published="2022-01-07",
                                  settings=settings)
    pairs = {(e.source.country if e.source else None, e.target.country if e.target else None)
             for e in events}
    assert ("KAZ", "UKR") not in pairs and ("UKR", "KAZ") not in pairs
    assert not [e for e in events if e.source and e.source.country == "RUS"
                and e.target and e.target.country == "KAZ" and e.root in ("18", "19", "20")]


def test_quotes_carry_their_speakers() -> None:
    need_shared()
    coded = next(c for c in flashpoint.code_paths([str(SAMPLE)],
                                                  settings=flashpoint.load_settings(
                                                      published="2022-01-07"))
                 if isinstance(c, flashpoint.Coded))
    speakers = {(q.verb, q.speaker.code if q.speaker else None) for q in coded.quotes}
    assert ("confirmed", "KAZGOV") in speakers
    assert ("said", "KAZGOV") in speakers  # "... he said in a televised speech"
    assert any(q.text.startswith("terrorist gangs") for q in coded.quotes)
