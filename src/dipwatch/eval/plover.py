"""PLOVER scorer on the PLOVER gold-standard sentences (shared/eval/plover_gsr/dev.jsonl).

Each line is one sentence with one gold event: `event_current_guess` (the type under the
current 16-type ontology; the older `event_v05` names are mapped when it is missing) and
`mode_current_guess` (older mode names are mapped to the ontology's through
`plover_lexicon.MODE_ALIASES`). The sentence runs through the whole pipeline; its events go
through the PLOVER export conventions (`export.plover.plover_type`), and the sentence's
*main* event is the one whose trigger stands highest in the parse (fewest steps to the root;
the earlier one on ties): in "X said it would release Y" that is the release, in "X demanded
that Y resign" the demand.

Reported on a tuning part and a held-apart part (by a hash of the id, one in two), and
together: type accuracy (a sentence without event counts as wrong), macro-F1 over the gold
types, mode accuracy on the sentences whose type is right and whose gold gives a mode (the
older gold leaves modes of REQUEST, REJECT and others empty: "not coded", not "no mode";
`mode_agreement_all` counts those too), the no-event rate, and a confusion matrix (gold rows,
predicted columns, "NONE" = no event).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from dipwatch.eval import write_result
from dipwatch.export.plover import plover_type
from dipwatch.stages.extract.plover_lexicon import MODE_ALIASES

logger = logging.getLogger(__name__)

NONE = "NONE"
_OLD_TYPES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
              "FIGHT": "ASSAULT"}


@dataclass(frozen=True, slots=True, kw_only=True)
class Coded:
    """The main event of one sentence: PLOVER type and mode (NONE/None when no event)."""

    type: str
    mode: str | None
    trigger: str | None = None


def held_apart(item_id: str) -> bool:
    """Whether an item belongs to the held-apart part (one in two, by a salted hash)."""
    return hashlib.sha256(f"dipwatch-split:{item_id}".encode()).digest()[0] % 2 == 1


def fold_of(item_id: str, k: int) -> int:
    """The cross-validation fold (0..k-1) of an item, by a salted hash independent of the
    tuning/held-apart split."""
    return int.from_bytes(hashlib.sha256(f"dipwatch-fold:{item_id}".encode()).digest()[:4],
                          "big") % k


def cross_validate(pairs: Sequence[tuple[dict[str, Any], Coded]], k: int = 5) -> dict[str, Any]:
    """Type accuracy and macro-F1 per fold, with their mean and (population) spread.

    The rules are not fitted per fold, so for them a fold is a sample of unseen-like items and
    the spread says how much a figure moves between samples of this size; a learned typer is
    scored here on the fold it was not trained on.
    """
    folds = [metrics([x for x in pairs if fold_of(x[0]["id"], k) == f]) for f in range(k)]
    out: dict[str, Any] = {"k": k, "n_per_fold": [m["n"] for m in folds]}
    for key in ("type_accuracy", "macro_f1"):
        values = [m.get(key, 0.0) for m in folds]
        mean = sum(values) / k
        out[key] = {"per_fold": values, "mean": round(mean, 3),
                    "sd": round((sum((v - mean) ** 2 for v in values) / k) ** 0.5, 3)}
    return out


def error_triples(pairs: Sequence[tuple[dict[str, Any], Coded]],
                  top: int = 25) -> list[tuple[str, str, str, int]]:
    """The most frequent wrong (gold type, predicted type, trigger word) triples: categories of
    error counted over a set, not single items."""
    counts = Counter((g["type"], p.type, (p.trigger or "-").lower())
                     for g, p in pairs if g["type"] != p.type)
    return [(*key, n) for key, n in counts.most_common(top)]


def norm_mode(mode: str | None) -> str | None:
    """A gold or crosswalk mode under the ontology's name (None when it has no equivalent)."""
    if not mode:
        return None
    return MODE_ALIASES.get(mode, mode)


def _depth(doc: Any, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None:
        return 99
    token, depth = span[0], 0
    while token.head.i != token.i and depth < 50:
        token, depth = token.head, depth + 1
    return depth


def code_sentences(texts: Sequence[str], published: Sequence[str | None] | None = None,
                   *, model: str | None = None) -> list[list[tuple[int, dict[str, Any]]]]:
    """Each sentence's events as (depth of the trigger in the parse, serialised event),
    shallowest first."""
    from dipwatch.model.records import Article
    from dipwatch.pipeline import Pipeline

    pipeline = Pipeline(model=model, layers=("events", "quotes", "times", "places"),
                        on_error="quarantine", check_language=False)
    # A line without final punctuation reads as a headline, which the pipeline skips; these
    # are sentences of running text.
    texts = [t if t.rstrip()[-1:] in {".", "!", "?", '"', "'"} else t.rstrip() + "."
             for t in texts]
    dates = list(published) if published is not None else [None] * len(texts)
    articles = [Article(id=f"s{i}", text=t, published=d) for i, (t, d) in
                enumerate(zip(texts, dates, strict=True))]
    docs = list(pipeline.nlp.pipe(texts, batch_size=32))
    out = []
    for document, parsed in zip(pipeline.pipe(articles), docs, strict=True):
        events = [e.to_dict() for e in document.events]
        ranked = sorted(((_depth(parsed, e["evidence"]["trigger"]["start"]), e)
                         for e in events), key=lambda p: (p[0], p[1]["evidence"]["trigger"]
                                                          ["start"]))
        out.append(ranked)
    return out


def main_event(ranked: list[tuple[int, dict[str, Any]]], published: str | None = None) -> Coded:
    """The shallowest event PLOVER codes (see module docstring)."""
    for _depth_, event in ranked:
        coded = plover_type(event, published)
        if coded is not None:
            return Coded(type=coded[0], mode=coded[1],
                         trigger=event["evidence"]["trigger"]["text"])
    return Coded(type=NONE, mode=None)


def read_gold(path: str | Path) -> list[dict[str, Any]]:
    rows = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        type_ = item.get("event_current_guess") or _OLD_TYPES.get(item["event_v05"],
                                                                  item["event_v05"])
        mode = item.get("mode_current_guess") if "event_current_guess" in item \
            else item.get("mode")
        if type_ == "ACCUSE" and mode is None and item.get("event_v05") in {
                "DISAPPROVE", "INVESTIGATE"}:
            mode = item["event_v05"].lower()
        rows.append({"id": item["id"], "text": item["text"], "type": type_,
                     "mode": norm_mode(mode)})
    return rows


def _share(flags: Sequence[bool]) -> float:
    return round(sum(flags) / len(flags), 3) if flags else 0.0


def metrics(pairs: Sequence[tuple[dict[str, Any], Coded]]) -> dict[str, Any]:
    """Type accuracy, macro-F1 over gold types, mode accuracy, no-event rate, confusion."""
    n = len(pairs)
    if n == 0:
        return {"n": 0}
    right = [(g, p) for g, p in pairs if g["type"] == p.type]
    f1s = {}
    for type_ in sorted({g["type"] for g, _ in pairs}):
        tp = sum(1 for g, p in pairs if g["type"] == type_ and p.type == type_)
        fp = sum(1 for g, p in pairs if g["type"] != type_ and p.type == type_)
        fn = sum(1 for g, p in pairs if g["type"] == type_ and p.type != type_)
        f1s[type_] = round(2 * tp / (2 * tp + fp + fn), 3) if tp + fp + fn else 0.0
    confusion: dict[str, Counter[str]] = {}
    for g, p in pairs:
        confusion.setdefault(g["type"], Counter())[p.type] += 1
    return {
        "n": n,
        "type_accuracy": round(len(right) / n, 3),
        "macro_f1": round(sum(f1s.values()) / len(f1s), 3),
        "mode_accuracy": _share([g["mode"] == p.mode for g, p in right if g["mode"]]),
        "mode_n": sum(1 for g, _ in right if g["mode"]),
        "mode_agreement_all": _share([g["mode"] == p.mode for g, p in right]),
        "no_event_rate": round(sum(1 for _, p in pairs if p.type == NONE) / n, 3),
        "f1_per_type": f1s,
        "confusion": {g: dict(sorted(c.items())) for g, c in sorted(confusion.items())},
    }


def score_plover(path: str | Path, *, model: str | None = None, folds: int = 5
                 ) -> dict[str, Any]:
    """Score the pipeline on a PLOVER gold file; returns the figures per part, k-fold figures
    and the counted error categories."""
    gold = read_gold(path)
    ranked = code_sentences([g["text"] for g in gold], model=model)
    pairs = [(g, main_event(r)) for g, r in zip(gold, ranked, strict=True)]
    errors = [{"id": g["id"], "gold": f"{g['type']}/{g['mode']}",
               "predicted": f"{p.type}/{p.mode}", "trigger": p.trigger,
               "part": "held-apart" if held_apart(g["id"]) else "tuning"}
              for g, p in pairs if (g["type"], g["mode"]) != (p.type, p.mode)]
    return {
        "tuning": metrics([x for x in pairs if not held_apart(x[0]["id"])]),
        "held_apart": metrics([x for x in pairs if held_apart(x[0]["id"])]),
        "all": metrics(pairs),
        "cv": cross_validate(pairs, folds),
        "error_triples": error_triples(pairs),
        "errors": errors,
    }


def print_confusion(confusion: dict[str, dict[str, int]]) -> None:
    """Gold rows, predicted columns."""
    columns = sorted({p for row in confusion.values() for p in row})
    width = max(len(c) for c in columns + list(confusion)) + 1
    click.echo(" " * width + "".join(c[:4].rjust(5) for c in columns))
    for gold, row in confusion.items():
        click.echo(gold.ljust(width) + "".join(str(row.get(c, "")).rjust(5) for c in columns))


@click.command("plover")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "json_out", metavar="OUT", help="Also write the figures as JSON "
              "('-' = stdout).")
@click.option("--errors", "show_errors", is_flag=True, help="List the mis-coded sentences.")
@click.option("--model", default=None, help="spaCy model package or path.")
@click.option("--folds", default=5, show_default=True, help="k of the k-fold figures.")
@click.option("--triples", "show_triples", is_flag=True,
              help="List the most frequent wrong (gold, predicted, trigger) triples.")
def plover_command(path: str, json_out: str | None, show_errors: bool,
                   model: str | None, folds: int, show_triples: bool) -> None:
    """Score PLOVER event typing on a gold file (type accuracy, macro-F1, mode accuracy).

    Example:

        dipwatch eval plover ../shared/eval/plover_gsr/dev.jsonl --json plover.json
    """
    result = score_plover(path, model=model, folds=folds)
    for part in ("tuning", "held_apart", "all"):
        m = result[part]
        click.echo(f"{part:<11} n={m['n']:<4} type_acc={m['type_accuracy']:.3f} "
                   f"macro_f1={m['macro_f1']:.3f} mode_acc={m['mode_accuracy']:.3f} "
                   f"(n={m['mode_n']}) "
                   f"no_event={m['no_event_rate']:.3f}")
    cv = result["cv"]
    for key in ("type_accuracy", "macro_f1"):
        click.echo(f"{folds}-fold {key}: mean={cv[key]['mean']:.3f} sd={cv[key]['sd']:.3f} "
                   f"folds={cv[key]['per_fold']}")
    if show_triples:
        for gold, got, trigger, n in result["error_triples"]:
            click.echo(f"  {n:>3}  gold={gold:<10} got={got:<10} trigger={trigger}")
    click.echo("confusion (all; rows gold, columns predicted):")
    print_confusion(result["all"]["confusion"])
    if show_errors:
        for e in result["errors"]:
            click.echo(f"  {e['part']:<10} {e['id']:<28} gold={e['gold']:<24} "
                       f"got={e['predicted']:<24} trigger={e['trigger']}")
    write_result(result, json_out)
