"""Sending someone to do violence: "Chechen separatists sent two suicide bombers to blow
themselves up at a rock festival", "Yeltsin sent tanks to shell the parliament", "Meles sent
his army into an offensive against Eritrean forces". The sender does the violent act (CAMEO
18-20); the sending is how. Sending aid, troops to keep the peace, or envoys stays the
sending."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flashpoint.stages.modes import trigger_mode
from flashpoint.stages.patterns import VIOLENT_ROOTS, best_pattern
from flashpoint.stages.reports import reporting_verb
from flashpoint.stages.syntax import prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from flashpoint.stages.actors import Resolved
    from flashpoint.stages.events import SentenceCoder
    from flashpoint.stages.findings import Finding

SENDING = frozenset({"send", "dispatch", "despatch"})


def sent_to_violence(coder: SentenceCoder, verb: Token,
                     sources: list[Resolved | None]) -> list[Finding] | None:
    """The violent act the sent are sent to do, done by the sender; None if there is none."""
    if verb.lemma_.lower() not in SENDING:
        return None
    purposes = [c for c in verb.children if c.dep_ in ("xcomp", "advcl")
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    for act in (*purposes, *prep_objects(verb, "into")):
        pattern = best_pattern(coder.book, act)
        if pattern is None or pattern.codes_nothing or pattern.code[:2] not in VIOLENT_ROOTS \
                or _fighting_somewhere(act):
            continue
        doers = [s for s in sources if s is not None]
        targets: list[Resolved | None] = [*coder.targets_of(act, pattern)] or [None]
        mode, speaker = trigger_mode(verb), reporting_verb(verb, coder.book)
        return [coder.finding(act, pattern, d, t, mode, speaker) for d in doers for t in targets
                if t is None or t.actor.code != d.actor.code] or None
    return None


def _fighting_somewhere(act: Token) -> bool:
    """ "sent troops to fight in Syria", "to fight alongside the army": whom they fight is not
    said, and the place is not the foe."""
    return act.lemma_.lower() in ("fight", "battle", "combat") and not any(
        c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "against") for c in act.children)
