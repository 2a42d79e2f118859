"""The DuckDB store: articles, events, quotes and dropped items, one transaction per article.

``store/`` is the only package that imports duckdb. Rows go in through Arrow tables (DuckDB's
``executemany`` is slow) with ``INSERT OR IGNORE``, so writing the same records twice stores
them once. Each article is its own transaction: a crash loses at most the article being written,
and the ``inputs`` table lets a rerun skip the inputs already stored.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import pyarrow as pa

from flashpoint.errors import StoreError
from flashpoint.records import Article, Coded, Dropped, Event, Mention, Quote, Removed
from flashpoint.store import convert
from flashpoint.store.convert import Row
from flashpoint.store.grouping import MergeRule, assign_groups
from flashpoint.store.queries import event_filters

SCHEMA_VERSION = "2"
TABLES: tuple[str, ...] = ("articles", "removed", "events", "quotes", "dropped", "inputs",
                           "mentions", "documents", "event_groups")
EXPORTABLE: tuple[str, ...] = ("articles", "removed", "events", "merged_events", "mentions",
                               "documents", "quotes", "dropped")
DEFAULT_MODES: tuple[str, ...] = ("asserted", "reported")
_ORDER: Mapping[str, str] = {
    "articles": "published NULLS LAST, id",
    "removed": "article_id, position",
    "events": "date NULLS LAST, article_id, sentence_index, id",
    "merged_events": "date NULLS LAST, article_id, sentence_index, id",
    "mentions": "article_id, sentence_index, id",
    "documents": "stored_at, id",
    "quotes": "article_id, sentence_index, id",
    "dropped": "created_at, id, stage, reason",
}
_ROWS_VIEW = "_flashpoint_rows"
_GENERATED = {"events": "date_day", "merged_events": "date_day", "articles": "published_day"}


def schema_sql() -> str:
    """The schema DDL shipped with the package (``store/schema.sql``)."""
    return resources.files("flashpoint.store").joinpath("schema.sql").read_text(encoding="utf-8")


def _first_line(err: BaseException) -> str:
    text = str(err).strip()
    return text.splitlines()[0] if text else type(err).__name__


def _open_error(path: Path, err: duckdb.Error) -> StoreError:
    message = _first_line(err)
    if "not a valid DuckDB database" in message:
        return StoreError(
            f"{path} is not a DuckDB database: give the path of a flashpoint store "
            "or a new file name to create one"
        )
    if "lock" in message.lower():
        return StoreError(
            f"{path} is in use by another process: wait for it to finish or stop it "
            f"(DuckDB allows one writer at a time) ({message})"
        )
    return StoreError(f"cannot open store {path}: {message}; check the path and its permissions")


def _connect(path: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    if read_only and str(path) != ":memory:" and not path.exists():
        raise StoreError(
            f"no store at {path}: create one with `flashpoint ingest … --db {path}` "
            "or check the path"
        )
    try:
        if not read_only and str(path) != ":memory:":
            path.parent.mkdir(parents=True, exist_ok=True)
        return duckdb.connect(str(path), read_only=read_only)
    except OSError as err:
        raise StoreError(f"cannot create the folder for {path}: {err}") from None
    except duckdb.Error as err:
        raise _open_error(path, err) from None


class Store:
    """A flashpoint event store in one DuckDB file (created on first use unless read-only)."""

    def __init__(self, path: str | Path, *, read_only: bool = False,
                 merge: MergeRule | None = None) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.merge = merge or MergeRule()
        self._schemas: dict[str, pa.Schema] = {}
        self._con: duckdb.DuckDBPyConnection | None = _connect(self.path, read_only)
        try:
            self._prepare()
        except BaseException:
            self.close()
            raise

    # -- lifecycle ------------------------------------------------------------------------

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        mode = "read-only" if self.read_only else "read-write"
        return f"Store({str(self.path)!r}, {mode}{'' if self._con else ', closed'})"

    def close(self) -> None:
        """Close the database (idempotent); everything written is already committed."""
        if self._con is not None:
            self._con.close()
            self._con = None

    @property
    def _db(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            raise StoreError(f"the store {self.path} is closed: open a new Store")
        return self._con

    def _prepare(self) -> None:
        found = self._db.execute("SELECT table_name FROM duckdb_tables()").fetchall()
        tables = {name for (name,) in found}
        if "meta" not in tables and (tables or self.read_only):
            raise StoreError(
                f"{self.path} is a DuckDB database but not a flashpoint store: "
                "give a store made by flashpoint or a new file name"
            )
        if not self.read_only:
            with self._transaction("the schema"):
                self._db.execute(schema_sql())
                self._db.execute(
                    "INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", [SCHEMA_VERSION]
                )
        self._check_version()

    def _check_version(self) -> None:
        found = self._db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
        version = str(found[0][0]) if found else None
        if version != SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has store schema version {version}, this flashpoint reads version "
                f"{SCHEMA_VERSION}: use the flashpoint release that wrote it, or a new store"
            )

    # -- writing --------------------------------------------------------------------------

    @contextmanager
    def _transaction(self, what: str) -> Iterator[None]:
        db = self._db
        db.begin()
        try:
            yield
        except (duckdb.Error, pa.ArrowException, TypeError, ValueError) as err:
            db.rollback()
            raise StoreError(
                f"cannot store {what}: {_first_line(err)}; nothing of it was stored"
            ) from None
        except BaseException:
            db.rollback()
            raise
        db.commit()

    def _arrow_schema(self, table: str, columns: Collection[str]) -> pa.Schema:
        if table not in self._schemas:
            empty = self._db.sql(f"SELECT * FROM {table} LIMIT 0").to_arrow_table()
            self._schemas[table] = empty.schema
        full = self._schemas[table]
        return pa.schema([full.field(name) for name in columns])

    def _insert(self, table: str, rows: Sequence[Row]) -> None:
        if not rows:
            return
        data = pa.Table.from_pylist(list(rows), schema=self._arrow_schema(table, rows[0].keys()))
        self._db.register(_ROWS_VIEW, data)
        try:
            self._db.execute(f"INSERT OR IGNORE INTO {table} BY NAME SELECT * FROM {_ROWS_VIEW}")
        finally:
            self._db.unregister(_ROWS_VIEW)

    def _record_input(self, input_key: str | None, kind: str, record_id: str) -> None:
        if input_key is not None:
            self._insert("inputs", [{"key": input_key, "kind": kind, "record_id": record_id}])

    def write(self, coded: Coded, *, input_key: str | None = None,
              story_state: bytes | None = None) -> bool:
        """Store one document: its article, events (grouped with earlier reports of the same
        happenings), mentions, quotes and dropped items, in one transaction.

        Returns False when the article (the same cleaned text) is already stored: then only the
        document is recorded, so copies of a story from several outlets still count.
        """
        self._writable()
        article = coded.article
        with self._transaction(f"article {article.id}"):
            self._insert("documents", [convert.document_row(article)])
            self._record_input(input_key, "article", article.id)
            if self._db.execute("SELECT 1 FROM articles WHERE id = ?", [article.id]).fetchall():
                return False
            self._insert("articles", [convert.flatten(article, convert.ARTICLE)])
            self._insert("removed", convert.removed_rows(article))
            self._insert("event_groups", assign_groups(self._db, coded.events, self.merge))
            self._insert("events", [convert.flatten(e, convert.EVENT) for e in coded.events])
            self._insert("mentions", [convert.flatten(m, convert.MENTION) for m in coded.mentions])
            self._insert("quotes", [convert.flatten(q, convert.QUOTE) for q in coded.quotes])
            self._insert("dropped", [convert.flatten(d, convert.DROPPED) for d in coded.dropped])
            if story_state is not None and article.story_id is not None:
                self._insert("story_index", [{"article_id": article.id,
                                              "story_id": article.story_id,
                                              "published": article.published,
                                              "state": story_state}])
        return True

    def story_rows(self) -> list[tuple[str, str, str | None, bytes]]:
        """(article id, story id, published, state) of every clustered article, oldest first."""
        rows = self._db.execute(
            "SELECT article_id, story_id, published, state FROM story_index "
            "ORDER BY published NULLS FIRST, article_id").fetchall()
        return [(str(a), str(s), p, bytes(b)) for a, s, p, b in rows]

    def write_dropped(self, item: Dropped, *, input_key: str | None = None) -> None:
        """Store a dropped input or item (once per id, stage and reason)."""
        self._writable()
        with self._transaction(f"dropped item {item.id}"):
            self._insert("dropped", [convert.flatten(item, convert.DROPPED)])
            self._record_input(input_key, "dropped", item.id)

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the store {self.path} is open read-only: open it without read_only")

    # -- resume ---------------------------------------------------------------------------

    def seen_input(self, input_key: str) -> bool:
        """Whether the input ``input_key`` was already stored (as an article or dropped item)."""
        return bool(self._db.execute("SELECT 1 FROM inputs WHERE key = ?", [input_key]).fetchall())

    def input_keys(self) -> set[str]:
        """All input keys already stored (one query, for skipping many inputs on a rerun)."""
        return {key for (key,) in self._db.execute("SELECT key FROM inputs").fetchall()}

    # -- reading --------------------------------------------------------------------------

    def _rows(self, query: str, params: Sequence[object] = ()) -> list[Row]:
        cursor = self._db.execute(query, list(params))
        names = [column[0] for column in cursor.description or ()]
        return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]

    def events(
        self,
        *,
        country: str | None = None,
        actor: str | None = None,
        root: str | None = None,
        code: str | None = None,
        since: str | None = None,
        until: str | None = None,
        modes: Collection[str] | None = DEFAULT_MODES,
        article_id: str | None = None,
        limit: int | None = None,
        merged: bool = True,
    ) -> list[Event]:
        """Events matching every filter given, by date, article and sentence.

        ``merged`` (the default): one event per real-world happening, with its counts over
        every document (``merged_events``); False: one per article (``events``).

        ``country``: source, target or location country. ``actor``: a prefix of the source or
        target code ("KAZ", "KAZGOV"). ``root``: the two-digit CAMEO root. ``code``: a prefix of
        the CAMEO code. ``since``/``until``: inclusive bounds on the event date, compared on as
        many characters as given ("2022-01" covers the month). ``modes``: None for all modes.
        """
        where, params = event_filters(
            country=country, actor=actor, root=root, code=code, since=since, until=until,
            modes=modes, article_id=article_id,
        )
        table = "merged_events" if merged else "events"
        query = f"SELECT * FROM {table} WHERE {where} ORDER BY {_ORDER['events']}"
        if limit is not None:
            query += f" LIMIT {int(limit)}"
        return [convert.event_from_row(row) for row in self._rows(query, params)]

    def mentions(self, *, event_id: str | None = None,
                 article_id: str | None = None) -> list[Mention]:
        """Mentions of a merged event (all its article-level events), or of an article."""
        clauses, params = ["TRUE"], []
        if event_id is not None:
            clauses.append("event_id IN (SELECT event_id FROM event_groups WHERE group_id = "
                           "(SELECT group_id FROM event_groups WHERE event_id = ?))")
            params.append(event_id)
        if article_id is not None:
            clauses.append("article_id = ?")
            params.append(article_id)
        query = f"SELECT * FROM mentions WHERE {' AND '.join(clauses)} ORDER BY "
        rows = self._rows(query + _ORDER["mentions"], params)
        return [convert.mention_from_row(row) for row in rows]

    def articles(self, *, limit: int | None = None) -> list[Article]:
        """Stored articles (with the pieces removed from them), by publication date and id."""
        query = f"SELECT * FROM articles ORDER BY {_ORDER['articles']}"
        if limit is not None:
            query += f" LIMIT {int(limit)}"
        rows = self._rows(query)
        removed: dict[str, list[Removed]] = {row["id"]: [] for row in rows}
        query = "SELECT * FROM removed WHERE list_contains(?, article_id)"
        for item in self._rows(f"{query} ORDER BY {_ORDER['removed']}", [list(removed)]):
            removed[item["article_id"]].append(convert.removed_from_row(item))
        return [convert.article_from_row(row, removed[row["id"]]) for row in rows]

    def quotes(self, *, article_id: str | None = None) -> list[Quote]:
        """Stored quotes (of one article if ``article_id`` is given)."""
        where, params = ("article_id = ?", [article_id]) if article_id is not None else ("TRUE", [])
        rows = self._rows(f"SELECT * FROM quotes WHERE {where} ORDER BY {_ORDER['quotes']}", params)
        return [convert.quote_from_row(row) for row in rows]

    def dropped(self) -> list[Dropped]:
        """Stored dropped inputs and items, oldest first."""
        rows = self._rows(f"SELECT * FROM dropped ORDER BY {_ORDER['dropped']}")
        return [convert.dropped_from_row(row) for row in rows]

    def stats(self) -> dict[str, int]:
        """Row counts per table."""
        counts = self._db.execute(
            "SELECT " + ", ".join(f"(SELECT count(*) FROM {table})" for table in TABLES)
        ).fetchall()[0]
        return {table: int(count) for table, count in zip(TABLES, counts, strict=True)}

    def export(self, table: str, path: str | Path) -> None:
        """Write one table to .parquet, .jsonl/.json or .csv (chosen by the file's suffix)."""
        formats = {".parquet": "(FORMAT parquet)", ".jsonl": "(FORMAT json)",
                   ".json": "(FORMAT json, ARRAY true)", ".csv": "(FORMAT csv, HEADER true)"}
        if table not in EXPORTABLE:
            raise StoreError(f"cannot export {table!r}: choose one of {', '.join(EXPORTABLE)}")
        option = formats.get(Path(path).suffix.lower())
        if option is None:
            raise StoreError(f"cannot export to {path}: use a .parquet, .jsonl, .json or .csv name")
        target = str(path).replace("'", "''")
        query = f"SELECT * EXCLUDE ({_GENERATED.get(table, 'x')}) FROM {table}"
        if table not in _GENERATED:
            query = f"SELECT * FROM {table}"
        try:
            self._db.execute(f"COPY ({query} ORDER BY {_ORDER[table]}) TO '{target}' {option}")
        except duckdb.Error as err:
            raise StoreError(f"cannot export {table} to {path}: {_first_line(err)}") from None

    def export_parquet(self, table: str, path: str | Path) -> None:
        """Write one table to a Parquet file (nested records as flat columns)."""
        self.export(table, Path(str(path)) if str(path).endswith(".parquet")
                    else Path(f"{path}.parquet"))

    def sql(
        self, query: str, params: Sequence[object] | Mapping[str, object] = ()
    ) -> list[tuple[Any, ...]]:
        """Run any SQL on the store and return its rows (for power users)."""
        bound: list[object] | dict[str, object] = (
            dict(params) if isinstance(params, Mapping) else list(params)
        )
        try:
            cursor = self._db.execute(query, bound)
            return cursor.fetchall() if cursor.description else []
        except duckdb.Error as err:
            raise StoreError(f"query failed: {_first_line(err)}") from None
