"""Bodies whose bare name says whose they are: "the Pope" is the Holy See's wherever the story
is, and "Congress" is the United States' unless the story's own country has a congress
("Congress voted to cut aid to Pakistan" is not Pakistan's parliament)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

HOLY_SEE = "VAT"
# states whose national legislature English news calls "Congress" (Wikipedia, "List of
# legislatures by country"; Bolivia, Ecuador and Venezuela until 2010, 2008 and 1999)
CONGRESSES = frozenset({"USA", "PHL", "PER", "COL", "MEX", "ARG", "CHL", "BRA", "GTM", "HND",
                        "PRY", "DOM", "ESP", "FSM", "BOL", "ECU", "VEN"})


def seat_country(head: Token, story_country: str | None) -> str | None:
    """The country a sector word with no owner of its own is of: the story's, except for a
    pope with no other church named ("the Pope", not "the Coptic Pope") and a capitalised
    "Congress" in a story whose country has none."""
    word = head.lemma_.lower()
    if word in ("pope", "pontiff") and not any(c.dep_ in ("amod", "compound")
                                               for c in head.children):
        return HOLY_SEE
    if word == "congress" and head.text[:1].isupper() and story_country not in CONGRESSES:
        return "USA"
    return story_country
