"""Story clustering: duplicates, near duplicates, same story in other words, restarts, and a
reduced synthetic syndication benchmark on ../shared (skipped when it is absent)."""

from __future__ import annotations

import importlib.util
import random
import sys
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from types import ModuleType

import pytest

from flashpoint.records import Article
from flashpoint.stages.clean import article_id
from flashpoint.stages.stories import StoryConfig, StoryIndex, StoryState, story_id_for

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"

# A fictional world: Veldania, Orsk and the Barrow Pact are invented.
BORDER = [
    "Veldanian troops crossed into the Orsk border district of Kessary on Monday after talks "
    "between the two governments broke down, officials in the capital Tarvin said.",
    "The foreign ministry of Orsk called the move an act of aggression and asked the Barrow "
    "Pact to convene an emergency meeting before the end of the week.",
    "Aid groups said thousands of residents had fled toward the coast, where shelters were "
    "already full and supplies of water were running low after three days of shelling.",
    "General Imre Dask, who commands the Veldanian northern army, told reporters that his "
    "forces would hold the river crossings at Moll until Orsk withdrew its artillery.",
    "Markets in Tarvin fell sharply, and the central bank of Veldania spent 400 million marks "
    "defending the currency, according to a statement published late on Monday.",
    "The Barrow Pact secretary, Ilse Varga, said envoys would travel to Kessary on Wednesday "
    "and urged both sides to respect the 1998 armistice line along the Moll river.",
    "Refugees arriving in the port of Senn described long queues at checkpoints and said "
    "soldiers had searched cars for weapons before letting families through.",
    "Orsk's president, Matthias Corin, addressed parliament in an emergency session and "
    "promised that the country would defend every village in the Kessary district.",
]
HARVEST = [
    "Farmers in the Lunet valley began the grape harvest two weeks early this year after a "
    "long dry summer ripened the fruit ahead of schedule, growers' cooperatives reported.",
    "The cooperative in Aubrac expects yields to fall by a fifth, but its chairman, Paul "
    "Ferrand, said the quality of the white grapes was the best in a decade.",
    "Seasonal workers from the coast have been hard to find, and several estates are using "
    "machines on slopes that were once picked only by hand.",
    "Local restaurants plan a festival in October to celebrate the vintage, with tastings in "
    "the old market hall and a parade of decorated tractors through the town.",
    "Wine merchants in the region said export orders were steady despite higher shipping "
    "costs, and that buyers were asking about the new sparkling blends.",
]


def make(paragraphs: list[str], published: str | None = "2024-03-04",
         title: str | None = None) -> Article:
    text = "\n\n".join(paragraphs)
    return Article(id=article_id(text), url=None, site=None, title=title, published=published,
                   dateline=None, language="en", text=text)


def variant(paragraphs: list[str]) -> list[str]:
    """Reordered, the last quarter dropped, a boilerplate line added."""
    kept = paragraphs[: len(paragraphs) * 3 // 4]
    kept = [kept[2], kept[0], kept[1], *kept[3:]]
    return [*kept, "Follow us on Twitter for more news."]


def test_exact_duplicate_shares_the_story() -> None:
    index = StoryIndex(StoryConfig())
    first = make(BORDER)
    story = index.assign(first)
    assert story == story_id_for(first.id)
    assert story.startswith("s_") and len(story) == 18
    assert index.assign(replace(first, url="https://other.example/copy")) == story


def test_near_duplicate_with_reordering_and_truncation_joins() -> None:
    index = StoryIndex(StoryConfig())
    story = index.assign(make(BORDER))
    copy = make(variant(BORDER), published="2024-03-05")
    assert index.assign(copy) == story
    assert StoryState.unpack(index.state(copy.id)).story_id == story


def test_unrelated_articles_stay_apart() -> None:
    index = StoryIndex(StoryConfig(min_stories=0))
    assert index.assign(make(BORDER)) != index.assign(make(HARVEST))


def test_empty_text_starts_its_own_story() -> None:
    index = StoryIndex(StoryConfig())
    one = index.assign(make([""]))
    assert index.assign(make(["", " "])) in (one, story_id_for(article_id(" ")))
    assert index.assign(make(HARVEST)) != one


def test_same_story_in_other_words_joins_only_within_the_window() -> None:
    retold = [
        "Fighting broke out in the Kessary district of Orsk after Veldanian troops crossed the "
        "border on Monday, and the Barrow Pact secretary Ilse Varga called for calm.",
        "General Imre Dask said Veldanian forces would stay at the Moll river crossings; Orsk "
        "president Matthias Corin told parliament that Kessary would be defended.",
        "Thousands of refugees reached the port of Senn, and Tarvin markets fell as Veldania's "
        "central bank spent 400 million marks to support the currency.",
    ]
    config = StoryConfig(min_stories=0)
    index = StoryIndex(config)
    story = index.assign(make(BORDER, title="Veldania sends troops into Kessary"))
    near = make(retold, published="2024-03-05", title="Kessary fighting: Veldania, Orsk clash")
    assert index.assign(near) == story
    later = StoryIndex(config)
    later.assign(make(BORDER, title="Veldania sends troops into Kessary"))
    assert later.assign(replace(near, published="2024-03-20")) != story


def test_a_story_of_several_members_is_closer_than_each_member() -> None:
    """Two members sharing half their terms with the article and with each other: the sum of
    their vectors is closer (1/sqrt 3) than either (1/2), so such a story can be joined."""
    import numpy as np

    def state(*terms: int) -> StoryState:
        return StoryState("", 0, 1, np.zeros(64, dtype=np.uint32),
                          np.array(sorted(terms), dtype=np.uint32),
                          np.ones(len(terms), dtype=np.float16), np.array([], dtype=np.uint32))

    index = StoryIndex(StoryConfig(min_stories=0))
    mine, one, two = state(1, 2, 3, 4), state(1, 2, 5, 6), state(3, 4, 5, 6)
    assert index._similarity(mine, one) == pytest.approx(0.5)
    assert index._centroid(mine, [one, two]) == pytest.approx(3 ** -0.5)


def test_headlines_quoting_the_same_phrase_join_a_story_told_from_another_angle() -> None:
    from flashpoint.stages.storyterms import headline_quotes

    assert len(headline_quotes("Orsk on 'we will hold every village': Corin speaks")) == 1
    assert headline_quotes("Corin says \"no\" to envoys") .size == 0  # under three words
    angle = [
        "Speechwriters in Senn are split over the slogan Matthias Corin used in parliament, "
        "saying the line about Kessary was either a rallying cry or a needless provocation.",
        "One agency head said the words would be remembered longer than the battle for the "
        "Moll river crossings, while another called them a gift to Veldanian propaganda.",
    ]
    config = StoryConfig(min_stories=0)
    for title, joins in (("‘We will hold every village’: Senn speechwriters split", True),
                         ("Senn speechwriters split over Corin slogan", False)):
        index = StoryIndex(config)
        story = index.assign(make(BORDER, title="Corin: 'We will hold every village'"))
        other = make(angle, published="2024-03-04", title=title)
        assert (index.assign(other) == story) is joins


def test_two_market_reports_of_the_same_day_are_one_story() -> None:
    from flashpoint.stages.storyterms import is_market_report

    one = ["The Nikkei index slipped and the Kospi rose as investors weighed the trade talks; "
           "stocks in Tarvin drifted, bonds rallied and the currency held near its highs."]
    two = ["Traders sold shares across the region as the trade talks stalled: the Hang Seng "
           "fell, Nasdaq futures pointed lower and crude slipped, with markets watching the "
           "dollar, the yen and the Tarvin bourse."]
    assert is_market_report(one[0]) and is_market_report(two[0])
    assert not any(is_market_report(p) for p in BORDER + HARVEST)
    index = StoryIndex(StoryConfig(min_stories=0))
    story = index.assign(make(one, title="Stocks drift near highs"))
    assert index.assign(make(two, title="Investors unsure what to make of the talks")) == story
    apart = StoryIndex(StoryConfig(min_stories=0))
    first = apart.assign(make(one, title="Stocks drift near highs"))
    later = make(two, published="2024-03-09", title="Investors unsure what to make of the talks")
    assert apart.assign(later) != first  # another day's report is another story


def test_restore_keeps_story_ids_and_joins_next_weeks_copy() -> None:
    config = StoryConfig()
    index = StoryIndex(config)
    articles = [make(BORDER), make(HARVEST, published="2024-03-05")]
    rows = []
    for article in articles:
        story = index.assign(article)
        rows.append((article.id, story, article.published, index.state(article.id)))
    restored = StoryIndex.restore(config, rows)  # a new process, a week later
    for article_key, story, _, _ in rows:
        assert restored.story_of(article_key) == story
    copy = make(variant(BORDER), published="2024-03-11")
    assert restored.assign(copy) == rows[0][1]
    assert restored.assign(articles[1]) == rows[1][1]


def test_restore_refuses_another_signature_size() -> None:
    index = StoryIndex(StoryConfig())
    article = make(BORDER)
    story = index.assign(article)
    row = (article.id, story, article.published, index.state(article.id))
    with pytest.raises(ValueError, match="permutations"):
        StoryIndex.restore(StoryConfig(num_perm=128), [row])


def test_old_articles_are_evicted_so_memory_stays_bounded() -> None:
    index = StoryIndex(StoryConfig(horizon_days=3))
    start = date(2024, 1, 1)
    for day in range(30):
        for n, paragraph in enumerate(HARVEST):
            published = (start + timedelta(days=day)).isoformat()
            index.assign(make([f"{paragraph} Day {day}, item {n}."], published=published))
    assert len(index) <= 4 * len(HARVEST)
    with pytest.raises(KeyError):
        index.state(make([f"{HARVEST[0]} Day 0, item 0."]).id)


def test_an_article_older_than_the_horizon_still_has_a_state() -> None:
    index = StoryIndex(StoryConfig(horizon_days=3))
    index.assign(make(HARVEST, published="2024-06-01"))
    old = make(BORDER, published="2020-01-01")
    story = index.assign(old)
    assert StoryState.unpack(index.state(old.id)).story_id == story


def test_undated_articles_still_cluster() -> None:
    index = StoryIndex(StoryConfig())
    story = index.assign(make(BORDER, published=None))
    assert index.assign(make(variant(BORDER), published=None)) == story
    assert index.assign(make(HARVEST, published="2024-03-04")) != story


def _benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("syndication", ROOT / "benchmarks/syndication.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_reduced_synthetic_benchmark() -> None:
    """Wikinews and the first half of the scrapinghub pages (the development material), each
    re-published 3-7 times, three seeds pooled: pairwise precision >= 0.98, recall >= 0.95."""
    if not (SHARED / "eval").exists():
        pytest.skip("../shared is absent")
    bench = _benchmark()
    pages = bench.clean_pages(bench.SCRAPINGHUB / "html", "*.html.gz")
    sources = [s for s in bench.load_wikinews() + bench.load_scrapinghub(pages)
               if s.split == "dev"]
    rows = []
    for seed in (1, 2, 3):
        items = bench.synthetic(sources, random.Random(seed))
        stories, _ = bench.cluster(items, StoryConfig())
        rows += [(f"{seed}:{story}", f"{seed}:{it.source.label}",
                  f"{seed}:{it.source.group}" if it.source.group else None)
                 for story, it in zip(stories, items, strict=True) if story is not None]
    precision, recall, _, _ = bench.pair_scores(rows)
    assert len(rows) >= 2000
    assert precision >= 0.98
    assert recall >= 0.95
