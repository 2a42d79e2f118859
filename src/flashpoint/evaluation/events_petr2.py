"""PETR-2 GSR: 78 real news-wire sentences with expected (source, target, CAMEO) triples.

The file is not well-formed XML: only its ``<Sentences>`` part is read, self-closed
``<Sentence .../>`` open tags are reopened (``(<Sentence[^>]*)/>`` -> ``\\1>``, as its
PROVENANCE says) and comments are dropped before parsing. dev = 1st, 3rd, ... ``<Sentence>``
in file order; test = 2nd, 4th, ... Each sentence is coded with its own ``date`` as the
publication date.

Every asserted or reported event the coder returns becomes one triple; triples are compared as
sets per sentence and the counts are summed over the split (micro P/R/F1). A sentence marked
``noevents`` has no gold triples, so anything coded there is a false positive; an event without
a source or target can never match.

- root level: (source, target, CAMEO root) with country-only actors: the first three letters of
  the actor code (``USAGOV`` -> ``USA``, ``---REB`` -> ``---``), except that an IGO or NGO keeps
  its first six (``IGOUNOMIL`` -> ``IGOUNO``, ``IGOEUREEC`` -> ``IGOEUR``), since ``IGO`` alone
  would make every international organisation the same actor.
- full level: full actor codes and the full CAMEO code.

``Prediction.correct`` is the root-level hit of a distinct predicted root triple; its
confidence is the highest of the events giving that triple.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from flashpoint.api import code_text
from flashpoint.evaluation.events_common import (
    SPLITS,
    HalfSplit,
    Prediction,
    counted,
    prf,
)
from flashpoint.evaluation.model import Metric
from flashpoint.records import Event
from flashpoint.settings import Settings

SET = "petr2-gsr"
Triple = tuple[str, str, str]
Level = Literal["root", "full"]
LEVELS: tuple[Level, Level] = ("root", "full")
ORG_PREFIXES = ("IGO", "NGO")


@dataclass(frozen=True, slots=True)
class Petr2Gold:
    id: str
    split: HalfSplit
    text: str
    published: str | None
    triples: frozenset[Triple]  # (source code, target code, CAMEO code)


@dataclass(frozen=True, slots=True)
class Petr2Score:
    gold: Petr2Gold
    predicted: dict[Triple, float]  # full triple -> highest confidence

    def counts(self, level: Level) -> tuple[int, int, int]:
        want, got = at_level(self.gold.triples, level), at_level(self.predicted, level)
        return len(want & got), len(got - want), len(want - got)


def repair_xml(raw: str) -> str:
    """The ``<Sentences>`` element of the file, made well-formed."""
    start, end = raw.index("<Sentences>"), raw.index("</Sentences>") + len("</Sentences>")
    body = re.sub(r"(<Sentence[^>]*)/>", r"\1>", raw[start:end])
    return re.sub(r"<!--.*?-->", "", body, flags=re.DOTALL)


def _published(raw: str) -> str | None:
    return f"{raw[:4]}-{raw[4:6]}-{raw[6:8]}" if re.fullmatch(r"\d{8}", raw) else None


def _parse_sentence(node: ET.Element, index: int) -> Petr2Gold:
    codings = [c for c in node.findall("EventCoding") if c.get("eventcode")]
    triples = frozenset((c.get("sourcecode", ""), c.get("targetcode", ""), c.get("eventcode", ""))
                        for c in codings)
    return Petr2Gold(id=node.get("id", f"sentence-{index + 1}"),
                     split="dev" if index % 2 == 0 else "test",
                     text=" ".join((node.findtext("Text") or "").split()),
                     published=_published(node.get("date", "")), triples=triples)


def parse_petr2(raw: str) -> list[Petr2Gold]:
    root = ET.fromstring(repair_xml(raw))
    return [_parse_sentence(node, i) for i, node in enumerate(root.findall("Sentence"))]


def country_key(code: str) -> str:
    return code[:6] if code.startswith(ORG_PREFIXES) else code[:3]


def at_level(triples: Iterable[Triple], level: Level) -> set[Triple]:
    if level == "full":
        return set(triples)
    return {(country_key(s), country_key(t), code[:2]) for s, t, code in triples}


def event_triple(event: Event) -> Triple:
    return (event.source.code if event.source else "", event.target.code if event.target else "",
            event.cameo)


def predicted_triples(events: Iterable[Event]) -> dict[Triple, float]:
    out: dict[Triple, float] = {}
    for event in counted(events):
        triple = event_triple(event)
        out[triple] = max(out.get(triple, 0.0), event.confidence)
    return out


def summed(scores: Sequence[Petr2Score], level: Level) -> tuple[int, int, int]:
    counts = [s.counts(level) for s in scores]
    return (sum(c[0] for c in counts), sum(c[1] for c in counts), sum(c[2] for c in counts))


def split_metrics(split: HalfSplit, scores: Sequence[Petr2Score]) -> list[Metric]:
    out = []
    for level in LEVELS:
        tp, fp, fn = summed(scores, level)
        precision, recall, f1 = prf(tp, fp, fn)
        out += [Metric(SET, f"{level}_triple_precision", split, precision, tp + fp),
                Metric(SET, f"{level}_triple_recall", split, recall, tp + fn),
                Metric(SET, f"{level}_triple_f1", split, f1, len(scores))]
    out.append(Metric(SET, "n", split, float(len(scores)), len(scores)))
    return out


def root_predictions(score: Petr2Score) -> list[Prediction]:
    best: dict[Triple, float] = {}
    for triple, confidence in score.predicted.items():
        key = next(iter(at_level([triple], "root")))
        best[key] = max(best.get(key, 0.0), confidence)
    want = at_level(score.gold.triples, "root")
    return [Prediction(SET, score.gold.split, score.gold.id, conf, key in want)
            for key, conf in sorted(best.items())]


def score_petr2(eval_dir: Path, settings: Settings) -> list[Petr2Score]:
    """Code every sentence (used by the report and by diagnostics)."""
    path = eval_dir / "universalpetrarch" / "PETR2_GSR_validation.xml"
    scores = []
    for gold in parse_petr2(path.read_text(encoding="utf-8")):
        events = code_text(gold.text, published=gold.published, settings=settings)
        scores.append(Petr2Score(gold, predicted_triples(events)))
    return scores


def evaluate_petr2_gsr(eval_dir: Path,
                       settings: Settings) -> tuple[list[Metric], list[Prediction]]:
    scores = score_petr2(eval_dir, settings)
    metrics = [m for split in SPLITS
               for m in split_metrics(split, [s for s in scores if s.gold.split == split])]
    return metrics, [p for s in scores for p in root_predictions(s)]
