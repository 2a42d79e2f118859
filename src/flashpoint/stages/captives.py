"""Who holds the captives whose release is demanded: the one asked to let them go.

"Britain demanded the release of 15 sailors seized by Iranian forces": the demand is aimed at
Iran, not at the sailors. The holder is the agent of the participle that says how they are
held ("seized by", "held by"), else the state of the place they are held in ("officers
detained in Tbilisi")."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from flashpoint.stages.syntax import direct_object, prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from flashpoint.stages.actors import Resolved

RELEASE_CODES = frozenset({"1053", "0253"})  # demand and appeal for release of persons
HOLDING = frozenset({"seize", "hold", "detain", "jail", "imprison", "capture", "kidnap",
                     "abduct", "arrest", "take", "keep", "intern"})


def holders(verb: Token, code: str, resolve: Callable[[Token], list[Resolved]]
            ) -> list[Resolved]:
    """The holders of the captives a release demand names, if the sentence says who or where
    holds them (``resolve`` reads an actor, or a town as its state)."""
    if code not in RELEASE_CODES:
        return []
    release = direct_object(verb) or next(prep_objects(verb, "for"), None)
    captives = next(prep_objects(release, "of"), None) if release is not None else None
    held = [c for c in captives.children if c.dep_ == "acl" and c.tag_ == "VBN"
            and c.lemma_.lower() in HOLDING] if captives is not None else []
    for participle in held:
        for agent in prep_objects(participle, "by"):
            if found := resolve(agent):
                return found
        for where in prep_objects(participle, "in"):
            if found := resolve(where):
                return found
    return []
