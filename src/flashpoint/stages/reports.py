"""Reported speech: the speech verb whose clause holds a trigger ("X said that Y did Z"), the
clause's words, and a quote the parser made the root ("X responded: ...")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flashpoint.stages.misparse import closing_report
from flashpoint.stages.patterns import best_pattern
from flashpoint.stages.syntax import is_passive, speaker_of

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

    from flashpoint.codebook import Codebook, VerbPattern
    from flashpoint.stages.actors import Resolved

# roots whose unnamed passive doer a state reporting the act is: it tells what it gave, sent
# or promised ("S-300 systems have been delivered to Syria, Shoigu told Putin")
OWN_REPORTS = frozenset({"03", "04", "05", "06", "07"})
# speakers who tell of others' acts, not their own ("his lawyer said", "witnesses said")
BYSTANDERS = frozenset({"JUD", "LAB", "CVL", "EDU", "AGR", "HLH", "BUS", "REF", "OPP", "NGO"})


def reported_clause(verb: Token) -> tuple[int, int] | None:
    """Token range of what was said, without the complementizer ("that") and outer quotes."""
    for c in verb.children:
        if c.dep_ in ("ccomp", "parataxis"):
            start, end = c.left_edge.i, c.right_edge.i + 1
            doc = verb.doc
            while start < end and (doc[start].is_punct or (doc[start].lower_ == "that"
                                   and doc[start].dep_ == "mark")):
                start += 1
            while end > start and doc[end - 1].is_punct:
                end -= 1
            return (start, end) if start < end else None
    return None


def reporting_verb(token: Token, book: Codebook) -> Token | None:
    """The speech verb whose reported clause contains ``token``, if any (also a closing one
    the parser misread: ``misparse.closing_report``)."""
    current = token
    for _ in range(12):
        head = current.head
        if head.i == current.i:
            break
        if current.dep_ in ("ccomp", "parataxis") and head.pos_ == "VERB":
            pattern = best_pattern(book, head)
            if pattern is not None and pattern.speech:
                return head
        current = head
    return closing_report(token, lambda v: (p := best_pattern(book, v)) is not None
                          and p.speech)


def inverted_report(token: Token, book: Codebook) -> Token | None:
    """ 'The minister responded via Twitter: "I reject the new measure"': the parser made the
    quote the sentence's root and the speech verb before the colon its clause."""
    for clause in token.sent.root.children:
        if clause.dep_ in ("ccomp", "parataxis") and clause.i < token.i \
                and any(p.lower_ == ":" and p.i < token.i for p in clause.children):
            pattern = best_pattern(book, clause)
            if pattern is not None and pattern.speech:
                return clause
    return None


def reporting_doers(token: Token, pattern: VerbPattern, book: Codebook,
                    resolve_all: Callable[[Token | None], list[Resolved]]) -> list[Resolved]:
    """The speaker of a passive act of cooperation told without its doer ("supplies will be
    dispatched, India's foreign ministry said"): the one who tells it is the one who does it;
    so is who announces a concession ("the crew will not be released, KCNA said"), unless a
    bystander tells it ("his lawyer said")."""
    root = pattern.code[:2]
    if token.pos_ != "VERB" or not is_passive(token) or not (
            root in OWN_REPORTS or (root == "08" and _announced_for_later(token))):
        return []  # called only when no doer was found
    speech = reporting_verb(token, book)
    found = resolve_all(speaker_of(speech) if speech is not None else None)
    return [r for r in found if r.actor.sector not in BYSTANDERS]


def _announced_for_later(verb: Token) -> bool:
    """ "will (not) be released", "are to be waived": an act announced for the future, or a
    refusal."""
    if verb.dep_ == "xcomp" and verb.head.lemma_ == "be" \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in ("will", "would", "shall"))
               for c in verb.children)
