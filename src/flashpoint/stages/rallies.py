"""Support rallied by urging others: "lobbied Arab ministers to throw their weight behind
the Lebanese government", "urged leaders to rally behind Morales", "lobbied its partners to
open talks with Cyprus"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flashpoint.stages.modes import trigger_mode
from flashpoint.stages.reports import reporting_verb
from flashpoint.stages.syntax import child

if TYPE_CHECKING:
    from spacy.tokens import Token

    from flashpoint.codebook import VerbPattern
    from flashpoint.stages.actors import Resolved
    from flashpoint.stages.events import SentenceCoder
    from flashpoint.stages.findings import Finding

RALLIED = {"051": "053", "052": "053", "053": "053",  # praise, defend, rally behind
           "113": "113"}  # close ranks against
LOBBYING = frozenset({"lobby", "canvass"})  # working on others to do a third side good
FAVOURS = ("03", "04", "05", "06", "07", "08")  # cooperation, aid, yielding


def _rallied_code(verb: Token, done_code: str) -> str | None:
    """What urging others to act rallies: behind or against a third side (``RALLIED``); a
    lobby for a favour to one ("lobbied its partners to open talks with Cyprus") is support
    rallied on its behalf."""
    if (code := RALLIED.get(done_code[:3])) is not None:
        return code
    return "053" if verb.lemma_ in LOBBYING and done_code.startswith(FAVOURS) else None


def rallied_findings(coder: SentenceCoder, verb: Token, pattern: VerbPattern,
                     sources: list[Resolved | None]) -> list[Finding] | None:
    """ "lobbied Arab ministers to throw their weight behind the Lebanese government", "urged
    South American leaders to rally behind Morales": urging others to back a third side
    rallies support on its behalf (053), aimed at the side backed; urging them to close ranks
    against one rallies opposition against it (113)."""
    done = coder.complement(verb)
    doers = [s for s in sources if s is not None]
    rallied = _rallied_code(verb, done[1].code) if done is not None else None
    if done is None or rallied is None or not doers:
        return None
    told = {r.actor.code for r in coder.resolve_all(child(verb, "dobj"))}
    backed = [t for t in coder.targets_of(*done) if t.actor.code not in told]
    if done[1].code[:3] not in RALLIED:  # a favour lobbied for: to a foreign side, not to
        own = {d.actor.country for d in doers}  # the lobby's own people ("lobbied China
        backed = [t for t in backed if t.actor.country not in own]  # to free its reporter")
    mode, speaker = trigger_mode(verb), reporting_verb(verb, coder.book)
    return [coder.finding(verb, pattern, d, t, mode, speaker, code=rallied)
            for d in doers for t in backed] or None
