"""PETRARCH actor dictionaries -> countries, organizations, aliases and people rows.

An entry is a primary phrase with an optional ``[CODE]``, ``+SYNONYM`` lines and tab-indented
``[CODE <date]``, ``[CODE >date]``, ``[CODE date-date]`` or ``[CODE]`` restriction lines.

- A 3-letter code becomes a country row (``ARNOR [ARN]``). The shipped codebook may already
  have the code (a toy world reusing ``DNK``) or the name ("Denmark"): codes are never
  redefined; new names of a known code go to ``actors/aliases.tsv``; a name the shipped
  codebook already knows keeps its shipped meaning and is skipped.
- Longer codes (``PSEREBHMS``, ``IGOCOPITP``) become organizations: country = the first
  three letters when they are a country, sector = the first 3-letter chunk after them that is
  a CAMEO sector, kind from the prefix (IGO, NGO...) or the sector.
- Several codes (``THE_SHIRE [FRO/BIL/SAM]``) make a group name: an alias row whose code
  lists them (``FRO|BIL|SAM``), so the name codes as each member; members no entry names get
  a row under their code as name.
- Dated ``COUNTRY+SECTOR`` codes become people.tsv terms (valid_to is exclusive, so PETRARCH's
  inclusive last day gets one day added). Before the first term a person codes as the bare
  country, which is what ``[HOB <950601]``-style restrictions say; other dated codes
  (``ORCHOB``, ``HOBCIV``: no CAMEO sector) and undated defaults of dated actors are counted.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from flashpoint.codebook.load import Codebook
from flashpoint.codebook.model import SECTORS
from flashpoint.codebook.petrarch_text import (
    Restriction,
    display_name,
    parse_restriction,
    read_lines,
    split_code,
)
from flashpoint.stages.actors import NAME_PRECEDENCE

Row = dict[str, str]
INTERNATIONAL = {"IGO": "igo", "NGO": "ngo", "NGM": "ngo", "IMG": "armed_group",
                 "MNC": "company"}
SECTOR_KINDS = {"GOV": "state", "MIL": "state", "COP": "state", "JUD": "state", "LEG": "state",
                "SPY": "state", "REB": "armed_group", "INS": "armed_group", "UAF": "armed_group",
                "SEP": "armed_group", "PTY": "party", "MED": "media", "BUS": "company",
                "NGO": "ngo", "IGO": "igo"}
CODE_RE = re.compile(r"^[A-Z0-9]+$")


def sector_kind(sector: str | None) -> str:
    return SECTOR_KINDS.get((sector or "")[:3], "person_group" if sector else "unknown")


@dataclass(slots=True)
class ActorEntry:
    line: int
    names: list[str]
    code: str | None
    dated: list[tuple[int, Restriction]] = field(default_factory=list)


def read_actor_entries(path: Path, skipped: Counter[str]) -> Iterator[ActorEntry]:
    entry: ActorEntry | None = None
    for line in read_lines(path):
        text = line.text.strip()
        if text.startswith("[") and entry is not None:
            restriction = parse_restriction(text)
            if restriction is None:
                skipped["actors: unreadable code or date restriction"] += 1
            elif restriction.start is None and restriction.end is None:
                entry.code = entry.code or restriction.code
            else:
                entry.dated.append((line.number, restriction))
        elif text.startswith("+") and entry is not None:
            entry.names.append(split_code(text[1:])[0])
        elif not text.startswith(("[", "+")):
            if entry is not None:
                yield entry
            entry = _primary(text, line.number)
        else:
            skipped["actors: line outside an entry"] += 1
    if entry is not None:
        yield entry


def _primary(text: str, line: int) -> ActorEntry:
    """``NAME [CODE]``; a dated code on the primary line counts as a restriction."""
    name, code = split_code(text)
    restriction = parse_restriction(f"[{code}]") if code else None
    if restriction is None or restriction.start or restriction.end:
        entry = ActorEntry(line, [name], None if restriction or not code else code.upper())
        entry.dated.extend([(line, restriction)] if restriction else [])
        return entry
    return ActorEntry(line, [name], restriction.code)


@dataclass(slots=True)
class ActorImport:
    """Collects rows for one actor dictionary, checked against the shipped codebook."""

    shipped: Codebook
    file: str
    skipped: Counter[str] = field(default_factory=Counter)
    adjusted: Counter[str] = field(default_factory=Counter)
    countries: dict[str, Row] = field(default_factory=dict)
    organizations: dict[str, Row] = field(default_factory=dict)
    aliases: list[Row] = field(default_factory=list)
    people: list[Row] = field(default_factory=list)
    groups: list[tuple[list[str], int]] = field(default_factory=list)  # codes, line
    known: dict[str, str] = field(default_factory=dict)  # surface -> code imported so far

    def source(self, line: int) -> str:
        return f"imported from {self.file}:{line}"

    def add(self, entry: ActorEntry) -> None:
        names = [n for n in (display_name(x) for x in entry.names) if n]
        if entry.dated and self._add_person(entry, names):
            return
        code = entry.code
        if entry.dated:
            self.adjusted["actors: date restrictions dropped (no dated sector code)"] += 1
            code = code or entry.dated[-1][1].code
        if code is None or code == "---":
            self.skipped["actors: entry without a code (or the null code ---)"] += 1
        elif "/" in code:
            self._add_group(code.split("/"), names, entry.line)
        elif not CODE_RE.match(code):
            self.skipped[f"actors: unusable code {code}"] += 1
        elif len(code) == 3 and code not in INTERNATIONAL:
            self._add_country(code, names, entry.line)
        else:
            self._add_organization(code, names, entry.line)

    # -- names ---------------------------------------------------------------------------
    def _shipped_code(self, surface: str) -> str | None:
        names = self.shipped.names.get(surface.lower())
        if not names:
            return None
        best = min(names, key=lambda n: NAME_PRECEDENCE[n.what])
        if best.what == "metonym":
            return best.key + "GOV"
        return "" if best.what == "person" else best.key

    def fresh(self, names: Iterable[str], code: str) -> list[str]:
        """The names that would code as ``code`` only through this import."""
        kept = []
        for name in names:
            shipped = self._shipped_code(name)
            earlier = self.known.get(name.lower())
            if shipped is not None:
                why = "same code" if shipped == code else "another code"
                self.skipped[f"actors: name already in the shipped codebook ({why})"] += 1
            elif earlier is not None:
                if earlier != code:
                    self.skipped["actors: name imported twice with different codes"] += 1
            else:
                self.known[name.lower()] = code
                kept.append(name)
        return kept

    def _alias_rows(self, names: list[str], code: str, line: int) -> None:
        for name in names:
            self.aliases.append({"alias": name, "code": code, "source": self.source(line)})

    # -- countries and organizations -----------------------------------------------------
    def _new_names(self, code: str, names: list[str], line: int, known: bool) -> list[str]:
        """The names a code's row will carry; for a code already defined (shipped or earlier
        in the file) the names become alias rows and nothing is left to write."""
        kept = self.fresh(names, code)
        if kept and known:
            self._alias_rows(kept, code, line)
            return []
        return kept

    def _add_country(self, code: str, names: list[str], line: int) -> None:
        known = code in self.shipped.countries or code in self.countries
        kept = self._new_names(code, names, line, known)
        if not kept:
            return
        self.countries[code] = {
            "code": code, "name": kept[0], "aliases": "|".join(kept[1:]), "adjectives": "",
            "capitals": "", "metonyms": "", "wikidata": "", "source": self.source(line)}

    def _add_organization(self, code: str, names: list[str], line: int) -> None:
        known = code in self.shipped.organizations or code in self.organizations
        kept = self._new_names(code, names, line, known)
        if not kept:
            return
        prefix = code[:3]
        sector = next((code[i:i + 3] for i in range(3, len(code) - 2, 3)
                       if code[i:i + 3] in SECTORS), "")
        kind = INTERNATIONAL.get(prefix) or sector_kind(sector or None)
        self.organizations[code] = {
            "code": code, "name": kept[0], "aliases": "|".join(kept[1:]), "kind": kind,
            "country": "" if prefix in INTERNATIONAL else prefix, "sector": sector,
            "wikidata": "", "source": self.source(line)}

    def _add_group(self, codes: list[str], names: list[str], line: int) -> None:
        """ "THE_SHIRE [FRO/BIL/SAM]": a name for several actors at once (an alias row whose
        code lists them); ``finish`` defines the members no entry names."""
        if not all(CODE_RE.match(c) for c in codes):
            self.skipped["actors: unusable code in a group"] += 1
            return
        joined = "|".join(codes)
        self._alias_rows(self.fresh(names, joined), joined, line)
        self.groups.append((codes, line))

    def _defined(self, code: str) -> bool:
        return any(code in table for table in (self.shipped.countries, self.countries,
                                                 self.shipped.organizations, self.organizations))

    # -- people --------------------------------------------------------------------------
    def _add_person(self, entry: ActorEntry, names: list[str]) -> bool:
        terms = [(line, r) for line, r in entry.dated if r.code[3:] in SECTORS]
        if not terms:
            return False
        first = min(terms, key=lambda t: t[1].start or "")[1]
        for _, r in entry.dated:
            implied = (r.code == first.code[:3] and r.start is None and r.end is not None
                       and r.end >= (first.start or ""))
            if r.code[3:] not in SECTORS and not implied:
                self.skipped["actors: dated code that is not COUNTRY+SECTOR"] += 1
        if entry.code:
            self.adjusted["actors: undated default of a dated actor (we use ELI after)"] += 1
        kept = self.fresh(names, terms[0][1].code)
        if not kept:
            return True
        for line, r in terms:
            self.people.append({
                "name": kept[0], "aliases": "|".join(kept[1:]), "country": r.code[:3],
                "sector": r.code[3:], "role": r.code, "valid_from": r.start or "0001-01-01",
                "valid_to": r.end or "", "wikidata": "", "source": self.source(line)})
        return True

    def finish(self) -> None:
        """Drop references to countries defined nowhere (organizations keep no country);
        define group members that no entry names, under their code as name."""
        for codes, line in self.groups:
            for code in codes:
                if not self._defined(code):
                    self.adjusted["actors: group member named by no entry (its code is its "
                                  "name)"] += 1
                    add = self._add_country if len(code) == 3 else self._add_organization
                    add(code, [code], line)
        known = set(self.shipped.countries) | set(self.countries)
        for org in self.organizations.values():
            if org["country"] and org["country"] not in known:
                org["country"] = ""
        before = len(self.people)
        self.people = [p for p in self.people if p["country"] in known]
        if len(self.people) < before:
            self.skipped["actors: person term in a country defined nowhere"] += \
                before - len(self.people)


def import_actor_file(path: Path, shipped: Codebook) -> ActorImport:
    result = ActorImport(shipped, path.name)
    for entry in read_actor_entries(path, result.skipped):
        result.add(entry)
    result.finish()
    return result
