"""Ordering someone out: "Russia ordered the British Council to close its regional offices",
"Karimov ordered the United States to vacate the air base", "Kinshasa said the peacekeepers
must leave the country". Telling another state, an international body or an aid agency to
leave, or to close its offices, is expelling it (CAMEO 166; 1661 peacekeepers, 1662
inspectors and monitors, 1663 aid agencies); telling one's own forces or people to leave is
not ("ordered its troops to leave Kuwait" is their withdrawal)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flashpoint.stages.modes import trigger_mode
from flashpoint.stages.patterns import best_pattern
from flashpoint.stages.reports import reporting_verb
from flashpoint.stages.syntax import child

if TYPE_CHECKING:
    from spacy.tokens import Token

    from flashpoint.stages.actors import Resolved
    from flashpoint.stages.events import SentenceCoder
    from flashpoint.stages.findings import Finding

LEAVING = frozenset({"leave", "vacate", "quit", "depart", "exit"})
CLOSING = frozenset({"close", "shut"})
OUTPOSTS = frozenset({"office", "bureau", "branch", "mission", "operation", "representation",
                      "base", "station", "consulate", "embassy"})
OUTSIDE_OFFICE = frozenset({"office", "post", "power", "presidency", "job", "position", "seat"})
WITHDRAWING = frozenset({"withdraw", "remove"})
STATIONED = frozenset({"force", "troop", "peacekeeper", "mission", "contingent", "soldier",
                       "monitor", "observer", "inspector", "team", "staff", "personnel",
                       "presence", "office"})
HERE = frozenset({"country", "territory", "soil", "here"})  # "from the east of the country"
KINDS = {"peacekeeper": "1661", "peacekeeping": "1661", "inspector": "1662",
         "monitor": "1662", "observer": "1662", "verifier": "1662"}


def ordered_out(act: Token, orderers: list[Resolved], told: list[Resolved],
                addressee: Token | None) -> str | None:
    """The expulsion code when ``act`` is leaving (or closing one's offices) and everyone told
    is outside the orderers' own state; None otherwise."""
    lemma, obj = act.lemma_.lower(), child(act, "dobj")
    if lemma in CLOSING:
        if obj is None or obj.lemma_.lower() not in OUTPOSTS:
            return None
    elif lemma in WITHDRAWING:
        if not _withdrawn_from_here(act, obj):
            return None
    elif lemma not in LEAVING or (obj is not None and obj.lemma_.lower() in OUTSIDE_OFFICE):
        return None  # "told the minister to leave office" is a demand to resign
    if not orderers or not told or not all(_outside(t, o) for t in told for o in orderers):
        return None
    words = {w.lemma_.lower() for w in addressee.subtree} if addressee is not None else set()
    words |= {w.lemma_.lower() for w in obj.subtree} if obj is not None else set()
    kind = next((KINDS[w] for w in sorted(words) if w in KINDS), None)
    return kind or ("1663" if all(t.actor.code.startswith("NGO") for t in told) else "166")


def _withdrawn_from_here(act: Token, obj: Token | None) -> bool:
    """ "told the UN to withdraw its peacekeeping force (from the east of the country)": what
    is withdrawn is stationed with the one who tells, not "from Lebanon" (a demand to another
    state's forces elsewhere)."""
    if obj is None or obj.lemma_.lower() not in STATIONED:
        return False
    return not any(p.dep_ == "prep" and p.lower_ == "from" for p in act.children) \
        or _names_here(act)


def _names_here(act: Token) -> bool:
    """A phrase of the act names the teller's own ground ("from the east of the country")."""
    return any(w.lemma_.lower() in HERE for p in act.children if p.dep_ == "prep"
               for w in p.subtree)


def _outside(told: Resolved, orderer: Resolved) -> bool:
    """An international body or an aid agency, or another state's actor."""
    return told.actor.code.startswith(("IGO", "NGO")) or (
        told.actor.country is not None and told.actor.country != orderer.actor.country)


def expelled_findings(coder: SentenceCoder, verb: Token,
                      sources: list[Resolved | None]) -> list[Finding] | None:
    """ "ordered the United Nations to close its political office in Kabul": the orderer
    expels the one told."""
    act, addressee = child(verb, "xcomp"), child(verb, "dobj")
    pattern = best_pattern(coder.book, verb)
    told = [t for t in coder.resolve_all(addressee) if t is not None]
    orderers = [s for s in sources if s is not None]
    if act is None or pattern is None \
            or (code := ordered_out(act, orderers, told, addressee)) is None:
        return None
    mode, speaker = trigger_mode(verb), reporting_verb(verb, coder.book)
    return [coder.finding(verb, pattern, s, t, mode, speaker, code=code)
            for s in orderers for t in told]


TELLING = frozenset({"tell", "ask", "order", "instruct", "request"})


def told_out(code: str, verb: Token, source: Resolved | None, target: Resolved | None) -> str:
    """ "Chad told the United Nations to withdraw its peacekeeping force", "asked the UN to
    withdraw its mission": a demand or an appeal that an international body withdraw what it
    has stationed with the one who asks, or a state withdraw it "from the country", is an
    expulsion (``ordered_out``)."""
    act = child(verb, "xcomp")
    if code[:2] not in ("10", "02") or verb.lemma_.lower() not in TELLING or act is None \
            or act.lemma_.lower() not in WITHDRAWING or source is None or target is None:
        return code
    if not target.actor.code.startswith(("IGO", "NGO")) and not _names_here(act):
        return code  # "told Israel to withdraw its troops": from where it is, not from here
    return ordered_out(act, [source], [target], child(verb, "dobj")) or code
