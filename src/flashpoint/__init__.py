"""flashpoint: raw news in, coded political events (who did what to whom, where, when) out.

The public API is what this module exports; the CLI is a thin layer over it.
"""

from flashpoint._version import __version__
from flashpoint.api import (
    IngestSummary,
    clean_paths,
    clean_text,
    code_paths,
    code_text,
    codebook_summary,
    explain,
    export,
    ingest,
    query_events,
    query_mentions,
)
from flashpoint.errors import FlashpointError
from flashpoint.records import Actor, Article, Coded, Dropped, Event, Place, Quote
from flashpoint.settings import Settings, load_settings

__all__ = [
    "Actor",
    "Article",
    "Coded",
    "Dropped",
    "Event",
    "FlashpointError",
    "IngestSummary",
    "Place",
    "Quote",
    "Settings",
    "__version__",
    "clean_paths",
    "clean_text",
    "code_paths",
    "code_text",
    "codebook_summary",
    "explain",
    "export",
    "ingest",
    "load_settings",
    "query_events",
    "query_mentions",
]
