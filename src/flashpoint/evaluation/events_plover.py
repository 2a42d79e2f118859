"""PLOVER GSR: 322 CAMEO-manual sentences with a gold PLOVER type and source/target actors.

One event is scored per sentence. The choice never looks at the gold: among the asserted and
reported events the coder returned that have a PLOVER type (PLOVER has no type for CAMEO 01
statements or 02 appeals, so a PLOVER coder would not emit them), or among all of them if none
has one, the one with the highest confidence (ties: earliest sentence, earliest span, lowest
CAMEO code, then actor codes). The coder splits a compound actor ("X and Y
agreed") into one event per actor; every event with the chosen one's sentence, span, trigger and
CAMEO code is the same mention, so their actors together form the predicted actor sets.

Scoring (see ``../shared/eval/events/plover-gsr/PROVENANCE.md``):

- event type: the chosen event's CAMEO code -> PLOVER via the codebook; gold 0.5b1 labels are
  mapped to current PLOVER (DEMAND->REQUEST, DISAPPROVE/INVESTIGATE->ACCUSE, FIGHT->ASSAULT).
  Accuracy, and macro-F1 over the gold labels of the split.
- actors: a hit when the gold country codes are a subset of the predicted ones (an empty gold
  role wants an empty predicted role). A predicted actor stands for its country and for the first
  three letters of its code, so ``IGOUNO`` matches gold ``IGO``. IGO and NGO are one class
  (international organisation), since the gold codes Amnesty International and the Red Cross as
  IGO. Three non-ISO gold spellings are read as ISO (JAP, ITL, VTN). The gold codes a state
  that no longer exists as its continuator, so a predicted USR (Soviet Union) is read as RUS
  and YUG (Yugoslavia) as SRB. In records with
  ``SRC/TAR`` (reciprocal) markup and no gold target, every reciprocal actor may be source or
  target: the source is right when all of them appear in either predicted role, the target when
  that holds and a target was predicted. Otherwise, with reciprocal markup, swapped roles count.
- sector: per gold role that has sectors, a hit when their first three letters are a subset of
  the predicted role's sectors. The gold uses MED for doctors and JRN for journalists, so gold MED
  is read as HLH, JRN as MED, and the typo CIV as CVL; ``***`` is ignored. The gold has no
  INS (insurgents): it writes REB for insurgents and militants, so a predicted INS is read as
  REB.
- tuple: source, type and target all right. A sentence with no prediction is wrong throughout.

``Prediction.correct`` is the event-type hit.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flashpoint.api import code_text
from flashpoint.codebook import Codebook, load_codebook
from flashpoint.evaluation.events_common import (
    NO_LABEL,
    SPLITS,
    HalfSplit,
    Prediction,
    counted,
    macro_f1,
    plover_of,
    rate,
)
from flashpoint.evaluation.model import Metric
from flashpoint.records import Actor, Event
from flashpoint.settings import Settings

SET = "plover-gsr"
PUBLISHED = "2000-01-01"  # the records' own placeholder date
OLD_TO_CURRENT = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
                  "FIGHT": "ASSAULT"}
GOLD_CODE_FIXES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
GOLD_SECTOR_FIXES = {"MED": "HLH", "JRN": "MED", "CIV": "CVL"}
# the GSR's agent vocabulary has no INS: it codes insurgents and militants as REB, which CAMEO
# keeps for rebels; our INS is scored as the GSR's REB
PREDICTED_SECTOR_FIXES = {"INS": "REB"}
# the gold codes Amnesty International and the Red Cross as IGO, and a state that no longer
# exists as the state that continues it ("Moscow ... Soviet NKVD security forces" is RUS,
# East German ministers DEU): our CAMEO codes for the Soviet Union and for Yugoslavia (the
# Federal Republic, continued by Serbia) are read as RUS and SRB
ONE_CLASS = {"NGO": "IGO", "USR": "RUS", "YUG": "SRB"}


@dataclass(frozen=True, slots=True)
class PloverGold:
    id: str
    split: HalfSplit
    text: str
    event: str  # current PLOVER
    source: frozenset[str]
    target: frozenset[str]
    source_sectors: frozenset[str]
    target_sectors: frozenset[str]
    reciprocal: bool


@dataclass(frozen=True, slots=True)
class Picked:
    """The chosen mention: its PLOVER type and the actor keys and sectors of its events."""

    label: str
    cameo: str
    trigger: str
    confidence: float
    source: frozenset[str]
    target: frozenset[str]
    source_sectors: frozenset[str]
    target_sectors: frozenset[str]


@dataclass(frozen=True, slots=True)
class PloverScore:
    gold: PloverGold
    picked: Picked | None
    source_ok: bool
    target_ok: bool
    sector_hits: tuple[bool, ...]

    @property
    def label(self) -> str:
        return self.picked.label if self.picked else NO_LABEL

    @property
    def type_ok(self) -> bool:
        return self.label == self.gold.event

    @property
    def tuple_ok(self) -> bool:
        return self.type_ok and self.source_ok and self.target_ok


def plover_split(item_id: str) -> HalfSplit:
    """dev: ids whose final number is odd; test: even."""
    found = re.search(r"(\d+)\s*$", item_id)
    if found is None:
        raise ValueError(f"no final number in id {item_id!r}")
    return "dev" if int(found.group(1)) % 2 else "test"


def norm_sector(raw: object, fixes: dict[str, str] | None = None) -> str | None:
    head = str(raw or "")[:3].upper()
    if len(head) < 3 or not head.isalpha():
        return None
    return (fixes or {}).get(head, head)


def _actors(value: object) -> list[dict[str, Any]]:
    return [a for a in value if isinstance(a, dict)] if isinstance(value, list) else []


def _codes(actors: list[dict[str, Any]]) -> frozenset[str]:
    codes = (str(a.get("code") or "").upper() for a in actors)
    return frozenset(ONE_CLASS.get(c, c) for c in (GOLD_CODE_FIXES.get(c, c) for c in codes) if c)


def _sectors(actors: list[dict[str, Any]]) -> frozenset[str]:
    return frozenset(s for a in actors if (s := norm_sector(a.get("sector"), GOLD_SECTOR_FIXES)))


def parse_gold(record: dict[str, Any]) -> PloverGold:
    info = record.get("textInfo")
    markup = info.get("markup", "") if isinstance(info, dict) else str(info or "")
    source, target = _actors(record.get("source")), _actors(record.get("target"))
    event = str(record["event"])
    return PloverGold(
        id=str(record["id"]), split=plover_split(str(record["id"])), text=str(record["text"]),
        event=OLD_TO_CURRENT.get(event, event), source=_codes(source), target=_codes(target),
        source_sectors=_sectors(source), target_sectors=_sectors(target),
        reciprocal="SRC/TAR" in str(markup))


def load_plover(path: Path) -> list[PloverGold]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [parse_gold(json.loads(line)) for line in lines if line.strip()]


def actor_keys(actor: Actor | None) -> set[str]:
    if actor is None:
        return set()
    return {ONE_CLASS.get(k, k) for k in (actor.country, actor.code[:3]) if k}


def _order(event: Event) -> tuple[float, int, int, str, str, str]:
    return (-event.confidence, event.sentence_index, event.span.start, event.cameo,
            event.source.code if event.source else "", event.target.code if event.target else "")


def pick(events: Sequence[Event], book: Codebook) -> Picked | None:
    """The highest-confidence event's mention (see the module docstring); None if no event."""
    if not events:
        return None
    typed = [e for e in events if plover_of(e.cameo, book)]
    chosen = min(typed or events, key=_order)
    mark = (chosen.sentence_index, chosen.span, chosen.trigger, chosen.cameo)
    same = [e for e in events if (e.sentence_index, e.span, e.trigger, e.cameo) == mark]
    sources, targets = [e.source for e in same], [e.target for e in same]
    return Picked(
        label=plover_of(chosen.cameo, book) or NO_LABEL, cameo=chosen.cameo,
        trigger=chosen.trigger, confidence=chosen.confidence,
        source=_keys(sources), target=_keys(targets),
        source_sectors=_sector_set(sources), target_sectors=_sector_set(targets))


def _keys(actors: Sequence[Actor | None]) -> frozenset[str]:
    return frozenset(k for a in actors for k in actor_keys(a))


def _sector_set(actors: Sequence[Actor | None]) -> frozenset[str]:
    return frozenset(s for a in actors
                     if a is not None and (s := norm_sector(a.sector, PREDICTED_SECTOR_FIXES)))


def _covers(gold: frozenset[str], predicted: frozenset[str]) -> bool:
    return gold <= predicted if gold else not predicted


def roles_ok(gold: PloverGold, picked: Picked | None) -> tuple[bool, bool]:
    """(source right, target right), with the reciprocal rule of the module docstring."""
    if picked is None:
        return False, False
    if gold.reciprocal and not gold.target:
        either = picked.source | picked.target
        source_ok = bool(gold.source) and gold.source <= either and bool(picked.source)
        return source_ok, source_ok and bool(picked.target)
    source_ok, target_ok = _covers(gold.source, picked.source), _covers(gold.target, picked.target)
    if gold.reciprocal and not (source_ok and target_ok):
        if _covers(gold.source, picked.target) and _covers(gold.target, picked.source):
            return True, True
    return source_ok, target_ok


def sector_hits(gold: PloverGold, picked: Picked | None) -> tuple[bool, ...]:
    """One hit or miss per gold role that carries sectors."""
    if picked is None:
        src, tgt = frozenset[str](), frozenset[str]()
    elif gold.reciprocal and not gold.target:
        src = tgt = picked.source_sectors | picked.target_sectors
    else:
        src, tgt = picked.source_sectors, picked.target_sectors
    pairs = ((gold.source_sectors, src), (gold.target_sectors, tgt))
    return tuple(want <= have for want, have in pairs if want)


def score_record(gold: PloverGold, picked: Picked | None) -> PloverScore:
    source_ok, target_ok = roles_ok(gold, picked)
    return PloverScore(gold, picked, source_ok, target_ok, sector_hits(gold, picked))


def split_metrics(split: HalfSplit, scores: Sequence[PloverScore]) -> list[Metric]:
    n = len(scores)
    sectors = [hit for s in scores for hit in s.sector_hits]
    figures = {
        "event_type_accuracy": (rate([s.type_ok for s in scores]), n),
        "event_type_macro_f1": (macro_f1([s.gold.event for s in scores],
                                         [s.label for s in scores]), n),
        "source_country_accuracy": (rate([s.source_ok for s in scores]), n),
        "target_country_accuracy": (rate([s.target_ok for s in scores]), n),
        "sector_accuracy": (rate(sectors), len(sectors)),
        "tuple_accuracy": (rate([s.tuple_ok for s in scores]), n),
        "coded_rate": (rate([s.picked is not None for s in scores]), n),
        "n": (float(n), n),
    }
    return [Metric(SET, name, split, value, size) for name, (value, size) in figures.items()]


def score_plover(eval_dir: Path, settings: Settings) -> list[PloverScore]:
    """Code every sentence and score its chosen event (used by the report and by diagnostics)."""
    book = load_codebook(settings.codebook_dirs, shipped=settings.shipped_codebook)
    scores = []
    for gold in load_plover(eval_dir / "events" / "plover-gsr" / "plover_gsr_cameo.jsonl"):
        events = counted(code_text(gold.text, published=PUBLISHED, settings=settings))
        scores.append(score_record(gold, pick(events, book)))
    return scores


def evaluate_plover(eval_dir: Path, settings: Settings) -> tuple[list[Metric], list[Prediction]]:
    scores = score_plover(eval_dir, settings)
    metrics = [m for split in SPLITS
               for m in split_metrics(split, [s for s in scores if s.gold.split == split])]
    predictions = [Prediction(SET, s.gold.split, s.gold.id, s.picked.confidence, s.type_ok)
                   for s in scores if s.picked is not None]
    return metrics, predictions
