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
@click.option("--quiet", is_flag=True, help="No tables, only the summary line.")
def demo(out: Path, quiet: bool) -> None:
    """Extract events from the bundled sample articles: a table per article, JSONL on disk.

    Example:

        dipwatch demo --out out/sample.jsonl
    """
    from dipwatch.pipeline import Pipeline
    from dipwatch.sample import sample_articles

    console = Console(stderr=False)
    articles = sample_articles()
    out.parent.mkdir(parents=True, exist_ok=True)
    n_events = n_errors = 0
    with out.open("w", encoding="utf-8") as handle, Progress(console=Console(stderr=True),
                                                           transient=True) as progress:
        task = progress.add_task("extracting", total=len(articles))
        for doc in Pipeline().pipe(articles):
            data = doc.to_dict()
            handle.write(json.dumps(data, ensure_ascii=False) + "\n")
            n_events += len(data["events"])
            n_errors += len(data["errors"])
            if not quiet:
                progress.console.print(events_table(data))
            progress.advance(task)
    console.print(f"{len(articles)} articles, {n_events} events, {n_errors} errors -> {out}")
