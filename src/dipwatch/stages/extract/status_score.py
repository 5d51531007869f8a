"""Factuality score calibration: a small linear model over the rule decision's features.

The rules give each status a fixed score (occurred +3, scheduled -1, denied -3, ...). Within
one status the evidence still differs: a past-tense main verb is surer than a present-tense
verb in a relative clause, a bare "possible" in a question less sure than one under "may".
A ridge regression over the rule decision (status, rule score, the commonest cue words,
generic), the trigger's tag and dependency, its head's tag and dependency and the person of its
subject, fitted on the dev part of UDS-IH2 (``dipwatch eval uds PATH --fit-calibration``;
``--cv`` checks it by k-fold), ranks these cases; its weights live in ``status_weights.py``.

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
        "n't", "to", "imperative", "?", "if", "want", "need", "able",
        "base", "let", "like", "hope", "seems", "chance", "maybe", "probably", "wants")
# Who the subject is: first- and second-person subjects mark the advice, wishes and requests
# of web text ("you can find", "I hope"), a missing subject a reduced or mis-parsed clause.
SUBJECTS = ("first", "second", "none")
_FIRST = frozenset({"i", "we", "me", "us"})
_SECOND = frozenset({"you", "u", "ya"})

FEATURES: tuple[str, ...] = (
    "bias", "rule_score", "has_cues", "generic",
    *(f"status={s}" for s in STATUSES),
    *(f"tag={t}" for t in TAGS),
    *(f"dep={d}" for d in DEPS),
    *(f"cue={c}" for c in CUES),
    *(f"htag={t}" for t in TAGS),
    *(f"hdep={d}" for d in DEPS),
    *(f"subj={s}" for s in SUBJECTS),
)
_INDEX = {name: i for i, name in enumerate(FEATURES)}

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


def active_features(tok: Token, status: Status, *, cues: Sequence[str],
                    generic: bool) -> list[str]:
    """Names of the indicator features that are on for one decision (bias included)."""
    names = ["bias", f"status={status.value}", f"tag={tok.tag_}", f"dep={tok.dep_}",
             *(f"cue={c}" for c in {c.lower() for c in cues})]
    if cues:
        names.append("has_cues")
    if generic:
        names.append("generic")
    if tok.head is not tok:
        names += [f"htag={tok.head.tag_}", f"hdep={tok.head.dep_}"]
    subject = _subject(tok)
    if subject is not None:
        names.append(f"subj={subject}")
    return [n for n in names if n in _INDEX]


def _subject(tok: Token) -> str | None:
    """first | second | none (a verb without a subject) | None (a third-person subject)."""
    if not tok.tag_.startswith("VB"):
        return None
    for child in tok.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            low = child.lower_
            return "first" if low in _FIRST else "second" if low in _SECOND else None
    return "none"


def features(tok: Token, status: Status, rule_score: float, *, cues: Sequence[str],
             generic: bool) -> list[float]:
    """The calibration features of one decision, in the order of :data:`FEATURES`."""
    row = [0.0] * len(FEATURES)
    for name in active_features(tok, status, cues=cues, generic=generic):
        row[_INDEX[name]] = 1.0
    row[_INDEX["rule_score"]] = rule_score
    return row


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
    # The features are indicators: a sum of looked-up weights replaces the dot product
    # (the score is computed for every trigger).
    value = table["rule_score"] * rule_score + sum(
        table[name] for name in active_features(tok, status, cues=cues, generic=generic))
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
