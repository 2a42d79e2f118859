"""The quality gate: every gated eval figure stays at or above its floor in floors.json."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashpoint.evaluation import gate, run
from flashpoint.evaluation.model import EvalReport, Metric
from flashpoint.settings import load_settings

from ..conftest import need_shared

FLOORS = Path(__file__).with_name("floors.json")
pytestmark = pytest.mark.model


def test_every_figure_is_at_or_above_its_floor() -> None:
    shared = need_shared()
    eval_dir = shared / "eval"
    report = run.run_eval(eval_dir, load_settings())
    problems = gate.check(report, gate.load_floors(FLOORS), run.gold_hashes(eval_dir))
    assert problems == [], "\n".join(problems)


def test_floors_only_rise_and_lowering_needs_a_reason(tmp_path: Path) -> None:
    floors = tmp_path / "floors.json"
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text("# Changelog\n\n## Unreleased\n")
    high = EvalReport((Metric("s", "f1", "test", 0.8, 10),))
    low = EvalReport((Metric("s", "f1", "test", 0.7, 10),))
    assert gate.raise_floors(high, floors, {}) == ["s/f1/test: None -> 0.8"]
    assert gate.raise_floors(low, floors, {}) == []  # never lowers
    assert gate.check(low, gate.load_floors(floors), {}) == [
        "s/f1/test: 0.7000 is below its floor 0.8000"]
    with pytest.raises(Exception, match="needs --reason"):
        gate.lower_floor(floors, "s/f1/test=0.7", "", changelog)
    gate.lower_floor(floors, "s/f1/test=0.7", "new gold data", changelog)
    assert gate.check(low, gate.load_floors(floors), {}) == []
    assert "Lowered eval floor `s/f1/test` from 0.8 to 0.7" in changelog.read_text()


def test_changed_gold_data_fails_the_gate() -> None:
    report = EvalReport(())
    problems = gate.check(report, {"gold": {"x": "abc"}, "floors": {}}, {"x": "def"})
    assert problems and "changed" in problems[0]


def test_a_missing_or_incomplete_eval_folder_is_a_clear_error(tmp_path: Path) -> None:
    from flashpoint.errors import InputError
    from flashpoint.evaluation.calibrate import fit_confidence

    with pytest.raises(InputError, match="no gold sets at"):
        run.run_eval(tmp_path / "absent", load_settings())
    with pytest.raises(InputError, match="cannot read gold set 'plover-gsr'"):
        run.run_eval(tmp_path, load_settings(), ["plover-gsr"])
    with pytest.raises(InputError, match="cannot read a gold set"):
        fit_confidence(tmp_path, load_settings(), tmp_path / "confidence.tsv")
    assert not (tmp_path / "confidence.tsv").exists()
