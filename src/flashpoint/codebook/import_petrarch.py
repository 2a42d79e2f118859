"""Import PETRARCH-format dictionaries (actors, agents, verbs) as a flashpoint codebook folder.

``import_petrarch(actors, agents, verbs, out_dir)`` writes, under ``out_dir``, the files a
user codebook folder holds (pass it in ``Settings.codebook_dirs``):

- ``actors/countries.tsv``, ``actors/organizations.tsv``, ``actors/people.tsv`` and
  ``actors/aliases.tsv`` from the actor dictionary (petrarch_actors.py says how);
- ``actors/sectors.tsv`` from the agent dictionary (petrarch_agents.py);
- ``verbs/NN_petrarch.tsv``, one per CAMEO root, and ``verbs/synsets.tsv`` from the verb
  dictionary (petrarch_verbs.py), and ``cameo.tsv`` with the extension codes those patterns
  use (codes under a CAMEO root 01-20 that the shipped table lacks, e.g. ``1717``).

With ``standalone=True`` the folder replaces the shipped actors, sectors and verbs (code with
``shipped_codebook = false``), as PETRARCH codes with its own dictionaries alone; only the
shipped CAMEO table stays. Otherwise the folder extends the shipped codebook, which the
loader reads first and whose codes may not be redefined: the importer then never writes a
country or organization code the shipped codebook has (names for such codes go to
``aliases.tsv``), and a name or sector word the shipped codebook knows keeps its shipped
meaning. Every row's ``source`` is ``imported from <file>:<line>``. What could not be
expressed is counted in ``ImportSummary.skipped``; what was written with a loss (a narrowed
code, a dropped date restriction) in ``ImportSummary.adjusted``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from flashpoint.codebook.load import (
    ALIAS_COLUMNS,
    COUNTRY_COLUMNS,
    EXTENSION_COLUMNS,
    ORG_COLUMNS,
    PEOPLE_COLUMNS,
    SECTOR_COLUMNS,
    VERB_COLUMNS,
    load_codebook,
)
from flashpoint.codebook.petrarch_actors import import_actor_file
from flashpoint.codebook.petrarch_agents import import_agent_file
from flashpoint.codebook.petrarch_text import Lemmatize, spacy_lemmatizer
from flashpoint.codebook.petrarch_verbs import import_verb_file
from flashpoint.codebook.phrase import SYNSET_COLUMNS
from flashpoint.settings import Settings

Row = dict[str, str]


@dataclass(slots=True)
class ImportSummary:
    out_dir: Path
    written: dict[str, int] = field(default_factory=dict)  # file (relative) -> rows
    skipped: Counter[str] = field(default_factory=Counter)  # why input wrote nothing
    adjusted: Counter[str] = field(default_factory=Counter)  # written, with a loss

    @property
    def rows(self) -> int:
        return sum(self.written.values())

    def __str__(self) -> str:
        lines = [f"{self.rows} rows in {self.out_dir}"]
        lines += [f"  {name}: {n}" for name, n in sorted(self.written.items())]
        lines += [f"  skipped {n}: {why}" for why, n in self.skipped.most_common()]
        lines += [f"  adjusted {n}: {why}" for why, n in self.adjusted.most_common()]
        return "\n".join(lines)


def write_tsv(path: Path, columns: tuple[str, ...], rows: list[Row]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ["\t".join(columns)]
    for row in rows:
        lines.append("\t".join(" ".join(row.get(c, "").split()) for c in columns))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _write(summary: ImportSummary, name: str, columns: tuple[str, ...], rows: list[Row]) -> None:
    if rows:
        write_tsv(summary.out_dir / name, columns, rows)
        summary.written[name] = len(rows)


def import_petrarch(actors: Path | None, agents: Path | None, verbs: Path | None,
                    out_dir: Path, *, model: str | None = None,
                    lemmatize: Lemmatize | None = None,
                    standalone: bool = False) -> ImportSummary:
    """Convert PETRARCH dictionaries into a codebook folder at ``out_dir`` (see module doc).

    Lemmas (verbs, objects, sector words) come from ``lemmatize`` or else from the spaCy
    pipeline ``model`` (default: the coder's), so that they match what the coder sees.
    ``standalone``: the folder is meant to be used alone (``shipped_codebook = false``), so
    every entry is written, whatever the shipped codebook says of the same name.
    """
    shipped = load_codebook(shipped=not standalone)
    summary = ImportSummary(Path(out_dir))
    lemma = lemmatize or spacy_lemmatizer(model or Settings().model)
    if actors is not None:
        found = import_actor_file(Path(actors), shipped)
        _write(summary, "actors/countries.tsv", COUNTRY_COLUMNS, list(found.countries.values()))
        _write(summary, "actors/organizations.tsv", ORG_COLUMNS,
               list(found.organizations.values()))
        _write(summary, "actors/people.tsv", PEOPLE_COLUMNS, found.people)
        _write(summary, "actors/aliases.tsv", ALIAS_COLUMNS, found.aliases)
        summary.skipped.update(found.skipped)
        summary.adjusted.update(found.adjusted)
    if agents is not None:
        sectors = import_agent_file(Path(agents), shipped, lemma)
        _write(summary, "actors/sectors.tsv", SECTOR_COLUMNS, list(sectors.rows.values()))
        summary.skipped.update(sectors.skipped)
        summary.adjusted.update(sectors.adjusted)
    if verbs is not None:
        patterns = import_verb_file(Path(verbs), set(shipped.cameo), lemma)
        _write(summary, "cameo.tsv", EXTENSION_COLUMNS, patterns.extension_rows(
            {code: entry.label for code, entry in shipped.cameo.items()}))
        _write(summary, "verbs/synsets.tsv", SYNSET_COLUMNS, patterns.synsets)
        for root, rows in sorted(patterns.rows.items()):
            _write(summary, f"verbs/{root}_petrarch.tsv",
                   (*VERB_COLUMNS, "phrase", "reverse", "note"), rows)
        summary.skipped.update(patterns.skipped)
        summary.adjusted.update(patterns.adjusted)
    return summary
