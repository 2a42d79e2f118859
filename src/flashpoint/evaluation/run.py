"""``flashpoint eval``: score every gold set in ../shared/eval, print one table, gate floors."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from itertools import pairwise
from pathlib import Path

from flashpoint.errors import InputError
from flashpoint.evaluation.model import EvalReport, Metric, Split, shared_eval_dir

__all__ = ["SETS", "format_report", "gold_hashes", "run_eval", "shared_eval_dir"]
from flashpoint.settings import Settings

SETS = ("plover-gsr", "petr2-gsr", "petrarch2-unit", "extraction")
GOLD_FILES = {
    "plover-gsr": "events/plover-gsr/plover_gsr_cameo.jsonl",
    "petr2-gsr": "universalpetrarch/PETR2_GSR_validation.xml",
    "petrarch2-unit": "petrarch2/PETR.UnitTest.records.xml",
    "scrapinghub": "extraction/scrapinghub-article-extraction-benchmark/ground-truth.json",
    "trafilatura-eval": "extraction/trafilatura-eval/evaldata.json",
}
Predictions = list[tuple[str, str, float, bool]]  # (set, split, confidence, correct)


def gold_hashes(eval_dir: Path) -> dict[str, str]:
    """sha256 of each gold file, so floors are tied to the data they were measured on."""
    out = {}
    for name, rel in GOLD_FILES.items():
        path = eval_dir / rel
        out[name] = hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else "absent"
    return out


def _runners(eval_dir: Path, settings: Settings, predictions: Predictions
             ) -> dict[str, Callable[[], list[Metric]]]:
    def events(kind: str) -> Callable[[], list[Metric]]:
        def run() -> list[Metric]:
            from flashpoint.evaluation import events as ev

            scorer = ev.evaluate_plover if kind == "plover-gsr" else ev.evaluate_petr2_gsr
            metrics, preds = scorer(eval_dir, settings)
            predictions.extend((p.set, p.split, p.confidence, p.correct) for p in preds)
            return list(metrics)
        return run

    def unit() -> list[Metric]:
        from flashpoint.evaluation.petrarch_unit import evaluate_petrarch_unit

        return evaluate_petrarch_unit(eval_dir, settings)

    def extraction() -> list[Metric]:
        from flashpoint.evaluation.extraction import evaluate_extraction

        return evaluate_extraction(eval_dir, settings)

    return {"plover-gsr": events("plover-gsr"), "petr2-gsr": events("petr2-gsr"),
            "petrarch2-unit": unit, "extraction": extraction}


def require_eval_dir(eval_dir: Path) -> None:
    if not eval_dir.is_dir():
        raise InputError(f"no gold sets at {eval_dir}: put ../shared/eval beside the checkout "
                         "or pass --shared DIR")


def run_eval(eval_dir: Path, settings: Settings, sets: Sequence[str] = SETS) -> EvalReport:
    require_eval_dir(eval_dir)
    unknown = sorted(set(sets) - set(SETS))
    if unknown:
        raise InputError(f"unknown eval set(s) {unknown}: choose from {', '.join(SETS)}")
    predictions: Predictions = []
    runners = _runners(eval_dir, settings, predictions)
    metrics: list[Metric] = []
    for name in sets:
        try:
            metrics.extend(runners[name]())
        except OSError as err:
            raise InputError(f"cannot read gold set {name!r} under {eval_dir}: {err}") from err
    tables = {"calibration": calibration_table(predictions)} if predictions else {}
    return EvalReport(tuple(metrics + calibration_metrics(predictions)), tables=tables)


SURE = 0.8  # the confidence the calibration claim is about


def calibration_metrics(predictions: Predictions) -> list[Metric]:
    """Precision among scored events with confidence >= SURE, per half (gated like the rest)."""
    out = []
    for split in ("dev", "test"):
        hits = _sure(predictions, split)
        if hits:
            out.append(Metric("calibration", f"precision_at_confidence_{SURE}", split,
                              sum(hits) / len(hits), len(hits)))
    return out


def _sure(predictions: Predictions, split: str) -> list[bool]:
    """Whether each scored event of ``split`` with confidence >= SURE is right."""
    return [c for _, s, conf, c in predictions if s == split and conf >= SURE]


BINS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.01)


def calibration_rows(predictions: Predictions, split: str) -> list[tuple[str, int, float]]:
    rows = []
    for low, high in pairwise(BINS):
        hits = [c for _, s, conf, c in predictions if s == split and low <= conf < high]
        rows.append((f"{low:.1f}-{min(high, 1.0):.1f}", len(hits),
                     sum(hits) / len(hits) if hits else float("nan")))
    top = _sure(predictions, split)
    rows.append((f">={SURE}", len(top), sum(top) / len(top) if top else float("nan")))
    return rows


def calibration_table(predictions: Predictions) -> str:
    lines = ["confidence   dev: n precision   test: n precision"]
    dev, test = calibration_rows(predictions, "dev"), calibration_rows(predictions, "test")
    for (label, n1, p1), (_, n2, p2) in zip(dev, test, strict=True):
        lines.append(f"{label:<11} {n1:6d} {p1:9.3f} {n2:9d} {p2:9.3f}")
    return "\n".join(lines)


def format_report(report: EvalReport) -> str:
    keys = sorted({(m.set, m.name) for m in report.metrics})
    lines = [f"{'set':<18} {'figure':<34} {'dev':>8} {'(n)':>6} {'test':>8} {'(n)':>6}"]
    for set_, name in keys:
        cells = []
        splits: tuple[Split, ...] = ("dev", "test", "all")
        for split in splits:
            m = report.get(set_, name, split)
            cells.append(m)
        dev, test, whole = cells
        if whole is not None and dev is None:
            dev = whole
        lines.append(f"{set_:<18} {name:<34} {_cell(dev)} {_cell(test)}")
    for title, table in report.tables.items():
        lines += ["", f"{title}:", table]
    return "\n".join(lines)


def _cell(m: Metric | None) -> str:
    return f"{m.value:8.3f} {m.n:6d}" if m is not None else f"{'-':>8} {'':>6}"


def report_json(report: EvalReport, eval_dir: Path) -> str:
    data = {"gold": gold_hashes(eval_dir),
            "metrics": [{"set": m.set, "name": m.name, "split": m.split, "value": m.value,
                         "n": m.n} for m in report.metrics],
            "tables": report.tables}
    return json.dumps(data, indent=1)
