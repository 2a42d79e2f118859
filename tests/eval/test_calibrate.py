"""The confidence fitter: logistic weights from (basis, correct) examples."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from flashpoint.codebook.weights import ConfidenceModel
from flashpoint.errors import InputError
from flashpoint.evaluation.calibrate import Example, fit


def test_fit_learns_which_facts_make_events_right() -> None:
    named = [Example(frozenset({"source:name"}), i % 10 != 0) for i in range(100)]  # 90 % right
    unnamed = [Example(frozenset({"source:none"}), i % 10 < 3) for i in range(100)]  # 30 % right
    weights = fit(named + unnamed, penalty=0.0)
    model = ConfidenceModel(weights)
    assert model.score({"source:name"}) == pytest.approx(0.9, abs=0.01)
    assert model.score({"source:none"}) == pytest.approx(0.3, abs=0.01)


def test_the_penalty_shrinks_rare_facts_towards_the_bias() -> None:
    common = [Example(frozenset({"pos:VERB"}), i % 2 == 0) for i in range(100)]
    rare = [Example(frozenset({"pos:VERB", "root:20"}), True)]  # one lucky example
    free, shrunk = fit(common + rare, penalty=0.0), fit(common + rare, penalty=1.0)
    assert all(math.isfinite(v) for v in free.values())
    assert 0 < shrunk["root:20"] < free["root:20"]


def test_fit_needs_examples() -> None:
    with pytest.raises(InputError, match="no development examples"):
        fit([])


def test_cross_fitting_takes_back_what_the_fit_only_memorised() -> None:
    from flashpoint.evaluation.calibrate import cross_fitted

    # every event has a fact of its own and a coin-flip label: nothing generalises
    noise = [Example(frozenset({f"own:{i}", "pos:VERB"}), i % 3 == 0, item=f"r{i}")
             for i in range(120)]
    memorised, honest = fit(noise, penalty=0.1), cross_fitted(noise, penalty=0.1)
    assert abs(honest["own:0"]) < abs(memorised["own:0"]) / 2
    # what does generalise survives: a named source is right, none is wrong
    signal = [Example(frozenset({"source:name" if i % 2 else "source:none"}), bool(i % 2),
                      item=f"s{i}") for i in range(120)]
    model = ConfidenceModel(cross_fitted(signal))
    assert model.score({"source:name"}) > 0.8 > 0.2 > model.score({"source:none"})


def test_a_refit_keeps_weights_set_by_hand_it_has_nothing_to_fit_on(tmp_path: Path) -> None:
    from flashpoint.evaluation.calibrate import _set_by_hand

    weights = tmp_path / "confidence.tsv"
    weights.write_text("feature\tweight\tsource\n"
                       "bias\t1.0\tfitted by flashpoint eval --fit-confidence\n"
                       "generic\t-1.5\tset by hand: a rule the dev halves never show\n",
                       encoding="utf-8")
    assert _set_by_hand(weights) == [
        ("generic", "generic\t-1.5\tset by hand: a rule the dev halves never show")]
    assert _set_by_hand(tmp_path / "absent.tsv") == []
