"""Fitting the confidence model on the development halves (``flashpoint eval --fit-confidence``).

Every counted event the coder tells on a development sentence of an event gold set is one
example: its basis (``stages/confidence.py``) and whether it is right, judged as the eval
judges it (PLOVER GSR: the event's PLOVER type is the sentence's; PETR2 GSR: its root-level
triple is a gold one). An L2-penalised logistic regression over those facts gives one weight
per fact, written as ``confidence.tsv``. The penalty (``PENALTY``) was chosen by 5-fold
cross-validated log-loss on the development halves; test halves are never read here.
"""

from __future__ import annotations

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
MIN_PENALTY = 1e-4  # keeps the Newton step solvable when no penalty is asked for


@dataclass(frozen=True, slots=True)
class Example:
    basis: frozenset[str]
    correct: bool


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
                yield Example(told.basis, label == gold.event)


def petr2_examples(eval_dir: Path, tools: Tools) -> Iterator[Example]:
    path = eval_dir / "universalpetrarch" / "PETR2_GSR_validation.xml"
    for gold in parse_petr2(path.read_text(encoding="utf-8")):
        if gold.split != "dev":
            continue
        want = at_level(gold.triples, "root")
        for told in told_in(gold.text, gold.published, tools):
            key = next(iter(at_level([event_triple(told.event)], "root")))
            yield Example(told.basis, key in want)


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
    w = np.zeros(len(names))
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + ridge * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(ridge)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return {name: round(float(v), 4) for name, v in zip(names, w, strict=True)}


def fit_confidence(eval_dir: Path, settings: Settings, out: Path) -> int:
    """Fit on the development halves and write ``out`` (a ``confidence.tsv``); returns the
    number of examples."""
    require_eval_dir(eval_dir)
    tools = Tools.build(settings)
    try:
        examples = [*plover_examples(eval_dir, tools), *petr2_examples(eval_dir, tools)]
    except OSError as err:
        raise InputError(f"cannot read a gold set under {eval_dir}: {err}") from err
    weights = fit(examples)
    source = (f"fitted by flashpoint eval --fit-confidence on {len(examples)} events of the dev "
              f"halves of plover-gsr and petr2-gsr, L2 {PENALTY} ({date.today()})")
    lines = ["feature\tweight\tsource"]
    lines += [f"{name}\t{value}\t{source}" for name, value in sorted(weights.items())]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(examples)
