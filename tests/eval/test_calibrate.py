"""The confidence fitter: logistic weights from (basis, correct) examples."""

from __future__ import annotations

import math

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
