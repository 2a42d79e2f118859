"""The learned fallback: word counts that guess an event's PLOVER type where no pattern fires.

``learned.tsv`` holds, for each feature of a sentence's main verb ("v=lodge", "o=protest",
"vo=lodge_protest", "n=ambassador": see ``flashpoint.stages.guesses``), how many training
sentences of each CAMEO code had it; the row ``*`` holds how many training sentences each code
had. ``benchmarks/train_learned.py`` writes it from the tuning halves of our own invented wire
sentences (``benchmarks/data``), never from a gold set. A naive Bayes model reads it: first the
PLOVER type (the codes of one type pooled; ``---`` and codes without a type are "no event"),
then the code within that type.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from flashpoint.codebook.model import NO_EVENT, CameoCode
from flashpoint.codebook.tsv import need, read_tsv
from flashpoint.errors import CodebookError

LEARNED_COLUMNS = ("feature", "counts", "source")
COUNT_RE = re.compile(r"^(\d{2,4}|---):([1-9]\d*)$")
TOTALS = "*"
NOTHING = "NONE"  # the type of "---" and of codes PLOVER leaves out (statements)
SMOOTHING = 0.1


@dataclass(frozen=True, slots=True)
class Guess:
    plover: str
    code: str
    probability: float  # of the type, among all types and "no event"
    evidence: tuple[str, ...]  # the features that spoke most for the type


@dataclass(frozen=True, slots=True)
class LearnedModel:
    counts: Mapping[str, Mapping[str, int]]  # feature -> code -> training sentences
    totals: Mapping[str, int]  # code -> training sentences
    types: Mapping[str, str]  # code -> PLOVER type (NOTHING for none)
    source: str

    def guess(self, features: Iterable[str], nothing_weight: float = 1.0) -> Guess:
        """The likeliest type and its likeliest code; ``nothing_weight`` multiplies the prior
        odds of "no event"."""
        known = [f for f in features if f in self.counts]
        pooled = _pool(self, known)
        scores = {t: _score(n, [c.get(t, 0) for c in pooled.values()]) for t, n in
                  _type_totals(self).items()}
        if NOTHING in scores:  # "no event" is far commoner in news than in the training sets
            scores[NOTHING] += math.log(nothing_weight)
        top = max(scores, key=lambda t: scores[t])
        norm = math.log(sum(math.exp(s - scores[top]) for s in scores.values()))
        codes = [c for c, t in self.types.items() if t == top and c in self.totals]
        code = max(codes, key=lambda c: _score(self.totals[c], [
            self.counts[f].get(c, 0) for f in known]))
        return Guess(top, code, round(math.exp(-norm), 4), _evidence(pooled, top, self))


def _pool(model: LearnedModel, known: list[str]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for feature in known:
        by_type: dict[str, int] = defaultdict(int)
        for code, n in model.counts[feature].items():
            by_type[model.types[code]] += n
        out[feature] = by_type
    return out


def _type_totals(model: LearnedModel) -> dict[str, int]:
    out: dict[str, int] = defaultdict(int)
    for code, n in model.totals.items():
        out[model.types[code]] += n
    return out


def _score(total: int, seen: list[int]) -> float:
    return math.log(total) + sum(math.log((k + SMOOTHING) / (total + 2 * SMOOTHING))
                                 for k in seen)


def _evidence(pooled: dict[str, dict[str, int]], top: str, model: LearnedModel) -> tuple[str, ...]:
    totals = _type_totals(model)
    everyone = sum(totals.values())
    lift = {f: (by.get(top, 0) + SMOOTHING) / totals[top]
            / ((sum(by.values()) + SMOOTHING) / everyone) for f, by in pooled.items()}
    return tuple(sorted((f for f in lift if lift[f] > 1.0), key=lambda f: -lift[f])[:3])


def load_learned(path: Path, base: Path, cameo: Mapping[str, CameoCode]) -> LearnedModel:
    """Read ``learned.tsv``; every code must be in the CAMEO table (or ``---``)."""
    counts: dict[str, dict[str, int]] = {}
    source = ""
    for row, origin in read_tsv(path, LEARNED_COLUMNS, base=base):
        need(row, origin, "feature", "counts", "source")
        if row["feature"] in counts:
            raise CodebookError(origin.file, origin.line, f"duplicate feature {row['feature']}")
        counts[row["feature"]] = _counts(row["counts"], origin.file, origin.line, cameo)
        source = source or row["source"]
    totals = counts.pop(TOTALS, None)
    if not totals:
        raise CodebookError(path.name, None, f"no '{TOTALS}' row of training sentences per code")
    types = {c: (cameo[c].plover or NOTHING) if c in cameo else NOTHING for c in totals}
    strays = {c for by in counts.values() for c in by} - set(totals)
    if strays:
        raise CodebookError(path.name, None, f"codes counted but not in '{TOTALS}': "
                            + ", ".join(sorted(strays)))
    return LearnedModel(counts, totals, types, source)


def _counts(cell: str, file: str, line: int, cameo: Mapping[str, CameoCode]) -> dict[str, int]:
    out: dict[str, int] = {}
    for part in cell.split("|"):
        match = COUNT_RE.fullmatch(part.strip())
        if match is None:
            raise CodebookError(file, line, f"bad count {part!r}: want CODE:N, N > 0")
        code = match.group(1)
        if code != NO_EVENT and code not in cameo:
            raise CodebookError(file, line, f"unknown CAMEO code {code}")
        out[code] = int(match.group(2))
    return out
