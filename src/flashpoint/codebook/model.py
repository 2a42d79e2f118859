"""Typed codebook entries. Every entry remembers the file and line it came from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flashpoint.codebook.phrase import Phrase

NO_EVENT = "---"
SECTORS = frozenset(
    "GOV MIL COP JUD LEG OPP REB INS UAF CRM CVL BUS MED EDU LAB AGR REF REL HLH SPY ELI PTY NGO "
    "IGO ENV MOD RAD SEP".split()
)
KINDS = frozenset(
    {"state", "igo", "ngo", "armed_group", "party", "company", "media", "person_group", "unknown"}
)


@dataclass(frozen=True, slots=True)
class Origin:
    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    root: str
    label: str
    goldstein: float
    quad_class: int
    plover: str | None
    plover_mode: str | None
    source: str
    origin: Origin


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    capitals: tuple[str, ...]
    metonyms: tuple[str, ...]
    wikidata: str | None
    source: str
    origin: Origin


@dataclass(frozen=True, slots=True)
class Organization:
    code: str
    name: str
    aliases: tuple[str, ...]
    kind: str
    country: str | None
    sector: str | None
    wikidata: str | None
    source: str
    origin: Origin


@dataclass(frozen=True, slots=True)
class SectorWord:
    word: str
    sector: str
    kind: str
    source: str
    origin: Origin


@dataclass(frozen=True, slots=True)
class PersonRole:
    name: str
    aliases: tuple[str, ...]
    country: str
    sector: str
    role: str
    valid_from: str
    valid_to: str | None
    wikidata: str | None
    source: str
    origin: Origin

    def holds_on(self, day: str) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day < self.valid_to)


@dataclass(frozen=True, slots=True)
class VerbPattern:
    id: str
    pos: str
    lemma: str
    particle: str | None
    objects: frozenset[str]
    preps: frozenset[str]
    targets: tuple[str, ...]
    code: str
    speech: bool
    source: str
    origin: Origin
    reverse: str | None = None  # the target's side of the same event ("visited" -> "hosted")
    phrase: Phrase | None = None  # words around the verb (PETRARCH notation; phrase.py)

    @property
    def rule(self) -> str:
        return f"{self.origin.file}:{self.id}"

    @property
    def codes_nothing(self) -> bool:
        """Code ``---``: where this pattern holds, the trigger is no event (PETRARCH's null
        code; it wins over less specific patterns of the same word)."""
        return self.code == NO_EVENT

    @property
    def specificity(self) -> int:
        words = 2 + self.phrase.weight if self.phrase is not None else 0
        return 2 * bool(self.objects) + bool(self.preps) + bool(self.particle) + words


@dataclass(frozen=True, slots=True)
class ActorName:
    """One surface form ("the Kremlin", "Kazakh", "CSTO") and what it names."""

    surface: str
    what: str  # country | adjective | capital | metonym | organization | person
    key: str  # country code, organization code or person name
    origin: Origin
    group: tuple[str, ...] = ()  # the other codes a group name stands for ("the E3")
