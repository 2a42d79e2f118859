"""Event dates: the sentence's date words resolved against the article's publication date.

"on Wednesday" in an article of Friday 2022-01-07 is 2022-01-05 (the most recent Wednesday
before, or the next one for a future event); without a usable date phrase the event takes the
publication date with precision "publication".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
RELATIVE_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}
AGO = re.compile(r"\b(\w+|\d+) (day|week|month|year)s? ago\b", re.I)
NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}


@dataclass(frozen=True, slots=True)
class When:
    date: str | None
    precision: str  # day | week | month | year | publication
    text: str | None


def publication(published: str | None) -> When:
    return When(published[:10] if published else None, "publication", None)


def _weekday(word: str, base: date, future: bool) -> date:
    target = WEEKDAYS.index(word)
    delta = (base.weekday() - target) % 7
    if future:
        return base + timedelta(days=(target - base.weekday()) % 7 or 7)
    return base - timedelta(days=delta)


def _ago(match: re.Match[str], base: date) -> When:
    raw = match.group(1).lower()
    count = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw)
    if count is None:
        return When(None, "publication", None)
    unit = match.group(2).lower()
    if unit == "day":
        return When((base - timedelta(days=count)).isoformat(), "day", match.group(0))
    if unit == "week":
        return When((base - timedelta(weeks=count)).isoformat(), "week", match.group(0))
    months = count * (12 if unit == "year" else 1)
    year, month = divmod(base.year * 12 + base.month - 1 - months, 12)
    precision = "year" if unit == "year" else "month"
    return When(date(year, month + 1, 1).isoformat(), precision, match.group(0))


def resolve_phrase(text: str, base: date, *, future: bool = False) -> When | None:
    """Resolve one date phrase; None when it does not name a usable date."""
    low = text.lower().strip()
    for word in WEEKDAYS:
        if re.search(rf"\b{word}\b", low):
            return When(_weekday(word, base, future).isoformat(), "day", text)
    for word, offset in RELATIVE_DAYS.items():
        if re.search(rf"\b{word}\b", low):
            return When((base + timedelta(days=offset)).isoformat(), "day", text)
    if match := AGO.search(text):
        return _ago(match, base)
    if re.search(r"\blast week\b", low):
        return When((base - timedelta(weeks=1)).isoformat(), "week", text)
    return _absolute(text, base)


def _absolute(text: str, base: date) -> When | None:
    import dateparser

    if not re.search(r"\d|" + "|".join(MONTHS), text.lower()):
        return None
    settings = {"RELATIVE_BASE": _as_datetime(base), "PREFER_DATES_FROM": "past",
                "RETURN_AS_TIMEZONE_AWARE": False, "REQUIRE_PARTS": ["month"]}
    try:
        parsed = dateparser.parse(text, languages=["en"], settings=settings)
    except (ValueError, OverflowError):
        return None
    if parsed is None:
        return None
    has_day = re.search(r"\b\d{1,2}(st|nd|rd|th)?\b", text) and not re.fullmatch(
        r"\s*(in\s+)?\d{4}\s*", text)
    precision = "day" if has_day else "month"
    day = parsed.date() if has_day else parsed.date().replace(day=1)
    return When(day.isoformat(), precision, text)


def _as_datetime(base: date) -> object:
    from datetime import datetime

    return datetime(base.year, base.month, base.day)


def event_date(sent: Span, trigger: Token, published: str | None, *, future: bool) -> When:
    """The date of the event carried by ``trigger``: the nearest DATE entity in its sentence."""
    if not published:
        return publication(None)
    try:
        base = date.fromisoformat(published[:10])
    except ValueError:
        return publication(None)
    dates = [e for e in sent.ents if e.label_ in ("DATE", "TIME")]
    dates.sort(key=lambda e: abs(e.root.i - trigger.i) - (5 if e.root.head == trigger else 0))
    for ent in dates:
        when = resolve_phrase(ent.text, base, future=future)
        if when is not None:
            return when
    return publication(published)
