"""Factuality scorer on UDS "It Happened" v2 (UD English-EWT dev sentences, CC BY-SA 4.0).

Each annotated predicate has one or two judgements: did it happen (0/1) and how confident the
annotator is (0-4). The gold score of a predicate is the mean of (2·factual−1)·confidence, in
[-4, +4]; the predicate "happened" when that mean is positive and did not when it is negative
(an exact 0, two annotators cancelling out, is left out of the sign accuracy but kept for the
correlation). Sentences are parsed by the project's spaCy model on the gold UD tokens and
:func:`~dipwatch.stages.extract.status.assess_status` is asked about the predicate token.

Reported: sign accuracy (our score > 0 against "happened"), Pearson r of our score against the
gold score, and the status distribution per gold sign, on a dev part and a held-apart part
(one sentence in five, by a hash of its id).
"""

from __future__ import annotations

import json
import logging
import math
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from dipwatch.eval.meantime import (
    Judged,
    common_errors,
    is_held_apart,
    load_model,
    parse_tokens,
    write_json,
)
from dipwatch.stages.extract.status import assess_status

logger = logging.getLogger(__name__)

CONLLU = "en-ud-dev.conllu"
ANNOTATIONS = "factuality_dev.json"
SENTENCE_PREFIX = "ewt-dev-"


@dataclass(frozen=True, slots=True, kw_only=True)
class UdsSentence:
    """One UD sentence: its words and whether each is followed by a space."""

    sent_id: str
    words: tuple[str, ...]
    spaces: tuple[bool, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class ScoredPredicate:
    """A predicate with its gold score and our score."""

    judged: Judged
    gold_score: float
    score: float


def read_conllu(path: str | Path) -> Iterator[UdsSentence]:
    """Yield the sentences of a CoNLL-U file, numbered ``ewt-dev-1``, ``ewt-dev-2``, ...

    Multiword-token ranges and empty nodes are skipped: the annotations index plain words.
    """
    words: list[str] = []
    spaces: list[bool] = []
    count = 0
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if words:
                count += 1
                yield UdsSentence(sent_id=f"{SENTENCE_PREFIX}{count}", words=tuple(words),
                                  spaces=tuple(spaces))
                words, spaces = [], []
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 10 or not cols[0].isdigit():
            continue
        words.append(cols[1])
        spaces.append("SpaceAfter=No" not in cols[9])
    if words:
        count += 1
        yield UdsSentence(sent_id=f"{SENTENCE_PREFIX}{count}", words=tuple(words),
                          spaces=tuple(spaces))


def gold_score(annotation: dict[str, Any]) -> float | None:
    """Mean of (2·factual−1)·confidence over the annotators, or None when nothing usable."""
    factual = annotation.get("factuality", {}).get("factual", {})
    values = factual.get("value", {}) or {}
    confidences = factual.get("confidence", {}) or {}
    signed = [
        (2 * int(v) - 1) * float(confidences.get(who, 0) or 0)
        for who, v in values.items()
        if v is not None
    ]
    return sum(signed) / len(signed) if signed else None


def iter_predicates(path: str | Path) -> Iterator[tuple[str, str, Any, float]]:
    """Yield ``(sentence id, predicate id, predicate token, gold score)`` for UDS-IH2.

    Each annotated sentence is parsed once on its gold tokens; predicates without a usable
    judgement or outside the sentence are skipped with a warning.
    """
    folder = Path(path)
    annotations = json.loads((folder / ANNOTATIONS).read_text(encoding="utf-8"))["data"]
    nlp = load_model()
    for sent in read_conllu(folder / CONLLU):
        preds = annotations.get(sent.sent_id)
        if not preds:
            continue
        doc = parse_tokens(nlp, sent.words, sent.spaces,
                           [True] + [False] * (len(sent.words) - 1))
        for pred_id, annotation in sorted(preds.items()):
            gold = gold_score(annotation)
            position = int(pred_id.rsplit("-", 1)[1]) - 1
            if gold is None or not 0 <= position < len(doc):
                logger.warning("skipping %s: no judgement or position out of range", pred_id)
                continue
            yield sent.sent_id, pred_id, doc[position], gold


def gold_label(gold: float) -> str:
    """``happened`` (> 0), ``not`` (< 0) or ``tie`` (annotators cancel out)."""
    return "happened" if gold > 0 else "not" if gold < 0 else "tie"


def judge_uds(path: str | Path) -> list[ScoredPredicate]:
    """Parse every annotated UDS-IH2 sentence under `path` and assess each predicate."""
    scored: list[ScoredPredicate] = []
    for sent_id, pred_id, tok, gold in iter_predicates(path):
        decision = assess_status(tok)
        scored.append(ScoredPredicate(
            judged=Judged(item_id=pred_id, gold=gold_label(gold), decision=decision,
                          word=tok.text, context=tok.doc.text, held_apart=is_held_apart(sent_id)),
            gold_score=gold, score=decision.score,
        ))
    return scored


def fit_calibration(path: str | Path, *, ridge: float = 10.0) -> tuple[list[float], dict[str, Any]]:
    """Fit the score calibration (``status_score``) on the dev part of UDS-IH2.

    A ridge regression of the gold score on the features of the rule decision; the held-apart
    part is not used, so its figures stay an honest check (``--cv`` refits the same model on
    each set of k−1 dev folds).

    Args:
        path: the UDS-IH2 folder.
        ridge: the L2 penalty (on all weights but the bias).

    Returns:
        The weights, in the order of ``status_score.FEATURES``, and a summary of the fit.
    """
    dev = [p for p in read_predicates(path) if not p.held_apart]
    return ridge_weights(dev, ridge=ridge), {"n": len(dev), "ridge": ridge}


@dataclass(frozen=True, slots=True, kw_only=True)
class Predicate:
    """A predicate with what the calibration needs: the rule decision and its feature row."""

    pred_id: str
    held_apart: bool
    gold_score: float
    token: Any
    rule: Any  # the StatusDecision of the rules alone
    row: tuple[float, ...]


def read_predicates(path: str | Path) -> list[Predicate]:
    """Every UDS-IH2 predicate with its rule decision and calibration features."""
    from dipwatch.stages.extract.status import rule_decision
    from dipwatch.stages.extract.status_score import features

    out = []
    for sent_id, pred_id, tok, gold in iter_predicates(path):
        d = rule_decision(tok)
        out.append(Predicate(pred_id=pred_id, held_apart=is_held_apart(sent_id), gold_score=gold,
                             token=tok, rule=d,
                             row=tuple(features(tok, d.status, d.score, cues=d.cues,
                                                generic=d.generic))))
    return out


def ridge_weights(train: Sequence[Predicate], *, ridge: float = 10.0) -> list[float]:
    """Ridge regression of the gold score on the feature rows (the bias is not shrunk)."""
    import numpy as np

    from dipwatch.stages.extract.status_score import FEATURES

    if not train:  # nothing to fit (a tiny corpus): keep the rule score
        return [float(name == "rule_score") for name in FEATURES]
    x = np.array([p.row for p in train])
    y = np.array([p.gold_score for p in train])
    penalty = ridge * np.eye(len(FEATURES))
    penalty[0, 0] = 0.0
    return [float(w) for w in np.linalg.solve(x.T @ x + penalty, x.T @ y)]


def _calibrated(weights: Sequence[float]) -> Any:
    from dipwatch.stages.extract.status_score import calibrated_score

    def score(p: Predicate) -> float:
        return calibrated_score(p.token, p.rule.status, p.rule.score, cues=p.rule.cues,
                                generic=p.rule.generic, weights=weights)
    return score


def cross_validate_uds(predicates: Sequence[Predicate], *, k: int = 5) -> dict[str, Any]:
    """Sign accuracy and Pearson r of the rules and of the calibration, by k-fold over sentences.

    The calibration is refitted on the other k−1 dev folds for each fold, so every fold score
    is on sentences its weights never saw; the held-apart figure uses weights fitted on the
    whole dev part, as shipped.

    Args:
        predicates: all predicates (both parts), from :func:`read_predicates`.
        k: number of folds over the dev sentences.

    Returns:
        ``{"rules": ..., "calibrated": ...}``, each as
        :func:`dipwatch.eval.factuality_cv.cv_report` gives it.
    """
    from dipwatch.eval.factuality_cv import cv_report, fold_of, uds_group

    dev = [p for p in predicates if not p.held_apart]
    held = [p for p in predicates if p.held_apart]
    group = lambda p: uds_group(p.pred_id)  # noqa: E731
    rows_by_method: dict[str, tuple[list[tuple[Predicate, float]], list[tuple[Predicate, float]]]]
    rows_by_method = {"rules": ([(p, p.rule.score) for p in dev],
                                [(p, p.rule.score) for p in held])}
    cv_rows: list[tuple[Predicate, float]] = []
    for fold in range(k):
        train = [p for p in dev if fold_of(group(p), k) != fold]
        score = _calibrated(ridge_weights(train))
        cv_rows += [(p, score(p)) for p in dev if fold_of(group(p), k) == fold]
    full = _calibrated(ridge_weights(dev))
    rows_by_method["calibrated"] = (cv_rows, [(p, full(p)) for p in held])
    statistics = {"sign_accuracy": _sign_accuracy, "pearson_r": _pearson_rows}
    return {name: cv_report(d, h, lambda r: group(r[0]), statistics, k=k)  # type: ignore[arg-type]
            for name, (d, h) in rows_by_method.items()}


def _sign_accuracy(rows: list[tuple[Predicate, float]]) -> float:
    signed = [(p.gold_score > 0, s > 0) for p, s in rows if p.gold_score != 0]
    return sum(g == s for g, s in signed) / len(signed) if signed else 0.0


def _pearson_rows(rows: list[tuple[Predicate, float]]) -> float:
    return pearson([s for _, s in rows], [p.gold_score for p, _ in rows])


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Pearson correlation; 0.0 when either side is constant."""
    n = len(xs)
    if n < 2:
        return 0.0
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    return sxy / math.sqrt(sxx * syy) if sxx and syy else 0.0


def _part_scores(rows: Sequence[ScoredPredicate]) -> dict[str, Any]:
    signed = [r for r in rows if r.judged.gold != "tie"]
    correct = sum((r.score > 0) == (r.judged.gold == "happened") for r in signed)
    statuses: dict[str, Counter[str]] = {}
    for r in rows:
        statuses.setdefault(r.judged.gold, Counter())[r.judged.decision.status.value] += 1
    return {
        "n": len(rows),
        "n_signed": len(signed),
        "sign_accuracy": round(correct / len(signed), 4) if signed else 0.0,
        "pearson_r": round(pearson([r.score for r in rows], [r.gold_score for r in rows]), 4),
        "status_by_gold": {g: dict(c.most_common()) for g, c in sorted(statuses.items())},
    }


class _SignView:
    """Adapter so the shared error table reads "predicted" as the sign of our score."""

    def __init__(self, row: ScoredPredicate) -> None:
        self.gold = row.judged.gold
        self.predicted = "happened" if row.score > 0 else "not"
        self.decision = row.judged.decision
        self.word = row.judged.word


def score_uds(path: str | Path) -> dict[str, Any]:
    """Score the status model's factuality score on UDS-IH2.

    Args:
        path: the folder holding ``en-ud-dev.conllu`` and ``factuality_dev.json``.

    Returns:
        ``{"dev", "held_apart", "all"}`` each with sign accuracy, Pearson r, item counts and the
        status distribution per gold sign, and ``"errors"``: the 20 most common sign mistakes
        on the dev part, grouped by gold -> predicted sign and cue.
    """
    rows = judge_uds(path)
    dev = [r for r in rows if not r.judged.held_apart]
    signed_dev = [_SignView(r) for r in dev if r.judged.gold != "tie"]
    return {
        "dataset": "uds_ih2",
        "dev": _part_scores(dev),
        "held_apart": _part_scores([r for r in rows if r.judged.held_apart]),
        "all": _part_scores(rows),
        "errors": common_errors(signed_dev),  # type: ignore[arg-type]
    }


def print_uds_table(result: dict[str, Any]) -> None:
    """Render sign accuracy and Pearson r of each part as a rich table."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title="UDS-IH2 factuality")
    for col in ("part", "predicates", "signed", "sign accuracy", "Pearson r"):
        table.add_column(col, justify="left" if col == "part" else "right")
    for part in ("dev", "held_apart", "all"):
        s = result[part]
        table.add_row(part, str(s["n"]), str(s["n_signed"]), f"{s['sign_accuracy']:.3f}",
                      f"{s['pearson_r']:.3f}")
    Console().print(table)


@click.command("uds")
@click.argument("path", type=click.Path(exists=True, file_okay=False))
@click.option("--json", "json_out", metavar="OUT", help="Also write the scores as JSON ('-' = stdout).")
@click.option("--errors", "show_errors", is_flag=True, help="Print the 20 most common mistakes.")
@click.option("--fit-calibration", "fit_out", metavar="MODULE",
              help="First refit the score calibration on the dev part and write it to MODULE "
                   "(src/dipwatch/stages/extract/status_weights.py).")
@click.option("--cv", "folds", type=click.IntRange(min=0), default=0, show_default=True,
              help="Also report k-fold (by sentence) spread and bootstrap intervals, the "
                   "calibration refitted on the other folds (k >= 2).")
def uds_command(path: str, json_out: str | None, show_errors: bool, fit_out: str | None,
                folds: int) -> None:
    """Score factuality on UDS-IH2 (sign accuracy and Pearson r against the annotators).

    Example:

        dipwatch eval uds ../shared/eval/uds_ih2 --json uds.json --errors --cv 5
    """
    from dipwatch.eval.meantime import print_errors

    if fit_out:
        _refit(path, fit_out)
    result = score_uds(path)
    print_uds_table(result)
    if folds > 1:
        from dipwatch.eval.meantime import print_cv_table

        result["cv"] = cross_validate_uds(read_predicates(path), k=folds)
        for method, report in result["cv"].items():
            print_cv_table(report, f"UDS-IH2 {method}: k-fold over dev sentences, 95 % intervals")
    if show_errors:
        print_errors(result["errors"])
    write_json(result, json_out)


def _refit(path: str, out: str) -> None:
    import importlib

    from dipwatch.stages.extract import status_weights
    from dipwatch.stages.extract.status_score import _shipped_table, write_weights_module

    weights, info = fit_calibration(path)
    provenance = (f"Fitted by `dipwatch eval uds <uds_ih2> --fit-calibration` on the dev part of "
                  f"UDS-IH2 ({info['n']} predicates, ridge {info['ridge']}).")
    write_weights_module(out, weights, provenance=provenance)
    importlib.reload(status_weights)  # score with the new weights in this run
    _shipped_table.cache_clear()
    click.echo(f"wrote {out} ({info['n']} predicates)", err=True)
