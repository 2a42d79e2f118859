"""A guess where no pattern fires: the learned fallback (``codebook/learned.py``).

With ``--guess`` (setting ``guess_uncoded``; off by default), a sentence whose main verb has
no pattern, and in which the patterns found no event that PLOVER counts, gets one guessed
event when the learned model gives a type other than "no event" a probability of at least
``THRESHOLD``: "Indonesia downgraded its relationship with Australia" (SANCTION, 160). The
guess goes through the coder's usual roles, modes and checks as a pattern of its own (rule
``learned.tsv:guess(...)`` naming the features that spoke for it); its basis holds
``learned``, which the confidence model weighs down. A verb that reports speech ("Russia says
it has returned 111 stained-glass panels to Germany") gives way to the verb of what is said,
and for a verbal type (an accusation, a demand) the speaker is the one who acts.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from flashpoint.codebook.model import Origin, VerbPattern
from flashpoint.stages.arenas import about_markets, about_sport
from flashpoint.stages.patterns import best_pattern
from flashpoint.stages.plans import plan_pattern

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from flashpoint.codebook import Codebook
    from flashpoint.stages.events import SentenceCoder
    from flashpoint.stages.findings import Finding

THRESHOLD = 0.8  # chosen on the tuning halves (benchmarks/cameo_blind.py --guess)
NOTHING_WEIGHT = 40.0  # prior odds of "no event" x40: the training sets are nearly all events
SAYING = frozenset({"say", "tell", "announce", "report", "state", "add", "claim", "declare",
                    "note", "confirm"})
HEDGES = frozenset({"should", "could", "might", "may", "ought"})
VERBAL_QUADS = frozenset({1, 3})  # verbal cooperation and verbal conflict
LEARNED = "learned"


def main_verb(sent: Span) -> Token:
    """The sentence's root, or what a reporting root says ("Russia says it has returned")."""
    verb = sent.root
    for _ in range(2):
        said = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if verb.lemma_.lower() not in SAYING or said is None:
            break
        verb = said
    return verb


def features(sent: Span) -> frozenset[str]:
    """What the learned model reads: the main verb, its particle, object, prepositions and
    complement, the reporting verb above it, and the sentence's nouns."""
    verb = main_verb(sent)
    lemma = verb.lemma_.lower()
    out = {f"v={lemma}"} | {f"n={t.lemma_.lower()}" for t in sent if t.pos_ == "NOUN"}
    if verb.i != sent.root.i:
        out.add(f"r={sent.root.lemma_.lower()}")
    for child in verb.children:
        out.update(_child_features(lemma, child))
    return frozenset(f for f in out if "\t" not in f and "|" not in f)


def _child_features(lemma: str, child: Token) -> Iterator[str]:
    word = child.lemma_.lower()
    if child.dep_ == "prt":
        yield f"vp={lemma}_{word}"
    elif child.dep_ in ("dobj", "nsubjpass"):
        yield from (f"vo={lemma}_{word}", f"o={word}")
    elif child.dep_ == "prep":
        yield f"vpr={lemma}_{word}"
    elif child.dep_ == "xcomp":
        yield f"x={word}"
        yield from (f"xo={word}_{g.lemma_.lower()}" for g in child.children if g.dep_ == "dobj")
    elif child.dep_ == "neg":
        yield "neg"


def guessed_findings(coder: SentenceCoder, sent: Span, found: list[Finding]) -> list[Finding]:
    """The learned guess for a sentence the patterns left without a PLOVER event, if any."""
    model = coder.book.learned
    if model is None or any(coder.book.cameo[f.code].plover for f in found) or about_sport(sent):
        return []
    verb = main_verb(sent)
    if verb.pos_ != "VERB" or about_markets(verb) or best_pattern(coder.book, verb) is not None \
            or plan_pattern(coder.book, verb) is not None:
        return []  # a verb with patterns that found nothing found nothing on purpose
    guess = model.guess(features(sent), NOTHING_WEIGHT)
    if guess.probability < THRESHOLD or guess.plover == "NONE" or _hedged(verb) \
            or all(e.startswith("n=") for e in guess.evidence):
        return []  # the verb itself must speak for the guess, not only the topic
    said = verb.i != sent.root.i and coder.book.cameo[guess.code].quad_class in VERBAL_QUADS
    trigger = sent.root if said else verb
    pattern = _pattern(trigger, guess.code, ",".join(guess.evidence))
    return [replace(f, basis=f.basis | {LEARNED}, confidence=_weighed(coder.book, f))
            for f in coder.code_with(trigger, pattern) if _between_two(f)][:1]


def _hedged(verb: Token) -> bool:
    """ "said the gun laws *should* be changed": an opinion, not an act."""
    return any(c.dep_ == "aux" and c.lower_ in HEDGES for c in verb.children)


def _between_two(finding: Finding) -> bool:
    """A guess needs someone who acts and someone else acted on (who did what to whom)."""
    return finding.source is not None and finding.target is not None \
        and finding.source.actor.code != finding.target.actor.code


def _pattern(trigger: Token, code: str, evidence: str) -> VerbPattern:
    return VerbPattern(id=f"guess({evidence})", pos="VERB", lemma=trigger.lemma_.lower(),
                       particle=None, objects=frozenset(), preps=frozenset(),
                       targets=("dobj", "after"), code=code, speech=False,
                       source="learned fallback (codebook/learned.py)",
                       origin=Origin("learned.tsv", 0))


def _weighed(book: Codebook, finding: Finding) -> float:
    return book.confidence.score(finding.basis | {LEARNED})
