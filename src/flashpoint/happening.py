"""When two coded events can be the same happening: the predicates shared by the merge inside
an article (``stages/merge.py``) and the merge across documents (``store/grouping.py``)."""

from __future__ import annotations

from datetime import date

from flashpoint.records import Actor

# (code, country, sector) of an actor, or None when the event names none
ActorKey = tuple[str | None, str | None, str | None] | None


def actor_key(actor: Actor | None) -> ActorKey:
    return None if actor is None else (actor.code, actor.country, actor.sector)


def actors_agree(a: ActorKey, b: ActorKey, *, strict: bool = False) -> bool:
    """The same actor, or a country and one of its sectors ("Russia", "Russian forces"); an
    unnamed actor agrees with any (with ``strict``: only identical codes agree)."""
    if a is None or b is None or a[0] is None or b[0] is None:
        return not strict or (a or (None,))[0] == (b or (None,))[0]
    if a[0] == b[0]:
        return True
    return not strict and a[1] == b[1] and (a[2] is None or b[2] is None)


def days_apart(a: str | None, b: str | None) -> int | None:
    if not a or not b:
        return None
    return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
