"""Events a sentence tells as the purpose or the manner of another act: an inquiry someone
came or was sent for is the news, not the coming ("arrived in Kosovo to gather evidence"); a
defiance is how an act was done, not news beside it ("tested a missile in defiance of
warnings")."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from flashpoint.stages.carriers import manner_verb
from flashpoint.stages.modes import ERRANDS, INQUIRING, PURPOSE_HEADS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from flashpoint.codebook import Codebook
    from flashpoint.stages.actors import Resolved
    from flashpoint.stages.findings import Finding


def inquiries_over_errands(book: Codebook, findings: list[Finding]) -> list[Finding]:
    """ "arrived in Lebanon to investigate the shelling", "sent a mission to Turkey to look into
    reports of torture": the inquiry is the news, the coming or the sending how it began; a
    coder writes the inquiry down, so the errand's own event is left out. An inquiry that
    names no target is aimed where the errand went ("sent a mission to Togo to look into
    reports that ...": Togo)."""
    inquired = {f.trigger.i: _errand_of(f.trigger) for f in findings if f.code[:2] == "09"}
    errands = {e for e in inquired.values() if e is not None}
    went = {f.trigger.i: f.target for f in reversed(findings)
            if f.trigger.i in errands and f.target is not None}  # the first one kept
    return [_aimed_where_sent(book, f, _where(went, inquired.get(f.trigger.i)))
            for f in findings if f.trigger.i not in errands]


def _where(went: dict[int, Resolved], errand: int | None) -> Resolved | None:
    return went.get(errand) if errand is not None else None


def _aimed_where_sent(book: Codebook, inquiry: Finding, target: Resolved | None) -> Finding:
    if inquiry.target is not None or target is None:
        return inquiry
    facts = (inquiry.basis - {"target:none"}) | {f"target:{target.how}"}
    return replace(inquiry, target=target, basis=facts,
                   confidence=book.confidence.score(facts))


def _errand_of(inquiry: Token) -> int | None:
    """The sending or coming verb whose purpose the inquiry is, if any."""
    if inquiry.lemma_.lower() not in INQUIRING or inquiry.dep_ not in ("advcl", "xcomp", "acl"):
        return None
    head = inquiry.head.head if inquiry.dep_ == "acl" and inquiry.head.dep_ == "dobj" \
        else inquiry.head  # "sent a mission to look into": the mission's sending
    return head.i if head.lemma_.lower() in ERRANDS | PURPOSE_HEADS else None


# "in defiance of", "in contravention of", "in protest at": how an act was done
DEFYING = frozenset({"defiance", "contravention", "protest"})


def defiance_as_manner(findings: list[Finding]) -> list[Finding]:
    """ "North Korea carried out a nuclear test in defiance of international warnings": the
    defiance is how the test was done, and the test is the news; a defiance whose verb codes
    nothing of its own ("pressed ahead with the law in defiance of the court") stays. So does
    a protest: "the Netherlands cut aid in protest at the law" is a sanction. What is protested
    at is no news either ("in protest at Israel's handling of the uprising")."""
    acts = {f.trigger.i for f in findings if not f.pattern.speech}
    manners = {f.trigger.i for f in findings if f.trigger.lemma_.lower() in DEFYING
               and (holder := _holder(f.trigger)) is not None and _done(holder, acts)}
    return [f for f in findings if f.trigger.i not in manners
            and not any(a.i in manners for a in f.trigger.ancestors)]


def _holder(noun: Token) -> Token | None:
    """The verb, or the noun of an act, that an "in protest at" phrase says how was done."""
    if (verb := manner_verb(noun)) is not None:
        return verb
    held = noun.head.head  # "announced the recall of its envoy in protest at"
    return held if noun.dep_ == "pobj" and noun.head.lower_ == "in" \
        and held.pos_ == "NOUN" else None


def _done(verb: Token, acts: set[int]) -> bool:
    """Whether a verb, or the act it carries ("announced the recall of its ambassador in
    protest at ..."), tells an event of its own."""
    return verb.i in acts or any(c.i in acts for c in verb.children if c.dep_ == "dobj")
