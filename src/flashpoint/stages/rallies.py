"""Support rallied by urging others: "lobbied Arab ministers to throw their weight behind
the Lebanese government", "urged leaders to rally behind Morales", "lobbied its partners to
open talks with Cyprus"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flashpoint.stages.modes import trigger_mode
from flashpoint.stages.reports import reporting_verb
from flashpoint.stages.syntax import child, direct_object

if TYPE_CHECKING:
    from spacy.tokens import Token

    from flashpoint.codebook import VerbPattern
    from flashpoint.stages.actors import Resolved
    from flashpoint.stages.events import SentenceCoder
    from flashpoint.stages.findings import Finding

RALLIED = {"051": "053", "052": "053", "053": "053",  # praise, defend, rally behind
           "113": "113"}  # close ranks against
LOBBYING = frozenset({"lobby", "canvass"})  # working on others to do a third side good
SEEKING_BACKING = LOBBYING | {"urge"}
FAVOURS = ("03", "04", "05", "06", "07", "08")  # cooperation, aid, yielding


def _rallied_code(verb: Token, done_code: str) -> str | None:
    """What urging others to act rallies: behind or against a third side (``RALLIED``); a
    lobby for a favour to one ("lobbied its partners to open talks with Cyprus") is support
    rallied on its behalf."""
    if (code := RALLIED.get(done_code[:3])) is not None:
        return code
    return "053" if verb.lemma_.lower() in LOBBYING and done_code.startswith(FAVOURS) else None


def rallied_findings(coder: SentenceCoder, verb: Token, pattern: VerbPattern,
                     sources: list[Resolved | None]) -> list[Finding] | None:
    """ "lobbied Arab ministers to throw their weight behind the Lebanese government", "urged
    South American leaders to rally behind Morales": urging others to back a third side
    rallies support on its behalf (053), aimed at the side backed; urging them to close ranks
    against one rallies opposition against it (113). Backing sought for the urger's own side
    stays an appeal."""
    done = coder.complement(verb)
    doers = [s for s in sources if s is not None]
    rallied = _rallied_code(verb, done[1].code) if done is not None else None
    if done is None or rallied is None or not doers:
        return None
    told = {r.actor.code for r in coder.resolve_all(child(verb, "dobj"))}
    backed = [t for t in coder.targets_of(*done) if t.actor.code not in told]
    own = {d.actor.country for d in doers}  # backing sought for oneself ("lobbied Brazil to
    backed = [t for t in backed if t.actor.country not in own]  # back its claim"), or a
    # favour for one's own people ("lobbied China to free its reporter"), is an appeal
    mode, speaker = trigger_mode(verb), reporting_verb(verb, coder.book)
    return [coder.finding(verb, pattern, d, t, mode, speaker, code=rallied)
            for d in doers for t in backed] or None


BACKING = frozenset({"back", "support", "endorse", "champion"})
OWN = frozenset({"its", "their", "his", "her", "our"})


def own_backing(code: str, verb: Token, source: Resolved | None,
                target: Resolved | None) -> str:
    """ "lobbied Brazil to back its claim to the Falklands", "lobbied African states to back
    Mugabe" (by Zimbabwe): support sought for the lobby's own cause or side is an appeal for
    support (022), not support rallied for a third side."""
    if code != "053" or verb.lemma_.lower() not in SEEKING_BACKING:
        return code
    if source is not None and target is not None \
            and source.actor.country and source.actor.country == target.actor.country:
        return "022"
    backing = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl", "ccomp")
                    and c.lemma_.lower() in BACKING), None)
    backed = direct_object(backing) if backing is not None else None
    owner = child(backed, "poss") if backed is not None else None
    return "022" if owner is not None and owner.lower_ in OWN else code
