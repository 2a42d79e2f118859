"""The shapes every evaluation returns: one ``Metric`` per (set, figure, split)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

Split = Literal["dev", "test", "all"]


@dataclass(frozen=True, slots=True)
class Metric:
    set: str  # e.g. "plover-gsr", "petr2-gsr", "petrarch2-unit", "scrapinghub", "trafilatura-eval"
    name: str  # e.g. "event_type_accuracy", "root_triple_f1", "f1[flashpoint]"
    split: Split
    value: float
    n: int  # how many items the figure is computed over


@dataclass(frozen=True, slots=True)
class EvalReport:
    metrics: tuple[Metric, ...]
    notes: tuple[str, ...] = ()
    tables: dict[str, str] = field(default_factory=dict)  # extra printed tables (calibration…)

    def get(self, set_: str, name: str, split: Split) -> Metric | None:
        for m in self.metrics:
            if (m.set, m.name, m.split) == (set_, name, split):
                return m
        return None


def shared_eval_dir(explicit: str | Path | None = None) -> Path:
    """``../shared/eval`` beside the checkout (or the folder given)."""
    if explicit is not None:
        return Path(explicit)
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent.parent / "shared" / "eval"
        if (parent / "pyproject.toml").exists() and candidate.is_dir():
            return candidate
    return Path.cwd().parent / "shared" / "eval"
