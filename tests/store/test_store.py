"""The DuckDB store: round trips, idempotence, filters, resume, errors."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flashpoint.errors import StoreError
from flashpoint.records import (
    Actor,
    Article,
    Coded,
    Dropped,
    Event,
    Place,
    Quote,
    Removed,
    Span,
    Versions,
)
from flashpoint.store import Store

SRC = Path(__file__).resolve().parents[2] / "src"

KAZGOV = Actor("Kazakhstan", "KAZGOV", "KAZ", "GOV", "state", "Government of Kazakhstan", "Q232")
CSTO = Actor("the CSTO", "IGOCSTO", None, None, "igo", "Collective Security Treaty Organization")
RUSMIL = Actor("Russian troops", "RUSMIL", "RUS", "MIL", "state", "Military of Russia", "Q1")
ALMATY = Place("Almaty", "KAZ", "Almaty City", 43.25, 76.92, 1526384, "city")


def make_event(article_id: str, index: int, **changes: Any) -> Event:
    event = Event(
        id=f"e_{article_id}_{index}",
        article_id=article_id,
        story_id="s_1",
        date="2022-01-05",
        date_precision="day",
        date_text="Wednesday",
        source=KAZGOV,
        target=CSTO,
        cameo="0234",
        root="02",
        label="Appeal for military protection",
        quad_class=1,
        goldstein=3.4,
        plover="REQUEST",
        mode="asserted",
        location=ALMATY,
        sentence="Kazakhstan asked the CSTO for help.",
        sentence_index=index,
        span=Span(10 * index, 10 * index + 35),
        trigger="asked",
        confidence=0.82,
        rule="verbs/appeal.yaml:ask-for-help",
        versions=Versions("0.1.0", "2026.11"),
    )
    return replace(event, **changes)


def make_article(article_id: str = "a_1", published: str | None = "2022-01-07") -> Article:
    return Article(
        id=article_id,
        url=f"https://example.org/{article_id}",
        site="example",
        title="Kazakhstan asks for help — «CSTO»",
        published=published,
        dateline="Nur-Sultan",
        language="en",
        text="Kazakhstan asked the CSTO for help. Protests continued.",
        story_id="s_1",
        dropped=(
            Removed("clean", "repeated-block", 5658, "Subscribe now"),
            Removed("clean", "boilerplate", 12),
        ),
        source="examples/kaz.html",
    )


def make_coded(article_id: str = "a_1") -> Coded:
    first = make_event(article_id, 0)
    second = make_event(
        article_id, 1, target=None, location=None, date=None, date_precision="publication",
        date_text=None, plover=None, cameo="145", root="14", goldstein=-7.5, quad_class=4,
        mode="reported", mentions=3, source=RUSMIL,
    )
    quote = Quote("q_1", article_id, KAZGOV, "terrorist gangs", "confirmed", 1, Span(40, 55))
    return Coded(
        article=make_article(article_id),
        events=(first, second),
        quotes=(quote,),
        dropped=(Dropped(f"{article_id}#s3", "events", "no-actor", "They came."),),
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "events.duckdb") as opened:
        yield opened


def test_round_trip(store: Store) -> None:
    coded = make_coded()
    assert store.write(coded) is True
    assert store.articles() == [coded.article]
    assert store.events(merged=False, modes=None) == list(coded.events)
    assert store.quotes() == list(coded.quotes)
    assert store.quotes(article_id="a_other") == []
    assert store.dropped() == list(coded.dropped)
    assert store.stats() == {
        "articles": 1, "removed": 2, "events": 2, "quotes": 1, "dropped": 1, "inputs": 0,
        "mentions": 0, "documents": 1, "event_groups": 2,
    }


def test_round_trip_after_reopen(tmp_path: Path) -> None:
    coded = make_coded()
    with Store(tmp_path / "db.duckdb") as store:
        store.write(coded)
    with Store(tmp_path / "db.duckdb", read_only=True) as store:
        assert store.events(merged=False, modes=None) == list(coded.events)
        assert store.articles() == [coded.article]
        with pytest.raises(StoreError, match="read-only"):
            store.write(make_coded("a_2"))


def test_rewrite_is_idempotent(store: Store) -> None:
    assert store.write(make_coded())
    before = store.stats()
    assert store.write(make_coded()) is False
    assert store.stats() == before


def test_events_keyed_by_id(store: Store) -> None:
    coded = make_coded()
    doubled = replace(coded, events=(*coded.events, coded.events[0]))
    assert store.write(doubled)
    assert store.stats()["events"] == 2


def test_filters(store: Store) -> None:
    store.write(make_coded("a_1"))
    other = make_event("a_2", 0, source=RUSMIL, target=KAZGOV, location=None,
                       date="2022-01-09", cameo="190", root="19", mode="negated")
    store.write(Coded(make_article("a_2"), events=(other,)))
    first, second = make_coded("a_1").events
    assert store.events(merged=False) == [first, second]  # counted modes only
    assert store.events(merged=False, modes=None) == [first, other, second]  # undated last
    assert store.events(merged=False, modes=["negated"]) == [other]
    assert store.events(merged=False, modes=()) == []
    assert store.events(merged=False, country="KAZ", modes=None) == [first, other]
    assert store.events(merged=False, country="rus", modes=None) == [other, second]
    assert store.events(merged=False, actor="KAZ") == [first]
    assert store.events(merged=False, actor="KAZGOV", modes=None) == [first, other]
    assert store.events(merged=False, actor="IGOCSTO") == [first]
    assert store.events(merged=False, actor="IGO", modes=None) == [first]
    assert store.events(merged=False, root="14") == [second]
    assert store.events(merged=False, code="023") == [first]
    assert store.events(merged=False, since="2022-01-06", modes=None) == [other]
    assert store.events(merged=False, until="2022-01-05", modes=None) == [first]
    both = [first, other]
    assert store.events(merged=False, since="2022-01-05", until="2022-01-09", modes=None) == both
    assert store.events(merged=False, since="2022-01", until="2022-01", modes=None) == both
    assert store.events(merged=False, article_id="a_2", modes=None) == [other]
    assert store.events(merged=False, modes=None, limit=1) == [first]


def test_dropped_stored_once(store: Store) -> None:
    item = Dropped("inputs/broken.html", "ingest", "unreadable", "not UTF-8")
    store.write_dropped(item)
    store.write_dropped(item)
    store.write_dropped(replace(item, reason="empty"))
    assert store.dropped() == [item, replace(item, reason="empty")]


def test_seen_input(store: Store) -> None:
    assert not store.seen_input("a.html")
    store.write(make_coded("a_1"), input_key="a.html")
    store.write_dropped(Dropped("b.html", "ingest", "empty"), input_key="b.html")
    assert store.seen_input("a.html")
    assert store.seen_input("b.html")
    assert not store.seen_input("c.html")
    # the same text from another input: stored once, but the input counts as done
    assert store.write(make_coded("a_1"), input_key="copy-of-a.html") is False
    assert store.input_keys() == {"a.html", "b.html", "copy-of-a.html"}
    assert store.stats()["articles"] == 1


def test_crash_keeps_committed_articles(tmp_path: Path) -> None:
    path = tmp_path / "crash.duckdb"
    script = textwrap.dedent(f"""
        import os, sys
        sys.path[:0] = [{str(SRC)!r}, {str(Path(__file__).parent)!r}]
        from test_store import make_coded
        from flashpoint.store import Store
        store = Store({str(path)!r})
        store.write(make_coded("a_1"), input_key="one")
        store.write(make_coded("a_2"), input_key="two")
        os._exit(1)  # dies without closing the store
    """)
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, check=False)
    assert done.returncode == 1, done.stderr.decode()
    with Store(path) as store:
        assert [a.id for a in store.articles()] == ["a_1", "a_2"]
        assert store.stats()["events"] == 4
        assert store.seen_input("one") and store.seen_input("two")


def test_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("these are not the events you are looking for\n" * 200)
    with pytest.raises(StoreError, match="not a DuckDB database") as caught:
        Store(path)
    assert caught.value.__cause__ is None
    assert caught.value.__suppress_context__


def test_missing_store_read_only(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"no store at .*flashpoint ingest"):
        Store(tmp_path / "missing.duckdb", read_only=True)


def test_foreign_duckdb_database(tmp_path: Path) -> None:
    path = tmp_path / "other.duckdb"
    with Store(path) as store:
        store.sql("DROP TABLE meta")
    with pytest.raises(StoreError, match="not a flashpoint store"):
        Store(path)


def test_closed_store(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.duckdb")
    store.close()
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.events(merged=False)


def test_failed_write_stores_nothing(store: Store) -> None:
    not_an_int: Any = "one"
    broken = Quote("q", "a_2", None, "x", "said", not_an_int, Span(0, 1))
    bad = replace(make_coded("a_2"), quotes=(broken,))
    with pytest.raises(StoreError, match="cannot store article a_2"):
        store.write(bad)
    assert store.stats()["articles"] == 0
    assert store.write(make_coded("a_2"))


def test_export_parquet_and_sql(store: Store, tmp_path: Path) -> None:
    store.write(make_coded())
    for table in ("events", "articles", "quotes", "dropped"):
        target = tmp_path / f"{table}'s.parquet"
        store.export_parquet(table, target)
        assert pq.read_table(target).num_rows == store.stats()[table]
    assert "source_code" in pq.read_table(tmp_path / "events's.parquet").column_names
    with pytest.raises(StoreError, match="choose one of"):
        store.export_parquet("meta", tmp_path / "meta.parquet")
    rows = store.sql("SELECT root, count(*) FROM events WHERE date_day = ? GROUP BY root",
                     ["2022-01-05"])
    assert rows == [("02", 1)]
    with pytest.raises(StoreError, match="query failed"):
        store.sql("SELECT nope FROM events")


# -- Hypothesis: any event survives the round trip ------------------------------------------

texts = st.text(max_size=40)
optional_texts = st.none() | texts
actors = st.builds(
    Actor, text=texts, code=st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ()", max_size=12),
    country=st.none() | st.sampled_from(["KAZ", "RUS", "USA"]), sector=optional_texts,
    kind=texts, name=texts, kb_id=optional_texts,
)
places = st.builds(
    Place, name=texts, country=optional_texts, admin1=optional_texts,
    lat=st.none() | st.floats(-90, 90), lon=st.none() | st.floats(-180, 180),
    geonames_id=st.none() | st.integers(0, 2**40),
    precision=st.sampled_from(["city", "admin1", "country"]),
)
events = st.builds(
    Event, id=texts, article_id=texts, story_id=optional_texts, date=optional_texts,
    date_precision=st.sampled_from(["day", "week", "month", "year", "publication"]),
    date_text=optional_texts, source=st.none() | actors, target=st.none() | actors,
    cameo=texts, root=texts, label=texts, quad_class=st.integers(1, 4),
    goldstein=st.floats(-10, 10), plover=optional_texts,
    mode=st.sampled_from(["asserted", "negated", "hypothetical", "future", "reported"]),
    location=st.none() | places, sentence=st.text(), sentence_index=st.integers(0, 2**31 - 1),
    span=st.builds(Span, st.integers(0, 2**40), st.integers(0, 2**40)), trigger=texts,
    confidence=st.floats(0, 1), rule=texts, versions=st.builds(Versions, texts, texts),
    mentions=st.integers(1, 1000),
)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(event=events)
def test_any_event_round_trips(tmp_path_factory: pytest.TempPathFactory, event: Event) -> None:
    path = tmp_path_factory.mktemp("hypo") / "db.duckdb"
    article = replace(make_article(event.article_id), dropped=())
    with Store(path) as store:
        assert store.write(Coded(article, events=(event,)))
        assert store.events(merged=False, modes=None) == [event]
        assert store.articles() == [article]
