"""Helpers shared by the event gold-set evaluations (PLOVER GSR and PETR-2 GSR)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from flashpoint.codebook import Codebook
from flashpoint.records import COUNTED_MODES, Event

HalfSplit = Literal["dev", "test"]
SPLITS: tuple[HalfSplit, HalfSplit] = ("dev", "test")
NO_LABEL = "NONE"  # the event type of a sentence with no prediction (or an unmapped code)


@dataclass(frozen=True, slots=True)
class Prediction:
    """One predicted event that was scored, for binning confidence against correctness."""

    set: str  # "plover-gsr" or "petr2-gsr"
    split: HalfSplit
    item: str  # the gold record's id
    confidence: float
    correct: bool


def counted(events: Iterable[Event]) -> list[Event]:
    """Only asserted and reported events count, whatever the settings let through."""
    return [e for e in events if e.mode in COUNTED_MODES]


def plover_of(cameo: str, book: Codebook) -> str | None:
    """The PLOVER type of a CAMEO code from the codebook, falling back to shorter prefixes
    (``1951`` -> ``195``) when a code has no type of its own."""
    for size in range(len(cameo), 1, -1):
        entry = book.cameo.get(cameo[:size])
        if entry is not None and entry.plover:
            return entry.plover
    return None


def rate(flags: Sequence[bool]) -> float:
    return sum(flags) / len(flags) if flags else 0.0


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts; 0.0 where a denominator is 0."""
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def macro_f1(gold: Sequence[str], predicted: Sequence[str]) -> float:
    """Macro-averaged F1 over the labels that occur in ``gold`` (one label per item).

    Predicted labels absent from the gold (e.g. ``NONE``) only lower the recall of the gold
    label they replaced; they are not classes of their own.
    """
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted labels differ in length")
    labels = sorted(set(gold))
    scores = []
    for label in labels:
        tp = sum(g == p == label for g, p in zip(gold, predicted, strict=True))
        fp = sum(p == label != g for g, p in zip(gold, predicted, strict=True))
        fn = sum(g == label != p for g, p in zip(gold, predicted, strict=True))
        scores.append(prf(tp, fp, fn)[2])
    return sum(scores) / len(scores) if scores else 0.0
