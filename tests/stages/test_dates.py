from __future__ import annotations

from datetime import date

import pytest

from flashpoint.stages.dates import resolve_phrase

FRIDAY = date(2022, 1, 7)


@pytest.mark.parametrize(("phrase", "expected", "precision"), [
    ("Wednesday", "2022-01-05", "day"),
    ("on Thursday", "2022-01-06", "day"),
    ("Friday", "2022-01-07", "day"),
    ("Saturday", "2022-01-01", "day"),
    ("yesterday", "2022-01-06", "day"),
    ("Seven years ago", "2015-01-01", "year"),
    ("January 5", "2022-01-05", "day"),
    ("5 January 2022", "2022-01-05", "day"),
    ("December", "2021-12-01", "month"),
    ("last week", "2021-12-31", "week"),
])
def test_phrases_resolve_against_the_publication_date(phrase: str, expected: str,
                                                      precision: str) -> None:
    when = resolve_phrase(phrase, FRIDAY)
    assert when is not None
    assert (when.date, when.precision) == (expected, precision)


def test_future_weekday_goes_forward() -> None:
    when = resolve_phrase("Monday", FRIDAY, future=True)
    assert when is not None and when.date == "2022-01-10"


@pytest.mark.parametrize("phrase", ["81", "the era", "more than one"])
def test_non_dates_do_not_resolve(phrase: str) -> None:
    assert resolve_phrase(phrase, FRIDAY) is None
