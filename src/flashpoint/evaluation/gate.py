"""The quality gate: floors for every eval figure, tied to a hash of the gold data.

Floors live in ``tests/eval/floors.json``. ``flashpoint eval --raise-floors`` lifts floors to
the figures just measured (never lowers one); lowering needs ``--lower-floor KEY=VALUE
--reason "…"`` and writes the reason into CHANGELOG.md.
"""

from __future__ import annotations

import json
import math
from datetime import date
from pathlib import Path

from flashpoint.errors import InputError
from flashpoint.evaluation.model import EvalReport, Metric

TOLERANCE = 1e-9
UNGATED = ("[trafilatura]", "/n/", "expected_triples", "coded_rate")  # baselines and counts


def gated(key: str) -> bool:
    """Floors guard flashpoint's own quality figures, not baselines or item counts."""
    return not any(part in key for part in UNGATED)


def key_of(m: Metric) -> str:
    return f"{m.set}/{m.name}/{m.split}"


def load_floors(path: Path) -> dict[str, object]:
    if not path.exists():
        return {"gold": {}, "floors": {}}
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def save_floors(path: Path, data: dict[str, object]) -> None:
    path.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def check(report: EvalReport, floors: dict[str, object], hashes: dict[str, str]) -> list[str]:
    """Every failure as a line: a figure under its floor, or gold data that changed."""
    problems = []
    pinned = floors.get("gold", {})
    assert isinstance(pinned, dict)
    for name, digest in pinned.items():
        if hashes.get(name) != digest:
            problems.append(f"gold data {name} changed (sha256 {hashes.get(name)} != pinned "
                            f"{digest}): re-measure and pin with --raise-floors")
    table = floors.get("floors", {})
    assert isinstance(table, dict)
    found = {key_of(m): m.value for m in report.metrics}
    for key, floor in sorted(table.items()):
        value = found.get(key)
        if value is None:
            problems.append(f"{key}: not measured (floor {floor})")
        elif math.isnan(value) or value + TOLERANCE < float(floor):
            problems.append(f"{key}: {value:.4f} is below its floor {float(floor):.4f}")
    return problems


def raise_floors(report: EvalReport, path: Path, hashes: dict[str, str]) -> list[str]:
    """Lift each floor to the measured figure (rounded down); never lowers one."""
    data = load_floors(path)
    table = data.setdefault("floors", {})
    assert isinstance(table, dict)
    changes = []
    for m in report.metrics:
        if math.isnan(m.value) or not gated(key_of(m)):
            continue
        new = math.floor(m.value * 1000) / 1000
        old = table.get(key_of(m))
        if old is None or new > float(old):
            table[key_of(m)] = new
            changes.append(f"{key_of(m)}: {old} -> {new}")
    data["gold"] = hashes
    save_floors(path, data)
    return changes


def lower_floor(path: Path, assignment: str, reason: str, changelog: Path) -> str:
    """Lower one floor, on purpose, with the reason written into the CHANGELOG."""
    if not reason.strip():
        raise InputError("lowering a floor needs --reason \"why\" (it goes into CHANGELOG.md)")
    key, _, raw = assignment.partition("=")
    data = load_floors(path)
    table = data.setdefault("floors", {})
    assert isinstance(table, dict)
    if key not in table:
        raise InputError(f"no floor named {key!r}; see {path}")
    old, new = float(table[key]), float(raw)
    table[key] = new
    save_floors(path, data)
    line = f"- Lowered eval floor `{key}` from {old} to {new} ({date.today()}): {reason}\n"
    text = changelog.read_text(encoding="utf-8")
    marker = "## Unreleased\n"
    changelog.write_text(text.replace(marker, marker + "\n" + line, 1), encoding="utf-8")
    return line.strip()
