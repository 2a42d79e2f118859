"""Within one article, the same happening told several times is one event.

Two events of one article are the same happening when their sources and their targets are
compatible (the same code, or a country and one of its sectors: "Russia" and "Russian
forces"), they have the same CAMEO code, the same kind of mode (facts: asserted or reported;
otherwise the same mode) and compatible dates (not two day-precise dates more than a day
apart). The merged event keeps the first mention's sentence, rule and place, the more specific
actors, the highest confidence, the most precise date, "asserted" if any mention asserts it,
and counts its mentions. (Merging across articles and stories is a later stage's job.)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from flashpoint.happening import actor_key, actors_agree, days_apart
from flashpoint.records import COUNTED_MODES, Actor, Event, Mention

GENERIC_YIELD = "080"  # "bowed to pressure", "relented", "made concessions"
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "publication": 4}
Key = tuple[str | None, str, str]


def merge_key(event: Event) -> Key:
    mode = "fact" if event.mode in COUNTED_MODES else event.mode
    return (country_key(event.source), event.cameo, mode)


def country_key(actor: Actor | None) -> str | None:
    """Whose an actor is, for merging: its country, else its own code (an organisation)."""
    if actor is None:
        return None
    return actor.country or actor.code


def _specific(a: Actor | None, b: Actor | None) -> Actor | None:
    if a is None or b is None:
        return a or b
    return b if len(b.code) > len(a.code) else a


def compatible(a: Event, b: Event) -> bool:
    if not (actors_agree(actor_key(a.source), actor_key(b.source))
            and actors_agree(actor_key(a.target), actor_key(b.target))):
        return False
    if a.date_precision != "day" or b.date_precision != "day":
        return True
    apart = days_apart(a.date, b.date)
    return apart is None or apart <= 1


def _combine(first: Event, other: Event) -> Event:
    dated = min((first, other), key=lambda e: PRECISION_RANK[e.date_precision])
    sure = max((first, other), key=lambda e: e.confidence)
    return replace(first, num_mentions=first.mentions + other.mentions,
                   source=_specific(first.source, other.source),
                   target=_specific(first.target, other.target), date=dated.date,
                   date_precision=dated.date_precision,
                   date_text=dated.date_text, location=first.location or other.location,
                   mode="asserted" if "asserted" in (first.mode, other.mode) else first.mode,
                   confidence=sure.confidence, mentions=first.mentions + other.mentions)


def merge_events(events: Iterable[Event]) -> tuple[list[Event], list[Mention]]:
    """The article's events, each once, and one Mention per telling (pointing at its event)."""
    groups: dict[Key, list[Event]] = defaultdict(list)
    order: list[tuple[Key, int]] = []
    told: list[tuple[Key, int, Event]] = []
    for event in events:
        key = merge_key(event)
        bucket = groups[key]
        for i, kept in enumerate(bucket):
            if compatible(kept, event):
                bucket[i] = _combine(kept, event)
                told.append((key, i, event))
                break
        else:
            order.append((key, len(bucket)))
            told.append((key, len(bucket), event))
            bucket.append(event)
    mentions = [_mention(groups[key][i].id, event) for key, i, event in told]
    return _fold_generic([groups[key][i] for key, i in order], mentions)


def _generic(cameo: str) -> bool:
    return len(cameo) == 2 or (len(cameo) == 3 and cameo.endswith("0"))


def _fold_generic(events: list[Event], mentions: list[Mention]) -> tuple[list[Event],
                                                                         list[Mention]]:
    """ "Trump spoke with Erdogan" (040), "he had a phone conversation with him" (041), or
    "bombarded Aleppo (194), killing eight people (190)": one happening told in the same or
    the next sentence. A root's generic code folds into a more specific code of the same root,
    actors, mode and day told at most one sentence away."""
    kept, into = list(events), {}
    for generic in [e for e in events if _generic(e.cameo)]:
        host = next((e for e in kept if e.root == generic.root and not _generic(e.cameo)
                     and abs(e.sentence_index - generic.sentence_index) <= 1
                     and merge_key(e)[2] == merge_key(generic)[2]
                     and (compatible(e, generic) or _yield_spelled_out(generic, e))), None)
        if host is not None:
            kept[kept.index(host)] = _combine(host, generic)  # keeps the host's id and code
            kept.remove(generic)
            into[generic.id] = host.id
    return kept, [replace(m, event_id=into.get(m.event_id, m.event_id)) for m in mentions]


def _yield_spelled_out(generic: Event, host: Event) -> bool:
    """ "Habibie bowed to international pressure and accepted a UN peacekeeping force": a
    generic yield (080) and, in the same sentence, the same state's specific one; whatever
    each names as yielded to."""
    return generic.cameo == GENERIC_YIELD and generic.sentence_index == host.sentence_index \
        and country_key(generic.source) is not None \
        and country_key(generic.source) == country_key(host.source)


def _mention(event_id: str, told: Event) -> Mention:
    return Mention(id="m" + told.id[1:], event_id=event_id, article_id=told.article_id,
                   sentence_index=told.sentence_index, span=told.span, trigger=told.trigger,
                   cameo=told.cameo, mode=told.mode, date=told.date,
                   confidence=told.confidence, rule=told.rule)
