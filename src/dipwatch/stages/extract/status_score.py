"""Factuality score calibration: a small linear model over the rule decision's features.

The rules give each status a fixed score (occurred +3, scheduled -1, denied -3, ...). Within
one status the evidence still differs: a past-tense main verb is surer than a present-tense
verb in a relative clause, a bare "possible" in a question less sure than one under "may".
A ridge regression over the rule decision (status, rule score, the commonest cue words,
generic) and the trigger's tag and dependency, fitted on the dev part of UDS-IH2 (``dipwatch eval uds PATH
--fit-calibration``), ranks these cases; its weights live in ``status_weights.py``.

The calibrated score never contradicts the status: each status keeps a band (an occurred event
stays above zero, a plan below zero), and denied or cancelled events keep the rule score, since
UDS annotators often judge negated states ("didn't want") as having happened, which is not
what our `denied` means.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Token

from dipwatch.model.records import Status

TAGS = ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD", "NN", "NNS", "NNP", "JJ")
DEPS = ("ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "amod", "dobj",
        "nsubj", "pobj", "parataxis")
STATUSES = tuple(s.value for s in Status)
# Cue words common enough to carry their own weight (lower-cased, as `StatusDecision.cues`).
CUES = ("will", "'ll", "would", "can", "ca", "could", "may", "might", "should", "must", "not",
        "n't", "to", "imperative", "?", "if", "want", "need", "able")

FEATURES: tuple[str, ...] = (
    "bias", "rule_score", "has_cues", "generic",
    *(f"status={s}" for s in STATUSES),
    *(f"tag={t}" for t in TAGS),
    *(f"dep={d}" for d in DEPS),
    *(f"cue={c}" for c in CUES),
)

# The score range each status may take after calibration.
BANDS: dict[Status, tuple[float, float]] = {
    Status.OCCURRED: (0.5, 3.0),
    Status.ONGOING: (0.5, 3.0),
    Status.SCHEDULED: (-2.5, -0.25),
    Status.EXPECTED: (-2.5, -0.25),
    Status.POSSIBLE: (-2.5, 1.0),
    Status.HYPOTHETICAL: (-2.5, 0.5),
}

# A purpose infinitive ("departed ... to participate") is scheduled, but when its clause has
# happened the aim often has too: its score may rise above zero.
PURPOSE_BAND = (-2.5, 1.5)


def features(tok: Token, status: Status, rule_score: float, *, cues: Sequence[str],
             generic: bool) -> list[float]:
    """The calibration features of one decision, in the order of :data:`FEATURES`."""
    lowered = {c.lower() for c in cues}
    return [
        1.0, rule_score, float(bool(cues)), float(generic),
        *(float(status.value == s) for s in STATUSES),
        *(float(tok.tag_ == t) for t in TAGS),
        *(float(tok.dep_ == d) for d in DEPS),
        *(float(c in lowered) for c in CUES),
    ]


def calibrated_score(tok: Token, status: Status, rule_score: float, *, cues: Sequence[str],
                     generic: bool, weights: Sequence[float] | None = None) -> float:
    """The rule score moved by the fitted weights, kept within the status's band.

    Args:
        tok: the trigger.
        status: the rule decision's status.
        rule_score: the rule decision's score.
        cues: the cue words of the decision.
        generic: the rule decision's generic flag.
        weights: weights in the order of :data:`FEATURES` (default: the shipped ones).

    Returns:
        A score in [-3, +3]; the rule score when no weights fit the feature set.
    """
    band = BANDS.get(status)
    if band is None:
        return rule_score
    if status == Status.SCHEDULED and "to" in cues:
        band = PURPOSE_BAND  # "went online to check": an aim, often already carried out
    if weights is None:
        table = _shipped_table()
        if table is None:
            return rule_score  # stale weights: refit with `dipwatch eval uds --fit-calibration`
    else:
        table = _table(weights)
    value = (table["bias"] + table["rule_score"] * rule_score
             + table["has_cues"] * bool(cues) + table["generic"] * generic
             + table.get(f"status={status.value}", 0.0) + table.get(f"tag={tok.tag_}", 0.0)
             + table.get(f"dep={tok.dep_}", 0.0)
             + sum(table.get(f"cue={c}", 0.0) for c in {c.lower() for c in cues}))
    low, high = band
    return round(min(max(value, low), high), 3)


def _table(weights: Sequence[float]) -> dict[str, float]:
    """Weights by feature name: the features are indicators, so a lookup replaces the dot
    product (the score is computed for every trigger)."""
    return dict(zip(FEATURES, weights, strict=True))


@lru_cache(maxsize=1)
def _shipped_table() -> dict[str, float] | None:
    from dipwatch.stages.extract import status_weights

    if tuple(status_weights.FEATURES) != FEATURES:
        return None
    return _table(status_weights.WEIGHTS)


def write_weights_module(path: str, weights: Sequence[float], *, provenance: str) -> None:
    """Write fitted weights as the Python module ``status_weights.py`` (shipped with the code).

    Args:
        path: the file to write.
        weights: one weight per feature, in the order of :data:`FEATURES`.
        provenance: a line saying what the weights were fitted on, with which command.
    """
    lines = [
        '"""Fitted weights of the factuality score calibration (generated; do not edit).',
        "",
        provenance,
        '"""',
        "",
        "FEATURES = (",
        *(f"    {name!r}," for name in FEATURES),
        ")",
        "WEIGHTS = (",
        *(f"    {w:.6f},  # {name}" for name, w in zip(FEATURES, weights, strict=True)),
        ")",
        "",
    ]
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines))
