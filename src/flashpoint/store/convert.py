"""Records <-> flat table rows.

A nested record field (an ``Actor``, ``Place``, ``Span`` or ``Versions``) becomes one column per
sub-field, named ``<field>_<subfield>`` (``source_code``, ``location_lat``, ``span_start``); a
nested value of ``None`` becomes all-NULL columns and all-NULL columns become ``None`` again.
The layouts are read from the record classes, so a field added to ``records.py`` only needs its
column in ``schema.sql``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar, get_args, get_type_hints

from flashpoint.records import (
    Actor,
    Article,
    Dropped,
    Event,
    Mention,
    Place,
    Quote,
    Removed,
    Span,
    Versions,
)

T = TypeVar("T")
Row = dict[str, Any]
# (field name, the nested record class or None for a plain column), in field order.
Layout = tuple[tuple[str, type | None], ...]

_NESTED: tuple[type, ...] = (Actor, Place, Span, Versions)


def _nested_class(hint: object) -> type | None:
    for candidate in (hint, *get_args(hint)):
        if isinstance(candidate, type) and candidate in _NESTED:
            return candidate
    return None


def layout_of(cls: type, *, skip: Iterable[str] = ()) -> Layout:
    """The column layout of a record class, without the fields in ``skip``."""
    hints = get_type_hints(cls)
    skipped = frozenset(skip)
    return tuple(
        (f.name, _nested_class(hints[f.name]))
        for f in dataclasses.fields(cls)
        if f.name not in skipped
    )


ARTICLE = layout_of(Article, skip=("dropped",))
REMOVED = layout_of(Removed)
EVENT = layout_of(Event)
QUOTE = layout_of(Quote)
DROPPED = layout_of(Dropped)
MENTION = layout_of(Mention)


def flatten(record: object, layout: Layout) -> Row:
    """One table row (column -> value) for ``record``."""
    row: Row = {}
    for name, nested in layout:
        value = getattr(record, name)
        if nested is None:
            row[name] = value
            continue
        for sub in dataclasses.fields(nested):
            row[f"{name}_{sub.name}"] = None if value is None else getattr(value, sub.name)
    return row


def unflatten(factory: Callable[..., T], layout: Layout, row: Mapping[str, Any], **extra: Any) -> T:
    """The record that ``flatten`` turned into ``row`` (columns not in the layout are ignored)."""
    kwargs: dict[str, Any] = {}
    for name, nested in layout:
        if nested is None:
            kwargs[name] = row[name]
            continue
        parts = {sub.name: row[f"{name}_{sub.name}"] for sub in dataclasses.fields(nested)}
        is_null = all(v is None for v in parts.values())
        kwargs[name] = None if is_null else nested(**parts)
    return factory(**kwargs, **extra)


def removed_rows(article: Article) -> list[Row]:
    """Rows of the ``removed`` table for ``article.dropped``, in order."""
    return [
        {"article_id": article.id, "position": position, **flatten(item, REMOVED)}
        for position, item in enumerate(article.dropped)
    ]


def article_from_row(row: Mapping[str, Any], removed: Iterable[Removed]) -> Article:
    return unflatten(Article, ARTICLE, row, dropped=tuple(removed))


def removed_from_row(row: Mapping[str, Any]) -> Removed:
    return unflatten(Removed, REMOVED, row)


def event_from_row(row: Mapping[str, Any]) -> Event:
    return unflatten(Event, EVENT, row)


def quote_from_row(row: Mapping[str, Any]) -> Quote:
    return unflatten(Quote, QUOTE, row)


def dropped_from_row(row: Mapping[str, Any]) -> Dropped:
    return unflatten(Dropped, DROPPED, row)


def mention_from_row(row: Mapping[str, Any]) -> Mention:
    return unflatten(Mention, MENTION, row)


def document_row(article: Article) -> Row:
    """One ingested document: the article it cleaned to, and where it came from."""
    import hashlib
    from urllib.parse import urlsplit

    key = "\x1f".join([article.id, article.source, article.url or "", article.title or ""])
    host = urlsplit(article.url).hostname if article.url else None
    return {"id": "d_" + hashlib.sha256(key.encode()).hexdigest()[:16],
            "article_id": article.id, "source": article.source, "url": article.url,
            "site": article.site, "title": article.title, "published": article.published,
            "outlet": (article.site or host or article.source).lower()}
