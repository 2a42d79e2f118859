"""How much to trust one coded event: ``confidence`` from what the coder relied on.

The coder records an event's *basis*, the facts it relied on: how specific the winning
pattern is, how the source and the target were found (by name, a sector word, a pronoun, the
article's context, or not at all), the mode, the trigger's part of speech, the code's root and
quad class, whether a phrase pattern or the clause's main verb carried it, and whether it
sits in an adverbial clause of time or circumstance ("a week after rebels seized the town") or
in a participle clause ("..., defying warnings from Washington") or a clause describing a noun
("civilians who had sought refuge"), or is a noun merely mentioned
in a prepositional phrase ("after last week's protests").
The codebook's confidence model (``confidence.tsv``, fitted on the development halves of the
event gold sets by ``flashpoint eval --fit-confidence``) turns a basis into the probability
that the event is right.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from flashpoint.stages.carriers import errand_verb, light_verb
from flashpoint.stages.clauses import in_background, in_relative

if TYPE_CHECKING:
    from spacy.tokens import Token

    from flashpoint.codebook import Codebook, VerbPattern
    from flashpoint.stages.actors import Resolved

IMPLIED_TARGET = "target:implied"  # a target guessed from where the event happened


def basis(book: Codebook, pattern: VerbPattern, code: str, source: Resolved | None,
          target: Resolved | None, mode: str, token: Token) -> frozenset[str]:
    facts = {f"specificity:{min(pattern.specificity, 3)}",
             f"source:{source.how if source else 'none'}",
             f"target:{target.how if target else 'none'}",
             f"mode:{mode}", f"pos:{token.pos_}",
             f"quad:{book.cameo[code].quad_class}", f"root:{code[:2]}"}
    if pattern.phrase is not None:
        facts.add("phrase")
    if token.dep_ == "ROOT":
        facts.add("clause_root")
    if in_background(token):
        facts.add("background")
    elif token.dep_ == "advcl" and token.tag_ in ("VBG", "VBN") \
            and not any(c.dep_ == "mark" for c in token.children):
        facts.add("participle")  # "..., ending 46 years of war", "..., killing 12 people"
    if in_relative(token):
        facts.add("relative")  # "civilians who had sought refuge", "crowds protesting"
    if pattern.speech:
        facts.add("speech")
    if pattern.lemma == "*":
        facts.add("generic")  # a rule for any verb (plans.py), not a verb's own pattern
    if token.pos_ == "NOUN" and token.dep_ == "pobj" and light_verb(token) is None \
            and errand_verb(token) is None:
        facts.add("mentioned")  # "after last week's protests", "support for the rally"
    return frozenset(facts)


def with_implied_target(facts: frozenset[str]) -> frozenset[str]:
    return (facts - {"target:none"}) | {IMPLIED_TARGET}


def with_implied_source(facts: frozenset[str]) -> frozenset[str]:
    return (facts - {"source:none"}) | {"source:implied"}
