"""Reported speech: the speech verb whose clause holds a trigger ("X said that Y did Z"), the
clause's words, and a quote the parser made the root ("X responded: ...")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flashpoint.stages.misparse import closing_report
from flashpoint.stages.patterns import best_pattern

if TYPE_CHECKING:
    from spacy.tokens import Token

    from flashpoint.codebook import Codebook


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
