"""The confidence model: one weight per fact the coder relied on, read from ``confidence.tsv``.

An event's confidence is the logistic function of the summed weights of its *basis*, the
facts that held when it was coded (``bias`` always, then ``source:name``, ``target:none``,
``mode:reported``, ``root:18`` ...; see ``flashpoint.stages.confidence``). The shipped weights
are fitted on the development halves of the event gold sets by ``flashpoint eval
--fit-confidence``; a user folder's ``confidence.tsv`` replaces them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from flashpoint.codebook.model import Origin
from flashpoint.codebook.tsv import need, read_tsv
from flashpoint.errors import CodebookError

WEIGHT_COLUMNS = ("feature", "weight", "source")
FEATURE_RE = re.compile(r"^(bias|[a-z_]+(:[A-Za-z0-9_]+)?)$")


@dataclass(frozen=True, slots=True)
class ConfidenceModel:
    weights: Mapping[str, float]
    origin: Origin | None = None
    source: str = ""

    def score(self, basis: Iterable[str]) -> float:
        """P(right) for an event coded on ``basis``; unknown facts weigh nothing."""
        total = self.weights.get("bias", 0.0) + sum(self.weights.get(f, 0.0) for f in basis)
        return round(min(0.99, max(0.01, 1.0 / (1.0 + math.exp(-total)))), 2)


def load_weights(path: Path, base: Path) -> ConfidenceModel:
    weights: dict[str, float] = {}
    first: Origin | None = None
    source = ""
    for row, origin in read_tsv(path, WEIGHT_COLUMNS, base=base):
        need(row, origin, "feature", "weight", "source")
        name = row["feature"]
        if not FEATURE_RE.fullmatch(name):
            raise CodebookError(origin.file, origin.line, f"bad feature name {name!r}")
        if name in weights:
            raise CodebookError(origin.file, origin.line, f"duplicate feature {name}")
        try:
            value = float(row["weight"])
        except ValueError:
            value = math.nan
        if not math.isfinite(value):
            raise CodebookError(origin.file, origin.line, f"weight {row['weight']!r} is not a "
                                "finite number")
        weights[name] = value
        first, source = first or origin, source or row["source"]
    if "bias" not in weights:
        raise CodebookError(path.name, None, "no 'bias' row: every confidence model needs one")
    return ConfidenceModel(weights, first, source)
