"""Word-sequence patterns around a trigger verb, in the notation of PETRARCH dictionaries.

A verb pattern row may carry a ``phrase``: words before and after the verb ``*`` that must
appear in the sentence, in that order, for the pattern to apply. The notation is PETRARCH's,
so that imported dictionaries keep their meaning:

- words are matched case-blind against the sentence's words as written ("memos" is not
  "memo"); words separated by a space may have other words between them, words joined by
  ``_`` must be adjacent ("NEW_&TIETYPES_RELATIONS" needs "new economic relations");
- ``&NAME`` is any phrase of the synset ``NAME`` (``verbs/synsets.tsv``; synsets may name
  synsets);
- ``+`` marks where the target is named and ``$`` where the source is (the nearest actor
  after the marker, reading away from the verb); ``^`` skips one noun phrase ("IFTAR IN ^
  +": "Iftar in Osgiliath with Gondor" has its target in Gondor); ``%`` marks a compound
  actor: when the doers are several, each does it to the others ("% HAVE * [191]": "A and B
  have delayed their meeting" is A->B and B->A);
- ``*{left}``: the verb itself must be written so (a dictionary that codes "left" apart from
  "leave").

``compile_phrase`` turns the text into two ``Seq`` s: the words after the verb in reading
order and the words before it read leftwards from the verb, so one matcher serves both.
Matching lives in ``flashpoint.stages.phrases``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from flashpoint.codebook.tsv import need, read_tsv
from flashpoint.errors import CodebookError

SYNSET_COLUMNS = ("name", "phrase", "source")
MARKERS = frozenset({"+", "$", "%"})
IGNORED: frozenset[str] = frozenset()
HYPHEN = re.compile(r"(?<=[A-Za-z0-9])(-)(?=[A-Za-z])")


@dataclass(frozen=True, slots=True)
class Step:
    """One element: a word, a marker (``+``/``$``) or a choice of sequences (a synset).
    ``glued``: it must touch the element matched before it (in matching direction)."""

    kind: str  # word | marker | choice | skip
    value: str = ""
    choices: tuple[tuple[Step, ...], ...] = ()
    glued: bool = False


Seq = tuple[Step, ...]


@dataclass(frozen=True, slots=True)
class Phrase:
    text: str
    before: Seq  # read leftwards from the verb
    after: Seq  # read rightwards from the verb
    verb_form: str | None = None  # the verb as written ("left"), if the phrase says

    @property
    def weight(self) -> int:
        """How much the phrase asks for: its words and synsets (more wins)."""
        words = sum(s.kind in ("word", "choice") for s in (*self.before, *self.after))
        return words + (self.verb_form is not None)

    def marks(self, marker: str) -> bool:
        return any(s.kind == "marker" and s.value == marker
                   for s in (*self.before, *self.after))


def _items(text: str) -> list[tuple[str, bool]]:
    """(element, glued to the element before it in reading order)."""
    items: list[tuple[str, bool]] = []
    glue = False
    for token in text.replace("_", " _ ").split():
        if token == "_":
            glue = True
        elif token not in IGNORED:
            items += _hyphened(token, glue)
            glue = False
    return items


def _hyphened(word: str, glue: bool) -> list[tuple[str, bool]]:
    """A word written with a hyphen is the parser's three words, glued ("counter-terrorism":
    "counter", "-", "terrorism"), as the tokenizer splits it."""
    if word[0] in "&*" or word in MARKERS:
        return [(word, glue)]
    parts = [p for p in HYPHEN.split(word) if p]
    return [(parts[0], glue), *((p, True) for p in parts[1:])]


def _step(item: str, glued: bool, synsets: Mapping[str, tuple[str, ...]], leftward: bool,
          depth: int) -> Step:
    if item in MARKERS:
        return Step("marker", item, glued=glued)
    if item == "^":
        return Step("skip", item, glued=glued)
    if item.startswith("&"):
        name = item[1:].upper()
        if name not in synsets or depth > 6:
            raise ValueError(f"undefined synset &{name}")
        members = tuple(_seq(_items(p), synsets, leftward, depth + 1) for p in synsets[name])
        return Step("choice", name, tuple(m for m in members if m), glued)
    return Step("word", item.lower(), glued=glued)


def _seq(items: list[tuple[str, bool]], synsets: Mapping[str, tuple[str, ...]],
         leftward: bool, depth: int = 0, last_glue: bool = False) -> Seq:
    """Steps in matching direction. Leftwards, an element touches the one to its right
    when that one was glued to it in reading order (the verb's glue is ``last_glue``)."""
    if not leftward or not items:
        return tuple(_step(item, glued, synsets, False, depth) for item, glued in items)
    glues = [glued for _, glued in items[1:]] + [last_glue]
    return tuple(_step(item, glue, synsets, True, depth)
                 for (item, _), glue in reversed(list(zip(items, glues, strict=True))))


def compile_phrase(text: str, synsets: Mapping[str, tuple[str, ...]], where: str) -> Phrase:
    """``where`` (file:line) names the row in the error for a malformed phrase."""
    items = _items(text)
    verbs = [i for i, (item, _) in enumerate(items) if item.startswith("*")]
    if len(verbs) != 1:
        raise CodebookError(where, None, f"phrase {text!r} needs exactly one verb marker *")
    at = verbs[0]
    try:
        before = _seq(items[:at], synsets, True, last_glue=items[at][1])
        after = _seq(items[at + 1:], synsets, False)
    except ValueError as err:
        raise CodebookError(where, None, f"phrase {text!r}: {err}") from err
    form = items[at][0][1:].strip("{}").lower() or None
    return Phrase(" ".join(text.split()), before, after, form)


def read_synsets(path: Path, base: Path) -> dict[str, tuple[str, ...]]:
    """``verbs/synsets.tsv``: one row per (synset name, phrase); names without ``&``."""
    found: dict[str, list[str]] = defaultdict(list)
    for row, origin in read_tsv(path, SYNSET_COLUMNS, base=base):
        need(row, origin, "name", "phrase", "source")
        found[row["name"].lstrip("&").upper()].append(row["phrase"])
    return {name: tuple(phrases) for name, phrases in found.items()}
