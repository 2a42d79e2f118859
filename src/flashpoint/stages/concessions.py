"""Agreements made as concessions: "Malawi's president agreed to hold a referendum, bowing to
pressure from donors" is the president giving way (CAMEO 08), not a plain promise (03).

CAMEO's 03 codes (intent to cooperate) and 08 codes (yield) run in parallel: an agreement to
ease a curfew is 0351, the easing 081. When the agreeing verb itself is told as a concession
("bowing to", "yielding to", "caving in to", "conceding", "under pressure from", or "bowed to
... and agreed"), the agreement is the yielding, and the 03 code becomes its 08 counterpart.
"Said it would allow peacekeepers, bowing to pressure" stays an intent: only a verb of
agreeing is a concession made.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# CAMEO 1.1b3: the 08 code each 03 code announces (03x "express intent to" -> 08x "do")
YIELDED = MappingProxyType({
    "030": "080", "032": "080", "035": "080", "036": "080", "037": "080", "038": "080",
    "034": "083", "0341": "0831", "0342": "0832", "0343": "0833", "0344": "0834",
    "0351": "081", "0352": "082", "0353": "084", "0354": "085", "0355": "086", "0356": "087",
})
AGREEING = frozenset({"agree", "consent"})
GIVING_WAY = frozenset({"bow", "yield", "cave", "concede", "relent", "capitulate"})
CONCESSION_LINKS = frozenset({"advcl", "conj", "xcomp"})


def _gives_way(verb: Token) -> bool:
    """ "bowing to", "caving in to", "giving in to", "gave way to", "conceding a demand"."""
    if verb.lemma_.lower() in GIVING_WAY:
        return True
    return verb.lemma_.lower() == "give" and any(
        (c.dep_ == "prt" and c.lower_ == "in") or (c.dep_ == "dobj" and c.lower_ == "way")
        for c in verb.children)


def _under_pressure(verb: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "under" and any(
        p.dep_ == "pobj" and p.lemma_.lower() == "pressure" for p in c.children)
        for c in verb.children)


def conceding(verb: Token) -> bool:
    """Whether a verb of agreeing is told as a concession made."""
    if verb.lemma_.lower() not in AGREEING:
        return False
    verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]  # "agreed to hold a
    # referendum, bowing to pressure": the participle hangs on the complement
    if any(_under_pressure(v) or any(c.dep_ in CONCESSION_LINKS and _gives_way(c)
                                     for c in v.children) for v in verbs):
        return True
    return verb.dep_ in ("conj", "advcl") and _gives_way(verb.head)  # "bowed to pressure and
    # agreed", "gave way to the demands, agreeing to"


def conceded_code(code: str, verb: Token) -> str:
    """The 08 code of an agreement made as a concession; any other code unchanged."""
    yielded = YIELDED.get(code)
    return yielded if yielded is not None and conceding(verb) else code
