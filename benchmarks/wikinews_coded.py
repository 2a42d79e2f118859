"""Score the coder on hand-coded sentences of real news (benchmarks/data/wikinews_coded.tsv):
for each sentence, the most confident asserted or reported event with a PLOVER type in that
sentence (every article coded whole, so pronouns and the article's country count), against the
coder's PLOVER type (NONE: no such event) and source and target countries.

The 'tune' set guided coder changes; the 'check' set was only scored. The articles are read
from ../shared/eval/corpus (CC BY 2.5); without it the script says so and scores nothing.
Run: ``python benchmarks/wikinews_coded.py [--misses]``.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from flashpoint.evaluation.model import shared_eval_dir
from flashpoint.pipeline import Tools, articles, tell
from flashpoint.records import Actor, Dropped, Event, RawDocument
from flashpoint.settings import load_settings
from flashpoint.stages.nlp import parse

DATA = Path(__file__).parent / "data" / "wikinews_coded.tsv"
CORPUS = Path("corpus") / "wikinews-politics-2019-2020" / "articles.jsonl"
ORGS = ("IGO", "NGO")


@dataclass(frozen=True)
class Coded:
    set: str
    coder: str
    article: str
    sentence: str
    plover: str
    source: str
    target: str


def load(corpus: Path) -> list[Coded]:
    texts = {a["id"]: a["text"] for a in map(json.loads, corpus.read_text().splitlines())}
    rows = [r.split("\t") for r in DATA.read_text(encoding="utf-8").splitlines()
            if r.strip() and not r.startswith(("#", "set\t"))]
    return [Coded(r[0], r[1], r[2], texts[r[2]][int(r[3]):int(r[4])], r[5], r[7], r[8])
            for r in rows]


def events_by_article(corpus: Path, wanted: set[str]) -> dict[str, list[Event]]:
    settings = load_settings()
    tools = Tools.build(settings)
    out: dict[str, list[Event]] = {}
    for line in corpus.read_text().splitlines():
        item = json.loads(line)
        if item["id"] not in wanted:
            continue
        raw = RawDocument(source=item["id"], text=item["text"], title=item["title"],
                          published=item["date"])
        article = next(iter(articles([raw], settings)))
        if isinstance(article, Dropped):
            out[item["id"]] = []
            continue
        doc = next(iter(parse(tools.nlp, [article.text], batch_size=1, n_process=1)))
        out[item["id"]] = [t.event for t in tell(article, doc, tools)[0]]
    return out


def _same(gold: str, actor: Actor | None) -> bool:
    if actor is None:
        return False
    return actor.country == gold or (gold in ORGS and actor.code[:3] in ORGS)


def best_event(row: Coded, events: list[Event]) -> Event | None:
    key = " ".join(row.sentence.split())[:50]
    told = [e for e in events if e.mode in ("asserted", "reported") and e.plover
            and key in " ".join(e.sentence.split())]
    return max(told, key=lambda e: (e.confidence, -e.span.start), default=None)


def report(name: str, scored: list[tuple[Coded, Event | None]]) -> None:
    typed = [(r, e) for r, e in scored if r.plover != "NONE"]
    right = sum((e.plover if e else "NONE") == r.plover for r, e in scored)
    src = [_same(r.source, e.source if e else None) for r, e in typed if r.source != "-"]
    tgt = [_same(r.target, e.target if e else None) for r, e in typed if r.target != "-"]
    print(f"{name:6} n={len(scored):3}  type {right / len(scored):.3f}  "
          f"source country {sum(src) / max(len(src), 1):.3f} (n={len(src)})  "
          f"target country {sum(tgt) / max(len(tgt), 1):.3f} (n={len(tgt)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--misses", action="store_true", help="print the tune set's misses")
    args = parser.parse_args()
    corpus = shared_eval_dir() / CORPUS
    if not corpus.exists():
        print(f"wikinews_coded: skipped, {corpus} is missing (needs ../shared/eval beside the "
              "checkout)")
        return
    rows = load(corpus)
    events = events_by_article(corpus, {r.article for r in rows})
    scored: dict[str, list[tuple[Coded, Event | None]]] = defaultdict(list)
    for row in rows:
        best = best_event(row, events[row.article])
        scored[row.set].append((row, best))
        if args.misses and row.set == "tune" and (best.plover if best else "NONE") != row.plover:
            got = f"{best.cameo} {best.trigger!r}" if best else "-"
            print(f"{row.plover:9} got {got}: {row.sentence[:160]}")
    print("hand-coded Wikinews sentences: most confident event's PLOVER type and countries")
    for name in ("tune", "check"):
        report(name, scored[name])


if __name__ == "__main__":
    main()
