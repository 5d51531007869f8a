"""`dipwatch eval actors`: actor resolution against the PLOVER gold-standard sentences.

For every gold actor and recipient mention (its text located in the sentence) the project's
resolver gives a country code and a sector; they are compared with the gold annotation
(CAMEO-style codes: the few legacy codes that differ from ISO-3 are mapped). Country P/R/F1
counts a mention the resolver leaves unresolved as a miss, a wrong code as both a false
positive and a miss. Sector accuracy is over mentions with a gold sector whose country was
right. This scores resolution given the mention, independent of event typing.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from dipwatch.stages.annotate.nlp import load_nlp
from dipwatch.stages.resolve.actors import ActorResolver

# CAMEO country codes that are not ISO-3 (CAMEO manual; the rest coincide).
CAMEO_TO_ISO = {"JAP": "JPN", "ITL": "ITA", "GMY": "DEU", "ROM": "ROU", "BUL": "BGR",
                "SWZ": "CHE", "SPN": "ESP", "UK": "GBR", "TAW": "TWN", "PRC": "CHN"}


# The gold codes every intergovernmental body IGO; dipwatch keeps PLOVER's finer codes.
IGO_FAMILY = {"IGO", "UNO", "EUR", "NATO", "AFR", "ASA", "WST"}


def _gold_mentions(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for field in ("actor", "recipient"):
        for item in record.get(field) or []:
            if isinstance(item, dict) and item.get("actorText"):
                yield item


def _read(path: Path) -> list[dict[str, Any]]:
    if path.is_dir():
        path = path / "dev.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def score_actors(path: str | Path) -> dict[str, Any]:
    """Country P/R/F1 and sector accuracy of resolved gold mentions (see module docstring)."""
    nlp = load_nlp()
    tp = fp = fn = 0
    sector_right = sector_total = 0
    mistakes: Counter[str] = Counter()
    for record in _read(Path(path)):
        doc = nlp(record["text"])
        resolver = ActorResolver(doc, on=None)
        for gold in _gold_mentions(record):
            code = CAMEO_TO_ISO.get(gold.get("code") or "", gold.get("code"))
            predicted = _resolve_text(doc, resolver, gold["actorText"])
            country = predicted.country if predicted else None
            if not code:
                continue
            if country == code or (code == "IGO" and country in IGO_FAMILY):
                tp += 1
                sector = (gold.get("sector") or "")[:3]
                if sector and sector != "***" and predicted is not None:
                    sector_total += 1
                    sector_right += predicted.sector == sector
            else:
                fn += 1
                fp += country is not None
                mistakes[f"{gold['actorText']!r}: gold {code} -> {country}"] += 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"country": {"precision": precision, "recall": recall, "f1": f1, "tp": tp,
                        "fp": fp, "fn": fn},
            "sector_accuracy": sector_right / sector_total if sector_total else 0.0,
            "sector_n": sector_total, "mistakes": mistakes.most_common(25)}


def _resolve_text(doc: Any, resolver: ActorResolver, text: str) -> Any:
    start = doc.text.find(text)
    if start < 0:
        start = doc.text.lower().find(text.lower())
    if start < 0:
        return None
    span = doc.char_span(start, start + len(text), alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    actors = resolver.resolve(span.root)
    return actors[0] if actors else None


@click.command("actors")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--json", "json_out", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the scores as JSON here.")
@click.option("--errors", is_flag=True, help="Print the most common mistakes.")
def actors_command(path: Path, json_out: Path | None, errors: bool) -> None:
    """Score actor resolution on the PLOVER gold sentences (country F1, sector accuracy).

    Example:

        dipwatch eval actors ../shared/eval/plover_gsr --json actors.json
    """
    scores = score_actors(path)
    table = Table(title="Actor resolution (PLOVER gold mentions)")
    for column in ("measure", "value"):
        table.add_column(column)
    c = scores["country"]
    for name in ("precision", "recall", "f1"):
        table.add_row(f"country {name}", f"{c[name]:.3f}")
    table.add_row("sector accuracy", f"{scores['sector_accuracy']:.3f} (n={scores['sector_n']})")
    console = Console()
    console.print(table)
    if errors:
        for mistake, count in scores["mistakes"]:
            console.print(f"{count:3d}  {mistake}")
    if json_out:
        json_out.write_text(json.dumps(scores, indent=2))
