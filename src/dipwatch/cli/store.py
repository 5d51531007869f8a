"""Store commands: ingest, events, timeline, export, serve.

Each command parses its options, calls one library function and formats the result. Data goes
to stdout; progress, summaries and errors go to stderr.
"""

from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from dipwatch.errors import DipwatchError
from dipwatch.store import EventFilter, Store
from dipwatch.store.export import export_events, write_csv

_ERR = Console(stderr=True)
STATUS_STYLE = {
    "occurred": "green", "ongoing": "bright_green", "scheduled": "blue", "expected": "cyan",
    "possible": "yellow", "hypothetical": "magenta", "denied": "red", "cancelled": "bright_red",
}


class _UsageFailure(click.ClickException):
    """Bad options or values (exit 2, the CLI convention for usage errors)."""

    exit_code = 2


class _FatalFailure(click.ClickException):
    """Nothing could be done (exit 3)."""

    exit_code = 3


def _guard(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn dipwatch errors into one-line messages with the right exit code."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except DipwatchError as e:
            usage = str(e.code).startswith("E6")
            raise (_UsageFailure if usage else _FatalFailure)(str(e)) from e

    return wrapper


def _db_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--db", default="dipwatch.db", envvar="DIPWATCH_DB", show_default=True,
        help="SQLite file or postgresql:// DSN (env DIPWATCH_DB).",
    )(func)


_FILTERS = (
    click.option("--actor", help="Actor name substring, or a country code like RUS."),
    click.option("--dyad", nargs=2, help="Two actors, either direction: --dyad Putin Choe."),
    click.option("--claimed-by", help="Source of the claim (name substring or country code)."),
    click.option("--type", "types", multiple=True, help="Event type (repeatable), e.g. CONSULT."),
    click.option("--mode", "modes", multiple=True, help="Event mode (repeatable), e.g. visit."),
    click.option("--status", "statuses", multiple=True,
                 help="Status (repeatable or comma-separated): occurred, denied, ..."),
    click.option("--country", help="ISO-3 country of the event's place."),
    click.option("--place", help="Place name substring."),
    click.option("--since", help="Events whose time overlaps from this date (YYYY[-MM[-DD]])."),
    click.option("--until", help="... up to this date."),
    click.option("--text", help="Substring of the evidence sentence."),
    click.option("--generic/--specific", default=None, help="Only generic / only specific."),
)


def _filter_options(func: Callable[..., Any]) -> Callable[..., Any]:
    for option in reversed(_FILTERS):
        func = option(func)
    return func


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())


def _filter(kw: dict[str, Any]) -> EventFilter:
    return EventFilter(
        actor=kw["actor"], dyad=tuple(kw["dyad"]) if kw["dyad"] else None,
        claimed_by=kw["claimed_by"], types=_split(kw["types"]), modes=_split(kw["modes"]),
        statuses=_split(kw["statuses"]), country=kw["country"], place=kw["place"],
        since=kw["since"], until=kw["until"], text=kw["text"], generic=kw["generic"],
    )


def _names(actors: list[dict[str, Any]]) -> str:
    return ", ".join(a["name"] + (f" ({a['country']})" if a.get("country") else "")
                     for a in actors)


def _table(events: list[dict[str, Any]], title: str | None = None) -> Table:
    table = Table(title=title, show_lines=False)
    for column in ("when", "status", "type", "actors → recipients", "place", "claimed by", "id"):
        table.add_column(column, overflow="fold")
    for e in events:
        time, place, claim = e.get("time") or {}, e.get("place") or {}, e.get("claim") or {}
        when = time.get("start") or "—"
        if time.get("end") and time["end"] != time.get("start"):
            when += f"..{time['end']}"
        kind = e["type"] + (f"/{e['mode']}" if e.get("mode") else "")
        table.add_row(
            when, Text(e["status"], style=STATUS_STYLE.get(e["status"], "")),
            kind + (" (generic)" if e.get("generic") else ""),
            f"{_names(e['actors'])} → {_names(e['recipients'])}"
            if e["actors"] or e["recipients"] else "(not stated)",
            place.get("name") or "", ((claim.get("by") or {}).get("name")) or "(article)",
            e["id"],
        )
    return table


def _emit(events: list[dict[str, Any]], fmt: str, nxt: str | None, title: str | None) -> None:
    if fmt == "json":
        click.echo(json.dumps({"events": events, "next": nxt}, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        write_csv(events, sys.stdout)
    else:
        # Piped output gets a wide table rather than rich's 80-column default, so names
        # stay on one line for grep.
        Console(width=None if sys.stdout.isatty() else 200).print(_table(events, title))
        if nxt:
            _ERR.print(f"more: --cursor {nxt}")


@click.command()
@_filter_options
@click.option("--limit", type=click.IntRange(1, 10_000), default=100, show_default=True)
@click.option("--cursor", help="Continue after a previous page (printed at its end).")
@click.option("--desc", is_flag=True, help="Newest first.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table")
@_db_option
@_guard
def events(limit: int, cursor: str | None, desc: bool, fmt: str, db: str, **kw: Any) -> None:
    """List stored events matching the filters.

    Example:

        dipwatch events --status denied --actor Putin --since 2024-09-01
    """
    with Store(db) as store:
        page = store.events(_filter(kw), limit=limit, cursor=cursor, descending=desc)
    _emit(page.items, fmt, page.next, None)


@click.command()
@click.argument("first")
@click.argument("second", required=False)
@click.option("--limit", type=click.IntRange(1, 10_000), default=1000, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table")
@_db_option
@_guard
def timeline(first: str, second: str | None, limit: int, fmt: str, db: str) -> None:
    """Events of one actor, or of a dyad in either direction, oldest first.

    Example:

        dipwatch timeline Putin "Choe Son Hui"      # or by country: dipwatch timeline RUS PRK
    """
    with Store(db) as store:
        items = store.timeline(first, second, limit=limit)
    _emit(items, fmt, None, f"{first} ↔ {second}" if second else first)


@click.command()
@_filter_options
@click.option("--format", "fmt", required=True,
              help="jsonl | csv | parquet | plover (PLOVER records; denied events dropped) | "
                   "cameo (one CSV row per CAMEO triple).")
@click.option("--output", "-o", default="-", show_default=True,
              help="Output file; '-' is stdout (not for parquet).")
@_db_option
@_guard
def export(fmt: str, output: str, db: str, **kw: Any) -> None:
    """Export stored events.

    Example:

        dipwatch export --format parquet -o events.parquet --status occurred
    """
    with Store(db) as store:
        if output == "-":
            n = export_events(store, fmt, out=sys.stdout, flt=_filter(kw))
        else:
            n = export_events(store, fmt, path=Path(output), flt=_filter(kw))
    unit = {"plover": "PLOVER records", "cameo": "CAMEO triples"}.get(fmt, "events")
    _ERR.print(f"exported {n} {unit} ({fmt})")


class _RateColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} art/s" if speed else "- art/s", style="cyan")


def _summary(stats: Any, db: str) -> None:
    rate = stats.stored / stats.elapsed if stats.elapsed else 0.0
    _ERR.print(
        f"ingest: {stats.seen} inputs, {stats.stored} stored, {stats.skipped} already stored, "
        f"{stats.rejected} rejected, {stats.events} events in {stats.elapsed:.1f} s "
        "(model load included) "
        f"({rate:.1f} articles/s) → {db}"
    )
    if stats.rejected:
        _ERR.print("rejections are stored in the `rejections` table", style="yellow")


@click.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--published", help="Publication date (YYYY-MM-DD) for inputs without one.")
@click.option("--jsonl", is_flag=True, help="Read every source as JSONL.")
@click.option("--workers", type=click.IntRange(1), default=os.cpu_count() or 1,
              show_default=True, help="Worker processes, each loading the model once.")
@click.option("--pipeline", hidden=True, help="module:callable building the pipeline.")
@_db_option
@_guard
def ingest(sources: tuple[str, ...], published: str | None, jsonl: bool, workers: int,
           pipeline: str | None, db: str) -> None:
    """Extract events from files, folders, JSONL or stdin into the store (resumable).

    Articles already in the store are skipped, so re-running after an interruption finishes
    the rest. Exit code 1 when some inputs were rejected (they are stored too).

    Example:

        dipwatch ingest news/ --published 2024-09-18 --db dipwatch.db
    """
    from dipwatch.stages.ingest.sources import iter_articles
    from dipwatch.store.ingest import ingest as run_ingest
    from dipwatch.store.ingest import load_factory

    try:
        load_factory(pipeline)  # fail before reading any input when the pipeline is missing
    except (ImportError, AttributeError) as e:
        raise _FatalFailure(f"cannot load the extraction pipeline: {e}") from e
    columns = (TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), _RateColumn(),
               TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn())
    with Store(db) as store, Progress(*columns, console=_ERR, transient=False) as bar:
        task = bar.add_task("ingest", total=None)
        stats = run_ingest(
            store, iter_articles(list(sources), published=published, jsonl=jsonl),
            workers=workers, pipeline=pipeline,
            on_start=lambda n: bar.update(task, total=n),
            on_result=lambda s: bar.update(task, completed=s.processed),
        )
    _summary(stats, db)
    sys.exit(1 if stats.rejected else (3 if stats.seen == 0 else 0))


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--read-only", is_flag=True, help="Disable every write endpoint.")
@_db_option
@_guard
def serve(host: str, port: int, read_only: bool, db: str) -> None:
    """Serve the REST API (OpenAPI at /docs) and the web UI.

    Writes (POST /api/articles) need the bearer token in env DIPWATCH_TOKEN; without it they
    are disabled.

    Example:

        dipwatch serve --db dipwatch.db --port 8000
    """
    import uvicorn

    from dipwatch.api.app import create_app

    app = create_app(db, read_only=read_only, token=os.environ.get("DIPWATCH_TOKEN"))
    _ERR.print(f"dipwatch: serving http://{host}:{port}/ (API docs at /docs; db {db})")
    uvicorn.run(app, host=host, port=port, log_level="warning")
