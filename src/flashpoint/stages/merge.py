"""Within one article, the same happening told several times is one event.

Events merge when they have the same source code, target code, CAMEO code and mode. The merged
event keeps the first mention's sentence, rule and place, the most precise date and the highest
confidence, and counts its mentions.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from flashpoint.records import Event

PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "publication": 4}


def merge_key(event: Event) -> tuple[str | None, str | None, str, str]:
    return (event.source.code if event.source else None,
            event.target.code if event.target else None, event.cameo, event.mode)


def _combine(first: Event, other: Event) -> Event:
    dated = min((first, other), key=lambda e: PRECISION_RANK[e.date_precision])
    place = first.location or other.location
    return replace(first, date=dated.date, date_precision=dated.date_precision,
                   date_text=dated.date_text, location=place,
                   confidence=max(first.confidence, other.confidence),
                   mentions=first.mentions + other.mentions)


def merge_events(events: Iterable[Event]) -> list[Event]:
    merged: dict[tuple[str | None, str | None, str, str], Event] = {}
    for event in events:
        key = merge_key(event)
        merged[key] = _combine(merged[key], event) if key in merged else event
    return list(merged.values())
