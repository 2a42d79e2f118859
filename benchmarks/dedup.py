"""Story clustering benchmark: the synthetic syndication set (``syndication.py``), the real
scrapinghub cross-outlet clusters, the Wikinews follow-up clusters, and (``--scale``) a
100,000-article run printing memory and time per 1,000 articles.

    .venv/bin/python benchmarks/dedup.py [--seed N] [--scale] [--scale-n 100000]
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import statistics
import sys
import time
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from syndication import (
    EVAL,
    SAME_STORY,
    SCRAPINGHUB,
    TOPIC_GROUPS,
    WIKINEWS,
    Item,
    Source,
    clean_pages,
    cluster,
    load_scrapinghub,
    load_trafilatura,
    load_wikinews,
    pair_scores,
    synthetic,
    variant,
)

FOLLOW_UPS = {  # Wikinews follow-up clusters (PROVENANCE.md), found by title
    "Hong Kong protests": r"Hong Kong",
    "Brexit prorogation": r"suspend|prorogation|suspension of UK",
    "Trump impeachment": r"impeach",
    "Soleimani/Iraq/jet": r"Soleimani|Iraqi Parliament|Ukrainian jet",
    "Puerto Rico governor": r"Puerto Rico",
    "Samoa measles": r"Samoa.*measles|measles",
    "Turkey, Kurds, Syria": r"Syria",
    "Navalny": r"Navalny",
    "border-wall emergency": r"emergency (?:to build|for bor)",
    "US 2020 campaign": r"presidential (?:bid|campaign|primar|race|election|caucus)|caucuses"
    r"|primary|delegates|campaign trail|running mate|president-elect|debate",
}


def _rows(stories: list[str | None], items: list[Item], split: str,
          copies: bool) -> list[tuple[str, str, str | None]]:
    """(predicted, true, unscored-group) rows. ``copies``: the truth is the source article, and
    pairs of different sources that cover one story (cross-outlet) are not scored."""
    rows = []
    for s, it in zip(stories, items, strict=True):
        if s is None or (split != "all" and it.source.split != split):
            continue
        if copies:
            shared = it.source.label if it.source.label != it.source.name else None
            rows.append((s, it.source.name, shared or it.source.group))
        else:
            rows.append((s, it.source.label, it.source.group))
    return rows


def report_synthetic(sources: list[Source], seeds: list[int], config: object) -> None:
    """Pairwise precision and recall per split, for each seed's synthetic set, and medians:
    with the cross-outlet clusters as true stories, and for syndicated copies alone."""
    views = {"stories": False, "copies": True}
    scores: dict[tuple[str, str], list[tuple[float, float]]] = {
        (v, s): [] for v in views for s in ("dev", "test", "all")}
    for seed in seeds:
        items = synthetic(sources, random.Random(seed))
        stories, dropped = cluster(items, config)
        stories_n = len({it.source.label for it in items})
        line = [f"  seed {seed}: {len(items)} articles, {stories_n} true stories, "
                f"{dropped} dropped by clean"]
        for (view, split), found in scores.items():
            p, r, _, _ = pair_scores(_rows(stories, items, split, views[view]))
            found.append((p, r))
            line.append(f"{view}/{split} P {p:.3f} R {r:.3f}")
        print(";  ".join(line))
    for (view, split), found in scores.items():
        print(f"  median {view:7} {split:4}: pairwise precision "
              f"{statistics.median(p for p, _ in found):.3f}"
              f"  recall {statistics.median(r for _, r in found):.3f}"
              f"  (min {min(p for p, _ in found):.3f} / {min(r for _, r in found):.3f})")


# --- real clusters -------------------------------------------------------------------------


def real_run(pages: dict[str, object], wikinews: list[Source], config: object,
             undated: bool = False) -> dict[str, str]:
    """Story id per scrapinghub page (key prefix) and Wikinews article, fed in date order."""
    from dataclasses import replace

    from flashpoint.records import Article
    from flashpoint.settings import Settings
    from flashpoint.stages.clean import clean_text
    from flashpoint.stages.stories import StoryConfig, StoryIndex

    assert isinstance(config, StoryConfig)
    feed: list[tuple[str, Article]] = []
    for key, page in pages.items():
        assert isinstance(page, Article)
        feed.append((key[:10], replace(page, published=None) if undated else page))
    for s in wikinews:
        art = clean_text(s.text, source=s.name, title=s.title, published=str(s.day),
                         settings=Settings())
        if isinstance(art, Article):
            feed.append((s.name, art))
    feed.sort(key=lambda kv: kv[1].published or "2019-11-19")
    index = StoryIndex(config)
    return {name: index.assign(article) for name, article in feed}


def report_cross_outlet(found: dict[str, str], titles: dict[str, str]) -> tuple[int, int]:
    """Each named cluster: how many stories it came out as, and outsiders that joined."""
    joined = 0
    clusters = {**SAME_STORY, **TOPIC_GROUPS}
    for name, members in clusters.items():
        stories = {found[m] for m in members if m in found}
        inside = set(members)
        outsiders = [k for k, s in found.items() if s in stories and k not in inside]
        one = len(stories) == 1
        joined += one and name in SAME_STORY
        kind = "same story" if name in SAME_STORY else "topic group"
        others = ", ".join(titles.get(k, k)[:40] for k in outsiders)
        print(f"  {name:14} {kind:11} {len(members)} pages -> {len(stories)} stories"
              f"{'  (one cluster)' if one else ''}{'  outsiders: ' + others if others else ''}")
    named = {m for members in clusters.values() for m in members}
    by_story = Counter(found.values())
    stray = [k for k, s in found.items() if k not in named and by_story[s] > 1]
    print(f"  other pages and Wikinews articles in a shared story: {len(stray)}"
          + (f" ({'; '.join(titles.get(k, k)[:30] for k in stray)})" if stray else ""))
    return joined, len(SAME_STORY)


def report_follow_ups(found: dict[str, str], wikinews: list[Source]) -> None:
    for name, pattern in FOLLOW_UPS.items():
        members = [s.name for s in wikinews if re.search(pattern, s.title)]
        stories = Counter(found[m] for m in members)
        merged = sum(n for n in stories.values() if n > 1)
        print(f"  {name:22} {len(members):2} articles -> {len(stories):2} stories"
              f" ({merged} in merged stories)")


# --- scale ---------------------------------------------------------------------------------


_RENAME = re.compile(r"\b[A-Z][a-z]{2,}\b|\b\d[\d,]*\d\b")  # names and numbers, renamed per story


def _fake_story(pool: list[str], rng: random.Random) -> str:
    """Paragraphs sampled from ``pool``, each name and number renamed consistently."""
    names: dict[str, str] = {}
    syllables = ("ka", "lo", "mi", "ren", "tor", "vas", "el", "dun", "sho", "bri", "qua", "zel")

    def rename(match: re.Match[str]) -> str:
        word = match.group(0)
        if word not in names:
            if word[0].isdigit():
                names[word] = str(rng.randrange(10, 99_999))
            else:
                names[word] = "".join(rng.choice(syllables) for _ in range(4)).title()
        return names[word]

    return "\n\n".join(_RENAME.sub(rename, p) for p in rng.sample(pool, rng.randint(4, 9)))


def scale_stream(pool: list[str], n: int, rng: random.Random, per_day: int = 150
                 ) -> Iterator[tuple[int, object]]:
    """(true story, Article) pairs, generated lazily, roughly in date order."""
    from flashpoint.records import Article
    from flashpoint.stages.clean import article_id

    start, made, story = date(2021, 1, 1), 0, 0
    while made < n:
        day = start + timedelta(days=story // per_day)
        batch = []
        for _ in range(per_day):
            text = _fake_story(pool, rng)
            source = Source(str(story), text.split("\n", 1)[0][:60], text, day, "dev", str(story))
            batch += [(story, variant(source, rng, ["Other story"], 0.0))
                      for _ in range(rng.randint(3, 7))]
            story += 1
        rng.shuffle(batch)
        for label, item in batch[: n - made]:
            yield label, Article(id=article_id(item.text), url=None, site=item.outlet,
                                 title=item.title, published=item.published, dateline=None,
                                 language="en", text=item.text)
        made += min(len(batch), n - made)


def _rss_mb() -> tuple[float, float]:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return resource.getpagesize() * pages / 2**20, peak


def report_scale(pool: list[str], n: int, seed: int, config: object) -> None:
    from flashpoint.stages.stories import StoryConfig, StoryIndex

    assert isinstance(config, StoryConfig)
    index, blocks, rows, spent = StoryIndex(config), [], [], 0.0
    checkpoints = {10_000, 25_000, 50_000, n}
    for count, (label, article) in enumerate(scale_stream(pool, n, random.Random(seed)), 1):
        began = time.process_time()  # CPU time: what other processes do is not counted
        rows.append((index.assign(article), str(label), None))  # type: ignore[arg-type]
        spent += time.process_time() - began
        if count % 1000 == 0:
            blocks.append(spent)
            spent = 0.0
        if count in checkpoints:
            rss, peak = _rss_mb()
            print(f"  {count:7} articles: {len(index):6} held, RSS {rss:.0f} MB, "
                  f"peak {peak:.0f} MB")
    print("  (RSS includes this benchmark's own list of every assignment, for the scores)")
    early = statistics.median(blocks[5:10])
    late = statistics.median(blocks[-5:])
    print(f"  CPU time per 1,000 articles (median of 5 blocks): at 10k {early:.2f} s, "
          f"at {n // 1000}k {late:.2f} s, ratio {late / early:.2f}")
    p, r, _, _ = pair_scores(rows)
    print(f"  pairwise precision {p:.3f}  recall {r:.3f} on the scale set")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--seeds", type=int, default=5, help="synthetic sets, seeds from --seed")
    parser.add_argument("--scale", action="store_true", help="also cluster --scale-n articles")
    parser.add_argument("--scale-n", type=int, default=100_000)
    args = parser.parse_args()
    if not WIKINEWS.exists():
        print(f"{EVAL} is absent: nothing to measure", file=sys.stderr)
        return 2
    from flashpoint.stages.stories import StoryConfig

    config, rng = StoryConfig(), random.Random(args.seed)
    print(f"config: {config}")
    pages = clean_pages(SCRAPINGHUB / "html", "*.html.gz")
    wikinews = load_wikinews()
    sources = wikinews + load_scrapinghub(pages) + load_trafilatura(rng)
    print(f"synthetic set: {len(sources)} sources, each re-published 3-7 times")
    report_synthetic(sources, [args.seed + i for i in range(args.seeds)], config)
    titles = {**{k[:10]: str(getattr(p, "title", k)) for k, p in pages.items()},
              **{s.name: s.title for s in wikinews}}
    for undated in (False, True):
        print("scrapinghub clusters (real pages through ingest, with the Wikinews articles)"
              + (", page dates removed" if undated else ""))
        found = real_run(pages, wikinews, config, undated=undated)
        joined, total = report_cross_outlet(found, titles)
        print(f"  same-story clusters joined: {joined}/{total}")
    print("Wikinews follow-up clusters (related stories, should stay apart)")
    report_follow_ups(real_run(pages, wikinews, config), wikinews)
    if args.scale:
        print(f"scale: {args.scale_n} synthetic articles")
        pool = [p for s in sources for p in s.text.split("\n") if len(p.split()) >= 12]
        report_scale(pool, args.scale_n, args.seed, config)
    return 0


if __name__ == "__main__":
    sys.exit(main())
