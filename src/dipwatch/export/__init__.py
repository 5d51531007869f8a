"""Exports of dipwatch events to other event-data ontologies: PLOVER (POLECAT-style records)
and CAMEO triples.

Hooks for other commands (e.g. the store's `dipwatch export --format plover|cameo`):
`to_plover(event_dict, doc_dict) -> dict | None` and `to_cameo(event_dict) -> list[dict]`.
"""

from __future__ import annotations

from typing import Any

from dipwatch.export.cameo import to_cameo
from dipwatch.export.plover import to_plover

__all__ = ["export_document", "to_cameo", "to_plover"]


def export_document(doc: dict[str, Any], fmt: str) -> dict[str, Any]:
    """A serialised Document reduced to its events in `fmt` ("plover" or "cameo").

    Returns:
        {"id", "published", "format", "events": [...], "errors": [...]}: PLOVER records, or
        CAMEO triples (several per event when it has several dyads).
    """
    events: list[dict[str, Any]] = []
    for event in doc.get("events") or ():
        if fmt == "plover":
            record = to_plover(event, doc)
            if record is not None:
                events.append(record)
        elif fmt == "cameo":
            events.extend(to_cameo(event))
        else:
            raise ValueError(f"unknown export format {fmt!r}; choose plover or cameo")
    return {"id": doc.get("id"), "published": doc.get("published"), "format": fmt,
            "events": events, "errors": doc.get("errors") or []}
