"""PETRARCH agent dictionaries -> actors/sectors.tsv rows.

``POLICE {} [~COP]``: a phrase, optional plural forms in ``{...}`` (not needed: we match
lemmas), and an agent code, ``~CODE`` (added after the actor code) or ``CODE~`` (added
before it, e.g. ``NGO~``). ``!PERSON! = MAN, MEN, ...`` defines a substitution marker used
as ``CONGRESS!PERSON!``.

Our sector words are lemma phrases naming a sector, always appended to the country code, so:
the agent code is kept as written (``GOVFRM``, ``MOP``: a user folder may use own agent codes
of three-letter parts; those that are not a CAMEO sector are counted), its kind from its first
three letters; prefix agents (``NGO~``) are written as suffix sectors (counted); phrases with
a preposition ("minister of silly walks") cannot be matched by the sector lookup and are
skipped; a word the shipped codebook already has keeps its shipped sector.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from flashpoint.codebook.load import Codebook
from flashpoint.codebook.model import SECTORS
from flashpoint.codebook.petrarch_actors import sector_kind
from flashpoint.codebook.petrarch_text import (
    Lemmatize,
    Line,
    read_lines,
    split_code,
    strip_braces,
    words_of,
)

Row = dict[str, str]
PREPOSITIONS = frozenset({"of", "for", "in", "on", "at", "to", "from", "with", "by", "against"})
MARKER_RE = re.compile(r"^\s*(![A-Z]+!)\s*=\s*(.+)$")


@dataclass(slots=True)
class AgentImport:
    shipped: Codebook
    file: str
    lemmatize: Lemmatize
    skipped: Counter[str] = field(default_factory=Counter)
    adjusted: Counter[str] = field(default_factory=Counter)
    rows: dict[str, Row] = field(default_factory=dict)  # lemma phrase -> row
    markers: dict[str, list[str]] = field(default_factory=dict)

    def add_line(self, line: Line) -> None:
        marker = MARKER_RE.match(line.text)
        if marker:
            self.markers[marker[1]] = [w.strip() for w in marker[2].split(",") if w.strip()]
            return
        phrase, code = split_code(strip_braces(line.text))
        sector = self._sector(code)
        if sector is None:
            return
        for expanded in self._expand(phrase):
            self._add_phrase(expanded, sector, line.number)

    def _sector(self, code: str | None) -> str | None:
        raw = (code or "").replace(" ", "")
        if not raw.strip("~"):
            self.skipped["agents: entry without a code"] += 1
            return None
        if raw.endswith("~") and not raw.startswith("~"):
            self.adjusted["agents: prefix agent (CODE~) written as a suffix sector"] += 1
        raw = raw.strip("~").upper()
        if not re.fullmatch(r"(?:[A-Z]{3}){1,3}", raw):
            self.skipped["agents: code is not made of three-letter parts"] += 1
            return None
        if raw not in SECTORS:
            self.adjusted["agents: own agent code (not a CAMEO sector) kept"] += 1
        return raw

    def _expand(self, phrase: str) -> Iterator[str]:
        found = re.search(r"![A-Z]+!", phrase)
        if found is None:
            yield phrase
            return
        values = self.markers.get(found.group(0))
        if values is None:
            self.skipped["agents: undefined substitution marker"] += 1
            return
        for value in values:
            yield from self._expand(phrase[:found.start()] + value + phrase[found.end():])

    def _add_phrase(self, phrase: str, sector: str, line: int) -> None:
        words = [w.lower() for w in words_of(phrase)]
        if not words:
            return
        if any(w in PREPOSITIONS for w in words[1:]):
            self.skipped["agents: phrase with a preposition"] += 1
            return
        lemma = self.lemmatize(" ".join(words), "NOUN")
        shipped = self.shipped.sectors.get(lemma)
        if shipped is not None:
            why = "same sector" if shipped.sector == sector else "another sector"
            self.skipped[f"agents: word already in the shipped codebook ({why})"] += 1
        elif lemma in self.rows:
            self.skipped["agents: same lemma phrase as an earlier entry"] += 1
        else:
            self.rows[lemma] = {"word": lemma, "sector": sector, "kind": sector_kind(sector),
                                "source": f"imported from {self.file}:{line}"}


def import_agent_file(path: Path, shipped: Codebook, lemmatize: Lemmatize) -> AgentImport:
    result = AgentImport(shipped, path.name, lemmatize)
    for line in read_lines(path):
        result.add_line(line)
    return result
