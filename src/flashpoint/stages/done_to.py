"""Codes made specific by whom an act is done to: an organisation sent away is a sanction,
not a deportation; a state "charged with" something by another is accused, not arrested; a
state's own people's assets frozen is an administrative sanction, not an embargo; police or
prosecutors working with their like abroad cooperate judicially, armies militarily, spy
services in intelligence; joint operations with another's forces suspended are military
assistance stopped, not a halt to fighting; villages torched to drive their people out are
ethnic cleansing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flashpoint.stages.patterns import phrase_lemmas
from flashpoint.stages.syntax import direct_object

if TYPE_CHECKING:
    from spacy.tokens import Token

    from flashpoint.stages.actors import Resolved

FORCES = frozenset({"force", "troop", "contingent", "military", "personnel", "garrison"})
BODIES = frozenset({"staff", "personnel", "team", "office", "mission", "agency", "operation"})


def expelled_body(code: str, token: Token, target: Resolved | None) -> str:
    """ "Ethiopia ordered Medecins Sans Frontieres to leave", "expelled World Food Programme
    staff": an organisation sent away is a sanction (PLOVER's expel mode: 1663 for an NGO, 166
    for an IGO), not the deportation of persons (174); so is a foreign force sent home (166)."""
    kind = target.actor.code[:3] if target is not None else ""
    if code == "174" and target is not None and target.actor.sector == "MIL" \
            and (troops := direct_object(token)) is not None \
            and troops.lemma_.lower() in FORCES:  # "gave French forces a month to leave"
        return "166"
    done_to = direct_object(token) if code == "174" and kind in ("NGO", "IGO") else None
    if done_to is None or not (done_to.lemma_.lower() in BODIES or _named(done_to, target) or (
            done_to.pos_ == "PROPN" and done_to.ent_type_ != "PERSON")):  # not "William Walker"
        return code
    return "1663" if kind == "NGO" else "166"


def _named(done_to: Token, target: Resolved | None) -> bool:
    """The object is the organisation's own name ("Doctors Without Borders was ordered out")."""
    return target is not None and target.how == "name" and done_to.text in target.actor.text


def charged_state(code: str, token: Token, source: Resolved | None,
                  target: Resolved | None) -> str:
    """ "Mugabe charged Washington with blackmail": a state charged by another is accused
    (112); "prosecutors charged an aid worker with spying" stays legal action (173)."""
    if code != "173" or token.lemma_.lower() != "charge" or source is None or target is None:
        return code
    foreign = target.actor.country not in (None, source.actor.country)
    return "112" if foreign and target.actor.kind == "state" and target.how == "name" else code


def domestic_sanction(code: str, source: Resolved | None, target: Resolved | None) -> str:
    """ "Thailand froze the bank accounts of Thaksin", "Egypt froze the assets of dozens of
    businessmen": sanctions a state lays on its own people are administrative (172); on
    another state's, an embargo or sanctions (163: "the US froze the assets of North Korean
    firms")."""
    if code != "163" or source is None or target is None:
        return code
    home = source.actor.country  # not "a ban on U.S. trade with Iran": the state as a whole
    return "172" if home is not None and target.actor.country == home \
        and target.actor.sector is not None else code


# the CAMEO cooperation a generic "cooperated with" / "worked with" is when both sides are of
# one trade (06: 062 military, 063 judicial, 064 intelligence)
TRADE_COOPERATION = {"MIL": "062", "JUD": "063", "COP": "063", "SPY": "064"}


def trade_cooperation(code: str, source: Resolved | None, target: Resolved | None) -> str:
    """ "Swiss prosecutors worked with Nigerian investigators": judicial cooperation (063),
    not diplomatic (050) or unspecified (060) cooperation."""
    if code not in ("050", "060") or source is None or target is None:
        return code
    trades = {TRADE_COOPERATION.get((a.actor.sector or "")[:3], "") for a in (source, target)}
    return trades.pop() if len(trades) == 1 and "" not in trades else code


def joint_operations_halted(code: str, token: Token) -> str:
    """ "France suspended joint military operations with Malian forces": stopping operations
    done together with another's forces stops military cooperation (1622), where halting one's
    own offensive de-escalates (087)."""
    done = direct_object(token) if code == "087" and token.pos_ == "VERB" else None
    if done is None:
        return code
    joint = any(c.dep_ == "amod" and c.lemma_.lower() in ("joint", "combined")
                for c in done.children)
    return "1622" if joint else code


# where people live: torched with them driven out is ethnic cleansing (here); seized or sacked
# by a crowd, rioting (findings.py)
DWELLINGS = frozenset({"village", "home", "house", "hut", "settlement", "camp", "shelter"})
DRIVING_OUT = frozenset({"drive", "force", "expel", "uproot", "displace", "chase", "push"})


def cleansing(code: str, token: Token) -> str:
    """ "Militiamen torched villages across the Gali district, driving tens of thousands of
    Georgians from their homes": homes destroyed to drive their people out are ethnic
    cleansing (203), not property destroyed (1712); "hundreds of villages" too."""
    if code not in ("171", "1712") or token.pos_ != "VERB":
        return code
    homes = direct_object(token)
    driven = any(c.dep_ in ("advcl", "conj") and c.tag_ == "VBG"
                 and c.lemma_.lower() in DRIVING_OUT for c in token.children)
    return "203" if driven and homes is not None and phrase_lemmas(homes) & DWELLINGS else code
