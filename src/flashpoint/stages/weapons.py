"""Damage done by a weapon is an attack: "an Israeli missile destroyed a house in Gaza", "a car
bomb wrecked the hotel", "a building was flattened by shelling". CAMEO keeps 171/1712
(seize, damage or destroy property) for what people do to property with their hands or
machines (bulldozing, torching, looting); a weapon that does the damage is force, coded by the
weapon: a bomb is a bombing (183 and its kinds), a drone's munition 1952, an aircraft's 195,
artillery and tanks 194, any other missile or rocket 190."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flashpoint.stages.syntax import subject

if TYPE_CHECKING:
    from spacy.tokens import Token

PROPERTY_DAMAGE = frozenset({"171", "1712"})
BOMBS = frozenset({"bomb", "explosive", "explosion", "blast", "device", "ied", "bombing"})
BOMB_KINDS = {"car": "1832", "truck": "1832", "vehicle": "1832", "roadside": "1833",
              "suicide": "1831"}
DRONES = frozenset({"drone", "uav", "predator", "reaper", "unmanned"})
AIRCRAFT = frozenset({"airstrike", "warplane", "jet", "bomber", "gunship", "helicopter",
                      "aircraft", "plane"})
STRIKES = frozenset({"strike", "raid", "attack"})  # a weapon's only when it says which
HEAVY = frozenset({"shell", "shelling", "artillery", "mortar", "tank", "howitzer",
                   "bombardment", "barrage", "cannon"})
MISSILES = frozenset({"missile", "rocket", "grenade", "projectile", "torpedo"})


def weapon_damage(code: str, token: Token) -> str:
    """The attack a weapon's damage to property is, or ``code`` when no weapon did it."""
    if code not in PROPERTY_DAMAGE:
        return code
    doer = subject(token)
    if doer is None:
        return code
    lemma, words = doer.lemma_.lower(), {t.lemma_.lower() for t in doer.subtree}
    if lemma in BOMBS:
        return next((BOMB_KINDS[w.lemma_.lower()] for w in doer.lefts
                     if w.lemma_.lower() in BOMB_KINDS), "183")
    if lemma in STRIKES:  # "an air strike", "a drone strike", "a missile strike"
        named = {w.lemma_.lower() for w in doer.lefts}
        lemma = "airstrike" if "air" in named else next(
            (w for w in sorted(named) if w in AIRCRAFT | HEAVY | MISSILES | DRONES), lemma)
    if lemma not in AIRCRAFT | HEAVY | MISSILES | DRONES:
        return code
    if words & DRONES:  # "a missile fired from a Predator drone"
        return "1952"
    if lemma in AIRCRAFT or words & AIRCRAFT:  # "a missile fired from a helicopter"
        return "195"
    return "194" if lemma in HEAVY else "190"
