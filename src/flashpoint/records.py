"""The records that flow between stages: frozen dataclasses, never loose dicts.

Field names follow ``design/SCHEMA.md``; ``to_dict()`` gives exactly the public JSON shape.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Literal

Mode = Literal["asserted", "negated", "hypothetical", "future", "reported"]
COUNTED_MODES: frozenset[str] = frozenset({"asserted", "reported"})
DatePrecision = Literal["day", "week", "month", "year", "publication"]


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


class _Record:
    def to_dict(self) -> dict[str, Any]:
        """The record as plain JSON-ready data (the SCHEMA.md shape)."""
        out = _plain(self)
        assert isinstance(out, dict)
        return out


@dataclass(frozen=True, slots=True)
class Removed(_Record):
    """A piece of a document that a stage removed, and why (``Article.dropped``)."""

    stage: str
    reason: str
    chars: int
    text: str = ""


@dataclass(frozen=True, slots=True)
class RawDocument(_Record):
    """What ingest read: text or html plus whatever metadata came with it."""

    source: str  # path, "-" or "path#line"
    text: str | None = None
    html: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    given_id: str | None = None


@dataclass(frozen=True, slots=True)
class Article(_Record):
    id: str
    url: str | None
    site: str | None
    title: str | None
    published: str | None
    dateline: str | None
    language: str
    text: str
    story_id: str | None = None
    dropped: tuple[Removed, ...] = ()
    source: str = ""


@dataclass(frozen=True, slots=True)
class Dropped(_Record):
    """An input or item that a stage could not use: stored, never silently lost."""

    id: str
    stage: str
    reason: str
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Actor(_Record):
    text: str
    code: str
    country: str | None
    sector: str | None
    kind: str
    name: str
    kb_id: str | None = None


@dataclass(frozen=True, slots=True)
class Place(_Record):
    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None
    precision: Literal["city", "admin1", "country"]


@dataclass(frozen=True, slots=True)
class Span(_Record):
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Versions(_Record):
    coder: str
    codebook: str


@dataclass(frozen=True, slots=True)
class Event(_Record):
    id: str
    article_id: str
    story_id: str | None
    date: str | None
    date_precision: DatePrecision
    date_text: str | None
    source: Actor | None
    target: Actor | None
    cameo: str
    root: str
    label: str
    quad_class: int
    goldstein: float
    plover: str | None
    mode: Mode
    location: Place | None
    sentence: str
    sentence_index: int
    span: Span
    trigger: str
    confidence: float
    rule: str
    versions: Versions
    mentions: int = 1  # times this article tells it
    num_mentions: int = 1  # over every document that reports it (merged events)
    num_articles: int = 1  # documents that report it
    num_sources: int = 1  # distinct outlets (site, else URL host, else input)
    first_seen: str | None = None  # earliest publication date among those documents
    last_seen: str | None = None


@dataclass(frozen=True, slots=True)
class Mention(_Record):
    """One telling of an event: GDELT's Mentions row. ``event_id`` is the article-level event."""

    id: str
    event_id: str
    article_id: str
    sentence_index: int
    span: Span
    trigger: str
    cameo: str
    mode: Mode
    date: str | None
    confidence: float
    rule: str


@dataclass(frozen=True, slots=True)
class Quote(_Record):
    id: str
    article_id: str
    speaker: Actor | None
    text: str
    verb: str
    sentence_index: int
    span: Span


@dataclass(frozen=True, slots=True)
class Coded(_Record):
    """Everything the pipeline produced for one article."""

    article: Article
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    mentions: tuple[Mention, ...] = ()
    dropped: tuple[Dropped, ...] = field(default_factory=tuple)
