"""Fitting the confidence model on the development halves (``flashpoint eval --fit-confidence``).

Every counted event the coder tells on a development sentence of an event gold set is one
example: its basis (``stages/confidence.py``) and whether it is right, judged as the eval
judges it (PLOVER GSR: the event's PLOVER type is the sentence's; PETR2 GSR: its root-level
triple is a gold one). An L2-penalised logistic regression over those facts gives one weight
per fact, written as ``confidence.tsv``; the weights are then rescaled on held-out scores
(``cross_fitted``) so that a confidence means the same on events the model did not learn from.
The penalty (``PENALTY``) was chosen by 5-fold cross-validated log-loss on the development
halves; test halves are never read here.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np

from flashpoint.errors import InputError
from flashpoint.evaluation.events_common import plover_of
from flashpoint.evaluation.events_petr2 import at_level, event_triple, parse_petr2
from flashpoint.evaluation.events_plover import PUBLISHED, load_plover
from flashpoint.evaluation.run import require_eval_dir
from flashpoint.pipeline import Told, Tools, tell
from flashpoint.records import COUNTED_MODES, Article, RawDocument
from flashpoint.settings import Settings
from flashpoint.stages import ingest
from flashpoint.stages.nlp import parse

PENALTY = 1.0  # L2 weight; 5-fold CV log-loss on dev was lowest here among 0.1-20
STEPS = 50
FOLDS = 5
HAND_SET = "set by hand"  # the source of a weight no fit gives (see _set_by_hand)
MIN_PENALTY = 1e-4  # keeps the Newton step solvable when no penalty is asked for


@dataclass(frozen=True, slots=True)
class Example:
    basis: frozenset[str]
    correct: bool
    item: str = ""  # the gold record it comes from: folds keep a record's events together


def told_in(text: str, published: str | None, tools: Tools) -> list[Told]:
    """The counted events one gold sentence tells, one per event id."""
    raw = RawDocument(source="<gold>", text=text, title=None, published=published)
    article = ingest.to_article(raw, tools.settings.replace(min_chars=1))
    if not isinstance(article, Article):
        return []
    doc = next(parse(tools.nlp, [article.text], batch_size=1, n_process=1))
    told, _ = tell(article, doc, tools)
    unique = {t.event.id: t for t in reversed(told) if t.event.mode in COUNTED_MODES}
    return list(reversed(unique.values()))


def plover_examples(eval_dir: Path, tools: Tools) -> Iterator[Example]:
    for gold in load_plover(eval_dir / "events" / "plover-gsr" / "plover_gsr_cameo.jsonl"):
        if gold.split != "dev":
            continue
        for told in told_in(gold.text, PUBLISHED, tools):
            label = plover_of(told.event.cameo, tools.book)
            if label is not None:  # only typed events are picked and scored
                yield Example(told.basis, label == gold.event, gold.id)


def petr2_examples(eval_dir: Path, tools: Tools) -> Iterator[Example]:
    path = eval_dir / "universalpetrarch" / "PETR2_GSR_validation.xml"
    for gold in parse_petr2(path.read_text(encoding="utf-8")):
        if gold.split != "dev":
            continue
        want = at_level(gold.triples, "root")
        for told in told_in(gold.text, gold.published, tools):
            key = next(iter(at_level([event_triple(told.event)], "root")))
            yield Example(told.basis, key in want, gold.id)


def fit(examples: Sequence[Example], penalty: float = PENALTY) -> dict[str, float]:
    """Weights (with ``bias``) maximising the L2-penalised log-likelihood, by Newton steps."""
    if not examples:
        raise InputError("no development examples to fit the confidence model on")
    names = [*sorted({f for e in examples for f in e.basis}), "bias"]
    column = {name: i for i, name in enumerate(names)}
    x = np.zeros((len(examples), len(names)))
    for row, example in enumerate(examples):
        x[row, [column[f] for f in example.basis]] = 1.0
    x[:, -1] = 1.0
    y = np.array([e.correct for e in examples], dtype=float)
    ridge = np.full(len(names), max(penalty, MIN_PENALTY))  # facts of one kind are collinear
    ridge[-1] = 0.0  # the bias is not shrunk
    w = _newton(x, y, ridge)
    return {name: round(float(v), 4) for name, v in zip(names, w, strict=True)}


def _newton(x: np.ndarray, y: np.ndarray, ridge: np.ndarray,
            offset: np.ndarray | None = None) -> np.ndarray:
    w = np.zeros(x.shape[1])
    base = np.zeros(len(y)) if offset is None else offset
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-(base + x @ w)))
        grad = x.T @ (p - y) + ridge * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(ridge)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def _score(weights: dict[str, float], basis: frozenset[str]) -> float:
    return weights.get("bias", 0.0) + sum(weights.get(f, 0.0) for f in basis)


def cross_fitted(examples: Sequence[Example], penalty: float = PENALTY) -> dict[str, float]:
    """``fit`` on all examples, then rescaled so that it is calibrated out of sample: each
    example is scored by a model fitted without its record's fold, and a logistic map
    (a * score + b, with 0 <= a <= 1) of those scores onto rightness is folded into the
    weights. An in-sample fit is sure of itself on the very events it learnt from; this is
    not."""
    full = fit(examples, penalty)
    fold = [zlib.crc32(e.item.encode()) % FOLDS for e in examples]
    held = np.zeros(len(examples))
    for k in range(FOLDS):
        inside = [e for e, f in zip(examples, fold, strict=True) if f != k]
        weights = fit(inside, penalty) if inside else full
        for i, (e, f) in enumerate(zip(examples, fold, strict=True)):
            if f == k:
                held[i] = _score(weights, e.basis)
    y = np.array([e.correct for e in examples], dtype=float)
    a, b = _newton(np.column_stack([held, np.ones(len(held))]), y, np.array([MIN_PENALTY, 0]))
    if not 0.0 <= a <= 1.0:  # shrink towards the base rate, never sharpen or flip
        a = min(max(float(a), 0.0), 1.0)
        b = _newton(np.ones((len(held), 1)), y, np.zeros(1), offset=a * held)[0]
    scaled = {name: round(float(a) * value, 4) for name, value in full.items()}
    scaled["bias"] = round(float(a) * full["bias"] + float(b), 4)
    return scaled


def fit_confidence(eval_dir: Path, settings: Settings, out: Path) -> int:
    """Fit on the development halves and write ``out`` (a ``confidence.tsv``); returns the
    number of examples."""
    require_eval_dir(eval_dir)
    tools = Tools.build(settings)
    try:
        examples = [*plover_examples(eval_dir, tools), *petr2_examples(eval_dir, tools)]
    except OSError as err:
        raise InputError(f"cannot read a gold set under {eval_dir}: {err}") from err
    weights = cross_fitted(examples)
    source = (f"fitted by flashpoint eval --fit-confidence on {len(examples)} events of the dev "
              f"halves of plover-gsr and petr2-gsr, L2 {PENALTY}, rescaled on {FOLDS}-fold "
              f"held-out scores ({date.today()})")
    lines = ["feature\tweight\tsource"]
    lines += [f"{name}\t{value}\t{source}" for name, value in sorted(weights.items())]
    lines += [row for name, row in _set_by_hand(out) if name not in weights]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(examples)


def _set_by_hand(path: Path) -> list[tuple[str, str]]:
    """The rows of an existing weights file set by hand for a fact the dev halves never show
    (``generic``): a refit keeps them unless it now has examples to fit them on."""
    if not path.exists():
        return []
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()[1:]]
    return [(row[0], "\t".join(row)) for row in rows
            if len(row) == 3 and row[2].startswith(HAND_SET)]
