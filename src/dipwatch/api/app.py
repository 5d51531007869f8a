"""The ASGI application: REST API under /api (OpenAPI at /docs) and the web UI at /."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dipwatch import __version__
from dipwatch.api import errors
from dipwatch.api.errors import error_response
from dipwatch.api.routes import MAX_BODY_BYTES, router
from dipwatch.store import Store


class BodyLimit:
    """Refuse request bodies over ``max_bytes`` with 413 before anything parses them.

    Content-Length is checked first; a chunked body is counted as it arrives, so a client
    cannot get past the limit by omitting the header.
    """

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(scope, receive, send)
            return
        chunks, total = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            total += len(chunk)
            if total > self.max_bytes:
                await self._refuse(scope, receive, send)
                return
            chunks.append(chunk)
            if not message.get("more_body"):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = error_response(
            413, f"request body larger than {self.max_bytes:,} bytes; send one article per "
            "request, or use `dipwatch ingest` for corpora")
        await response(scope, receive, send)


def create_app(db: str | Path | Store, *, read_only: bool = False, token: str | None = None,
               pipeline: str | None = None, max_body_bytes: int = MAX_BODY_BYTES) -> FastAPI:
    """Build the app over a store.

    Args:
        db: SQLite path, PostgreSQL DSN, or an open Store.
        read_only: disable every write endpoint.
        token: bearer token for writes; None disables writes.
        pipeline: ``module:callable`` for POST /api/articles (default: the real Pipeline).
        max_body_bytes: request body size limit.

    Returns:
        The FastAPI application.
    """
    store = db if isinstance(db, Store) else Store(db)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        if not isinstance(db, Store):  # close only what we opened
            store.close()

    app = FastAPI(
        title="dipwatch", version=__version__, lifespan=lifespan,
        # /docs is our own server-rendered page (web/views.py): Swagger UI loads its
        # scripts from a CDN and shows a blank page offline. Swagger stays at /swagger.
        docs_url="/swagger", redoc_url=None,
        description="Source-linked records of diplomatic events: every field traces back "
        "to its sentence. Read endpoints are open; POST /api/articles needs a bearer token.",
    )
    state: Any = app.state
    state.store, state.read_only, state.token = store, read_only, token
    state.pipeline, state.pipeline_spec = None, pipeline
    errors.install(app)
    app.include_router(router)
    from dipwatch.web.views import STATIC_DIR
    from dipwatch.web.views import router as web_router

    app.include_router(web_router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)
    return app
