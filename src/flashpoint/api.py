"""The public Python API. The CLI (and later the web app) only call what is here."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from flashpoint.codebook import load_codebook
from flashpoint.errors import InputError, SettingsError
from flashpoint.explain import explain_code
from flashpoint.pipeline import Tools, articles, code_documents
from flashpoint.records import (
    COUNTED_MODES,
    Article,
    Coded,
    Dropped,
    Event,
    Mention,
    RawDocument,
)
from flashpoint.settings import Settings, load_settings
from flashpoint.stages import ingest as ingest_stage
from flashpoint.stages.clean import clean_text as _clean

if TYPE_CHECKING:
    from flashpoint.codebook.import_petrarch import ImportSummary
    from flashpoint.stages.stories import StoryIndex
    from flashpoint.store import Store
    from flashpoint.store.grouping import MergeRule


def _settings(settings: Settings | None, **overrides: object) -> Settings:
    base = settings or load_settings()
    changes = {k: v for k, v in overrides.items() if v is not None}
    return base.replace(**changes) if changes else base


def clean_text(text: str, *, title: str | None = None, published: str | None = None,
               settings: Settings | None = None) -> Article | Dropped:
    """Clean one document's text: boilerplate, repeated blocks, title and dateline."""
    s = _settings(settings)
    return _clean(text, source="<text>", title=title, published=published, settings=s)


def clean_paths(paths: Sequence[str], *, settings: Settings | None = None,
                stdin: TextIO | None = None) -> Iterator[Article | Dropped]:
    """Ingest + clean files, folders, JSONL or '-' (stdin)."""
    s = _settings(settings)
    yield from articles(ingest_stage.read_inputs(paths, s, stdin=stdin), s)


def visible(event: Event, settings: Settings) -> bool:
    if event.confidence < settings.min_confidence:
        return False
    return settings.include_all_modes or event.mode in COUNTED_MODES


def code_text(text: str, *, published: str | None = None, title: str | None = None,
              settings: Settings | None = None) -> list[Event]:
    """Code one text, however short; returns asserted and reported events (all modes if the
    settings say so)."""
    s = _settings(settings, published=published, min_chars=1)
    raw = RawDocument(source="<text>", text=text, title=title, published=s.published)
    out: list[Event] = []
    for item in code_documents(articles([raw], s), Tools.build(s)):
        if isinstance(item, Coded):
            out.extend(e for e in item.events if visible(e, s))
    return out


def code_paths(paths: Sequence[str], *, settings: Settings | None = None,
               stdin: TextIO | None = None) -> Iterator[Coded | Dropped]:
    """Run the whole pipeline over inputs; yields one Coded per article, or Dropped."""
    s = _settings(settings)
    tools = Tools.build(s)
    yield from code_documents(clean_paths(paths, settings=s, stdin=stdin), tools)


@dataclass(slots=True)
class IngestSummary:
    articles: int = 0
    already_stored: int = 0
    skipped_inputs: int = 0
    events: int = 0
    quotes: int = 0
    dropped: int = 0
    reasons: dict[str, int] = field(default_factory=dict)


def input_key(raw: RawDocument) -> str:
    """What identifies an input for resume: its source, and size+mtime for files."""
    path = Path(raw.source.split("#L")[0])
    stamp = ""
    if raw.source != "-" and path.is_file():
        info = os.stat(path)
        stamp = f"{info.st_size}:{info.st_mtime_ns}"
    return hashlib.sha256(f"{raw.source}|{stamp}".encode()).hexdigest()[:24]


def ingest(paths: Sequence[str], db: str | Path, *, settings: Settings | None = None,
           stdin: TextIO | None = None,
           progress: Callable[[str], None] | None = None) -> IngestSummary:
    """Code inputs and store them in a DuckDB file; reruns skip inputs already stored.

    Each document is stored in its own transaction, so a crash loses nothing already stored.
    Articles join stories (near-duplicates, syndicated copies, other outlets' reports of the
    same story) and their events join earlier reports of the same happenings.
    """
    from flashpoint.store import Store

    s = _settings(settings)
    summary = IngestSummary()
    keys: dict[str, str] = {}
    with Store(db, merge=merge_rule(s)) as store:
        stories = _story_index(store, s)
        fresh = _fresh(ingest_stage.read_inputs(paths, s, stdin=stdin), store, keys, summary)
        for item in code_documents(articles(fresh, s), Tools.build(s)):
            source = item.article.source if isinstance(item, Coded) else item.id
            _store_one(store, item, keys.get(source), summary, stories)
            if progress is not None:
                progress(source)
    return summary


def merge_rule(settings: Settings) -> MergeRule:
    from flashpoint.store.grouping import MergeRule

    if settings.merge_rule not in ("story", "acled"):
        raise SettingsError(f"merge_rule must be 'story' or 'acled', not {settings.merge_rule!r}")
    return MergeRule(settings.merge_rule, settings.merge_window_days)


def _story_index(store: Store, settings: Settings) -> StoryIndex:
    from flashpoint.stages.stories import StoryConfig, StoryIndex

    config = StoryConfig(near_threshold=settings.story_near_threshold)
    return StoryIndex.restore(config, store.story_rows())


def with_story(coded: Coded, story_id: str) -> Coded:
    """The coded article with its story id on the article and on each of its events."""
    events = tuple(replace(e, story_id=story_id) for e in coded.events)
    return replace(coded, article=replace(coded.article, story_id=story_id), events=events)


def _fresh(raws: Iterable[RawDocument | Dropped], store: Store, keys: dict[str, str],
           summary: IngestSummary) -> Iterator[RawDocument | Dropped]:
    for raw in raws:
        if isinstance(raw, RawDocument):
            key = input_key(raw)
            if store.seen_input(key):
                summary.skipped_inputs += 1
                continue
            keys[raw.source] = key
        yield raw


def _store_one(store: Store, item: Coded | Dropped, key: str | None,
               summary: IngestSummary, stories: StoryIndex) -> None:
    if isinstance(item, Dropped):
        store.write_dropped(item, input_key=key)
        summary.dropped += 1
        summary.reasons[item.reason] = summary.reasons.get(item.reason, 0) + 1
        return
    item = with_story(item, stories.assign(item.article))
    if store.write(item, input_key=key, story_state=stories.state(item.article.id)):
        summary.articles += 1
        summary.events += len(item.events)
        summary.quotes += len(item.quotes)
    else:
        summary.already_stored += 1


def explain(code: str, *, settings: Settings | None = None) -> str:
    """What a CAMEO code, PLOVER type or actor code means, and where the codebook says so."""
    s = _settings(settings)
    return explain_code(code, load_codebook(s.codebook_dirs, shipped=s.shipped_codebook))


def query_events(db: str | Path, *, country: str | None = None, actor: str | None = None,
                 root: str | None = None, since: str | None = None, until: str | None = None,
                 all_modes: bool = False, limit: int | None = None,
                 merged: bool = True) -> list[Event]:
    """Events from a store, filtered; asserted and reported only unless ``all_modes``.

    ``merged`` (default): each real-world happening once, with ``num_mentions``,
    ``num_articles``, ``num_sources``, ``first_seen``, ``last_seen``; False: per article.
    """
    from flashpoint.store import Store

    with Store(db, read_only=True) as store:
        return store.events(country=country, actor=actor, root=root, since=since, until=until,
                            modes=None if all_modes else tuple(sorted(COUNTED_MODES)),
                            limit=limit, merged=merged)


def query_mentions(db: str | Path, *, event_id: str | None = None,
                   article_id: str | None = None) -> list[Mention]:
    """Every telling of a merged event (or of the events of one article)."""
    from flashpoint.store import Store

    with Store(db, read_only=True) as store:
        return store.mentions(event_id=event_id, article_id=article_id)


def export(db: str | Path, table: str, path: str | Path) -> None:
    """Export a stored table (``merged_events`` has the counts) to .parquet, .jsonl or .csv."""
    from flashpoint.store import Store

    with Store(db, read_only=True) as store:
        store.export(table, path)


def import_petrarch_dictionaries(out_dir: str | Path, *, actors: str | Path | None = None,
                                 agents: str | Path | None = None,
                                 verbs: str | Path | None = None, standalone: bool = False,
                                 settings: Settings | None = None) -> ImportSummary:
    """Write a codebook folder from PETRARCH-format dictionaries (any of the three).

    Use the folder by adding it to ``codebook_dirs``; with ``standalone`` it is meant to be
    used alone (``shipped_codebook = false``). The folder is loaded once to validate it.
    """
    from flashpoint.codebook.import_petrarch import import_petrarch

    given = {"actors": actors, "agents": agents, "verbs": verbs}
    if not any(given.values()):
        raise InputError("nothing to import: give --actors, --agents and/or --verbs")
    for kind, path in given.items():
        if path is not None and not Path(path).is_file():
            raise InputError(f"{kind} dictionary {path} is not a file; check the path")
    s = _settings(settings)
    paths = [Path(p) if p else None for p in given.values()]
    summary = import_petrarch(paths[0], paths[1], paths[2], Path(out_dir), model=s.model,
                              standalone=standalone)
    if summary.rows == 0:
        raise InputError(f"nothing in {', '.join(str(p) for p in paths if p)} could be "
                         f"imported: are these PETRARCH dictionaries? {summary}")
    load_codebook((str(out_dir),), shipped=not standalone)
    return summary


def codebook_summary(*, settings: Settings | None = None) -> list[str]:
    """Load and validate the codebook; one line per part with its size."""
    s = _settings(settings)
    book = load_codebook(s.codebook_dirs, shipped=s.shipped_codebook)
    patterns = sum(len(v) for v in book.verbs.values())
    roots = sorted({p.code[:2] for v in book.verbs.values() for p in v if not p.codes_nothing})
    return [f"codebook version {book.version}: valid",
            f"  CAMEO codes: {len(book.cameo)}", f"  countries: {len(book.countries)}",
            f"  organizations: {len(book.organizations)}", f"  sector words: {len(book.sectors)}",
            f"  people: {len(book.people)} ({sum(len(r) for r in book.people.values())} roles)",
            f"  verb patterns: {patterns} covering roots {' '.join(roots)}",
            f"  names indexed: {len(book.names)}",
            f"  confidence model: {len(book.confidence.weights)} weights "
            f"(`flashpoint explain confidence`)"]
