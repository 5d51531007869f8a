"""PLOVER export: one POLECAT-style record per event, under PLOVER's coding conventions.

The dipwatch event keeps what the text says (a CONSULT that is `scheduled`); PLOVER codes
the statement (AGREE). `to_plover` applies the conventions through
`plover_code` below: future meetings, support, cooperation and aid
are AGREE, future retreats CONCEDE, cancelled meetings REJECT, conditional material
conflict THREATEN; negated (denied) events are dropped; the auxiliary modes `historical`,
`future`, `hypothetical` go into `event_context` next to the topical contexts.

Example record (abridged)::

    {"event_id": "ev_…", "event_type": "AGREE", "event_mode": null,
     "event_context": ["diplomatic", "future"], "quad_code": 1,
     "actors": [{"name": "Choe Son Hui", "country": "PRK", "sector": "GOV", …}], …}
"""

from __future__ import annotations

from datetime import date
from typing import Any

from dipwatch.stages.extract.plover import MATERIAL_CONFLICT

_FUTURE_TO_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "AGREE"})
_FUTURE = frozenset({"scheduled", "expected"})
# Material conflict announced for the future is a threat ("will boycott", "will attack");
# announced sanctions and mobilisations are coded as themselves.
_THREATENED = frozenset({"PROTEST", "COERCE", "ASSAULT"})


def _threat_mode(type_: str, mode: str | None) -> str:
    if type_ == "COERCE":
        return {"arrest": "arrest", "deport": "expel", "seize": "territory"}.get(
            mode or "", "restrict")
    if type_ == "SANCTION":
        return "expel" if mode == "expel" else "relations"
    if type_ == "PROTEST":
        return "restrict"
    return "violence"


def plover_code(type_: str, mode: str | None, status: str, *, time_end: str | None = None,
                published: str | None = None) -> tuple[str, str | None, tuple[str, ...]] | None:
    """(PLOVER type, mode, auxiliary modes) of an event under PLOVER's conventions, or None
    when PLOVER codes no event (negated events are dropped).

    Future meetings, support, cooperation and aid are AGREE; future retreats are CONCEDE;
    a cancelled meeting is REJECT meet, a cancelled restriction CONCEDE; a future or
    conditional protest, coercion or assault is a THREATEN whose mode is its content.
    Auxiliary modes: historical, future, hypothetical.
    """
    if status == "denied":
        return None
    if status == "cancelled":
        if type_ in {"COERCE", "SANCTION"}:
            return "CONCEDE", None, ()  # "cancelled restrictions": an easing
        return ("REJECT", "meet", ()) if type_ in {"CONSULT", "AGREE"} else None
    if status in _FUTURE:
        if type_ in _FUTURE_TO_AGREE:
            return "AGREE", None, ("future",)
        if type_ == "RETREAT":
            return "CONCEDE", None, ("future",)
        if type_ in _THREATENED:
            return "THREATEN", _threat_mode(type_, mode), ("future",)
        return type_, mode, ("future",)
    if status in {"hypothetical", "possible"}:
        if type_ in MATERIAL_CONFLICT and status == "hypothetical":
            return "THREATEN", _threat_mode(type_, mode), ("hypothetical",)
        return type_, mode, ("hypothetical",)
    aux = ("historical",) if _is_historical(time_end, published) else ()
    return type_, mode, aux


def _is_historical(time_end: str | None, published: str | None) -> bool:
    # More than a year before the report: background, not news (PLOVER's "historical").
    if not time_end or not published:
        return False
    try:
        end = date.fromisoformat(time_end[:10])
        pub = date.fromisoformat(published[:10])
    except ValueError:
        return False
    return (pub - end).days > 366


QUAD_CODE = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}
QUAD_NAME = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
             4: "material conflict"}


def plover_type(event: dict[str, Any], published: str | None = None
                ) -> tuple[str, str | None, tuple[str, ...]] | None:
    """(type, mode, auxiliary modes) of a serialised dipwatch event, or None when PLOVER
    codes no event for it (see module docstring)."""
    time = event.get("time") or {}
    return plover_code(event["type"], event.get("mode"), str(event.get("status")),
                       time_end=time.get("end"), published=published)


def _party(actor: dict[str, Any]) -> dict[str, Any]:
    return {"name": actor.get("name"), "country": actor.get("country"),
            "sector": actor.get("sector"), "kind": actor.get("kind"),
            "title": actor.get("role"), "raw_text": actor.get("text")}


def _location(place: dict[str, Any] | None) -> dict[str, Any] | None:
    if not place:
        return None
    return {"placename": place.get("name"), "raw_placename": place.get("text"),
            "country": place.get("country"), "geonames_id": place.get("geonames_id"),
            "lat": place.get("lat"), "lon": place.get("lon"),
            "feature_type": place.get("granularity")}


def to_plover(event: dict[str, Any], doc: dict[str, Any] | None = None) -> dict[str, Any] | None:
    """One dipwatch event (its `to_dict()`) as a POLECAT-style PLOVER record.

    Args:
        event: a serialised `Event`.
        doc: the serialised `Document` it came from (publication date, title, url), if known.

    Returns:
        The record, or None when PLOVER codes no event (a denied event, a cancelled
        non-meeting).
    """
    doc = doc or {}
    published = doc.get("published")
    coded = plover_type(event, published)
    if coded is None:
        return None
    type_, mode, aux = coded
    contexts = [c for c in event.get("contexts") or () if c]
    time = event.get("time") or {}
    evidence = event.get("evidence") or {}
    claim = event.get("claim") or {}
    return {
        "event_id": event.get("id"),
        "event_date": time.get("start"),
        "event_date_end": time.get("end"),
        "event_type": type_,
        "event_mode": mode,
        "event_context": contexts + [a for a in aux if a not in contexts],
        "quad_code": QUAD_CODE[type_],
        "quad_name": QUAD_NAME[QUAD_CODE[type_]],
        "actors": [_party(a) for a in event.get("actors") or ()],
        "recipients": [_party(a) for a in event.get("recipients") or ()],
        "location": _location(event.get("place")),
        "event_text": evidence.get("sentence"),
        "event_anchor": evidence.get("trigger"),
        "status": event.get("status"),
        "claimed_by": (claim.get("by") or {}).get("name"),
        "story_id": event.get("article_id") or doc.get("id"),
        "story_title": doc.get("title"),
        "story_url": doc.get("url"),
        "publication_date": published,
        "dipwatch_type": event.get("type"),
        "dipwatch_mode": event.get("mode"),
    }
