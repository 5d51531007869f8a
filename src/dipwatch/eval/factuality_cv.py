"""Cross-validation and confidence intervals for the status scorers (MEANTIME, UDS-IH2).

One held-apart split says little when a class has seven items. This module estimates how the
status model generalises in two ways that do not require reading held-apart items:

- *k-fold over groups* (MEANTIME documents, UDS sentences) inside the dev part: the rules are
  not trained, so each fold is simply another sample of unseen text and the spread of the
  fold scores says how much a figure moves from one sample to the next; anything that *is*
  fitted (the UDS score calibration) is fitted on the other k−1 folds and scored on the fold
  it did not see.
- *group bootstrap* intervals (documents or sentences resampled with replacement) for every
  part, so a held-apart figure is read together with its 95 % interval and per-class support.

Fold membership uses other digits of the same SHA-1 as the held-apart split, so folds are
independent of it and stable across runs.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")

K_FOLDS = 5
BOOTSTRAP_REPS = 1000
SEED = 20261127


def fold_of(group: str, k: int = K_FOLDS) -> int:
    """The fold (0..k-1) of a document or sentence id, from hash digits the split does not use."""
    digest = hashlib.sha1(group.encode("utf-8")).hexdigest()
    return int(digest[8:16], 16) % k


def meantime_group(item_id: str) -> str:
    """The document of a MEANTIME item id (``doc_id:m_id``)."""
    return item_id.rsplit(":", 1)[0]


def uds_group(item_id: str) -> str:
    """The sentence of a UDS predicate id (``ewt-dev-N-semantics-pred-POSITION``)."""
    head, sep, _ = item_id.partition("-semantics-pred-")
    return head if sep else item_id.rsplit("-", 1)[0]


def mean_sd(values: Sequence[float]) -> dict[str, float]:
    """Mean, sample standard deviation, minimum and maximum of fold scores."""
    n = len(values)
    mean = sum(values) / n if n else 0.0
    sd = math.sqrt(sum((v - mean) ** 2 for v in values) / (n - 1)) if n > 1 else 0.0
    return {"mean": round(mean, 4), "sd": round(sd, 4),
            "min": round(min(values, default=0.0), 4), "max": round(max(values, default=0.0), 4)}


def by_group(items: Sequence[T], group: Callable[[T], str]) -> list[list[T]]:
    """Items gathered by group, groups in first-seen order."""
    groups: dict[str, list[T]] = {}
    for item in items:
        groups.setdefault(group(item), []).append(item)
    return list(groups.values())


def bootstrap_interval(groups: Sequence[Sequence[T]], statistic: Callable[[list[T]], float], *,
                       reps: int = BOOTSTRAP_REPS, seed: int = SEED) -> tuple[float, float]:
    """95 % percentile interval of `statistic` over group-bootstrap resamples.

    Whole documents (or sentences) are drawn with replacement, since items of one document
    share a topic and a writer and are not independent.

    Args:
        groups: the items, gathered by document or sentence.
        statistic: computes the figure from a flat list of items.
        reps: number of resamples.
        seed: random seed, so the interval is reproducible.

    Returns:
        The 2.5th and 97.5th percentiles.
    """
    import numpy as np

    if not groups:
        return 0.0, 0.0
    rng = np.random.default_rng(seed)
    values = []
    for _ in range(reps):
        picks = rng.integers(0, len(groups), size=len(groups))
        values.append(statistic([item for i in picks for item in groups[i]]))
    low, high = np.percentile(values, [2.5, 97.5])
    return round(float(low), 4), round(float(high), 4)


def fold_scores(items: Sequence[T], group: Callable[[T], str],
                statistic: Callable[[list[T]], float], *, k: int = K_FOLDS) -> list[float]:
    """`statistic` on each of k folds (items assigned by the hash of their group)."""
    folds: list[list[T]] = [[] for _ in range(k)]
    for item in items:
        folds[fold_of(group(item), k)].append(item)
    return [statistic(fold) for fold in folds]


def cv_report(items: Sequence[T], held: Sequence[T], group: Callable[[T], str],
              statistics: dict[str, Callable[[list[T]], float]], *,
              k: int = K_FOLDS) -> dict[str, Any]:
    """Fold mean/spread on the dev items and bootstrap intervals on dev and held-apart items.

    Args:
        items: the dev-part items (folds are drawn from them).
        held: the held-apart items (scored as a whole, with an interval).
        group: the document or sentence of an item.
        statistics: name -> figure computed from a list of items.
        k: number of folds.

    Returns:
        For each statistic: ``folds`` (list), ``cv`` (mean, sd, min, max), ``dev`` and
        ``held_apart`` (value and 95 % interval).
    """
    out: dict[str, Any] = {"k": k}
    dev_groups, held_groups = by_group(items, group), by_group(held, group)
    for name, stat in statistics.items():
        folds = fold_scores(items, group, stat, k=k)
        out[name] = {
            "folds": [round(v, 4) for v in folds],
            "cv": mean_sd(folds),
            "dev": {"value": round(stat(list(items)), 4),
                    "ci95": bootstrap_interval(dev_groups, stat)},
            "held_apart": {"value": round(stat(list(held)), 4),
                           "ci95": bootstrap_interval(held_groups, stat)},
        }
    return out
