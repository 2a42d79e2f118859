"""Score the coder on held-out sentences written for the project (benchmarks/data): the share
of sentences whose most confident event with a PLOVER type has the labelled type.

These sentences were never used to choose a coder change; keep it so (look at the misses only
to report them). Run: ``python benchmarks/heldout.py [--misses]``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import flashpoint

DATA = Path(__file__).parent / "data" / "heldout_sentences.tsv"
PUBLISHED = "2000-01-01"


def rows() -> list[tuple[str, str, str]]:
    lines = [x for x in DATA.read_text(encoding="utf-8").splitlines()
             if x.strip() and not x.startswith(("#", "cameo\t"))]
    return [(r[0], r[1], r[2]) for r in (x.split("\t") for x in lines)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--misses", action="store_true", help="print the sentences missed")
    args = parser.parse_args()
    right = found = 0
    cases = rows()
    for _cameo, plover, sentence in cases:
        events = [e for e in flashpoint.code_text(sentence, published=PUBLISHED)
                  if e.mode in ("asserted", "reported") and e.plover]
        best = max(events, key=lambda e: e.confidence, default=None)
        right += best is not None and best.plover == plover
        found += plover in {e.plover for e in events}
        if args.misses and (best is None or best.plover != plover):
            print(plover, "|", best.cameo if best else "-", "|", sentence)
    n = len(cases)
    print(f"held-out sentences: {n}; most confident event of the right PLOVER type: "
          f"{right / n:.3f}; type among the events: {found / n:.3f}")


if __name__ == "__main__":
    main()
