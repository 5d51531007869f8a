"""`dipwatch demo`: the main job on the bundled sample, with nothing else to start."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.console import Console
from rich.progress import Progress

from dipwatch.cli.output import events_table


@click.command("demo")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("out/sample.jsonl"), show_default=True,
              help="Where to write the documents as JSONL.")
@click.option("--db", default="out/demo.db", show_default=True,
              help="SQLite file (or postgresql:// DSN) the sample is stored in.")
@click.option("--serve", "serve_after", is_flag=True,
              help="Then serve the web UI and REST API on the store (prints the URL).")
@click.option("--port", default=8000, show_default=True, help="Port for --serve.")
@click.option("--quiet", is_flag=True, help="No tables, only the summary line.")
def demo(out: Path, db: str, serve_after: bool, port: int, quiet: bool) -> None:
    """Extract events from the bundled sample articles: a table per article, the documents
    as JSONL, and every record stored in SQLite (re-running never duplicates).

    Example:

        dipwatch demo --serve
    """
    from dipwatch.pipeline import Pipeline
    from dipwatch.sample import sample_articles
    from dipwatch.store import Store

    console = Console()
    articles = sample_articles()
    out.parent.mkdir(parents=True, exist_ok=True)
    if "://" not in db:
        Path(db).parent.mkdir(parents=True, exist_ok=True)
    n_events = n_errors = 0
    with out.open("w", encoding="utf-8") as handle, Store(db) as store, \
            Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("extracting", total=len(articles))
        for article, doc in zip(articles, Pipeline().pipe(articles), strict=True):
            data = doc.to_dict()
            handle.write(json.dumps(data, ensure_ascii=False) + "\n")
            store.write_document(doc, article=article)
            n_events += len(data["events"])
            n_errors += len(data["errors"])
            if not quiet:
                progress.console.print(events_table(data))
            progress.advance(task)
    console.print(f"{len(articles)} articles, {n_events} events, {n_errors} errors -> "
                  f"{out} and {db}")
    if serve_after:
        from dipwatch.cli.store import serve

        click.get_current_context().invoke(serve, host="127.0.0.1", port=port,
                                           read_only=True, db=db)
