"""The evaluation texts (the event gold sets' sentences and the Wikinews corpus) are for
evaluation only: none of them may be copied into the project (code, tests, batteries,
benchmarks, README, CHANGELOG). A run of eight words shared with one counts as a copy; names
alone are shorter than that. Each file is read as one run of words, so a copy split over
several lines (a string continued, a docstring wrapped) is found too."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from flashpoint.evaluation import shared_eval_dir

ROOT = Path(__file__).resolve().parents[2]
RUN = 8
SCANNED = ("src/**/*.py", "tests/**/*.py", "tests/**/*.tsv", "tests/**/*.md",
           "benchmarks/**/*.py", "benchmarks/**/*.tsv", "README.md", "CHANGELOG.md")


WIKINEWS = Path("corpus") / "wikinews-politics-2019-2020" / "articles.jsonl"


def _runs(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + RUN]) for i in range(len(words) - RUN + 1)}


def _copies(path: Path, gold: set[tuple[str, ...]]) -> list[str]:
    """Each line where a run of words shared with the gold texts starts."""
    text = path.read_text(encoding="utf-8")
    found = [(m.start(), m.group().lower()) for m in re.finditer(r"\w+", text)]
    words = [w for _, w in found]
    out: dict[int, str] = {}
    for i in range(len(words) - RUN + 1):
        if (run := tuple(words[i:i + RUN])) in gold:
            line = text.count("\n", 0, found[i][0]) + 1
            out.setdefault(line, f"{path.relative_to(ROOT)}:{line}: {' '.join(run)}")
    return list(out.values())


def _gold_sentences(eval_dir: Path) -> list[str]:
    plover = eval_dir / "events" / "plover-gsr" / "plover_gsr_cameo.jsonl"
    petr2 = eval_dir / "universalpetrarch" / "PETR2_GSR_validation.xml"
    texts = [json.loads(line)["text"] for line in plover.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    texts += re.findall(r"<Text>\s*(.*?)\s*</Text>", petr2.read_text(encoding="utf-8"), re.S)
    wikinews = eval_dir / WIKINEWS
    if wikinews.exists():
        texts += [json.loads(line)["text"] for line in wikinews.read_text(
            encoding="utf-8").splitlines() if line.strip()]
    return texts


def test_no_gold_sentence_is_copied_into_the_project() -> None:
    eval_dir = shared_eval_dir()
    if not (eval_dir / "events" / "plover-gsr").is_dir():
        pytest.skip(f"the gold sets are not at {eval_dir} (../shared/eval beside the checkout)")
    gold = set().union(*(_runs(t) for t in _gold_sentences(eval_dir)))
    copies = [copy for pattern in SCANNED for path in sorted(ROOT.glob(pattern))
              for copy in _copies(path, gold)]
    assert copies == []
