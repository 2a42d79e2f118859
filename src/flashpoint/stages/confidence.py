"""How much to trust one coded event: ``confidence`` from what the coder relied on.

A pattern with more constraints (particle, object, preposition) is more specific; an actor
found by name is surer than one from a sector word, a pronoun or the article's context; a
reported or noun-triggered event is less sure than an asserted verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from flashpoint.codebook import VerbPattern
    from flashpoint.stages.actors import Resolved


def confidence(pattern: VerbPattern, source: Resolved | None, target: Resolved | None,
               mode: str, token: Token) -> float:
    score = 0.7 + 0.05 * min(pattern.specificity, 2)
    penalty = {"name": 0.0, "sector": 0.02, "pronoun": 0.1, "context": 0.2}
    score -= penalty[source.how] if source else 0.3
    score -= penalty[target.how] if target else 0.1
    score -= 0.05 if mode == "reported" else 0.0
    score -= 0.05 if token.pos_ != "VERB" else 0.0
    return round(max(0.05, min(0.99, score)), 2)
