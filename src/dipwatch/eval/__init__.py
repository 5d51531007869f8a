"""Scorers against the public gold sets (``dipwatch eval …``)."""

from __future__ import annotations

import json
from pathlib import Path

import click


def write_result(result: object, json_out: str | Path | None) -> None:
    """Write a scorer's result as sorted JSON to a file, or to stdout for "-"."""
    if not json_out:
        return
    text = json.dumps(result, indent=2, sort_keys=True)
    if str(json_out) == "-":
        click.echo(text)
    else:
        Path(json_out).write_text(text + "\n", encoding="utf-8")
