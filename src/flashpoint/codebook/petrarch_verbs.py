"""PETRARCH verb dictionaries -> verbs/NN_petrarch.tsv pattern rows.

A dictionary holds synsets (``&NAME`` then ``+phrase`` lines) and verb blocks: a header
``--- NAME [code] ---`` (the block's default code), verb lines (``SAY {SAID}``,
``LASH OUT [122]``, ``+BREAK_DOWN``; ``+`` marks the verb inside a phrase) and patterns
``- <words before> * <words after> [code]`` that apply to every verb of the block.

What our patterns can say is: verb lemma + particle + (direct-object lemmas | a preposition
and the lemmas of its object) + where the target is. So:

- a pattern with words before ``*`` ("SAID * ...", "NOT *"), with a source ``$`` or compound
  ``%`` marker, with two prepositions, or with both a direct object and a prepositional object
  is skipped (counted); ``^`` (skip a phrase) is dropped;
- an object phrase of several words is reduced to its last word (the English head), and a
  synset to the last word of each of its phrases; lemmas are added as noun and as verb;
- ``+`` right after the verb makes the target ``dobj``, after a preposition ``pobj:<prep>``;
  a preposition with no object words after an object is the target's place only;
- codes: ``a:b`` (a for source->target, b for the reverse event) become ``code`` a and
  ``reverse`` b (the coder emits b from the target to the source as well); the
  null code ``---`` is skipped (counted); a numeric code the shipped table lacks but that sits
  under a CAMEO root 01-20 ("1717", "095") is written as an extension code (``cameo.tsv``);
  other codes ("901", "345", "174K") are skipped (counted);
- verb lines with words before the verb (``WIRE_+TAP``) or several words after it that are
  not one particle are skipped.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from flashpoint.codebook.petrarch_text import (
    Lemmatize,
    read_lines,
    split_code,
    strip_braces,
    words_of,
)

Row = dict[str, str]
PARTICLES = frozenset({"up", "down", "off", "out", "away", "back"})
PREPOSITIONS = frozenset({
    "about", "across", "after", "against", "among", "at", "before", "between", "by", "during",
    "for", "from", "in", "into", "near", "of", "on", "over", "through", "to", "toward",
    "towards", "under", "upon", "with", "within", "without"})
DEFAULT_TARGETS = ("dobj", "dative", "pobj:with", "pobj:against", "pobj:on", "pobj:at",
                   "pobj:toward", "pobj:from", "pobj:for", "pobj:about", "pobj:over",
                   "pobj:between", "pobj:into", "pobj:of", "pobj:in")


@dataclass(frozen=True, slots=True)
class Verb:
    line: int
    lemma: str
    particle: str | None
    code: str | None


@dataclass(slots=True)
class Block:
    line: int
    code: str | None
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[tuple[int, str]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Shape:
    """A pattern's constraints in our terms."""

    particle: str | None
    objects: tuple[str, ...]
    prep: str | None
    targets: tuple[str, ...]
    notes: tuple[str, ...] = ()


@dataclass(slots=True)
class VerbFile:
    synsets: dict[str, list[str]] = field(default_factory=dict)
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
            found.synsets[synset] = []
        elif synset is not None and text.startswith("+"):
            found.synsets[synset].append(text[1:].strip())
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
    if at > 0:
        return "verb line with words before the verb"
    if len(after) > 1 or (after and after[0] not in PARTICLES):
        return "verb line with several words after the verb"
    verb = words[at].lstrip("+")
    return Verb(line, lemmatize(verb, "VERB"), after[0] if after else None, code)


def expand(token: str, synsets: dict[str, list[str]], depth: int = 0) -> list[str] | None:
    """The phrases a synset reference stands for (None if it is undefined)."""
    if not token.startswith("&"):
        return [token]
    phrases = synsets.get(token[1:].rstrip("_").upper())
    if phrases is None or depth > 5:
        return None
    out: list[str] = []
    for phrase in phrases:
        inner = expand(phrase.strip(), synsets, depth + 1) if phrase.startswith("&") else [phrase]
        if inner is None:
            return None
        out.extend(inner)
    return out


def object_lemmas(words: list[str], synsets: dict[str, list[str]],
                  lemmatize: Lemmatize) -> tuple[str, ...] | None:
    """Lemmas of the head (last word) of an object phrase; a synset gives one per phrase."""
    if any(expand(w, synsets) is None for w in words):
        return None
    if not words:
        return ()
    heads = [words_of(p)[-1] for p in expand(words[-1], synsets) or [] if words_of(p)]
    lemmas = {lemmatize(h, pos) for h in heads for pos in ("NOUN", "VERB")}
    return tuple(sorted(lemmas))


def _segments(items: list[str]) -> tuple[list[str], list[tuple[str, list[str]]]]:
    head: list[str] = []
    preps: list[tuple[str, list[str]]] = []
    for item in items:
        if item.lower() in PREPOSITIONS:
            preps.append((item.lower(), []))
        elif preps:
            preps[-1][1].append(item)
        else:
            head.append(item)
    return head, preps


def pattern_shape(body: str, synsets: dict[str, list[str]],
                  lemmatize: Lemmatize) -> Shape | str:
    """A pattern's text between ``-`` and its code, as a Shape, or why it cannot be one."""
    if body.count("*") != 1:
        return "pattern without exactly one verb marker *"
    before, after = body.split("*")
    if words_of(before):
        return "pattern with words before the verb"
    items = [w for w in words_of(after) if w != "^"]
    if "$" in items or "%" in items:
        return "pattern with a source $ or compound % marker"
    particle = items.pop(0).lower() if items and items[0].lower() in PARTICLES else None
    head, preps = _segments(items)
    if len(preps) > 1:
        return "pattern with more than one preposition"
    objects = object_lemmas([w for w in head if w != "+"], synsets, lemmatize)
    prep, prep_words = preps[0] if preps else (None, [])
    prep_objects = object_lemmas([w for w in prep_words if w != "+"], synsets, lemmatize)
    if objects is None or prep_objects is None:
        return "pattern with an undefined synset"
    if objects and prep_objects:
        return "pattern with a direct object and a prepositional object"
    notes = [n for n, yes in (
        ("object phrase reduced to its last word", _reduced(head, synsets)
         or _reduced(prep_words, synsets)),
        ("preposition after an object kept as the target's place only",
         bool(objects and prep))) if yes]
    return Shape(particle, objects or prep_objects, None if objects else prep,
                 _targets(head, prep, prep_words), tuple(notes))


def _reduced(words: list[str], synsets: dict[str, list[str]]) -> bool:
    words = [w for w in words if w != "+"]
    phrases = expand(words[-1], synsets) or [] if words else []
    return len(words) > 1 or any(len(words_of(p)) > 1 for p in phrases)


def _targets(head: list[str], prep: str | None, prep_words: list[str]) -> tuple[str, ...]:
    if "+" in head:
        return ("dobj",)
    first: tuple[str, ...] = ()
    if prep is not None and ("+" in prep_words or not [w for w in prep_words if w != "+"]):
        first = (f"pobj:{prep}",)
    return tuple(dict.fromkeys(first + DEFAULT_TARGETS))


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

    def add_block(self, block: Block, synsets: dict[str, list[str]]) -> None:
        for verb in block.verbs:
            raw = verb.code or block.code
            code = self._code(raw, verb.line)
            if code is not None:
                self._row(verb, Shape(verb.particle, (), None, DEFAULT_TARGETS), code,
                          verb.line, "", self._reverse(raw, verb.line))
        for line, text in block.patterns:
            body, raw = split_code(text)
            shape = pattern_shape(body, synsets, self.lemmatize)
            if isinstance(shape, str):
                self.skipped[f"verbs: {shape}"] += 1
                continue
            code = self._code(raw, line)
            if code is None:
                continue
            for note in shape.notes:
                self.adjusted[f"verbs: {note}"] += 1
            for verb in block.verbs:
                if verb.particle and shape.particle and verb.particle != shape.particle:
                    self.skipped["verbs: pattern particle differs from the verb's"] += 1
                    continue
                merged = replace(shape, particle=verb.particle or shape.particle)
                self._row(verb, merged, code, line, f"- {text}", self._reverse(raw, line))

    def _code(self, raw: str | None, line: int) -> str | None:
        first = (raw or "").split(":")[0].strip()
        if not first or first == "---":
            self.skipped["verbs: no code or the null code ---"] += 1
            return None
        found = self._known(first, line)
        if found is None:
            self.skipped["verbs: not a CAMEO event code"] += 1
        return found

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

    def _row(self, verb: Verb, shape: Shape, code: str, line: int, note: str,
             reverse: str = "") -> None:
        key = (verb.lemma, shape.particle, shape.objects, shape.prep)
        if key in self.seen:
            self.skipped["verbs: same pattern as an earlier row"] += 1
            return
        self.seen.add(key)
        ident = "-".join(p for p in (verb.lemma, shape.particle, f"l{line}") if p)
        self.rows[code[:2]].append({
            "id": ident, "pos": "VERB", "lemma": verb.lemma, "particle": shape.particle or "",
            "object": "|".join(shape.objects), "prep": shape.prep or "",
            "target": "|".join(shape.targets), "code": code, "speech": "",
            "source": f"imported from {self.file}:{line}", "reverse": reverse,
            "note": " ".join(note.split())})


def import_verb_file(path: Path, cameo: Collection[str], lemmatize: Lemmatize) -> VerbImport:
    result = VerbImport(cameo, path.name, lemmatize)
    found = read_verb_file(path, lemmatize, result.skipped)
    for block in found.blocks:
        result.add_block(block, found.synsets)
    return result
