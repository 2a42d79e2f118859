"""Paragraph records shared by the clean passes, and the repeat-removal passes.

A paragraph is a line of the normalised text; a pass takes paragraphs and returns the ones it
keeps plus a ``_Cut`` (with a ``Removed`` record) for each one, or each part, it removes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from flashpoint.records import Removed

STAGE = "clean"
SHINGLE = 7  # words per shingle when deciding whether a block repeats others
MIN_BLOCK_WORDS = 15  # shorter paragraphs are removed only when repeated exactly
COVERED = 0.9  # share of a block's words found in other kept blocks that makes it a repeat
MIN_SENTENCE_WORDS = 10  # shorter sentences are never removed as repeats
_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])")


class _Para(NamedTuple):
    line: int  # line number in the normalised text: keeps ``dropped`` in document order
    text: str


class _Cut(NamedTuple):
    line: int
    offset: int
    removed: Removed


_Pass = Callable[[list[_Para]], tuple[list[_Para], list[_Cut]]]


def _key(text: str) -> str:
    """Comparison key: lower-case words only (quotes, punctuation and spacing ignored)."""
    return " ".join(_WORD.findall(text.lower()))


def _removed(reason: str, text: str) -> Removed:
    return Removed(stage=STAGE, reason=reason, chars=len(text), text=text[:80])


def _split(paras: list[_Para], reason: str, drop: list[bool]) -> tuple[list[_Para], list[_Cut]]:
    pairs = list(zip(paras, drop, strict=True))
    return [p for p, d in pairs if not d], [
        _Cut(p.line, 0, _removed(reason, p.text)) for p, d in pairs if d
    ]


# --- repeated blocks and sentences --------------------------------------------------------


def _drop_exact_repeats(paras: list[_Para]) -> tuple[list[_Para], list[_Cut]]:
    first: dict[str, int] = {}
    keys = [_key(p.text) for p in paras]
    for position, key in enumerate(keys):
        first.setdefault(key, position)
    return _split(paras, "repeated-block", [bool(k) and first[k] < i for i, k in enumerate(keys)])


Shingle = tuple[str, ...]


def _shingles(tokens: Sequence[str]) -> list[Shingle]:
    return [tuple(tokens[k : k + SHINGLE]) for k in range(len(tokens) - SHINGLE + 1)]


def _share_in(words: Sequence[str], shingles: set[Shingle]) -> float:
    """Share of ``words`` inside shingles from the set."""
    covered: set[int] = set()
    for start, shingle in enumerate(_shingles(words)):
        if shingle in shingles:
            covered.update(range(start, start + SHINGLE))
    return len(covered) / max(1, len(words))


def _coverage(
    block: int, tokens: dict[int, list[str]], owners: dict[Shingle, set[int]]
) -> tuple[float, int]:
    """How much of a block the other kept blocks already say, and how many it holds whole.

    Words count as covered when ONE other block has them (the block copies part of it) or
    when they come from blocks that the block holds whole (several blocks glued into one).
    Phrases picked from many blocks (templated interview questions) do not add up."""
    words = tokens[block]
    by_source: dict[int, set[int]] = {}
    for start, shingle in enumerate(_shingles(words)):
        for other in owners.get(shingle, set()) - {block}:
            by_source.setdefault(other, set()).update(range(start, start + SHINGLE))
    if not by_source:
        return 0.0, 0
    own = set(_shingles(words))
    held = [j for j in by_source if _share_in(tokens[j], own) >= COVERED]
    glued: set[int] = set().union(*(by_source[j] for j in held))
    best = max(len(positions) for positions in by_source.values())
    return max(best, len(glued)) / len(words), len(held)


def _drop_covered(paras: list[_Para]) -> tuple[list[_Para], list[_Cut]]:
    """Remove blocks that other kept blocks already say (>= COVERED of their words).

    A block holding several other blocks whole goes first, so of a body printed once as one
    long paragraph and once in paragraphs, the paragraphed copy is kept. Otherwise the most
    fully covered block goes first: of a paragraph and a pull quote copied from it, the pull
    quote goes and the paragraph (with its "he said") stays."""
    tokens = {p.line: _WORD.findall(p.text.lower()) for p in paras}
    owners: dict[Shingle, set[int]] = {}
    for index, words in tokens.items():
        for shingle in _shingles(words):
            owners.setdefault(shingle, set()).add(index)
    ranked = []
    for index, words in tokens.items():
        if len(words) >= MIN_BLOCK_WORDS:
            share, held = _coverage(index, tokens, owners)
            if share >= COVERED:  # glued copies of several blocks first, then the fullest
                ranked.append((held if held > 1 else 0, share, len(words), index))
    gone: set[int] = set()
    for *_, index in sorted(ranked, reverse=True):
        if _coverage(index, tokens, owners)[0] >= COVERED:  # earlier removals may change it
            gone.add(index)
            for shingle in _shingles(tokens[index]):
                owners[shingle].discard(index)
    return _split(paras, "repeated-block", [p.line in gone for p in paras])


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """Conservative sentence spans: never splits after "Mr.", "U.S." or an initial."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        before = text[start : match.start()].split()
        last = before[-1] if before else ""
        if len(last) <= 3 and last[:1].isupper():
            continue
        spans.append((start, match.end()))
        start = match.end() + len(text[match.end() :]) - len(text[match.end() :].lstrip())
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _drop_sentences(paras: list[_Para]) -> tuple[list[_Para], list[_Cut]]:
    """Remove a long sentence that the kept prose already said word for word.

    Only paragraphs of two or more sentences take part, on both sides: a one-sentence
    paragraph that repeats the body is a heading or pull quote, and the body's copy (with its
    attribution) must stay."""
    seen: set[str] = set()
    kept: list[_Para] = []
    cuts: list[_Cut] = []
    for para in paras:
        spans = _sentence_spans(para.text)
        pieces: list[str] = []
        for start, end in spans if len(spans) > 1 else ():
            sentence = para.text[start:end]
            key = _key(sentence)
            if key in seen and len(key.split()) >= MIN_SENTENCE_WORDS:
                cuts.append(_Cut(para.line, start, _removed("repeated-sentence", sentence)))
            else:
                seen.add(key)
                pieces.append(sentence)
        if len(spans) < 2 or len(pieces) == len(spans):
            kept.append(para)
        elif pieces:
            kept.append(para._replace(text=" ".join(pieces)))
    return kept, cuts


# --- dateline and final checks ------------------------------------------------------------
