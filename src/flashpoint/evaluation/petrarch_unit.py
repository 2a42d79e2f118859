"""PETRARCH2's unit-test records, coded with PETRARCH's own toy dictionaries, imported.

``<eval_dir>/petrarch2`` holds the records (``PETR.UnitTest.records.xml``: ``<Sentence
date= id= category=>`` with ``<EventCoding sourcecode= targetcode= eventcode=>`` children and a
``<Text>``) and the toy dictionaries they were written for (``PETR.Validate.actors.txt``,
``.agents.txt``, ``.verbs.txt``; mostly invented Tolkien actors such as ``ARN`` = Arnor).

The dictionaries are imported with ``import_petrarch(standalone=True)`` into a temporary
codebook folder and the sentences are coded with that folder alone (``shipped_codebook``
off: only the shipped CAMEO table stays), as PETRARCH codes them with these dictionaries
alone. Each sentence is coded on its own ``date``, with **all modes** (negated, future,
hypothetical events included): PETRARCH codes a verb whatever its modality ("will not wire
tap" has an expected event), so asserted-only would count misses that are not coding errors.

A triple is (source code, target code, CAMEO code). PETRARCH's unknown actor ``---`` is an
empty code and ``---GOV`` is ``GOV`` (our event without a target has the empty target code).
Records coded ``noevents`` or expecting an error carry no triples. The figure is the share of
the expected triples (per sentence, as sets) found among the sentence's predicted triples;
quoted new-actor codes and non-CAMEO codes (``901``, ``345``...) are counted and can never be
reproduced.
"""

from __future__ import annotations

import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path

from flashpoint.api import code_text
from flashpoint.codebook.import_petrarch import ImportSummary, import_petrarch
from flashpoint.evaluation.model import Metric
from flashpoint.records import Event
from flashpoint.settings import Settings

SET = "petrarch2-unit"
RECORDS = "PETR.UnitTest.records.xml"
Triple = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class UnitRecord:
    id: str
    category: str
    published: str  # YYYY-MM-DD
    text: str
    expected: frozenset[Triple]


@dataclass(frozen=True, slots=True)
class UnitResult:
    record: UnitRecord
    predicted: frozenset[Triple]

    @property
    def reproduced(self) -> frozenset[Triple]:
        return self.record.expected & self.predicted


def actor_code(code: str | None) -> str:
    """PETRARCH's ``---`` (no actor) and ``---GOV`` (an unknown country's government)."""
    code = (code or "").strip()
    return code[3:] if code.startswith("---") else code


def read_records(path: Path) -> list[UnitRecord]:
    records = []
    for sentence in ET.parse(path).getroot().iter("Sentence"):
        expected = frozenset(
            (actor_code(c.get("sourcecode")), actor_code(c.get("targetcode")),
             (c.get("eventcode") or "").strip())
            for c in sentence.findall("EventCoding") if c.get("eventcode"))
        day = sentence.get("date", "")
        records.append(UnitRecord(
            sentence.get("id", ""), sentence.get("category", ""),
            f"{day[:4]}-{day[4:6]}-{day[6:8]}", " ".join((sentence.findtext("Text") or "").split()),
            expected))
    return records


def event_triple(event: Event) -> Triple:
    return (event.source.code if event.source else "",
            event.target.code if event.target else "", event.cameo)


def import_toy_dictionaries(folder: Path, out_dir: Path, settings: Settings) -> ImportSummary:
    return import_petrarch(folder / "PETR.Validate.actors.txt",
                           folder / "PETR.Validate.agents.txt",
                           folder / "PETR.Validate.verbs.txt", out_dir, model=settings.model,
                           standalone=True)


def unit_results(eval_dir: Path, settings: Settings) -> list[UnitResult]:
    """Every record with the triples the coder gave it (toy dictionaries imported)."""
    folder = Path(eval_dir) / "petrarch2"
    records = read_records(folder / RECORDS)
    with tempfile.TemporaryDirectory(prefix="petrarch-toy-") as tmp:
        import_toy_dictionaries(folder, Path(tmp), settings)
        coding = settings.replace(codebook_dirs=(tmp,), shipped_codebook=False,
                                  include_all_modes=True, min_confidence=0.0)
        return [UnitResult(r, frozenset(event_triple(e) for e in
                                         code_text(r.text, published=r.published,
                                                   settings=coding)))
                for r in records]


def evaluate_petrarch_unit(eval_dir: Path, settings: Settings) -> list[Metric]:
    results = unit_results(eval_dir, settings)
    expected = sum(len(r.record.expected) for r in results)
    reproduced = sum(len(r.reproduced) for r in results)
    return [
        Metric(SET, "expected_triples", "all", float(expected), expected),
        Metric(SET, "reproduced_share", "all", reproduced / expected if expected else 0.0,
               expected),
    ]


def miss_reasons(results: Iterable[UnitResult], cameo: Collection[str]) -> Counter[str]:
    """Why each expected triple was missed, roughly: what the sentence's events got right."""
    reasons: Counter[str] = Counter()
    for result in results:
        for triple in result.record.expected - result.predicted:
            reasons[_why(triple, result.predicted, cameo)] += 1
    return reasons


def _why(triple: Triple, predicted: frozenset[Triple], cameo: Collection[str]) -> str:
    source, target, code = triple
    if code not in cameo:
        return "expected code is not a CAMEO code (WEIS or test code)"
    if source.startswith('"') or target.startswith('"'):
        return "expected actor is quoted new-actor text"
    if not predicted:
        return "no event in the sentence"
    if any(p[:2] == (source, target) for p in predicted):
        return "actors right, code differs"
    if any(p[0] == source and p[2] == code for p in predicted):
        return "source and code right, target differs"
    if any(p[2] == code for p in predicted):
        return "code right, source differs"
    return "only other events"
