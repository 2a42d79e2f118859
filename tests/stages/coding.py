"""Helpers the coder's grammar tests share: code a sentence, read its (source, target, code)
triples."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

import flashpoint
from flashpoint.records import Event
from flashpoint.settings import load_settings


def code(text: str, published: str, *, all_modes: bool = False) -> list[Event]:
    """Events of one text (asserted and reported, or every mode)."""
    settings = load_settings(include_all_modes=True) if all_modes else None
    return flashpoint.code_text(text, published=published, settings=settings)


def triples(events: list[Event]) -> set[tuple[str, str, str]]:
    return {(e.source.code if e.source else "", e.target.code if e.target else "", e.cameo)
            for e in events}


def cameos(text: str, published: str) -> set[str]:
    """The CAMEO codes of one text's asserted and reported events."""
    return {e.cameo for e in code(text, published)}


Row = tuple[str, str, object]


def row_tests(found: Sequence[Row], not_found: Sequence[Row]
              ) -> tuple[Callable[..., None], Callable[..., None]]:
    """The two tests every session's rows file runs: each (text, day, triple) of ``found`` is
    among the text's triples; each (text, day, unwanted) of ``not_found`` is not, an unwanted
    CAMEO code among its codes or an unwanted triple among its triples. A module binds them to
    ``test_found`` and ``test_not_found`` for pytest to collect."""

    @pytest.mark.parametrize(("text", "day", "want"), found)
    def test_found(text: str, day: str, want: tuple[str, str, str]) -> None:
        assert want in triples(code(text, day))

    @pytest.mark.parametrize(("text", "day", "unwanted"), not_found)
    def test_not_found(text: str, day: str, unwanted: str | tuple[str, str, str]) -> None:
        events = code(text, day)
        seen = triples(events) if isinstance(unwanted, tuple) else {e.cameo for e in events}
        assert unwanted not in seen

    return test_found, test_not_found
