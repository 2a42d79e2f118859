"""Helpers the coder's grammar tests share: code a sentence, read its (source, target, code)
triples."""

from __future__ import annotations

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
