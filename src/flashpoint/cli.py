"""The command line: thin wrappers over ``flashpoint.api``. JSON on stdout, logs on stderr."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable
from functools import wraps
from typing import Any, TypeVar

import click

from flashpoint import api
from flashpoint._version import __version__
from flashpoint.errors import FlashpointError
from flashpoint.records import Article, Dropped, Event
from flashpoint.settings import Settings, load_settings

F = TypeVar("F", bound=Callable[..., Any])
FORMATS = click.Choice(["jsonl", "csv", "table"])
GUESS_HELP = ("Where no pattern fires, add a learned guess (low confidence, rule learned.tsv): "
              "more events found in sentences known to report one, more false ones elsewhere.")
CSV_FIELDS = ("id", "date", "date_precision", "source", "target", "cameo", "label", "mode",
              "quad_class", "goldstein", "plover", "location", "confidence", "trigger",
              "sentence_index", "rule", "num_mentions", "num_articles", "num_sources",
              "first_seen", "last_seen")


def friendly(func: F) -> F:
    """Turn FlashpointError into one `error: …` line and exit status 1."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except FlashpointError as err:
            raise click.ClickException(str(err)) from err

    return wrapper  # type: ignore[return-value]


def _settings(ctx: click.Context, **overrides: Any) -> Settings:
    config = ctx.obj.get("config") if ctx.obj else None
    return load_settings(config, **overrides)


def _actor_code(actor: Any) -> str:
    return actor.code if actor else ""


def _flat(event: Event) -> dict[str, Any]:
    row = event.to_dict()
    row["source"] = _actor_code(event.source)
    row["target"] = _actor_code(event.target)
    row["location"] = event.location.name if event.location else ""
    return {k: row[k] for k in CSV_FIELDS}


def emit_events(events: Iterable[Event], fmt: str) -> None:
    if fmt == "jsonl":
        for event in events:
            click.echo(json.dumps(event.to_dict(), ensure_ascii=False))
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=CSV_FIELDS)
        writer.writeheader()
        for event in events:
            writer.writerow(_flat(event))
    else:
        _table(list(events))


def _table(events: list[Event]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    for column in ("date", "source", "cameo", "target", "mode", "where", "trigger", "conf",
                   "told", "docs", "outlets"):
        table.add_column(column)
    for e in events:
        table.add_row(e.date or "", _actor_code(e.source), f"{e.cameo} {e.label}",
                      _actor_code(e.target), e.mode, e.location.name if e.location else "",
                      e.trigger, f"{e.confidence:.2f}", str(e.num_mentions),
                      str(e.num_articles), str(e.num_sources))
    Console(width=160).print(table)


def report_dropped(item: Dropped) -> None:
    click.echo(f"dropped {item.id}: {item.reason} ({item.detail})", err=True)


@click.group()
@click.version_option(__version__, prog_name="flashpoint")
@click.option("--config", type=click.Path(dir_okay=False), help="TOML settings file.")
@click.pass_context
def cli(ctx: click.Context, config: str | None) -> None:
    """flashpoint: raw news in, coded political events (CAMEO, PLOVER) out."""
    ctx.ensure_object(dict)
    ctx.obj["config"] = config


def main() -> None:
    cli(prog_name="flashpoint")


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", help="Publication date (YYYY-MM-DD) for inputs that lack one.")
@click.option("--format", "fmt", type=FORMATS, default="jsonl", show_default=True)
@click.option("--all-modes", is_flag=True, help="Also print negated, hypothetical, future.")
@click.option("--min-confidence", type=float, default=None)
@click.option("--guess", is_flag=True, help=GUESS_HELP)
@click.pass_context
@friendly
def code(ctx: click.Context, paths: tuple[str, ...], published: str | None, fmt: str,
         all_modes: bool, min_confidence: float | None, guess: bool) -> None:
    """Code files, folders, JSONL or '-' (stdin); print events, store nothing."""
    settings = _settings(ctx, published=_check_date(published), min_confidence=min_confidence,
                         include_all_modes=all_modes or None, guess_uncoded=guess or None)
    events: list[Event] = []
    for item in api.code_paths(paths, settings=settings, stdin=sys.stdin):
        if isinstance(item, Dropped):
            report_dropped(item)
        else:
            events.extend(e for e in item.events if api.visible(e, settings))
    emit_events(events, fmt)


def _check_date(value: str | None) -> str | None:
    from datetime import date

    if value is None:
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat() if len(value) >= 10 else \
            date.fromisoformat(value).isoformat()
    except ValueError as err:
        raise click.BadParameter(f"{value!r} is not a date like 2022-01-07") from err


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "text"]), default="json",
              show_default=True)
@click.pass_context
@friendly
def clean(ctx: click.Context, paths: tuple[str, ...], fmt: str) -> None:
    """Ingest + clean only: one Article per document (what was removed, and why)."""
    settings = _settings(ctx)
    for item in api.clean_paths(paths, settings=settings, stdin=sys.stdin):
        if isinstance(item, Dropped):
            report_dropped(item)
        elif fmt == "text":
            _print_article(item)
        else:
            indent = 2 if fmt == "json" else None
            click.echo(json.dumps(item.to_dict(), ensure_ascii=False, indent=indent))


def _print_article(article: Article) -> None:
    click.echo(f"# {article.title}\nsite: {article.site}  dateline: {article.dateline}  "
               f"id: {article.id}\n\n{article.text}\n")
    for removed in article.dropped:
        click.echo(f"- removed ({removed.reason}, {removed.chars} chars): {removed.text!r}")


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", required=True, type=click.Path(dir_okay=False), help="DuckDB file.")
@click.option("--published", help="Publication date for inputs that lack one.")
@click.option("--guess", is_flag=True, help=GUESS_HELP)
@click.pass_context
@friendly
def ingest(ctx: click.Context, paths: tuple[str, ...], db: str, published: str | None,
           guess: bool) -> None:
    """Run the pipeline and store articles, events, quotes and dropped items."""
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    settings = _settings(ctx, published=_check_date(published), guess_uncoded=guess or None)
    columns = (SpinnerColumn(), TextColumn("{task.completed} documents"), TimeElapsedColumn(),
               TextColumn("{task.description}"))
    with Progress(*columns, transient=True, console=_stderr()) as bar:
        task = bar.add_task("", total=None)
        summary = api.ingest(paths, db, settings=settings, stdin=sys.stdin,
                             progress=lambda s: bar.update(task, advance=1, description=s))
    reasons = ", ".join(f"{k}: {v}" for k, v in sorted(summary.reasons.items())) or "none"
    click.echo(f"stored {summary.articles} article(s), {summary.events} event(s), "
               f"{summary.quotes} quote(s) in {db}; {summary.already_stored} already stored, "
               f"{summary.skipped_inputs} input(s) skipped as done; dropped {summary.dropped} "
               f"({reasons})")


def _stderr() -> Any:
    from rich.console import Console

    return Console(stderr=True)


@cli.command()
@click.option("--db", required=True, type=click.Path(dir_okay=False))
@click.option("--country", help="ISO-3 code of the source, target or location.")
@click.option("--actor", help="Actor code prefix (KAZ, KAZGOV, IGOCSTO).")
@click.option("--root", help="Two-digit CAMEO root (14 = protest).")
@click.option("--since", help="First date (inclusive).")
@click.option("--until", help="Last date (inclusive).")
@click.option("--all-modes", is_flag=True, help="Include negated, hypothetical, future.")
@click.option("--limit", type=int)
@click.option("--per-article", is_flag=True, help="One row per article, not per happening.")
@click.option("--mentions", is_flag=True, help="Print every mention of the selected events.")
@click.option("--format", "fmt", type=FORMATS, default="jsonl", show_default=True)
@friendly
def events(db: str, country: str | None, actor: str | None, root: str | None,
           since: str | None, until: str | None, all_modes: bool, limit: int | None,
           per_article: bool, mentions: bool, fmt: str) -> None:
    """Query stored events: merged (each happening once, with its counts) by default."""
    found = api.query_events(db, country=country, actor=actor, root=root, since=since,
                             until=until, all_modes=all_modes, limit=limit,
                             merged=not per_article)
    if not mentions:
        emit_events(found, fmt)
        return
    for event in found:
        for mention in api.query_mentions(db, event_id=event.id):
            row = {"event_id": event.id, **mention.to_dict()}
            click.echo(json.dumps(row, ensure_ascii=False))


@cli.command()
@click.option("--db", required=True, type=click.Path(dir_okay=False))
@click.option("--table", default="merged_events", show_default=True,
              type=click.Choice(["merged_events", "events", "mentions", "articles",
                                 "documents", "quotes", "dropped", "removed"]))
@click.option("--out", required=True, type=click.Path(dir_okay=False),
              help="Output file: .parquet, .jsonl, .json or .csv.")
@friendly
def export(db: str, table: str, out: str) -> None:
    """Export a stored table (merged_events carries the mention, article and source counts)."""
    api.export(db, table, out)
    click.echo(f"wrote {table} to {out}")


@cli.command()
@click.argument("code")
@click.pass_context
@friendly
def explain(ctx: click.Context, code: str) -> None:
    """Explain a CAMEO code, PLOVER type, actor code or known name."""
    click.echo(api.explain(code, settings=_settings(ctx)))


@cli.command("eval")
@click.option("--shared", type=click.Path(file_okay=False), help="The eval folder "
              "(default: ../shared/eval beside the checkout).")
@click.option("--set", "sets", multiple=True, help="Only these sets (repeatable).")
@click.option("--json", "json_out", type=click.Path(dir_okay=False), help="Write figures here.")
@click.option("--check", is_flag=True, help="Fail (exit 1) when a figure is under its floor.")
@click.option("--raise-floors", is_flag=True, help="Lift floors to the figures measured now.")
@click.option("--lower-floor", multiple=True,
              help="KEY=VALUE: lower a floor (repeatable; needs --reason).")
@click.option("--reason", default="", help="Why a floor is lowered (goes into CHANGELOG.md).")
@click.option("--floors", type=click.Path(dir_okay=False), default="tests/eval/floors.json",
              show_default=True)
@click.option("--fit-confidence", "fit_out", type=click.Path(dir_okay=False),
              help="Fit the confidence model on the development halves and write it here "
              "(src/flashpoint/codebook/confidence.tsv to ship it); scores nothing.")
@click.pass_context
@friendly
def eval_cmd(ctx: click.Context, shared: str | None, sets: tuple[str, ...],
             json_out: str | None, check: bool, raise_floors: bool,
             lower_floor: tuple[str, ...], reason: str, floors: str,
             fit_out: str | None) -> None:
    """Score the pipeline on the gold sets in ../shared/eval (development and test halves)."""
    from pathlib import Path

    from flashpoint.evaluation import calibrate, gate, run

    if fit_out:
        n = calibrate.fit_confidence(run.shared_eval_dir(shared), _settings(ctx), Path(fit_out))
        click.echo(f"confidence model fitted on {n} development events: {fit_out}")
        return
    if lower_floor:
        for item in lower_floor:
            click.echo(gate.lower_floor(Path(floors), item, reason, Path("CHANGELOG.md")))
        return
    eval_dir = run.shared_eval_dir(shared)
    report = run.run_eval(eval_dir, _settings(ctx), sets or run.SETS)
    click.echo(run.format_report(report))
    hashes = run.gold_hashes(eval_dir)
    if json_out:
        Path(json_out).write_text(run.report_json(report, eval_dir), encoding="utf-8")
    if raise_floors:
        for line in gate.raise_floors(report, Path(floors), hashes):
            click.echo(f"floor raised: {line}")
    if check:
        problems = gate.check(report, gate.load_floors(Path(floors)), hashes)
        for line in problems:
            click.echo(f"FAIL {line}", err=True)
        if problems:
            raise SystemExit(1)


@cli.group()
def codebook() -> None:
    """Codebook tools."""


@codebook.command("check")
@click.pass_context
@friendly
def codebook_check(ctx: click.Context) -> None:
    """Load and validate every codebook file; print counts."""
    for line in api.codebook_summary(settings=_settings(ctx)):
        click.echo(line)


@codebook.command("import-petrarch")
@click.argument("out_dir", type=click.Path(file_okay=False))
@click.option("--actors", type=click.Path(dir_okay=False), help="PETRARCH actor dictionary.")
@click.option("--agents", type=click.Path(dir_okay=False), help="PETRARCH agent dictionary.")
@click.option("--verbs", type=click.Path(dir_okay=False), help="PETRARCH verb dictionary.")
@click.option("--standalone", is_flag=True,
              help="Code with these dictionaries alone (set shipped_codebook = false).")
@click.pass_context
@friendly
def codebook_import_petrarch(ctx: click.Context, out_dir: str, actors: str | None,
                             agents: str | None, verbs: str | None, standalone: bool) -> None:
    """Turn PETRARCH dictionaries into a codebook folder OUT_DIR; print what was kept."""
    summary = api.import_petrarch_dictionaries(out_dir, actors=actors, agents=agents,
                                               verbs=verbs, standalone=standalone,
                                               settings=_settings(ctx))
    click.echo(str(summary))
    use = "FLASHPOINT_CODEBOOK_DIRS=" + out_dir
    if standalone:
        use += " FLASHPOINT_SHIPPED_CODEBOOK=false"
    click.echo(f"code with it: {use} flashpoint code FILES")


if __name__ == "__main__":  # pragma: no cover
    main()
