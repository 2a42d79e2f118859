"""Does a verb pattern's phrase (codebook/phrase.py) hold around a trigger verb, and where
does it mark the target (``+``) and the source (``$``)?

The words after the verb are looked for in the verb's own phrase (up to the last word of its
parse subtree), the words before it anywhere earlier in the sentence, read leftwards. The
first way the elements fit, in order, wins (elements are tried at the nearest position
first, so a gap is as short as it can be).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from flashpoint.codebook.phrase import Phrase, Seq
from flashpoint.stages.carriers import light_verb

if TYPE_CHECKING:
    from spacy.tokens import Token

Marks = tuple[tuple[str, int], ...]  # (marker, position in the side's token list)


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    before: list[Token]  # the sentence before the verb, nearest first
    after: list[Token]  # the verb's phrase after it, in reading order
    marks: dict[str, tuple[str, int]]  # marker -> (side, position) where its actor starts

    def candidates(self, marker: str) -> Iterator[Token]:
        """Noun heads from the marker on, reading away from the verb: where its actor is."""
        if marker in self.marks:
            side, start = self.marks[marker]
            yield from noun_heads((self.before if side == "before" else self.after)[start:])


def noun_heads(tokens: Iterable[Token]) -> Iterator[Token]:
    """The nouns among ``tokens``, a compound's head for the compound ("the Gondor main
    opposition group" -> group); possessive pronouns are skipped ("its role")."""
    for token in tokens:
        if token.pos_ in ("NOUN", "PROPN") or (token.pos_ == "PRON" and token.dep_ != "poss"):
            while token.dep_ == "compound" and token.head.i != token.i:
                token = token.head
            yield token


def verb_phrase_after(verb: Token) -> list[Token]:
    """The words after the verb in its own phrase (to the end of its parse subtree)."""
    return list(verb.doc[verb.i + 1:max(verb.right_edge.i + 1, verb.i + 1)])


def _fits(seq: Seq, k: int, toks: list[Token], pos: int, glue: bool | None,
          marks: Marks, failed: set[tuple[int, int, int, bool | None]]) -> tuple[int, Marks] | None:
    """Match ``seq[k:]`` from ``pos``; ``glue`` overrides the first step's own flag.
    ``failed`` remembers the (sequence, step, position, glue) that cannot match (whatever the
    marks so far), so repeated words cost linear, not exponential, time."""
    key = (id(seq), k, pos, glue)
    if key in failed:
        return None
    done = _fits_step(seq, k, toks, pos, glue, marks, failed) if k < len(seq) else (pos, marks)
    if done is None:
        failed.add(key)
    return done


def _fits_step(seq: Seq, k: int, toks: list[Token], pos: int, glue: bool | None,
               marks: Marks, failed: set[tuple[int, int, int, bool | None]]
               ) -> tuple[int, Marks] | None:
    step = seq[k]
    if step.kind == "marker":
        return _fits(seq, k + 1, toks, pos, None, (*marks, (step.value, pos)), failed)
    if step.kind == "skip":  # past the next noun phrase's head
        glued = step.glued if glue is None else glue  # "*_^": a pronoun may be the phrase
        heads = [i for i in range(pos, len(toks)) if toks[i].dep_ != "compound" and (
            toks[i].pos_ in ("NOUN", "PROPN") or (glued and toks[i].pos_ == "PRON"))]
        if heads and glued and any(
                t.pos_ in ("ADP", "VERB", "AUX") for t in toks[pos:heads[0]]):
            return None  # "*_^": the noun phrase comes right after ("called the deal")
        return _fits(seq, k + 1, toks, heads[0] + 1, None, marks, failed) if heads else None
    glued = step.glued if glue is None else glue
    for j in [pos] if glued else range(pos, len(toks)):
        if step.kind == "word":
            if j < len(toks) and toks[j].lower_ == step.value and (
                    done := _fits(seq, k + 1, toks, j + 1, None, marks, failed)) is not None:
                return done
            continue
        for member in step.choices:
            inner = _fits(member, 0, toks, j, True, marks, failed)
            if inner is not None and (done := _fits(seq, k + 1, toks, inner[0], None,
                                                    inner[1], failed)) is not None:
                return done
    return None


NOUN_MODIFIERS = frozenset({"amod", "compound", "nmod", "poss", "nummod"})


def _modifiers_start(noun: Token) -> int:
    """Where a noun trigger's own modifiers begin ("Thai artillery fire": at "Thai"), so that a
    phrase's word before the noun ("UNDER_*") may stand before them; the noun itself for a
    verb or a bare noun."""
    if noun.pos_ != "NOUN":
        return noun.i
    return min((c.left_edge.i for c in noun.lefts if c.dep_ in NOUN_MODIFIERS), default=noun.i)


def match_phrase(phrase: Phrase, verb: Token) -> PhraseMatch | None:
    if phrase.verb_form is not None and verb.lower_ != phrase.verb_form:
        return None
    doc, sent = verb.doc, verb.sent
    after = verb_phrase_after(verb)
    before = list(reversed(doc[sent.start:verb.i]))
    found_before = _fits(phrase.before, 0, before, 0, None, (), set())
    if found_before is None and (start := _modifiers_start(verb)) < verb.i:
        before = list(reversed(doc[sent.start:start]))  # "under [Thai artillery] fire"
        found_before = _fits(phrase.before, 0, before, 0, None, (), set())
    if found_before is None:
        return None
    found_after = _fits(phrase.after, 0, after, 0, None, (), set())
    if found_after is None and verb.pos_ == "NOUN" and (carrier := light_verb(verb)) is not None:
        # "repeated its demand on Sunday that ...": the clause hung on the carrying verb
        after = list(doc[verb.i + 1:max(carrier.right_edge.i + 1, verb.i + 1)])
        found_after = _fits(phrase.after, 0, after, 0, None, (), set())
    if found_after is None:
        return None
    marks = {m: ("before", p) for m, p in found_before[1]}
    marks.update({m: ("after", p) for m, p in found_after[1]})
    return PhraseMatch(before, after, marks)
