"""The one JSON error shape of the REST API, and the handlers that produce it.

Every 4xx/5xx body is ``{"ok": false, "error": str, "errors": [{"field", "message"}],
"code": str, "status": int}``, built by :func:`error_body` only. ``code`` is the error
catalogue code when the failure carries one (E601 bad parameter, E1xx rejected article text),
and otherwise a stable name of the HTTP condition (``not_found``, ``unauthorized``, ...).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from dipwatch.errors import DipwatchError
from dipwatch.store.queries import QueryError

log = logging.getLogger(__name__)

# Names for HTTP conditions that have no catalogue code.
HTTP_CODES = {
    400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
    405: "method_not_allowed", 413: "payload_too_large", 415: "unsupported_media_type",
    422: "validation_error", 429: "too_many_requests", 500: "internal_error",
    503: "unavailable",
}


class ApiError(Exception):
    """Raise from a route to answer with the error shape."""

    def __init__(self, status: int, error: str, *, code: str | None = None,
                 errors: Sequence[dict[str, Any]] = (),
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(error)
        self.status = status
        self.error = error
        self.code = code or HTTP_CODES.get(status, f"http_{status}")
        self.errors = list(errors)
        self.headers = headers


def error_body(status: int, error: str, *, code: str | None = None,
               errors: Sequence[dict[str, Any]] = ()) -> dict[str, Any]:
    """The error shape. The single place it is built.

    Args:
        status: the HTTP status.
        error: one human sentence saying what went wrong and how to fix it.
        code: catalogue code or HTTP condition name (default: from ``status``).
        errors: per-field details, each ``{"field": str | None, "message": str}``.

    Returns:
        The JSON-ready body.
    """
    return {
        "ok": False,
        "error": error,
        "errors": [{"field": e.get("field"), "message": str(e.get("message"))} for e in errors],
        "code": code or HTTP_CODES.get(status, f"http_{status}"),
        "status": status,
    }


def error_response(status: int, error: str, *, code: str | None = None,
                   errors: Sequence[dict[str, Any]] = (),
                   headers: dict[str, str] | None = None) -> JSONResponse:
    """A JSONResponse carrying :func:`error_body`."""
    return JSONResponse(error_body(status, error, code=code, errors=errors), status_code=status,
                        headers=headers)


def _field(loc: Sequence[Any]) -> str | None:
    # ("query", "limit") -> "limit"; ("body", "text") -> "text"
    parts = [str(p) for p in loc if p not in ("query", "body", "path", "header")]
    return ".".join(parts) or None


async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
    errors = [{"field": _field(e.get("loc", ())), "message": e.get("msg", "invalid")}
              for e in exc.errors()]
    fields = ", ".join(sorted({e["field"] or "request" for e in errors}))
    return error_response(422, f"invalid request parameters: {fields}", errors=errors)


async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
    detail = exc.detail if isinstance(exc.detail, str) else "request failed"
    return error_response(exc.status_code, detail, headers=getattr(exc, "headers", None))


async def _api(_: Request, exc: ApiError) -> JSONResponse:
    return error_response(exc.status, exc.error, code=exc.code, errors=exc.errors,
                          headers=exc.headers)


async def _query(_: Request, exc: QueryError) -> JSONResponse:
    return error_response(400, exc.detail, code=str(exc.code),
                          errors=[{"field": exc.field, "message": exc.detail}])


async def _dipwatch(_: Request, exc: DipwatchError) -> JSONResponse:
    client = str(exc.code).startswith(("E1", "E6"))
    return error_response(400 if client else 500, str(exc), code=str(exc.code))


async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error", exc_info=exc)
    return error_response(500, "internal error; the server log has the details")


def install(app: FastAPI) -> None:
    """Route every error of ``app`` through the one shape."""
    app.add_exception_handler(RequestValidationError, _validation)  # type: ignore[arg-type]
    app.add_exception_handler(StarletteHTTPException, _http)  # type: ignore[arg-type]
    app.add_exception_handler(ApiError, _api)  # type: ignore[arg-type]
    app.add_exception_handler(QueryError, _query)  # type: ignore[arg-type]
    app.add_exception_handler(DipwatchError, _dipwatch)  # type: ignore[arg-type]
    app.add_exception_handler(Exception, _unexpected)
