"""The one loader: parse and validate every codebook file into a typed ``Codebook``."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from flashpoint.codebook.learned import LearnedModel, load_learned
from flashpoint.codebook.model import (
    KINDS,
    NO_EVENT,
    SECTORS,
    ActorName,
    CameoCode,
    Country,
    Organization,
    Origin,
    PersonRole,
    SectorWord,
    VerbPattern,
)
from flashpoint.codebook.phrase import compile_phrase, read_synsets
from flashpoint.codebook.spelling import spellings
from flashpoint.codebook.tsv import content_digest, need, read_tsv, split_list
from flashpoint.codebook.weights import ConfidenceModel, load_weights
from flashpoint.errors import CodebookError

CAMEO_COLUMNS = ("code", "root", "label", "goldstein", "quad_class", "plover", "source")
EXTENSION_COLUMNS = ("code", "label", "source")
CAMEO_ROOTS = frozenset(f"{n:02d}" for n in range(1, 21))
COUNTRY_COLUMNS = ("code", "name", "aliases", "adjectives", "capitals", "metonyms", "wikidata",
                   "source")
ORG_COLUMNS = ("code", "name", "aliases", "kind", "country", "sector", "wikidata", "source")
SECTOR_COLUMNS = ("word", "sector", "kind", "source")
PEOPLE_COLUMNS = ("name", "aliases", "country", "sector", "role", "valid_from", "valid_to",
                  "wikidata", "source")
VERB_COLUMNS = ("id", "pos", "lemma", "particle", "object", "prep", "target", "code", "speech",
                "source")
APPEAL_COLUMNS = ("requested", "code", "source")
NOMINAL_COLUMNS = ("noun", "verb", "source")
ALIAS_COLUMNS = ("alias", "code", "source")
TARGET_RE = re.compile(r"^(dobj|dative|none|after|whom|pobj:[a-z]+)$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(slots=True, eq=False)
class Codebook:
    version: str
    cameo: dict[str, CameoCode] = field(default_factory=dict)
    countries: dict[str, Country] = field(default_factory=dict)
    organizations: dict[str, Organization] = field(default_factory=dict)
    sectors: dict[str, SectorWord] = field(default_factory=dict)
    people: dict[str, tuple[PersonRole, ...]] = field(default_factory=dict)
    verbs: dict[tuple[str, str], tuple[VerbPattern, ...]] = field(default_factory=dict)
    intent: dict[str, str] = field(default_factory=dict)
    appeal: dict[str, str] = field(default_factory=dict)
    threat: dict[str, str] = field(default_factory=dict)
    demand: dict[str, str] = field(default_factory=dict)
    refusal: dict[str, str] = field(default_factory=dict)
    nominal: dict[str, str] = field(default_factory=dict)  # "suspension" -> "suspend"
    synsets: dict[str, tuple[str, ...]] = field(default_factory=dict)  # phrase word sets
    names: dict[str, tuple[ActorName, ...]] = field(default_factory=dict)
    aliases: list[tuple[str, str, Origin]] = field(default_factory=list)  # surface, code
    confidence: ConfidenceModel = field(default_factory=lambda: ConfidenceModel({"bias": 0.0}))
    learned: LearnedModel | None = None  # the shipped fallback (learned.py); not for own books

    def patterns(self, pos: str, lemma: str) -> tuple[VerbPattern, ...]:
        return self.verbs.get((pos, lemma), ())

    def mirrored(self, generic: str, action: str) -> str | None:
        """The code of an appeal (020), threat (130), intent (030), demand (100) or refusal
        (120) to do ``action``: CAMEO's 02, 13, 03, 10 and 12 codes mirror the action codes
        (verbs/appeal.tsv, threat.tsv, intent.tsv, demand.tsv, refusal.tsv).
        """
        table = {"020": self.appeal, "130": self.threat, "030": self.intent,
                 "100": self.demand, "120": self.refusal}.get(generic)
        for size in range(len(action), 1, -1):
            if table is not None and (code := table.get(action[:size])) is not None:
                return code
        return None

    def roles(self, person: str, day: str) -> list[PersonRole]:
        return [r for r in self.people.get(person, ()) if r.holds_on(day)]


def default_dir() -> Path:
    return Path(str(resources.files("flashpoint") / "codebook"))


def _load_cameo(book: Codebook, base: Path) -> None:
    for row, origin in read_tsv(base / "cameo.tsv", CAMEO_COLUMNS, base=base):
        need(row, origin, "code", "root", "label", "goldstein", "quad_class", "source")
        code = row["code"]
        if not re.fullmatch(r"\d{2,4}", code) or code[:2] != row["root"]:
            raise CodebookError(origin.file, origin.line, f"bad code/root {code}/{row['root']}")
        book.cameo[code] = CameoCode(
            code, row["root"], row["label"], float(row["goldstein"]), int(row["quad_class"]),
            row["plover"] or None, row.get("plover_mode") or None, row["source"], origin)


def _load_extensions(book: Codebook, path: Path, base: Path) -> None:
    """A user folder's ``cameo.tsv``: extension codes under a CAMEO root (01-20) that the
    shipped table lacks ("1717", "095"). They inherit the root's Goldstein score and quad
    class and have no PLOVER type; codes already defined may not be redefined."""
    for row, origin in read_tsv(path, EXTENSION_COLUMNS, base=base):
        need(row, origin, "code", "source")
        code, root = row["code"], row["code"][:2]
        if not re.fullmatch(r"\d{2,4}", code) or root not in CAMEO_ROOTS:
            raise CodebookError(origin.file, origin.line,
                                f"extension code {code} is not under a CAMEO root 01-20")
        if code in book.cameo:
            raise CodebookError(origin.file, origin.line, f"CAMEO code {code} already defined")
        parent = book.cameo[root]
        label = row["label"] or f"{parent.label} (extension code from {origin.file})"
        book.cameo[code] = CameoCode(code, root, label, parent.goldstein, parent.quad_class,
                                     None, None, row["source"], origin)


def _load_countries(book: Codebook, path: Path, base: Path) -> None:
    for row, origin in read_tsv(path, COUNTRY_COLUMNS, base=base):
        need(row, origin, "code", "name", "source")
        if row["code"] in book.countries:
            raise CodebookError(origin.file, origin.line, f"duplicate country {row['code']}")
        book.countries[row["code"]] = Country(
            row["code"], row["name"], split_list(row["aliases"]), split_list(row["adjectives"]),
            split_list(row["capitals"]), split_list(row["metonyms"]), row["wikidata"] or None,
            row["source"], origin)


def _load_orgs(book: Codebook, path: Path, base: Path) -> None:
    for row, origin in read_tsv(path, ORG_COLUMNS, base=base):
        need(row, origin, "code", "name", "kind", "source")
        if row["kind"] not in KINDS:
            raise CodebookError(origin.file, origin.line, f"unknown kind {row['kind']}")
        if row["code"] in book.organizations:
            raise CodebookError(origin.file, origin.line, f"duplicate organization {row['code']}")
        book.organizations[row["code"]] = Organization(
            row["code"], row["name"], split_list(row["aliases"]), row["kind"],
            row["country"] or None, row["sector"] or None, row["wikidata"] or None,
            row["source"], origin)


def _load_sectors(book: Codebook, path: Path, base: Path) -> None:
    for row, origin in read_tsv(path, SECTOR_COLUMNS, base=base):
        need(row, origin, "word", "sector", "kind", "source")
        if not _sector_ok(row["sector"], base) or row["kind"] not in KINDS:
            raise CodebookError(origin.file, origin.line, f"unknown sector/kind in {row}")
        word = row["word"].lower()
        if word in book.sectors:
            raise CodebookError(origin.file, origin.line, f"duplicate sector word {word!r}")
        book.sectors[word] = SectorWord(word, row["sector"], row["kind"], row["source"], origin)


def _sector_ok(sector: str, base: Path) -> bool:
    """A CAMEO sector; in a user folder also an own agent code of one to three upper-case
    three-letter parts ("GOVFRM", "MOP" from a PETRARCH agent dictionary)."""
    own = base != default_dir() and re.fullmatch(r"(?:[A-Z]{3}){1,3}", sector) is not None
    return sector in SECTORS or own


def _load_aliases(book: Codebook, path: Path, base: Path) -> None:
    """Extra surface forms for a country or organization defined in any folder."""
    for row, origin in read_tsv(path, ALIAS_COLUMNS, base=base):
        need(row, origin, "alias", "code", "source")
        book.aliases.append((row["alias"], row["code"], origin))


def _load_people(book: Codebook, path: Path, base: Path) -> None:
    grouped: dict[str, list[PersonRole]] = defaultdict(list)
    for row, origin in read_tsv(path, PEOPLE_COLUMNS, base=base):
        need(row, origin, "name", "country", "role", "valid_from", "source")
        until = row["valid_to"] or None
        dates = [row["valid_from"]] + ([until] if until else [])
        if not all(DATE_RE.match(d) for d in dates) or (until and until < row["valid_from"]):
            raise CodebookError(origin.file, origin.line, f"bad dates {dates}")
        grouped[row["name"]].append(PersonRole(
            row["name"], split_list(row["aliases"]), row["country"], row["sector"], row["role"],
            row["valid_from"], until, row["wikidata"] or None, row["source"], origin))
    for name, roles in grouped.items():
        book.people[name] = tuple(sorted(roles, key=lambda r: r.valid_from))


def _verb(row: dict[str, str], origin: object,
          synsets: dict[str, tuple[str, ...]]) -> VerbPattern:
    from flashpoint.codebook.model import Origin

    assert isinstance(origin, Origin)
    text = row.get("phrase") or ""
    phrase = compile_phrase(text, synsets, str(origin)) if text else None
    return VerbPattern(
        row["id"], row["pos"], row["lemma"].lower(), row["particle"] or None,
        frozenset(split_list(row["object"].lower())) - {"*"},
        frozenset(split_list(row["prep"].lower())), split_list(row["target"]) or ("none",),
        row["code"], row["speech"].lower() in {"y", "yes"}, row["source"], origin,
        row.get("reverse") or None, phrase)


def _load_verbs(book: Codebook, folder: Path, base: Path) -> None:
    """A later folder that has patterns for a (pos, lemma) replaces the earlier folders'
    patterns for it: an imported dictionary decides how the verbs it covers are coded."""
    grouped: dict[tuple[str, str], list[VerbPattern]] = defaultdict(list)
    if (folder / "synsets.tsv").exists():
        book.synsets.update(read_synsets(folder / "synsets.tsv", base))
    seen: dict[str, str] = {}  # ids are unique across a folder's files: a second row for
    for path in sorted(folder.glob("[0-9][0-9]_*.tsv")):  # the same reading goes unreviewed
        for row, origin in read_tsv(path, VERB_COLUMNS, base=base):
            need(row, origin, "id", "pos", "lemma", "code", "source")
            pattern = _verb(row, origin, book.synsets)
            problem = _verb_problem(pattern, seen)
            if problem:
                raise CodebookError(origin.file, origin.line, problem)
            seen[pattern.id] = f"{origin.file}:{origin.line}"
            grouped[(pattern.pos, pattern.lemma)].append(pattern)
    for key, items in book.verbs.items():
        if key not in grouped:  # a folder that defines a lemma's patterns replaces earlier ones
            grouped[key].extend(items)
    book.verbs = {k: tuple(v) for k, v in grouped.items()}


def _verb_problem(p: VerbPattern, seen: dict[str, str]) -> str | None:
    if p.id in seen:
        return f"duplicate id {p.id} (first at {seen[p.id]}): merge the rows or rename one"
    if p.pos not in {"VERB", "NOUN", "ADJ"}:
        return f"pos must be VERB, NOUN or ADJ, not {p.pos}"
    if bad := [t for t in p.targets if not TARGET_RE.match(t)]:
        return f"unknown target spec {bad}"
    return None


def _load_intent(book: Codebook, path: Path, base: Path) -> None:
    _load_mirror(book.intent, path, base)


def _load_mirror(table: dict[str, str], path: Path, base: Path) -> None:
    for row, origin in read_tsv(path, APPEAL_COLUMNS, base=base):
        need(row, origin, "requested", "code", "source")
        if row["requested"] in table:
            raise CodebookError(origin.file, origin.line, f"duplicate {row['requested']}")
        table[row["requested"]] = row["code"]


def _load_appeal(book: Codebook, path: Path, base: Path) -> None:
    _load_mirror(book.appeal, path, base)


def _load_threat(book: Codebook, path: Path, base: Path) -> None:
    _load_mirror(book.threat, path, base)


def _load_demand(book: Codebook, path: Path, base: Path) -> None:
    _load_mirror(book.demand, path, base)


def _load_refusal(book: Codebook, path: Path, base: Path) -> None:
    _load_mirror(book.refusal, path, base)


def _load_nominal(book: Codebook, path: Path, base: Path) -> None:
    for row, origin in read_tsv(path, NOMINAL_COLUMNS, base=base):
        need(row, origin, "noun", "verb", "source")
        if row["noun"] in book.nominal:
            raise CodebookError(origin.file, origin.line, f"duplicate noun {row['noun']}")
        book.nominal[row["noun"]] = row["verb"]


def _index_names(book: Codebook) -> None:
    index: dict[str, list[ActorName]] = defaultdict(list)

    def add(surface: str, what: str, key: str, origin: object,
            group: tuple[str, ...] = ()) -> None:
        from flashpoint.codebook.model import Origin

        assert isinstance(origin, Origin)
        index[surface.lower()].append(ActorName(surface, what, key, origin, group))

    for c in book.countries.values():
        for s in (c.name, *c.aliases):
            add(s, "country", c.code, c.origin)
        for s in c.adjectives:
            add(s, "adjective", c.code, c.origin)
        for s in (*c.capitals, *c.metonyms):
            add(s, "metonym", c.code, c.origin)
    for o in book.organizations.values():
        for s in {v for name in (o.name, *o.aliases) for v in spellings(name)}:
            add(s, "organization", o.code, o.origin)
    for surface, codes, origin in book.aliases:  # "A|B|C": a name for a group
        code, *group = codes.split("|")
        if code in book.countries or code in book.organizations:
            add(surface, "country" if code in book.countries else "organization", code, origin,
                tuple(group))
    for name, roles in book.people.items():
        surfaces = {name, *(a for r in roles for a in r.aliases)}
        for s in sorted(surfaces):
            add(s, "person", name, roles[0].origin)
    book.names = {k: tuple(v) for k, v in index.items()}


def _check_codes(book: Codebook) -> None:
    for patterns in book.verbs.values():
        for p in patterns:
            for code in (p.code, p.reverse or p.code):
                if code not in book.cameo and code != NO_EVENT:
                    raise CodebookError(p.origin.file, p.origin.line,
                                        f"unknown CAMEO code {code}")
    for name, table in (("intent", book.intent), ("appeal", book.appeal),
                        ("threat", book.threat), ("demand", book.demand),
                        ("refusal", book.refusal)):
        for key, code in table.items():
            if code not in book.cameo:
                raise CodebookError(f"verbs/{name}.tsv", None, f"unknown code {code} for {key}")
    for noun, verb in book.nominal.items():
        if not book.patterns("VERB", verb):
            raise CodebookError("verbs/nominal.tsv", None, f"{noun}: no verb patterns for {verb}")


def _check_actors(book: Codebook) -> None:
    for o in book.organizations.values():
        if o.country and o.country not in book.countries:
            raise CodebookError(o.origin.file, o.origin.line, f"unknown country {o.country}")
    for _, codes, origin in book.aliases:
        for code in codes.split("|"):
            if code not in book.countries and code not in book.organizations:
                raise CodebookError(origin.file, origin.line, f"alias of unknown code {code}")
    for roles in book.people.values():  # an organisation's officer may have no sector
        for r in roles:
            if not ((r.country in book.countries and r.sector in SECTORS)
                    or (r.country in book.organizations and r.sector in {*SECTORS, ""})):
                raise CodebookError(r.origin.file, r.origin.line, f"bad country/sector in {r}")


def _check_references(book: Codebook) -> None:
    _check_codes(book)
    _check_actors(book)


def _load_dir(book: Codebook, base: Path, *, shipped: bool = False) -> None:
    """One folder; ``cameo.tsv`` is the full CAMEO table in the shipped folder (read by
    ``_load_cameo``) and extension codes in a user folder."""
    actors = base / "actors"
    loaders = (
        (base / "cameo.tsv", _load_extensions),
        (actors / "countries.tsv", _load_countries),
        (actors / "organizations.tsv", _load_orgs),
        (actors / "sectors.tsv", _load_sectors),
        (actors / "people.tsv", _load_people),
        (actors / "aliases.tsv", _load_aliases),
        (base / "verbs" / "intent.tsv", _load_intent),
        (base / "verbs" / "appeal.tsv", _load_appeal),
        (base / "verbs" / "threat.tsv", _load_threat),
        (base / "verbs" / "demand.tsv", _load_demand),
        (base / "verbs" / "refusal.tsv", _load_refusal),
        (base / "verbs" / "nominal.tsv", _load_nominal),
    )
    for path, loader in loaders[1:] if shipped else loaders:
        if path.exists():
            loader(book, path, base)
    if (base / "verbs").is_dir():
        _load_verbs(book, base / "verbs", base)
    if not shipped and (base / "confidence.tsv").exists():  # a user's own calibration
        book.confidence = load_weights(base / "confidence.tsv", base)


def load_codebook(extra_dirs: tuple[str, ...] = (), *, shipped: bool = True) -> Codebook:
    """Load the shipped codebook plus user folders of the same layout (later ones extend it).

    ``shipped=False`` keeps only the shipped CAMEO table and codes with the user folders
    alone (actors, sectors and verb patterns), as a PETRARCH user does with own dictionaries.
    """
    return _load_cached(tuple(str(Path(d).resolve()) for d in extra_dirs), shipped)


@lru_cache(maxsize=4)
def _load_cached(extra_dirs: tuple[str, ...], shipped: bool) -> Codebook:
    base = default_dir()
    version = (base / "VERSION").read_text(encoding="utf-8").strip() + "+" + content_digest(base)
    book = Codebook(version=version if shipped else f"{version}+own")
    _load_cameo(book, base)
    book.confidence = load_weights(base / "confidence.tsv", base)
    if shipped:
        _load_dir(book, base, shipped=True)
        if (base / "learned.tsv").exists():
            book.learned = load_learned(base / "learned.tsv", base, book.cameo)
    for extra in extra_dirs:
        path = Path(extra)
        if not path.is_dir():
            raise CodebookError(extra, None, "codebook folder not found")
        _load_dir(book, path)
    _index_names(book)
    _check_references(book)
    return book
