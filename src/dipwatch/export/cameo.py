"""CAMEO export: (source, target, code) triples with the code's name, quad class and
Goldstein score.

The code comes from the official CAMEO -> PLOVER crosswalk read backwards
(`data/cameo_plover.tsv`, built by `scripts/build_cameo_table.py`): among the CAMEO codes the
crosswalk maps to the event's PLOVER type, the one whose mode and contexts agree best, the
most general on ties. CAMEO has no status, so the export codes the action the text names (a
scheduled meeting is 04x, as event coders such as PETRARCH do) and carries dipwatch's status
along; denied, possible and hypothetical events are dropped (CAMEO could not tell them from
actions). The crosswalk has no PLOVER type
for CAMEO's APPEAL family (02); a REQUEST worded as an appeal ("asked", "urged", "called
on") is coded 02x from the CAMEO names, a demand 10x.

Example triple::

    {"source": "USAGOV", "target": "RUS", "cameo_code": "040", "cameo_name": "Consult",
     "root_code": "04", "quad_class": 1, "goldstein": 1.0, "plover_type": "CONSULT", …}
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import permutations
from typing import Any

from dipwatch.stages.extract.plover_lexicon import DEFAULT_CONTEXTS

_APPEAL_STEMS = ("ask", "urg", "appeal", "call", "plead", "implor", "request", "want",
                 "seek", "sought", "press")
# Ontology modes the 2021 crosswalk folds into another mode.
_CAMEO_MODES = {"aerial": "heavy-weapons", "drone": "heavy-weapons", "primitive": None,
                "hunger": "hunger"}
# CAMEO records actions and stated intentions; it has no field that could say an action is
# denied or merely possible, so such events get no triple.
_UNCODED = frozenset({"denied", "possible", "hypothetical"})
# PLOVER request modes -> the CAMEO appeal codes with the same content.
_APPEAL_BY_MODE = {None: "020", "assist": "021", "change": "024", "yield": "025",
                   "meet": "026"}
# CAMEO codes that name one particular act, coded only when the trigger names it: a refusal
# to release someone is 1243, not "128 Defy norms, law", though both are REJECT yield.
_NAMED_ACTS = {"128": ("defy", "defied", "flout", "disobey"), "129": ("veto",)}
# The CAMEO code a PLOVER (type, mode) names when the sentence's contexts pick none: read
# backwards, the crosswalk would give the shortest code with that mode, which is often a
# narrower act ("threaten with repression" for any threat of violence, "ease military
# blockade" for any withdrawal, "complain officially" for accusations, "impose embargo" for
# a curfew-like ban) or, where the crosswalk files the act under another type or mode
# (convictions, destruction of property, cyber attacks), none at all.
_PREFERRED = {
    ("RETREAT", "withdraw"): "0874", ("RETREAT", "resign"): "0831",
    ("ACCUSE", "allege"): "112", ("THREATEN", "relations"): "1313",
    ("THREATEN", "violence"): "138", ("PROTEST", "strike"): "143",
    ("SANCTION", "convict"): "116", ("MOBILIZE", "troops"): "154",
    ("COERCE", "restrict"): "172", ("COERCE", "cyber"): "176",
    ("ASSAULT", "targeted"): "186", ("ASSAULT", "explosives"): "183",
    ("ASSAULT", "aerial"): "195", ("ASSAULT", "drone"): "195",
    ("ASSAULT", "crowd-control"): "175", ("ASSAULT", "destroy"): "1712",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class CameoCode:
    code: str
    name: str
    goldstein: float | None
    quad_class: int
    plover_type: str
    plover_mode: str | None
    plover_contexts: tuple[str, ...]


def _float(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None  # "NA": the manual gives no score for a few codes


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    """Every CAMEO code of the shipped table, by code."""
    text = resources.files("dipwatch").joinpath("data", "cameo_plover.tsv").read_text("utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    out: dict[str, CameoCode] = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        out[row["cameo_code"]] = CameoCode(
            code=row["cameo_code"], name=row["name"], goldstein=_float(row["goldstein"]),
            quad_class=int(row["quad_class"]), plover_type=row["plover_type"],
            plover_mode=row["plover_mode"] or None,
            plover_contexts=tuple(c for c in row["plover_context"].split(";") if c))
    return out


@lru_cache(maxsize=256)
def _by_type(type_: str) -> tuple[CameoCode, ...]:
    return tuple(c for c in cameo_table().values() if c.plover_type == type_)


@lru_cache(maxsize=1024)
def cameo_code(type_: str, mode: str | None, contexts: tuple[str, ...] = (),
               trigger: str = "") -> CameoCode | None:
    """The CAMEO code that best matches a PLOVER type, mode and contexts (codes that name a
    particular act, such as 129 Veto, only when the trigger word names it)."""
    best: tuple[tuple[int, int, int, str], CameoCode] | None = None
    mode = _CAMEO_MODES.get(mode or "", mode)
    # a type's default context ("diplomatic" for every meeting) says nothing about the code
    informative = _informative(type_, contexts)
    for code in _by_type(type_):
        named = _NAMED_ACTS.get(code.code)
        if named is not None and not trigger.startswith(named):
            continue
        if code.plover_mode is not None and code.plover_mode != mode:
            fit = -2
        else:
            fit = 2 if mode is not None and code.plover_mode == mode else 0
        overlap = len(set(code.plover_contexts) & informative)
        # better mode fit, more shared contexts, then the most general (shortest, lowest) code
        key = (-fit, -overlap, len(code.code), code.code)
        if best is None or key < best[0]:
            best = (key, code)
    return best[1] if best else None


def actor_code(actor: dict[str, Any]) -> str:
    """CAMEO-style actor code: ISO-3 country plus the PLOVER sector for non-state actors
    ("RUSGOV", "USA"), "IGO" plus the organisation's code for IGOs ("IGOUNO"); "---" stands
    for an unknown country."""
    country = actor.get("country") or "---"
    if actor.get("kind") == "state":
        return country
    if actor.get("kind") == "igo":
        return "IGO" + (actor.get("country") or "")  # CAMEO: IGOUNO, IGOEUR, ...
    return country + (actor.get("sector") or "")


def _trigger(event: dict[str, Any]) -> str:
    return (((event.get("evidence") or {}).get("trigger") or {}).get("text") or "").lower()


def _appeal(event: dict[str, Any]) -> bool:
    return _trigger(event).startswith(_APPEAL_STEMS)


def _code_for(event: dict[str, Any]) -> CameoCode | None:
    type_, mode = event["type"], event.get("mode")
    table = cameo_table()
    if type_ == "REQUEST" and _appeal(event):
        return table.get(_APPEAL_BY_MODE.get(mode, "020"))
    if type_ == "SANCTION" and _trigger(event).startswith(("sanction", "embargo")):
        return table.get("163")  # the crosswalk files formal sanctions under COERCE
    trigger = _trigger(event)
    for code, stems in _NAMED_ACTS.items():
        if trigger.startswith(stems) and table[code].plover_type == type_:
            return table[code]  # "vetoed the resolution": 129 Veto
    contexts = tuple(event.get("contexts") or ())
    best = cameo_code(type_, mode, contexts, trigger)
    preferred = _PREFERRED.get((type_, mode))
    if preferred is None or best is None:
        return table[preferred] if preferred is not None else best
    informative = _informative(type_, contexts)
    # the preferred code unless the contexts fit the crosswalk's choice better
    if len(set(best.plover_contexts) & informative) > len(
            set(table[preferred].plover_contexts) & informative):
        return best
    return table[preferred]


def _informative(type_: str, contexts: tuple[str, ...]) -> set[str]:
    """Contexts that say something about the code: a type's default context does not."""
    return set(contexts) - ({"diplomatic"} if DEFAULT_CONTEXTS.get(type_) == (
        "diplomatic",) else set())


def _dyads(event: dict[str, Any]) -> list[tuple[dict[str, Any] | None, dict[str, Any] | None]]:
    actors = list(event.get("actors") or ())
    recipients = list(event.get("recipients") or ())
    if recipients:
        return [(a, r) for a in actors or [None] for r in recipients]
    if len(actors) > 1:  # reciprocal: "X and Y met" -> X->Y and Y->X
        return list(permutations(actors, 2))
    return [(a, None) for a in actors]


def to_cameo(event: dict[str, Any]) -> list[dict[str, Any]]:
    """CAMEO triples of one serialised dipwatch event (empty when it has no CAMEO code or
    is denied)."""
    if event.get("status") in _UNCODED:
        return []
    code = _code_for(event)
    if code is None:
        return []
    out = []
    for source, target in _dyads(event):
        out.append({
            "event_id": event.get("id"),
            "source": actor_code(source) if source else "---",
            "target": actor_code(target) if target else "---",
            "source_name": source.get("name") if source else None,
            "target_name": target.get("name") if target else None,
            "cameo_code": code.code, "cameo_name": code.name, "root_code": code.code[:2],
            "quad_class": code.quad_class, "goldstein": code.goldstein,
            "plover_type": event["type"], "plover_mode": event.get("mode"),
            "status": event.get("status"),
            "sentence": (event.get("evidence") or {}).get("sentence"),
        })
    return out
