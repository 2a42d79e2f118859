"""A known person's title in the text ("U.S. Secretary of State James Baker", "NATO
Secretary-General Javier Solana", "President Boris Yeltsin" after his term): the words before
a name, the sector their title names, and when they overrule the office the codebook has the
person in on the day."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from flashpoint.stages.actor_words import FORMER, STATE_SECTORS

if TYPE_CHECKING:
    from collections.abc import Mapping

    from spacy.tokens import Token

    from flashpoint.codebook import Codebook
    from flashpoint.codebook.model import SectorWord
    from flashpoint.records import Actor
    from flashpoint.stages.names import NameHit

Title = tuple[list["Token"], str | None]  # title_words: the words before a name, their sector


def titled_known(actor: Actor, title: Title) -> Actor:
    """A known person out of office on the day, or in opposition then, but given a current
    title in the text ("President Boris Yeltsin" after his term, "Prime Minister Zoran
    Djindjic" while the day has him leading the opposition): the title wins."""
    if actor.sector not in (None, "ELI", "OPP", "PTY") or not actor.country:
        return actor
    words, sector = title
    if (sector or "")[:3] not in STATE_SECTORS or any(w.lemma_.lower() in FORMER
                                                      for w in words):
        return actor
    return replace(actor, code=actor.country + str(sector), sector=sector, kind="state")


def titled_elsewhere(book: Codebook, hits: Mapping[int, NameHit], actor: Actor,
                     title: Title) -> Actor | None:
    """A known person whose title names another state or organisation than the one the day
    has them in ("NATO Secretary-General Javier Solana" on a day the codebook has him at the
    EU, "Serbian President Slobodan Milosevic" on a day he leads Yugoslavia): the title's."""
    words, sector = title
    owners = [hits[w.i].best for w in words if w.i in hits
              and hits[w.i].best.what in ("organization", "country", "adjective")]
    if sector is None or len({o.key for o in owners}) != 1 \
            or any(w.lemma_.lower() in FORMER for w in words):
        return None  # "Bosnian Serb leader", "U.S.-backed Afghan President": whose is unsure
    key = owners[0].key
    if actor.code.startswith(key) or actor.country == key:
        return None
    if (org := book.organizations.get(key)) is not None:
        return replace(actor, code=key, country=org.country, sector=None, kind=org.kind)
    return replace(actor, code=key + sector, country=key, sector=sector,
                   kind="state" if sector[:3] in STATE_SECTORS else "person_group")


def title_words(head: Token,
                sectors: Mapping[str, SectorWord]) -> tuple[list[Token], str | None]:
    """The words before a name and the sector of the title among them ("Prime Minister")."""
    words = [t for t in head.subtree if t.i < head.i and not t.is_punct and (t.dep_ in (
        "compound", "amod", "nmod", "poss") or _of_in_title(t))]  # "Peru's President X"
    lemmas = [w.lemma_.lower() for w in words]
    for size in (3, 2, 1):
        for start in range(len(lemmas) - size + 1):
            entry = sectors.get(" ".join(lemmas[start:start + size]))
            if entry is not None:
                return words, entry.sector
    return words, None


def _of_in_title(word: Token) -> bool:
    """ "Secretary of State James Baker": the "of" phrase inside a title before a name."""
    prep = word if word.dep_ == "prep" else word.head if word.dep_ == "pobj" else None
    return prep is not None and prep.lower_ == "of" and prep.head.dep_ in ("nmod", "compound")


# words for a relation between two parties: "key U.S. ally Pakistan" is Pakistan, not the U.S.
RELATIONS = frozenset({"ally", "neighbour", "neighbor", "partner", "rival", "foe", "enemy",
                       "friend", "backer", "patron", "protege", "adversary", "archrival"})


def related_named(head: Token, hits: Mapping[int, NameHit]) -> Token | None:
    """The name set beside a word for a relation ("key U.S. ally Pakistan", "its neighbour
    Syria"): the party meant; the word's modifier is whom it is related to."""
    if head.lemma_.lower() not in RELATIONS:
        return None
    return next((c for c in head.rights if c.dep_ == "appos" and c.i in hits), None)

