"""The event store (DuckDB): the only package that imports duckdb."""

from __future__ import annotations

from flashpoint.store.store import (
    DEFAULT_MODES,
    EXPORTABLE,
    SCHEMA_VERSION,
    TABLES,
    Store,
    schema_sql,
)

__all__ = ["DEFAULT_MODES", "EXPORTABLE", "SCHEMA_VERSION", "TABLES", "Store", "schema_sql"]
