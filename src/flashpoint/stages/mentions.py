"""Who a phrase names beside its head: the makers of "a British-drafted resolution", force
as a means ("would use force"), the addressee of "a letter to the African Union", the
platform a weapon is fired from ("a missile fired from a US drone"), whose a place kept for
people is ("a camp for refugees")."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from flashpoint.stages.places import BEARINGS
from flashpoint.stages.syntax import prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from flashpoint.stages.actors import Resolved

AUTHORING = frozenset({"draft", "sponsor", "propose", "table", "author", "write", "back"})


def makers(head: Token) -> list[Token]:
    """ "a British-drafted resolution", "a US-sponsored plan": who put it forward, named
    before the participle (not a broker: "an Egyptian-brokered truce" is between others)."""
    return [k for c in head.lefts if c.dep_ == "amod" and c.tag_ == "VBN"
            and c.lemma_.lower() in AUTHORING
            for k in c.lefts if k.dep_ in ("npadvmod", "compound", "nmod")]


def as_means(head: Token) -> bool:
    """ "could resort to force", "would use military force": force as a means, not a force
    of someone's (which takes an article: "a UN force")."""
    return head.lower_ == "force" and not any(c.dep_ in ("det", "poss") for c in head.children)


LETTERS = frozenset({"letter", "message", "note", "cable", "telegram", "appeal"})


def addressee(token: Token, code: str,
              resolve: Callable[[Token | None], list[Resolved]]) -> list[Resolved]:
    """ "In a letter to the African Union, Somalia sought peacekeepers": whom a letter or a
    message asks or demands of is its addressee (appeals and demands only)."""
    if code[:2] not in ("02", "10"):
        return []
    letters = (o for o in prep_objects(token, "in") if o.lemma_.lower() in LETTERS)
    return [r for o in letters for a in prep_objects(o, "to") for r in resolve(a)][:1]


PLATFORMS = frozenset({"drone", "aircraft", "plane", "warplane", "jet", "helicopter", "gunship",
                       "warship", "ship", "vessel", "submarine", "boat", "tank", "bomber"})


def platform(verb: Token) -> Token | None:
    """ "a missile fired from a US drone": the craft it was fired from, whose owner fired it."""
    return next((o for o in prep_objects(verb, "from") if o.lemma_.lower() in PLATFORMS), None)


# places kept for people: "a camp for Congolese refugees" is theirs
SHELTERS = frozenset({"camp", "shelter", "hospital", "clinic", "school", "orphanage", "hostel",
                      "home", "settlement"})


def phrase_names_whom(head: Token, prep: str) -> bool:
    """Whether a phrase after a noun that is no actor names whose or whom it is: "flights to
    Cuba", "talks with X", but not "northwest of Mosul" (where) and "for" only after a place
    kept for people ("a camp for refugees", not "a request for jets")."""
    word = head.lemma_.lower()
    if prep == "of":
        return word not in BEARINGS
    return prep != "for" or word in SHELTERS
