"""REST routes under /api: read endpoints open, the write endpoint behind a bearer token."""

from __future__ import annotations

import hmac
import threading
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, ConfigDict, Field

from dipwatch.api.errors import ApiError
from dipwatch.errors import DipwatchError
from dipwatch.store import EventFilter, Store

router = APIRouter(prefix="/api")

API_MAX_LIMIT = 500
MAX_TEXT_CHARS = 200_000  # one article; larger bodies are refused before parsing
MAX_BODY_BYTES = 1_000_000
_SHORT = 200  # any filter value longer than this is not a name, a date or a phrase

Short = Annotated[str | None, Query(max_length=_SHORT)]
Many = Annotated[list[str] | None, Query(max_length=20)]


def store_of(request: Request) -> Store:
    """The app's store (one per app, connections per thread)."""
    store: Store = request.app.state.store
    return store


def _split(values: list[str] | None, name: str) -> tuple[str, ...]:
    out = tuple(v.strip() for value in values or [] for v in value.split(",") if v.strip())
    if any(len(v) > _SHORT for v in out):
        raise ApiError(422, f"{name} values must be at most {_SHORT} characters",
                       errors=[{"field": name, "message": "too long"}])
    return out


def _dyad(values: list[str] | None) -> tuple[str, str] | None:
    parts = _split(values, "dyad")
    if not parts:
        return None
    if len(parts) != 2:
        raise ApiError(422, "dyad takes exactly two actors: dyad=A&dyad=B or dyad=A,B",
                       errors=[{"field": "dyad", "message": f"got {len(parts)} values"}])
    return parts[0], parts[1]


def event_filter(
    actor: Short = None, dyad: Many = None, claimed_by: Short = None, type: Many = None,
    mode: Many = None, status: Many = None, country: Short = None, place: Short = None,
    since: Short = None, until: Short = None,
    q: Annotated[str | None, Query(max_length=_SHORT, description="evidence text")] = None,
    generic: bool | None = None, article_id: Short = None,
) -> EventFilter:
    """Event filters from query parameters (lists: repeat the parameter or use commas)."""
    return EventFilter(
        actor=actor, dyad=_dyad(dyad), claimed_by=claimed_by, types=_split(type, "type"),
        modes=_split(mode, "mode"), statuses=_split(status, "status"), country=country,
        place=place, since=since, until=until, text=q, generic=generic, article_id=article_id,
    )


Filters = Annotated[EventFilter, Depends(event_filter)]
Limit = Annotated[int, Query(ge=1, le=API_MAX_LIMIT)]
Cursor = Annotated[str | None, Query(max_length=1000)]


def _found(item: dict[str, Any] | None, what: str, key: str) -> dict[str, Any]:
    if item is None:
        raise ApiError(404, f"no {what} with id {key!r}")
    return item


@router.get("/articles")
def list_articles(request: Request, limit: Limit = 100, cursor: Cursor = None) -> dict[str, Any]:
    """Article summaries (no text), ordered by id, with a cursor to the next page."""
    page = store_of(request).articles(limit=limit, cursor=cursor)
    return {"articles": page.items, "next": page.next}


@router.get("/articles/{article_id}")
def get_article(request: Request, article_id: str) -> dict[str, Any]:
    """One article: text, metadata, document layers and its event ids."""
    return _found(store_of(request).article(article_id), "article", article_id)


@router.get("/events")
def list_events(request: Request, flt: Filters, limit: Limit = 100, cursor: Cursor = None,
                order: Literal["asc", "desc"] = "asc") -> dict[str, Any]:
    """Events matching the filters, in time order, one page at a time."""
    page = store_of(request).events(flt, limit=limit, cursor=cursor,
                                    descending=order == "desc")
    return {"events": page.items, "next": page.next}


@router.get("/events/{event_id}")
def get_event(request: Request, event_id: str) -> dict[str, Any]:
    """One event record (DESIGN §3)."""
    return _found(store_of(request).event(event_id), "event", event_id)


@router.get("/events/{event_id}/evidence")
def get_evidence(request: Request, event_id: str) -> dict[str, Any]:
    """The article text with the span of every field of the event."""
    return _found(store_of(request).evidence(event_id), "event", event_id)


@router.get("/actors")
def list_actors(request: Request, q: Short = None, limit: Limit = 100) -> dict[str, Any]:
    """Actors (participants, not claim sources) with their event counts."""
    return {"actors": store_of(request).actors(q=q, limit=limit)}


@router.get("/dyads")
def list_dyads(request: Request, flt: Filters, limit: Limit = 100) -> dict[str, Any]:
    """Actor pairs with event counts per status, busiest first."""
    return {"dyads": store_of(request).dyads(flt, limit=limit)}


@router.get("/timeline")
def get_timeline(
    request: Request, a: Annotated[str, Query(min_length=1, max_length=_SHORT)],
    b: Short = None, limit: Limit = API_MAX_LIMIT,
) -> dict[str, Any]:
    """Events of actor ``a`` (or of the dyad ``a`` - ``b``), oldest first."""
    return {"a": a, "b": b, "events": store_of(request).timeline(a, b, limit=limit)}


@router.get("/places")
def list_places(request: Request, flt: Filters) -> dict[str, Any]:
    """Event places with coordinates and counts per status (the map's data)."""
    return {"places": store_of(request).event_places(flt)}


class ArticleIn(BaseModel):
    """An article to extract and store."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS)
    published: str | None = Field(default=None, max_length=40)
    title: str | None = Field(default=None, max_length=1000)
    url: str | None = Field(default=None, max_length=2000)


def require_writer(request: Request) -> None:
    """Allow a write only when enabled and the bearer token matches."""
    state = request.app.state
    if state.read_only:
        raise ApiError(403, "the server runs in read-only mode; writes are disabled")
    if not state.token:
        raise ApiError(403, "writes are disabled: start the server with DIPWATCH_TOKEN set")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    # compare_digest: the comparison time does not reveal how much of the token matched
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.encode(),
                                                             state.token.encode()):
        raise ApiError(401, "missing or wrong bearer token (Authorization: Bearer <token>)",
                       headers={"WWW-Authenticate": "Bearer"})


_PIPE_LOCK = threading.Lock()


def _pipeline(request: Request) -> Any:
    from dipwatch.store.ingest import load_factory

    with _PIPE_LOCK:
        if request.app.state.pipeline is None:
            try:
                request.app.state.pipeline = load_factory(request.app.state.pipeline_spec)()
            except ImportError as e:
                raise ApiError(503, f"the extraction pipeline is not available: {e}") from e
        return request.app.state.pipeline


@router.post("/articles", status_code=201, dependencies=[Depends(require_writer)])
def post_article(request: Request, body: ArticleIn) -> dict[str, Any]:
    """Extract events from one article and store them (needs the bearer token)."""
    from dipwatch.model.records import Rejection
    from dipwatch.stages.ingest.sources import article_from_record

    try:
        article = article_from_record(body.model_dump(), source="<api>")
    except DipwatchError as e:
        raise ApiError(422, str(e), code=str(e.code),
                       errors=[{"field": "text", "message": e.detail}]) from e
    pipe = _pipeline(request)
    with _PIPE_LOCK:  # one parse at a time: a pipeline object is not thread-safe
        doc = pipe.process(article)
    store = store_of(request)
    # The pipeline reports a failed document inside it (errors) or, for other pipelines,
    # as a Rejection: either way it is stored as a rejection and answered with 422.
    errors = [doc] if isinstance(doc, Rejection) else list(doc.errors)
    if errors:
        for error in errors:
            store.write_rejection(error)
        raise ApiError(422, errors[0].message, code=str(errors[0].code),
                       errors=[{"field": "text", "message": e.message} for e in errors])
    store.write_document(doc, article=article)
    return {"ok": True, "article_id": article.id, "events": [e.to_dict() for e in doc.events]}
