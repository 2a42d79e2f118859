"""Forces sent abroad to protect: a deployment, arrival or show of force whose doers are
peacekeepers, or whose to-infinitive says it is there to protect people or a peace, is
military protection or peacekeeping (074), not massing against anyone (15x)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flashpoint.stages.syntax import subject

if TYPE_CHECKING:
    from spacy.tokens import Token

    from flashpoint.stages.actors import Resolved

# "deployed troops to protect voter registration teams", "to keep the warring factions apart"
PROTECTING = frozenset({"protect", "guard", "shield", "police", "secure", "escort", "patrol",
                        "safeguard", "monitor", "supervise", "restore", "keep", "separate",
                        "stabilise", "stabilize", "defend"})
PEACEKEEPING = frozenset({"peacekeeper", "peacekeeping"})
JOINING = frozenset({"reinforce", "join", "bolster", "strengthen", "augment", "boost"})
DEPLOYING = ("15", "042", "043")  # a show or deployment of force; an arrival or visit


def protective_deployment(code: str, token: Token, source: Resolved | None,
                          target: Resolved | None) -> str:
    """Forces sent, stationed or landed abroad *to protect* people or a peace are providing
    protection or peacekeeping (074), not massing against anyone (15x); police rushed to a
    town at home to guard it stay a deployment."""
    abroad = target is not None and (source is None or source.actor.country is None
                                     or source.actor.country != target.actor.country)
    return "074" if abroad and protects(code, token) else code


def protects(code: str, token: Token) -> bool:
    """Whether a deployment or arrival is peacekeeping or done to protect: its doers are
    peacekeepers, or a to-infinitive of protecting says what it is for ("landed and took up
    positions to keep the factions apart", "landed at the head of a force sent to protect aid
    convoys")."""
    if not code.startswith(DEPLOYING):
        return False
    arrivals = [c for c in token.children if c.dep_ == "advcl" and c.lemma_.lower() in SENDING]
    for verb in (token, *arrivals):  # "took up positions as the first peacekeepers arrived"
        doers = subject(verb) if verb.pos_ == "VERB" else None
        if doers is not None and any(t.lemma_.lower() in PEACEKEEPING for t in doers.subtree):
            return True  # "UN peacekeepers landed in Phnom Penh": peacekeeping, whatever for
    # "to protect aid convoys"; "to reinforce the ECOMOG peacekeeping force"
    return any(_purpose(t, token) for t in token.subtree if t.pos_ == "VERB" and (
        t.lemma_.lower() in PROTECTING or (t.lemma_.lower() in JOINING and any(
            w.lemma_.lower() in PEACEKEEPING for w in t.subtree))))


PURPOSE_PATH = frozenset({"advcl", "xcomp", "acl", "conj", "prep", "pobj"})
SENDING = frozenset({"send", "dispatch", "deploy", "arrive", "land", "station", "rush", "fly",
                     "force", "troop", "contingent", "mission", "soldier", "unit"})


def _purpose(verb: Token, trigger: Token) -> bool:
    """``verb`` is a to-infinitive saying what the trigger's forces are for: it hangs on the
    trigger (or a verb joined to it), or on a sending or a force named beside it, by clause
    and preposition links only, no more than six steps away."""
    if verb.dep_ not in ("advcl", "xcomp", "acl") or not any(
            a.dep_ == "aux" and a.lower_ == "to" for a in verb.children):
        return False
    head, steps = verb, 0
    while head.i != trigger.i and steps < 6:
        if head.dep_ not in PURPOSE_PATH:
            return False
        head, steps = head.head, steps + 1
    return head.i == trigger.i and (verb.head.i == trigger.i or verb.head.dep_ == "conj"
                                    or verb.head.lemma_.lower() in SENDING)
