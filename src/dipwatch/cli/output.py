"""Shared output helpers for the CLI: JSON to stdout, readable tables to stderr."""

from __future__ import annotations

import json
from typing import Any

import click
from rich.console import Console
from rich.table import Table

STATUS_STYLE = {
    "occurred": "green", "ongoing": "bright_green", "scheduled": "cyan", "expected": "blue",
    "possible": "yellow", "hypothetical": "magenta", "denied": "red", "cancelled": "bright_red",
}


def write_json(data: Any, *, compact: bool = False) -> None:
    if compact:
        click.echo(json.dumps(data, ensure_ascii=False, sort_keys=False))
    else:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _names(actors: list[dict[str, Any]]) -> str:
    return ", ".join(a["name"] + (f" ({a['country']})" if a.get("country") else "")
                     for a in actors)


def events_table(document: dict[str, Any]) -> Table:
    table = Table(title=document.get("title") or document.get("id"), show_lines=False)
    for column in ("type/mode", "who", "with whom", "status", "when", "where", "claimed by"):
        table.add_column(column, overflow="fold")
    for event in document.get("events", []):
        status = event["status"] + (" (generic)" if event.get("generic") else "")
        time = event.get("time") or {}
        when = "–"
        if time.get("start"):
            when = time["start"] if time["start"] == time["end"] else \
                f"{time['start']}..{time['end']}"
        place = (event.get("place") or {}).get("name") or "–"
        claim = ((event.get("claim") or {}).get("by") or {}).get("name") or "(article)"
        kind = event["type"] + (f"/{event['mode']}" if event.get("mode") else "")
        table.add_row(kind, _names(event["actors"]), _names(event["recipients"]),
                      f"[{STATUS_STYLE.get(event['status'], 'white')}]{status}[/]", when,
                      place, claim)
    return table


def print_events_table(document: dict[str, Any], *, stderr: bool = True) -> None:
    Console(stderr=stderr).print(events_table(document))
