"""Write the learned fallback's counts (src/flashpoint/codebook/learned.tsv) from the 'tune'
sentences of our own invented sets: benchmarks/data/cameo_blind.tsv, no_event.tsv (as "no
event", ``---``) and cameo_percode.tsv. Never from a gold set, and never from 'check' or 'held'
sentences, which stay only scored. Features seen in fewer than ``--min-count`` training
sentences are left out. Run: ``python benchmarks/train_learned.py`` (``--out PATH`` to write
elsewhere); ``make learned`` does the same.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

from flashpoint.codebook import load_codebook
from flashpoint.codebook.learned import TOTALS
from flashpoint.codebook.load import default_dir
from flashpoint.settings import load_settings
from flashpoint.stages.guesses import features
from flashpoint.stages.nlp import load_pipeline, parse

DATA = Path(__file__).parent / "data"
SETS = ("cameo_blind.tsv", "no_event.tsv", "cameo_percode.tsv")


def tune_rows() -> list[tuple[str, str]]:
    """(CAMEO code, sentence) of every 'tune' row; a no-event row is coded ``---``."""
    out: list[tuple[str, str]] = []
    for name in SETS:
        lines = (DATA / name).read_text(encoding="utf-8").splitlines()
        rows = [r.split("\t") for r in lines if r.strip() and not r.startswith(("#", "set\t"))]
        out += [("---" if len(r) == 3 else r[2], r[-1]) for r in rows if r[0] == "tune"]
    return out


def count(rows: list[tuple[str, str]]) -> tuple[Counter[str], dict[str, Counter[str]]]:
    settings = load_settings()
    nlp = load_pipeline(settings.model)
    totals: Counter[str] = Counter()
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    docs = parse(nlp, (text for _, text in rows), batch_size=256, n_process=1)
    for (code, _), doc in zip(rows, docs, strict=True):
        totals[code] += 1
        for feature in features(next(iter(doc.sents))):
            counts[feature][code] += 1
    return totals, counts


def write(out: Path, totals: Counter[str], counts: dict[str, Counter[str]], min_count: int,
          sentences: int) -> int:
    source = f"benchmarks/train_learned.py on {sentences} tune sentences ({date.today()})"
    kept = sorted(f for f, by in counts.items() if sum(by.values()) >= min_count)
    lines = ["# Counts for the learned fallback (codebook/learned.py); written by",
             "# benchmarks/train_learned.py, do not edit by hand.", "feature\tcounts\tsource",
             f"{TOTALS}\t{_cell(totals)}\t{source}"]
    lines += [f"{f}\t{_cell(counts[f])}\t{source}" for f in kept]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(kept)


def _cell(by_code: Counter[str]) -> str:
    return "|".join(f"{c}:{n}" for c, n in sorted(by_code.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=default_dir() / "learned.tsv")
    parser.add_argument("--min-count", type=int, default=2)
    args = parser.parse_args()
    rows = tune_rows()
    book = load_codebook()
    unknown = sorted({c for c, _ in rows if c != "---" and c not in book.cameo})
    if unknown:
        raise SystemExit(f"codes not in the CAMEO table: {', '.join(unknown)}")
    totals, counts = count(rows)
    kept = write(args.out, totals, counts, args.min_count, len(rows))
    print(f"{len(rows)} sentences, {kept} features -> {args.out}")


if __name__ == "__main__":
    main()
