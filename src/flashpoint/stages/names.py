"""Codebook names found in a parsed document: every span that a codebook name matches.

Names are matched case-insensitively, all-caps abbreviations ("UN", "WHO") case-sensitively;
a span may name several things ("Georgia"), and ``NameHit.best`` prefers a person, then an
organisation, a capital or metonym, a country and last a demonym.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from flashpoint.codebook import ActorName, Codebook

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

NAME_PRECEDENCE = {"person": 0, "organization": 1, "metonym": 2, "country": 3, "adjective": 4}


@dataclass(frozen=True, slots=True)
class NameHit:
    start: int
    end: int
    names: tuple[ActorName, ...]

    @property
    def best(self) -> ActorName:
        return min(self.names, key=lambda n: NAME_PRECEDENCE[n.what])


@dataclass(frozen=True, slots=True)
class Matchers:
    lower: PhraseMatcher
    exact: PhraseMatcher


def _surface_forms(surface: str) -> list[str]:
    forms = [surface]
    if surface.lower().startswith("the "):
        forms.append(surface[4:])
    return forms


@lru_cache(maxsize=4)
def build_matchers(book: Codebook, nlp: Language) -> Matchers:
    """PhraseMatchers over every codebook name (all-caps abbreviations match case-sensitively)."""
    from spacy.matcher import PhraseMatcher

    lower = PhraseMatcher(nlp.vocab, attr="LOWER")
    exact = PhraseMatcher(nlp.vocab, attr="ORTH")
    for key, entries in book.names.items():
        for form in _surface_forms(entries[0].surface):
            if form.startswith("the "):
                continue
            doc = nlp.make_doc(form)
            target = exact if form.isupper() and len(form) <= 6 else lower
            target.add(key, [doc])
    return Matchers(lower, exact)


def find_names(doc: Doc, book: Codebook, matchers: Matchers) -> dict[int, NameHit]:
    """Token index -> the codebook name covering it (longest match wins)."""
    from spacy.tokens import Span
    from spacy.util import filter_spans

    spans = []
    for matcher in (matchers.exact, matchers.lower):
        for match_id, start, end in matcher(doc):
            if doc[start].text[:1].isupper():
                spans.append(Span(doc, start, end, label=match_id))
    hits: dict[int, NameHit] = {}
    for span in filter_spans(spans):
        names = book.names.get(span.label_, ())
        if not names:
            continue
        hit = NameHit(span.start, span.end, names)
        for i in range(span.start, span.end):
            hits[i] = hit
    return hits
