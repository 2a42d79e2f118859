"""Story clustering benchmark: a synthetic syndication set built from real text, the real
cross-outlet clusters, the Wikinews follow-up clusters, and (``--scale``) a 100,000-article run.

Texts are read at run time from ../shared/eval (never copied into the repository):
Wikinews politics articles, scrapinghub ground-truth bodies and trafilatura-eval pages. Each
source is re-published 3-7 times (new headline, boilerplate lines added or removed, the last
20-40% of paragraphs dropped, paragraphs moved, small word edits, dates within a day, a few
undated), all from one seeded generator. The named scrapinghub cross-outlet clusters count as
one true story; pairs inside the impeachment and Hong Kong topic groups are left out of the
scores. Splits follow shared/eval/README.md (Wikinews and the first half, rounded up, of each
extraction set's sorted file names: dev; the rest: test).

    .venv/bin/python benchmarks/dedup.py [--seed N] [--scale] [--scale-n 100000]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import resource
import statistics
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
WIKINEWS = EVAL / "corpus" / "wikinews-politics-2019-2020" / "articles.jsonl"
SCRAPINGHUB = EVAL / "extraction" / "scrapinghub-article-extraction-benchmark"
TRAFILATURA = EVAL / "extraction" / "trafilatura-eval"

# Named in the scrapinghub PROVENANCE.md (file-name prefixes).
SAME_STORY = {
    "meth": ("156770d676", "776a1c0467", "c13b9c0e04", "3f65af7b6b"),
    "plague": ("432362af0b", "8b19453030", "ba4dfe2d3e", "ea25dd7edf"),
    "wework": ("06e5123e4e", "1ace8c85aa"),
    "omar": ("6ebac05f63", "7a457a4f71"),
    "fort-worth": ("2c46804d9d", "51d066b060"),
    "asian-markets": ("57d46c9d75", "d605bdef2c"),
    "assange": ("c7e39ac49f", "dc7ccccc1f"),
}
SAME_STORY_TRAFILATURA = {  # found while building this benchmark: two outlets, one arrest
    "bvi-premier": ("stluciatimes.com-dea", "thestkittsnevisobserver.com-bvi"),
}
TOPIC_GROUPS = {  # same topic, different stories: neither merging nor splitting is scored
    "impeachment": ("7a664e40d2", "82b6d780c7", "c90731f051", "f5c90a6d52", "04a6711caa"),
    "hong-kong": ("5fa3154ec0", "624fcd903d", "e4c6a3b482"),
}
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
    r"|primary|campaign trail|running mate|president-elect|debate",
}
OUTLETS = ("Daily Ledger", "Morning Courier", "Evening Post", "Wire Today", "The Chronicle",
           "Metro Herald", "Capital Gazette", "Global Dispatch", "City Tribune", "Coast Times")
BOILERPLATE = ("Share this article", "Follow us on Twitter and Facebook",
               "Sign up for our daily newsletter", "Advertisement",
               "Copyright {year} {outlet}. All rights reserved.", "This story has been updated.",
               "Read more: {other}", "Click here to subscribe to {outlet}",
               "Reporting by {outlet} staff; editing by the news desk")
EDITS = {"said": "stated", "says": "states", "told": "informed", "announced": "declared",
         "government": "administration", "killed": "slain", "people": "persons",
         "about": "around", "also": "additionally", "after": "following"}


@dataclass
class Source:
    name: str  # file name or Wikinews id
    title: str
    text: str
    day: date | None
    split: str  # "dev" | "test"
    label: str  # true story
    group: str | None = None  # topic group: cross-source pairs are not scored


@dataclass
class Item:
    source: Source
    title: str
    text: str
    published: str | None
    outlet: str
    meta: dict[str, str] = field(default_factory=dict)


def _split_of(names: list[str]) -> dict[str, str]:
    ordered = sorted(names)
    cut = (len(ordered) + 1) // 2
    return {n: ("dev" if i < cut else "test") for i, n in enumerate(ordered)}


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def load_wikinews() -> list[Source]:
    rows = [json.loads(line) for line in WIKINEWS.read_text(encoding="utf-8").splitlines()]
    return [Source(r["id"], r["title"], r["text"], _day(r["date"]), "dev", r["id"]) for r in rows]


def _labels(prefix: str) -> tuple[str | None, str | None]:
    for name, members in SAME_STORY.items():
        if prefix in members:
            return name, None
    for name, members in TOPIC_GROUPS.items():
        if prefix in members:
            return None, name
    return None, None


def load_scrapinghub(pages: dict[str, object]) -> list[Source]:
    """Ground-truth bodies; titles and dates from the cleaned pages (``pages``)."""
    truth = json.loads((SCRAPINGHUB / "ground-truth.json").read_text(encoding="utf-8"))
    splits = _split_of([f"{key}.html.gz" for key in truth])
    out = []
    for key, record in sorted(truth.items()):
        page = pages.get(key)
        story, group = _labels(key[:10])
        out.append(Source(key, getattr(page, "title", None) or record["url"],
                          record["articleBody"], _day(getattr(page, "published", None)),
                          splits[f"{key}.html.gz"], story or key, group))
    return out


def clean_pages(folder: Path, pattern: str) -> dict[str, object]:
    """Every page of ``folder`` through ingest.to_article (key: file name without suffixes)."""
    from flashpoint.records import Article, RawDocument
    from flashpoint.settings import Settings
    from flashpoint.stages.ingest import to_article

    pages: dict[str, object] = {}
    for path in sorted(folder.glob(pattern)):
        data = path.read_bytes()
        html = (gzip.decompress(data) if path.suffix == ".gz" else data).decode("utf-8", "replace")
        article = to_article(RawDocument(source=str(path), html=html), Settings())
        if isinstance(article, Article):
            pages[path.name.split(".html")[0]] = article
    return pages


def load_trafilatura(rng: random.Random) -> list[Source]:
    pages = clean_pages(TRAFILATURA / "html", "*.html")
    splits = _split_of([f"{key}.html" for key in pages])
    out = []
    for key, page in sorted(pages.items()):
        when = _day(getattr(page, "published", None))
        when = when or date(2019, 1, 1) + timedelta(days=rng.randrange(730))
        story = next((n for n, keys in SAME_STORY_TRAFILATURA.items() if key in keys), key)
        out.append(Source(key, getattr(page, "title", None) or key, getattr(page, "text", ""),
                          when, splits[f"{key}.html"], f"traf:{story}"))
    return out


# --- variants ------------------------------------------------------------------------------


def _edit_words(paragraph: str, rng: random.Random, rate: float) -> str:
    words = paragraph.split(" ")
    for i, word in enumerate(words):
        if rng.random() >= rate:
            continue
        roll = rng.random()
        if word in EDITS:
            words[i] = EDITS[word]
        elif roll < 0.4:
            words[i] = ""
        elif roll < 0.7:
            words[i] = f"{word} reportedly" if i else word
    return " ".join(w for w in words if w)


def _headline(title: str, outlet: str, rng: random.Random) -> str:
    words = title.split()
    if len(words) > 4 and rng.random() < 0.5:
        del words[rng.randrange(1, len(words))]
    head = " ".join(words)
    head = rng.choice(("", "UPDATE: ", "WATCH: ", "Breaking: ")) + head
    return head + rng.choice(("", f" | {outlet}", f" - {outlet}"))


def _paragraphs(source: Source, rng: random.Random) -> list[str]:
    paras = [p.strip() for p in re.split(r"\n\s*\n|\n", source.text) if p.strip()]
    if len(paras) > 1 and rng.random() < 0.3:
        paras = paras[1:]  # drop the opening line (a dateline, a kicker)
    if len(paras) > 2 and rng.random() < 0.5:
        keep = max(1, round(len(paras) * (1 - rng.uniform(0.2, 0.4))))
        paras = paras[:keep]
    if len(paras) > 2 and rng.random() < 0.4:
        for _ in range(rng.randint(1, 2)):
            paras.insert(rng.randrange(len(paras)), paras.pop(rng.randrange(len(paras))))
    if rng.random() < 0.7:
        paras = [_edit_words(p, rng, rng.uniform(0.005, 0.03)) for p in paras]
    return paras


def variant(source: Source, rng: random.Random, others: list[str], undated: float) -> Item:
    outlet = rng.choice(OUTLETS)
    paras = _paragraphs(source, rng)
    if rng.random() < 0.6:
        year = source.day.year if source.day else 2020
        for _ in range(rng.randint(1, 3)):
            line = rng.choice(BOILERPLATE).format(year=year, outlet=outlet, other=rng.choice(others))
            paras.insert(0 if rng.random() < 0.3 else len(paras), line)
    published = None
    if source.day and rng.random() >= undated:
        published = (source.day + timedelta(days=rng.randint(-1, 1))).isoformat()
    return Item(source, _headline(source.title, outlet, rng), "\n\n".join(paras), published, outlet)


def synthetic(sources: list[Source], rng: random.Random, undated: float = 0.03) -> list[Item]:
    titles = [s.title for s in sources]
    items = [variant(s, rng, titles, undated) for s in sources for _ in range(rng.randint(3, 7))]
    rng.shuffle(items)
    items.sort(key=lambda it: it.published or (it.source.day or date.min).isoformat())
    return items


# --- scoring -------------------------------------------------------------------------------


def _pairs(counts: Counter[tuple[str, ...]]) -> int:
    return sum(n * (n - 1) // 2 for n in counts.values())


def pair_scores(rows: list[tuple[str, str, str | None]]) -> tuple[float, float, int, int]:
    """Pairwise (precision, recall, true pairs, predicted pairs) of (predicted, true, group)
    rows; pairs of different true stories inside one group are not scored."""
    both = _pairs(Counter((p, t) for p, t, _ in rows))
    predicted = _pairs(Counter((p,) for p, _, _ in rows))
    truth = _pairs(Counter((t,) for _, t, _ in rows))
    grouped = [(p, t, g) for p, t, g in rows if g]
    ignored = _pairs(Counter((p, g) for p, _, g in grouped if g)) - _pairs(
        Counter((p, t) for p, t, _ in grouped))
    predicted -= ignored
    return (both / predicted if predicted else 1.0, both / truth if truth else 1.0, truth,
            predicted)


def cluster(items: list[Item], config: object) -> tuple[list[str | None], int]:
    """Story id per item (clean_text first, as ingest does) and the number dropped."""
    from flashpoint.records import Article
    from flashpoint.settings import Settings
    from flashpoint.stages.clean import clean_text
    from flashpoint.stages.stories import StoryConfig, StoryIndex

    assert isinstance(config, StoryConfig)
    index, settings, dropped = StoryIndex(config), Settings(), 0
    stories: list[str | None] = []
    for item in items:
        article = clean_text(item.text, source=item.source.name, title=item.title,
                             site=item.outlet, published=item.published, settings=settings)
        if isinstance(article, Article):
            stories.append(index.assign(article))
        else:  # never reaches story clustering: not scored
            stories.append(None)
            dropped += 1
    return stories, dropped


def report_synthetic(items: list[Item], config: object) -> dict[str, tuple[float, float]]:
    stories, dropped = cluster(items, config)
    labels = {it.source.label for it in items}
    print(f"synthetic set: {len(items)} articles, {len(labels)} true stories, "
          f"{len({it.source.name for it in items})} sources, {dropped} dropped by clean")
    out = {}
    for split in ("dev", "test", "all"):
        rows = [(s, it.source.label, it.source.group) for s, it in zip(stories, items, strict=True)
                if s is not None and (split == "all" or it.source.split == split)]
        p, r, truth, predicted = pair_scores(rows)
        out[split] = (p, r)
        print(f"  {split:4}: {len(rows):5} articles  pairwise precision {p:.3f}  recall {r:.3f}"
              f"  (true pairs {truth}, predicted pairs {predicted})")
    return out


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
        print(f"  {name:14} {kind:11} {len(members)} pages -> {len(stories)} stories"
              f"{'  (one cluster)' if one else ''}"
              f"{'  outsiders: ' + ', '.join(titles.get(k, k)[:40] for k in outsiders) if outsiders else ''}")
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


def _renamer(rng: random.Random) -> re.Pattern[str]:
    return re.compile(r"\b[A-Z][a-z]{2,}\b|\b\d[\d,]*\d\b")


def _fake_story(pool: list[str], rng: random.Random, pattern: re.Pattern[str]) -> str:
    names: dict[str, str] = {}
    syllables = ("ka", "lo", "mi", "ren", "tor", "vas", "el", "dun", "sho", "bri", "qua", "zel")

    def rename(match: re.Match[str]) -> str:
        word = match.group(0)
        if word not in names:
            if word[0].isdigit():
                names[word] = str(rng.randrange(10, 99_999))
            else:
                names[word] = "".join(rng.choice(syllables) for _ in range(3)).title()
        return names[word]

    return "\n\n".join(pattern.sub(rename, p) for p in rng.sample(pool, rng.randint(4, 9)))


def scale_stream(pool: list[str], n: int, rng: random.Random, per_day: int = 150
                 ) -> Iterator[tuple[int, object]]:
    """(true story, Article) pairs, generated lazily, roughly in date order."""
    from flashpoint.records import Article
    from flashpoint.stages.clean import article_id

    pattern, start, made, story = _renamer(rng), date(2021, 1, 1), 0, 0
    while made < n:
        day = start + timedelta(days=story // per_day)
        batch = []
        for _ in range(per_day):
            text = _fake_story(pool, rng, pattern)
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
        began = time.perf_counter()
        rows.append((index.assign(article), str(label), None))  # type: ignore[arg-type]
        spent += time.perf_counter() - began
        if count % 1000 == 0:
            blocks.append(spent)
            spent = 0.0
        if count in checkpoints:
            rss, peak = _rss_mb()
            print(f"  {count:7} articles: {len(index):6} held, RSS {rss:.0f} MB, peak {peak:.0f} MB")
    early = statistics.median(blocks[5:10])
    late = statistics.median(blocks[-5:])
    print(f"  time per 1,000 articles (median of 5 blocks): at 10k {early:.2f} s, "
          f"at {n // 1000}k {late:.2f} s, ratio {late / early:.2f}")
    p, r, _, _ = pair_scores(rows)
    print(f"  pairwise precision {p:.3f}  recall {r:.3f} on the scale set")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=20240601)
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
    report_synthetic(synthetic(sources, rng), config)
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
