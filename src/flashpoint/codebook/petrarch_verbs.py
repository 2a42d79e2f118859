"""PETRARCH verb dictionaries -> verbs/NN_petrarch.tsv pattern rows.

A dictionary holds synsets (``&NAME`` then ``+phrase`` lines) and verb blocks: a header
``--- NAME [code] ---`` (the block's default code), verb lines (``SAY {SAID}``,
``LASH OUT [122]``, ``+BREAK_DOWN``; ``+`` marks the verb inside a phrase) and patterns
``- <words before> * <words after> [code]`` that apply to every verb of the block.

Each verb line becomes a pattern row (lemma + particle); each pattern becomes a row per verb
of its block whose ``phrase`` column keeps the pattern's words in PETRARCH's own notation
(codebook/phrase.py matches it: ``_`` adjacency, ``&SYNSET``, ``+``/``$``/``%`` markers,
``^``), and the synsets go to ``verbs/synsets.tsv``. So:

- the target is where ``+`` marks it, else PETRARCH's default, the first actor after the verb
  in its phrase (target ``after``; the passive subject first);
- a verb line with words before the verb (``WIRE_+TAP``) puts them in its phrases
  (``WIRE_ *``); a verb line that is an inflected form (``LEFT`` beside ``LEAVE``) matches only
  that form (``*{left}``); a verb line with several words after the verb that are not one
  particle is skipped (counted);
- codes: ``a:b`` (a for source->target, b for the reverse event) become ``code`` a and
  ``reverse`` b (the coder emits b from the target to the source as well); a numeric code
  the shipped table lacks but that sits under a CAMEO root 01-20 ("1717", "095") is written
  as an extension code (``cameo.tsv``); a pattern coded ``+++`` takes its verb's code;
  the null code ``---`` (or no code) and codes that cannot be event codes ("901", "345",
  "174K") are written as ``---``: no event where the row holds, which still keeps the verb's
  less specific rows from coding it (counted).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from flashpoint.codebook.model import NO_EVENT
from flashpoint.codebook.petrarch_text import (
    Lemmatize,
    read_lines,
    split_code,
    strip_braces,
    words_of,
)
from flashpoint.codebook.phrase import compile_phrase
from flashpoint.errors import CodebookError

Row = dict[str, str]
PARTICLES = frozenset({"up", "down", "off", "out", "away", "back"})
DEFAULT_TARGETS = ("after",)


@dataclass(frozen=True, slots=True)
class Verb:
    line: int
    lemma: str
    particle: str | None
    code: str | None
    star: str = "*"  # the verb in phrases: "WIRE_ *" (of "WIRE_+TAP"), "*{left}" (of "LEFT")


@dataclass(slots=True)
class Block:
    line: int
    code: str | None
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[tuple[int, str]] = field(default_factory=list)


@dataclass(slots=True)
class VerbFile:
    synsets: dict[str, list[str]] = field(default_factory=dict)
    synset_lines: dict[str, list[int]] = field(default_factory=dict)
    blocks: list[Block] = field(default_factory=list)


def read_verb_file(path: Path, lemmatize: Lemmatize, skipped: Counter[str]) -> VerbFile:
    found = VerbFile()
    block: Block | None = None
    synset: str | None = None
    for line in read_lines(path):
        text = line.text.strip()
        if text.startswith("---"):
            block, synset = Block(line.number, split_code(text.strip("- "))[1]), None
            found.blocks.append(block)
        elif text.startswith("&"):
            synset = text.split()[0][1:].rstrip("_").upper()
            found.synsets[synset], found.synset_lines[synset] = [], []
        elif synset is not None and text.startswith("+"):
            found.synsets[synset].append(text[1:].split("#")[0].strip())
            found.synset_lines[synset].append(line.number)
        elif text.startswith("-") and block is not None:
            block.patterns.append((line.number, text[1:].strip()))
        elif block is not None:
            synset = None
            verb = parse_verb_line(text, line.number, lemmatize)
            if isinstance(verb, str):
                skipped[f"verbs: {verb}"] += 1
            else:
                block.verbs.append(verb)
        else:
            skipped["verbs: line outside any block"] += 1
    return found


def parse_verb_line(text: str, line: int, lemmatize: Lemmatize) -> Verb | str:
    phrase, code = split_code(strip_braces(text))
    words = words_of(phrase)
    if not words:
        return "verb line without a verb"
    at = next((i for i, w in enumerate(words) if w.startswith("+")), 0)
    after = [w.lower() for w in words[at + 1:]]
    if len(after) > 1 or (after and after[0] not in PARTICLES):
        return "verb line with several words after the verb"
    verb = words[at].lstrip("+")
    lemma = lemmatize(verb, "VERB")
    form = f"{{{verb.lower()}}}" if lemma != verb.lower() else ""  # "LEFT": only "left"
    before = "_".join(words[:at]) + "_ " if at else ""  # a verb line's words are adjacent
    return Verb(line, lemma, after[0] if after else None, code, before + "*" + form)


def phrase_problem(body: str, synsets: dict[str, list[str]]) -> str | None:
    """Why a pattern body cannot be a phrase row (None when it can)."""
    if body.count("*") != 1:
        return "pattern without exactly one verb marker *"
    try:
        compile_phrase(body, {name: tuple(p) for name, p in synsets.items()}, "import")
    except CodebookError:
        return "pattern with an undefined synset"
    return None


@dataclass(slots=True)
class VerbImport:
    """Rows for one verb dictionary, grouped by CAMEO root (one output file per root)."""

    cameo: Collection[str]
    file: str
    lemmatize: Lemmatize
    skipped: Counter[str] = field(default_factory=Counter)
    adjusted: Counter[str] = field(default_factory=Counter)
    rows: dict[str, list[Row]] = field(default_factory=lambda: defaultdict(list))
    seen: set[tuple[object, ...]] = field(default_factory=set)
    extensions: dict[str, int] = field(default_factory=dict)  # code -> first line using it
    synsets: list[Row] = field(default_factory=list)  # verbs/synsets.tsv rows

    def add_block(self, block: Block, synsets: dict[str, list[str]]) -> None:
        for verb in block.verbs:
            raw = verb.code or block.code
            self._row(verb, "" if verb.star == "*" else verb.star, self._code(raw, verb.line),
                      verb.line, "", self._reverse(raw, verb.line))
        for line, text in block.patterns:
            body, raw = split_code(text)
            problem = phrase_problem(body, synsets)
            if problem is not None:
                self.skipped[f"verbs: {problem}"] += 1
                continue
            for verb in block.verbs:
                own = verb.code or block.code if raw == "+++" else raw  # "+++": the verb's
                phrase = body.replace("*", verb.star)
                self._row(verb, " ".join(phrase.split()), self._code(own, line), line,
                          f"- {text}", self._reverse(own, line))

    def _code(self, raw: str | None, line: int) -> str:
        """The row's code; the null code and codes we cannot emit become ``---`` (no event
        where the row holds: it still wins over the verb's less specific rows)."""
        first = (raw or "").split(":")[0].strip()
        if not first or first == NO_EVENT:
            self.adjusted["verbs: null code --- (or none): no event there"] += 1
            return NO_EVENT
        found = self._known(first, line)
        if found is None:
            self.adjusted["verbs: not a CAMEO event code: no event there"] += 1
        return found or NO_EVENT

    def _known(self, code: str, line: int) -> str | None:
        """A CAMEO code, or an extension code under a CAMEO root (registered), else None."""
        if code in self.cameo:
            return code
        if re.fullmatch(r"(0[1-9]|1\d|20)\d{0,2}", code):
            self.extensions.setdefault(code, line)
            return code
        return None

    def _reverse(self, raw: str | None, line: int) -> str:
        """``b`` of a code ``a:b``: the event the target does in return ("" if none)."""
        parts = (raw or "").split(":")
        if len(parts) < 2:
            return ""
        found = self._known(parts[1].strip(), line)
        if found is None:
            self.adjusted["verbs: code a:b whose b is not a CAMEO code keeps a only"] += 1
        return found or ""

    def extension_rows(self, root_labels: Mapping[str, str]) -> list[Row]:
        """``cameo.tsv`` rows for the extension codes the patterns use (the loader gives them
        the root's Goldstein score and quad class)."""
        return [{"code": code,
                 "label": f"{root_labels.get(code[:2], code[:2])} (extension code from "
                          f"{self.file})",
                 "source": f"imported from {self.file}:{line}"}
                for code, line in sorted(self.extensions.items())]

    def _row(self, verb: Verb, phrase: str, code: str, line: int, note: str,
             reverse: str = "") -> None:
        key = (verb.lemma, verb.particle, phrase.lower())
        if key in self.seen:
            self.skipped["verbs: same pattern as an earlier row"] += 1
            return
        self.seen.add(key)
        ident = "-".join(p for p in (verb.lemma, verb.particle, f"l{line}") if p)
        self.rows["00" if code == NO_EVENT else code[:2]].append({
            "id": ident, "pos": "VERB", "lemma": verb.lemma, "particle": verb.particle or "",
            "object": "", "prep": "", "phrase": phrase, "target": "|".join(DEFAULT_TARGETS),
            "code": code, "speech": "", "source": f"imported from {self.file}:{line}",
            "reverse": reverse, "note": " ".join(note.split())})


def import_verb_file(path: Path, cameo: Collection[str], lemmatize: Lemmatize) -> VerbImport:
    result = VerbImport(cameo, path.name, lemmatize)
    found = read_verb_file(path, lemmatize, result.skipped)
    for block in found.blocks:
        result.add_block(block, found.synsets)
    result.synsets = [
        {"name": name, "phrase": " ".join(phrase.split()),
         "source": f"imported from {path.name}:{line}"}
        for name, phrases in found.synsets.items()
        for phrase, line in zip(phrases, found.synset_lines[name], strict=True)]
    return result
