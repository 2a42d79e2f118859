"""Merging events across documents: which stored group a new article-level event joins.

The rule (``MergeRule``), applied to events of the same kind of mode whose CAMEO codes are
compatible at root level (the same root, one code refining the other: 19, 190 and 193 agree,
1723 "impose curfew" and 1724 "state of emergency" do not):

* actors: the same source and the same target, where a country and one of its sectors agree
  ("Russia" and "Russian forces") and an unnamed target agrees with any;
* place: the same place, or none given, or a city inside the other event's country;
* date: within one day inside a story (syndicated copies, follow-ups of one report), within
  ``window_days`` across stories; events without a date only merge inside their story.

``kind="acled"`` is ACLED's baseline instead: same actors, same day, same place.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import duckdb

from flashpoint.happening import ActorKey, actor_key, actors_agree, days_apart
from flashpoint.records import COUNTED_MODES, Event

Row = dict[str, Any]
CANDIDATES = """
SELECT e.id, g.group_id, e.story_id, e.date, e.cameo, e.source_code, e.source_country,
       e.source_sector, e.target_code, e.target_country, e.target_sector, e.location_name,
       e.location_country, e.location_precision, e.mode
FROM events e JOIN event_groups g ON g.event_id = e.id
WHERE e.root = ? AND coalesce(e.source_country, e.source_code) = ? AND e.article_id <> ?
ORDER BY e.date NULLS LAST, e.id
"""


@dataclass(frozen=True, slots=True)
class MergeRule:
    kind: str = "story"  # story | acled
    window_days: int = 1


def _fact(mode: str | None) -> str | None:
    return "fact" if mode in COUNTED_MODES else mode


def _place_ok(event: Event, row: Row, strict: bool) -> bool:
    here, there = event.location, row["location_name"]
    if strict:
        return bool((here.name if here else None) == there)
    if here is None or there is None or here.name == there:
        return True
    coarse = here.precision == "country" or row["location_precision"] == "country"
    return bool(coarse and here.country == row["location_country"])


def _date_ok(event: Event, row: Row, rule: MergeRule) -> bool:
    apart = days_apart(event.date, row["date"])
    same_story = event.story_id is not None and event.story_id == row["story_id"]
    if rule.kind == "acled":
        return apart == 0
    if apart is None:
        return same_story
    return apart <= (max(1, rule.window_days) if same_story else rule.window_days)


def _general(code: str) -> str:
    """ "190" is the root's general code: it stands for "19"."""
    return code[:2] if len(code) == 3 and code.endswith("0") else code


def codes_compatible(a: str, b: str) -> bool:
    """Same root, and one code refines the other (19/190/193 yes; 1723/1724 no)."""
    x, y = _general(a), _general(b)
    return x[:2] == y[:2] and (x.startswith(y) or y.startswith(x))


def _row_actor(row: Row, role: str) -> ActorKey:
    code = row[f"{role}_code"]
    return None if code is None else (code, row[f"{role}_country"], row[f"{role}_sector"])


def same_happening(event: Event, row: Row, rule: MergeRule) -> bool:
    strict = rule.kind == "acled"
    source = event.source
    target = event.target
    return (
        _fact(event.mode) == _fact(row["mode"])
        and codes_compatible(event.cameo, row["cameo"])
        and source is not None
        and actors_agree(actor_key(source), _row_actor(row, "source"), strict=strict)
        and actors_agree(actor_key(target), _row_actor(row, "target"), strict=strict)
        and _place_ok(event, row, strict)
        and _date_ok(event, row, rule)
    )


def assign_groups(db: duckdb.DuckDBPyConnection, events: Sequence[Event],
                  rule: MergeRule) -> list[Row]:
    """event_groups rows for an article's new events: an earlier group, or a group of its own."""
    rows: list[Row] = []
    for event in events:
        group = event.id
        if event.source is not None:
            key = event.source.country or event.source.code
            cursor = db.execute(CANDIDATES, [event.root, key, event.article_id])
            names = [c[0] for c in cursor.description or ()]
            for values in cursor.fetchall():
                candidate = dict(zip(names, values, strict=True))
                if same_happening(event, candidate, rule):
                    group = candidate["group_id"]
                    break
        rows.append({"event_id": event.id, "group_id": group})
    return rows
