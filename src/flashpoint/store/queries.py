"""SQL filters shared by the event queries (``events`` and ``merged_events`` have one shape)."""

from __future__ import annotations

from collections.abc import Collection


def event_filters(
    *,
    country: str | None,
    actor: str | None,
    root: str | None,
    code: str | None,
    since: str | None,
    until: str | None,
    modes: Collection[str] | None,
    article_id: str | None,
) -> tuple[str, list[object]]:
    """The WHERE clause and its parameters for ``Store.events``."""
    clauses: list[str] = ["TRUE"]
    params: list[object] = []
    if country is not None:
        clauses.append("(source_country = ? OR target_country = ? OR location_country = ?)")
        params += [country.upper()] * 3
    if actor is not None:
        clauses.append("(starts_with(source_code, ?) OR starts_with(target_code, ?))")
        params += [actor.upper()] * 2
    if root is not None:
        clauses.append("root = ?")
        params.append(root.zfill(2))
    if code is not None:
        clauses.append("starts_with(cameo, ?)")
        params.append(code)
    if since is not None:
        clauses.append(f"substr(date, 1, {len(since)}) >= ?")
        params.append(since)
    if until is not None:
        clauses.append(f"substr(date, 1, {len(until)}) <= ?")
        params.append(until)
    if modes is not None:
        clauses.append("list_contains(?, mode)")
        params.append(list(modes))
    if article_id is not None:
        clauses.append("article_id = ?")
        params.append(article_id)
    return " AND ".join(clauses), params
