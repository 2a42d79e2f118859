"""Escapes: "Musharraf escaped unhurt when a bomb exploded under a bridge" is an attempt on his
life (185), by whoever the clause names, else by the unidentified forces of the place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flashpoint.stages.modes import trigger_mode
from flashpoint.stages.reports import reporting_verb
from flashpoint.stages.sides import violent_word
from flashpoint.stages.syntax import subject

if TYPE_CHECKING:
    from spacy.tokens import Token

    from flashpoint.stages.actors import Resolved
    from flashpoint.stages.events import SentenceCoder
    from flashpoint.stages.findings import Finding

ESCAPING = frozenset({"escape", "survive"})
UNHURT = frozenset({"unhurt", "unharmed", "uninjured", "unscathed", "alive"})
ATTEMPT_ON_LIFE = "185"


def escaped_findings(coder: SentenceCoder, verb: Token) -> list[Finding] | None:
    """ "X escaped unhurt when his motorcade was raked with gunfire": an attempt on X's life,
    by the armed doers the "when" clause names (none named: the pipeline's armed strangers)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ESCAPING \
            or not any(t.lower_ in UNHURT for t in verb.children):
        return None
    clause = next((c for c in verb.children if c.dep_ == "advcl" and any(
        m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as") for m in c.children)), None)
    if clause is None or not any(violent_word(coder.book, coder.actors, t)
                                 for t in clause.subtree):
        return None
    victims = coder.subject_actors(subject(verb))
    attackers: list[Resolved | None] = [
        r for r in coder.subject_actors(subject(clause))
        if r.actor.sector in ("REB", "INS", "UAF", "MIL", "SPY", "CRM")] or [None]
    pattern = next((p for p in coder.book.patterns("NOUN", "attempt")
                    if p.code == ATTEMPT_ON_LIFE), None)
    if not victims or pattern is None:
        return None
    mode, speaker = trigger_mode(verb), reporting_verb(verb, coder.book)
    return [coder.finding(verb, pattern, a, v, mode, speaker, code=ATTEMPT_ON_LIFE)
            for a in attackers for v in victims]
