"""Issue 4 end to end: one real-world event counted once, every report of it kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import flashpoint

from .conftest import SAMPLE, need_shared

pytestmark = pytest.mark.model

PARAGRAPHS = [
    "ALMATY - Kazakh authorities imposed a curfew in Almaty on Wednesday after protesters "
    "stormed the mayor's office.",
    "Police detained more than two hundred demonstrators, the interior ministry said.",
    "President Kassym-Jomart Tokayev declared a state of emergency and accused foreign-trained "
    "groups of attacking state buildings.",
    "The Kazakh government resigned on Wednesday.",
]


def _outlets(folder: Path, count: int) -> None:
    """The same story as five outlets print it: other headlines, boilerplate, order, words."""
    p = PARAGRAPHS
    variants = [p, [p[0], p[2], p[1], p[3]],
                [p[0].replace("Kazakh authorities", "Authorities in Kazakhstan"), *p[1:]],
                [*p, "Share this article"], ["Breaking news", *p, "Subscribe to our newsletter"]]
    folder.mkdir()
    for i, paragraphs in enumerate(variants[:count]):
        record = {"id": f"o{i}", "url": f"https://outlet{i}.example/kz/{i}",
                  "title": f"Kazakhstan unrest, headline {i}", "published": "2022-01-06",
                  "text": "\n\n".join(paragraphs)}
        (folder / f"outlet{i}.jsonl").write_text(json.dumps(record) + "\n")


def test_five_outlets_give_the_events_of_one_with_five_articles(tmp_path: Path) -> None:
    _outlets(tmp_path / "one", 1)
    _outlets(tmp_path / "five", 5)
    flashpoint.ingest([str(tmp_path / "one")], tmp_path / "one.duckdb")
    summary = flashpoint.ingest([str(tmp_path / "five")], tmp_path / "five.duckdb")
    assert summary.articles >= 3  # reordered and edited copies are distinct articles
    once = flashpoint.query_events(tmp_path / "one.duckdb")
    five = flashpoint.query_events(tmp_path / "five.duckdb")
    assert len(once) == len(five) >= 5
    assert all(e.num_articles == 5 and e.num_sources == 5 for e in five)
    per_article = flashpoint.query_events(tmp_path / "five.duckdb", merged=False)
    assert len(per_article) == summary.articles * len(once)


def test_sample_deployment_is_one_event_with_several_mentions(tmp_path: Path) -> None:
    need_shared()
    db = tmp_path / "sample.duckdb"
    flashpoint.ingest([str(SAMPLE)], db, settings=flashpoint.load_settings(published="2022-01-07"))
    deployments = [e for e in flashpoint.query_events(db) if e.cameo == "074"]
    assert len(deployments) == 1
    event = deployments[0]
    assert (event.source and event.source.country, event.target and event.target.country) == (
        "RUS", "KAZ")
    mentions = flashpoint.query_mentions(db, event_id=event.id)
    assert event.num_mentions == len(mentions) >= 3
    assert len({m.sentence_index for m in mentions}) == len(mentions)


def test_articles_ingested_later_join_earlier_stories(tmp_path: Path) -> None:
    _outlets(tmp_path / "five", 5)
    db = tmp_path / "x.duckdb"
    files = sorted((tmp_path / "five").iterdir())
    flashpoint.ingest([str(files[0])], db)
    flashpoint.ingest([str(f) for f in files[1:]], db)  # "next week", another process
    from flashpoint.store import Store

    with Store(db, read_only=True) as store:
        stories = {a.story_id for a in store.articles()}
    assert len(stories) == 1
    assert all(e.num_articles == 5 for e in flashpoint.query_events(db))
