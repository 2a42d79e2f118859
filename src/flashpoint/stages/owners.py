"""Whose a noun phrase is: the country or organisation a name before it says owns it ("two
Borvian engineers", "U.N. helicopters", "Albania's Democratic Party")."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from flashpoint.stages.actor_words import ROLE_HEADS, led_by, owns_head, phrase_text

if TYPE_CHECKING:
    from collections.abc import Mapping

    from spacy.tokens import Token

    from flashpoint.records import Actor
    from flashpoint.stages.actors import ActorBuilder
    from flashpoint.stages.names import NameHit

TONGUES = frozenset({"language", "tongue", "dialect", "script", "alphabet"})


def modified_by_country(builder: ActorBuilder, head: Token) -> Actor | None:
    """ "two Borvian engineers", "the Borvian proposal", "U.N. helicopters", "the al-Qaeda
    network"; a group the codebook does not know by a demonym ("Iraqi Kurds"); a sector word
    whose owner is said ("U.S. Army instructors"): the country or organisation that owns it,
    as the actor the phrase names."""
    if head.pos_ not in ("NOUN", "PROPN") or head.lemma_.lower() in TONGUES:
        return None  # "the Hungarian language" is nobody's
    for child in head.lefts:  # a name takes only a demonym ("Iranian Revolutionary Court")
        if (leader := led_by(child, builder.hits)).i != child.i:
            child = leader.head  # stands where "led" stands: an amod
        what = (hit := builder.hits.get(leader.i)) and hit.best.what
        if hit is not None and child.dep_ in ("amod", "compound", "poss", "nmod") \
                and owns_head(what, head) \
                and (head.pos_ == "NOUN" or child.dep_ in ("amod", "poss")
                     or what == "adjective"  # "Venezuela's PDVSA"
                     or head.lower_ in ROLE_HEADS):  # "the ECOWAS Bloc" (tagged PROPN)
            return builder.from_name(hit, phrase_text(head, None))
        if hit is None and child.dep_ == "compound" and builder.sector_of(child) \
                and (owned := builder.resolve(child)) and owned.how in ("name", "sector") \
                and owned.actor.country:  # not "passenger jets": whose is not said
            return replace(owned.actor, text=phrase_text(head, None))
    return None


def owning_country(head: Token, hits: Mapping[int, NameHit]) -> str | None:
    """The country said to own a name ("Albania's opposition Democratic Party", "the Albanian
    Democratic Party"), if one is."""
    owner = next((c for c in head.lefts if c.dep_ in ("poss", "amod", "compound")
                  and (hit := hits.get(c.i)) is not None
                  and hit.best.what in ("country", "adjective")), None)
    return hits[owner.i].best.key if owner is not None else None
