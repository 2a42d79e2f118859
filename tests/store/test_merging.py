"""Events told by several documents become one merged event with counts (issue 4)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from flashpoint.records import Coded, Mention
from flashpoint.store import Store
from flashpoint.store.grouping import MergeRule

from .test_store import RUSMIL, make_article, make_event


def _coded(article_id: str, *, site: str, story: str = "s_1", date: str = "2022-01-05",
           text: str | None = None, **event_changes: object) -> Coded:
    article = replace(make_article(article_id), site=site, story_id=story,
                      text=text or f"text of {article_id}")
    event = make_event(article_id, 0, story_id=story, date=date, **event_changes)
    mention = Mention(f"m_{article_id}", event.id, article_id, 0, event.span, "asked", "0234",
                      "asserted", date, 0.8, event.rule)
    return Coded(article, (event,), mentions=(mention,))


def test_five_outlets_one_happening(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        for i in range(5):
            store.write(_coded(f"a_{i}", site=f"outlet{i}"))
        merged = store.events()
        assert len(merged) == 1
        event = merged[0]
        assert (event.num_articles, event.num_sources, event.num_mentions) == (5, 5, 5)
        assert event.first_seen == "2022-01-07"
        assert len(store.events(merged=False)) == 5
        assert len(store.mentions(event_id=event.id)) == 5


def test_identical_copies_are_one_article_but_count_as_documents(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        first = _coded("a_1", site="wire")
        for site in ("wire", "paper1", "paper2"):
            copy = replace(first, article=replace(first.article, site=site,
                                                  url=f"https://{site}.example/x"))
            store.write(copy)
        event = store.events()[0]
        assert (event.num_articles, event.num_sources, event.num_mentions) == (3, 3, 3)
        assert store.stats()["articles"] == 1


def test_different_actors_places_or_far_dates_stay_apart(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb", merge=MergeRule("story", 1)) as store:
        store.write(_coded("a_1", site="x"))
        store.write(_coded("a_2", site="y", source=RUSMIL))  # another actor
        store.write(_coded("a_3", site="z", story="s_2", date="2022-01-20"))  # two weeks on
        store.write(_coded("a_4", site="w", story="s_3", date="2022-01-06"))  # next day
        assert sorted(e.num_articles for e in store.events()) == [1, 1, 2]


def test_acled_rule_needs_the_same_day(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb", merge=MergeRule("acled", 1)) as store:
        store.write(_coded("a_1", site="x"))
        store.write(_coded("a_2", site="y", date="2022-01-06"))
        store.write(_coded("a_3", site="z"))
        assert sorted(e.num_articles for e in store.events()) == [1, 2]


def test_merged_export_carries_the_counts(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    with Store(tmp_path / "s.duckdb") as store:
        for i in range(3):
            store.write(_coded(f"a_{i}", site=f"o{i}"))
        store.export("merged_events", tmp_path / "m.parquet")
        store.export("mentions", tmp_path / "m.csv")
    table = pq.read_table(tmp_path / "m.parquet")
    assert table.column("num_articles").to_pylist() == [3]
    assert (tmp_path / "m.csv").read_text().count("\n") == 4
