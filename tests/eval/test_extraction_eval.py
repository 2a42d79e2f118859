"""Extraction eval: the scoring functions on tiny made-up strings, then the whole eval on
../shared/eval when it is there."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashpoint.evaluation.extraction import (
    SegmentCounts,
    evaluate_extraction,
    page_source_text,
    precision_recall,
    repeats_body,
    segment_counts,
    segment_scores,
    shingle_match,
    shingle_scores,
    shingles,
    split_of,
)
from flashpoint.settings import Settings

EVAL = Path(__file__).resolve().parents[2].parent / "shared" / "eval"
GOLD = "The council met on Monday and voted to close the old bridge."  # 12 tokens, 9 shingles


def test_shingles_are_a_multiset_of_four_tokens() -> None:
    assert shingles("a b c d e") == {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}
    assert shingles("a b c d a b c d")[("a", "b", "c", "d")] == 2
    assert shingles("too short") == {("too", "short"): 1}
    assert shingles("  ... ") == {}


def test_tokens_keep_case_and_skip_punctuation() -> None:
    assert shingle_match("A, b. c! d", "A b c d") == (1.0, 0.0, 0.0)
    assert shingle_match("a b c d", "A b c d") == (0.0, 0.5, 0.5)


def test_perfect_prediction() -> None:
    assert shingle_match(GOLD, GOLD) == (1.0, 0.0, 0.0)
    assert precision_recall(*shingle_match(GOLD, GOLD)) == (1.0, 1.0)


def test_extra_text_lowers_precision_only() -> None:
    tp, fp, fn = shingle_match(GOLD, GOLD + " Share this story on Facebook.")
    precision, recall = precision_recall(tp, fp, fn)
    assert fn == 0 and recall == 1.0
    assert precision == pytest.approx(9 / 14)  # 9 gold shingles, 5 new ones across the seam


def test_missing_text_lowers_recall_only() -> None:
    precision, recall = precision_recall(*shingle_match(GOLD, "The council met on Monday"))
    assert precision == 1.0
    assert recall == pytest.approx(2 / 9)


def test_empty_prediction() -> None:
    assert shingle_match(GOLD, "") == (0.0, 0.0, 1.0)
    assert precision_recall(*shingle_match(GOLD, "")) == (0.0, 0.0)
    # left out of the precision mean (tp + fp = 0), counted as recall 0
    scores = shingle_scores([(GOLD, GOLD), (GOLD, "")])
    assert (scores.precision, scores.recall) == (1.0, 0.5)
    assert scores.f1 == pytest.approx(2 * 0.5 / 1.5)
    assert scores.accuracy == 0.5 and scores.n == 2


def test_macro_average_weighs_pages_equally() -> None:
    short, long = "a b c d e", " ".join(f"w{i}" for i in range(100))
    scores = shingle_scores([(short, short), (long, long + " x y z q")])
    assert scores.precision == pytest.approx((1 + 97 / 101) / 2)
    assert scores.recall == 1.0
    assert scores.accuracy == 0.5


def test_segment_check_normalises_whitespace() -> None:
    output = "The council  met\non Monday.\n\nShare this\tstory"
    counts = segment_counts(
        output, ["The council met on Monday.", "voted to close"], ["Share this story", "Log in"]
    )
    assert counts == SegmentCounts(tp=1, fp=1, fn=1, tn=1)
    assert segment_counts("", ["x"], ["y"]) == SegmentCounts(tp=0, fp=0, fn=1, tn=1)
    assert segment_counts("Case Kept", ["case kept"], []) == SegmentCounts(fn=1)


def test_segment_scores_micro_sum() -> None:
    total = SegmentCounts(tp=3, fp=1, fn=1, tn=0) + SegmentCounts(tp=1, fp=0, fn=1, tn=3)
    scores = segment_scores(total)
    assert scores["precision"] == pytest.approx(4 / 5)
    assert scores["recall"] == pytest.approx(4 / 6)
    assert scores["f1"] == pytest.approx(8 / 11)
    assert scores["accuracy"] == pytest.approx(7 / 10)
    assert segment_scores(SegmentCounts())["f1"] == 0.0


def test_split_halves_by_sorted_name() -> None:
    assert split_of(["c", "a", "b"]) == {"a": "dev", "b": "dev", "c": "test"}
    assert split_of(["b", "a"]) == {"a": "dev", "b": "test"}


def test_repeats_body() -> None:
    gold = f"{GOLD}\nShort line.\nResidents said the old bridge had been unsafe for many years now."
    once = f"<p>{gold}</p>"
    assert not repeats_body(gold, page_source_text(once))
    json_ld = '{"articleBody": "' + gold.replace("\n", "\\n").replace("'", "\\u0027") + '"}'
    assert repeats_body(gold, page_source_text(once + json_ld))
    assert not repeats_body("Too short to judge.", "Too short to judge. Too short to judge.")
    assert page_source_text("it&amp;#8217;s \\u00e9t\\u00e9") == "it’s été"


def test_whole_extraction_eval_on_shared_data() -> None:
    if not (EVAL / "extraction").is_dir():
        pytest.skip("../shared is absent")
    metrics = evaluate_extraction(EVAL, Settings())
    assert metrics and all(0.0 <= m.value <= 1.0 for m in metrics)
    by_key = {(m.set, m.name, m.split): m for m in metrics}
    for set_, pages in (("scrapinghub", 59), ("trafilatura-eval", 46)):
        for system in ("trafilatura", "flashpoint"):
            dev, test = by_key[set_, f"f1[{system}]", "dev"], by_key[set_, f"f1[{system}]", "test"]
            assert dev.n + test.n == pages and abs(dev.n - test.n) <= 1
            assert dev.value > 0.8 and test.value > 0.8
    for split in ("dev", "test"):
        every = by_key["scrapinghub", "f1[flashpoint]", split]
        repeated = by_key.get(("scrapinghub", "f1_repeated[flashpoint]", split))
        assert repeated is None or 0 < repeated.n <= every.n
