"""Bodies whose bare name says whose they are: "the Pope" is the Holy See's wherever the story
is, and "Congress" is the United States' unless the story's own country has a congress
("Congress voted to cut aid to Pakistan" is not Pakistan's parliament). Any other body with no
owner is the story's country's, or, in a story with none, of the place the sentence names
("authorities clamped a curfew on the city of Jos")."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from flashpoint.stages.places import where_country

if TYPE_CHECKING:
    from spacy.tokens import Token

HOLY_SEE = "VAT"
# states whose national legislature English news calls "Congress" (Wikipedia, "List of
# legislatures by country"; Bolivia, Ecuador and Venezuela until 2010, 2008 and 1999)
CONGRESSES = frozenset({"USA", "PHL", "PER", "COL", "MEX", "ARG", "CHL", "BRA", "GTM", "HND",
                        "PRY", "DOM", "ESP", "FSM", "BOL", "ECU", "VEN"})


def seat_country(head: Token, story_country: str | None,
                 lookup: Callable[[str], str | None] | None = None) -> str | None:
    """The country a sector word with no owner of its own is of: the story's, except for a
    pope with no other church named ("the Pope", not "the Coptic Pope") and a capitalised
    "Congress" in a story whose country has none; with no story country, that of the first
    place the sentence names (by ``lookup``, a place name's country)."""
    word = head.lemma_.lower()
    if word in ("pope", "pontiff") and not any(c.dep_ in ("amod", "compound")
                                               for c in head.children):
        return HOLY_SEE
    if word == "congress" and head.text[:1].isupper() and story_country not in CONGRESSES:
        return "USA"
    if story_country is None and lookup is not None:
        return where_country(head.sent, lookup, anywhere=True)
    return story_country
