"""Server-rendered pages of the web UI: events, evidence, timeline, network, map.

The pages read the same store queries as the API. Layout arithmetic (segments of highlighted
text, timeline x positions, network circle, map projection) is done here in Python so the
templates only place what they are given, and so it is testable without a browser.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from dipwatch.api.errors import ApiError
from dipwatch.api.routes import Filters, Short, store_of
from dipwatch.model.records import Status

WEB_DIR = Path(__file__).parent
STATIC_DIR = WEB_DIR / "static"
templates = Jinja2Templates(directory=str(WEB_DIR / "templates"))
router = APIRouter(include_in_schema=False)

STATUSES = [str(s) for s in Status]
# Evidence fields in drawing order; the template gives each its colour.
FIELDS = ("sentence", "trigger", "actor", "recipient", "time", "place", "claim_cue",
          "claim_source")


def text_segments(text: str, spans: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Cut ``text`` at every span boundary; each piece lists the fields covering it.

    Overlapping and nested spans (the trigger inside the sentence, a speaker inside a claim)
    are handled by construction: a piece carries every field whose span contains it.
    """
    valid = [s for s in spans if s.get("valid")]
    cuts = sorted({0, len(text), *(s["start"] for s in valid), *(s["end"] for s in valid)})
    pieces = []
    for start, end in pairwise(cuts):
        if start == end:
            continue
        covering = [s for s in valid if s["start"] <= start and end <= s["end"]]
        pieces.append({
            "text": text[start:end],
            "fields": sorted({s["field"] for s in covering}, key=FIELDS.index),
            "labels": [f"{s['field']}: {s['label']}" for s in covering
                       if s["label"] and s["field"] != "sentence"],
        })
    return pieces


def _day(value: str | None) -> date | None:
    if not value:
        return None
    parts = [*value.split("-"), "01", "01"][:3]
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None


def _ticks(lo: int, hi: int, x: Any) -> list[dict[str, Any]]:
    """Axis ticks: weekly for short ranges, else about eight whole-month steps."""
    if hi - lo <= 90:
        return [{"x": x(date.fromordinal(d)), "label": date.fromordinal(d).isoformat()}
                for d in range(lo, hi + 1, 7)]
    ticks, day = [], date.fromordinal(lo).replace(day=1)
    step = max(1, round((hi - lo) / 30 / 8))
    while day.toordinal() <= hi:
        if day.toordinal() >= lo:
            ticks.append({"x": x(day), "label": day.strftime("%Y-%m")})
        month = day.month - 1 + step
        day = date(day.year + month // 12, month % 12 + 1, 1)
    return ticks


def timeline_layout(events: Sequence[dict[str, Any]], *, width: int = 1200,
                    margin: int = 60, labels: int = 420) -> dict[str, Any]:
    """x positions (px) of dated events on a linear time axis, with ticks.

    The rightmost ``labels`` pixels are kept free for the text next to each marker.
    """
    dated: list[tuple[dict[str, Any], date, date]] = []
    undated = []
    for e in events:
        start = _day((e.get("time") or {}).get("start"))
        if start is None:
            undated.append(e)
        else:
            dated.append((e, start, _day((e.get("time") or {}).get("end")) or start))
    if not dated:
        return {"items": [], "ticks": [], "width": width, "height": 0, "undated": undated}
    lo = min(s for _, s, _ in dated).toordinal() - 3
    hi = max(t for _, _, t in dated).toordinal() + 3
    scale = (width - margin - labels) / max(hi - lo, 1)

    def x(day: date) -> float:
        return round(margin + (day.toordinal() - lo) * scale, 1)

    items = []
    for row, (event, start, end) in enumerate(dated):
        items.append({"event": event, "x": x(start), "x2": max(x(end), x(start) + 2),
                      "y": 60 + row * 34, "start": start.isoformat(), "end": end.isoformat()})
    return {"items": items, "ticks": _ticks(lo, hi, x), "width": width,
            "axis_end": width - labels, "height": 90 + len(items) * 34, "undated": undated}


def network_layout(dyads: Sequence[dict[str, Any]], *, size: int = 640) -> dict[str, Any]:
    """Actors on a circle (busiest first), edges weighted by event count."""
    weight: dict[str, int] = {}
    for d in dyads:
        for end in ("a", "b"):
            weight[d[end]] = weight.get(d[end], 0) + d["events"]
    names = sorted(weight, key=lambda n: (-weight[n], n))
    radius, centre = size / 2 - 90, size / 2
    nodes = {}
    for i, name in enumerate(names):
        angle = 2 * math.pi * i / max(len(names), 1) - math.pi / 2
        nodes[name] = {"name": name, "x": round(centre + radius * math.cos(angle), 1),
                       "y": round(centre + radius * math.sin(angle), 1),
                       "r": round(5 + 3 * math.sqrt(weight[name]), 1),
                       "anchor": "start" if math.cos(angle) >= 0 else "end",
                       "dx": 10 if math.cos(angle) >= 0 else -10}
    top = max((d["events"] for d in dyads), default=1)
    edges = [{"a": nodes[d["a"]], "b": nodes[d["b"]], "events": d["events"],
              "width": round(1 + 6 * d["events"] / top, 1),
              # the edge takes the colour of the status most reports give it
              "status": max(d["statuses"], key=lambda s: (d["statuses"][s], s)),
              "statuses": d["statuses"]} for d in dyads]
    return {"nodes": list(nodes.values()), "edges": edges, "size": size}


def map_layout(places: Sequence[dict[str, Any]], *, scale: float = 2.5) -> dict[str, Any]:
    """Equirectangular projection of event places, plus a 30° graticule (no tiles)."""
    width, height = 360 * scale, 180 * scale

    def project(lon: float, lat: float) -> tuple[float, float]:
        return round((lon + 180) * scale, 1), round((90 - lat) * scale, 1)

    points = []
    for p in places:
        if p["lat"] is None or p["lon"] is None or not (-90 <= p["lat"] <= 90
                                                        and -180 <= p["lon"] <= 180):
            continue
        x, y = project(p["lon"], p["lat"])
        points.append({**p, "x": x, "y": y, "r": round(3 + 2.5 * math.sqrt(p["events"]), 1)})
    meridians = [{"x": project(lon, 0)[0], "label": f"{lon}°"} for lon in range(-180, 181, 30)]
    parallels = [{"y": project(0, lat)[1], "label": f"{lat}°"} for lat in range(-90, 91, 30)]
    return {"points": points, "meridians": meridians, "parallels": parallels,
            "width": width, "height": height}


def _page(request: Request, name: str, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, {"statuses": STATUSES, **context})


def api_operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """The operations of an OpenAPI document, flattened for the offline docs page."""
    ops = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = []
            for p in op.get("parameters", []):
                schema = p.get("schema", {})
                limits = {k: schema[k] for k in ("minimum", "maximum", "maxLength",
                                                 "minLength", "default") if k in schema}
                kinds = [s.get("type") for s in schema.get("anyOf", [schema]) if s.get("type")]
                params.append({"name": p["name"], "in": p["in"], "required": p.get(
                    "required", False), "type": " | ".join(k for k in kinds if k != "null"),
                    "limits": limits})
            body = (op.get("requestBody") or {}).get("content", {}).get("application/json")
            ops.append({"method": method.upper(), "path": path,
                        "summary": op.get("summary", ""),
                        "description": op.get("description", ""), "params": params,
                        "body": (body or {}).get("schema", {}).get("$ref", "").split("/")[-1],
                        "responses": sorted(op.get("responses", {}))})
    return ops


@router.get("/docs", response_class=HTMLResponse)
def api_docs_page(request: Request) -> HTMLResponse:
    """The REST API reference, rendered from the app's own OpenAPI document (offline)."""
    spec = request.app.openapi()
    return _page(request, "api_docs.html", spec=spec, operations=api_operations(spec),
                 schemas=spec.get("components", {}).get("schemas", {}))


@router.get("/", response_class=HTMLResponse)
def events_page(request: Request, flt: Filters, cursor: Short = None) -> HTMLResponse:
    """The event table with its filter form."""
    page = store_of(request).events(flt, limit=50, cursor=cursor)
    args = {k: v for k, v in request.query_params.multi_items() if k != "cursor" and v}
    return _page(request, "events.html", events=page.items, next=page.next, args=args,
                 selected=set(flt.statuses))


@router.get("/events/{event_id}", response_class=HTMLResponse)
def evidence_page(request: Request, event_id: str) -> HTMLResponse:
    """One event with its article, the sentence and every field's span highlighted."""
    found = store_of(request).evidence(event_id)
    if found is None:
        raise ApiError(404, f"no event with id {event_id!r}")
    return _page(request, "evidence.html", ev=found, event=found["event"],
                 segments=text_segments(found["text"], found["spans"]), fields=FIELDS)


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(request: Request, a: Short = None, b: Short = None) -> HTMLResponse:
    """A dyad's (or one actor's) events on a time axis, drawn by status."""
    events = store_of(request).timeline(a, b, limit=500) if a else []
    return _page(request, "timeline.html", a=a or "", b=b or "",
                 layout=timeline_layout(events))


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request, flt: Filters) -> HTMLResponse:
    """Who meets whom: actors on a circle, edges by event count and main status."""
    dyads = store_of(request).dyads(flt, limit=60)
    return _page(request, "network.html", layout=network_layout(dyads), dyads=dyads)


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, flt: Filters) -> HTMLResponse:
    """Event places on a lon/lat graticule (works offline: no map tiles)."""
    places = store_of(request).event_places(flt)
    return _page(request, "map.html", layout=map_layout(places), places=places)

