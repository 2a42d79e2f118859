"""A synthetic syndication set for story clustering, built from real text at run time.

Texts are read from ../shared/eval (never copied into the repository): Wikinews politics
articles, scrapinghub ground-truth bodies and trafilatura-eval pages. Each source is re-published
3-7 times (new headline, boilerplate lines added or removed, the last 20-40% of paragraphs
dropped, paragraphs moved, small word edits, dates within a day, a few undated), all from one
seeded generator. The named scrapinghub cross-outlet clusters (and one trafilatura-eval pair)
count as one true story each; pairs inside the named topic groups (impeachment, Hong Kong, the
WeWork layoffs page) are not scored. Splits follow shared/eval/README.md: Wikinews and the first
half (rounded up) of each extraction set's sorted file names are "dev", the rest "test".
"""

from __future__ import annotations

import gzip
import json
import random
import re
from collections import Counter
from dataclasses import dataclass
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
    "wework-related": ("06e5123e4e", "1ace8c85aa", "bc13ff87b2"),  # layoffs: "related"
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
    story = next((name for name, keys in SAME_STORY.items() if prefix in keys), None)
    group = next((name for name, keys in TOPIC_GROUPS.items() if prefix in keys), None)
    return story, group


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
            line = rng.choice(BOILERPLATE)
            paras.insert(0 if rng.random() < 0.3 else len(paras),
                         line.format(year=year, outlet=outlet, other=rng.choice(others)))
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
