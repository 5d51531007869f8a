"""The one JSON error shape: every 4xx/5xx of the API has exactly these keys."""

from __future__ import annotations

from pathlib import Path

import pytest

from dipwatch.api.errors import error_body

TOKEN = "test-token-written-for-tests"
SHAPE = {"ok", "error", "errors", "code", "status"}


def assert_shape(response, status: int, code: str | None = None) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == SHAPE
    assert body["ok"] is False and body["status"] == status
    assert isinstance(body["error"], str) and body["error"]
    assert all(set(e) == {"field", "message"} for e in body["errors"])
    if code:
        assert body["code"] == code
    return body


def test_error_body_is_the_shape():
    body = error_body(404, "no such thing")
    assert body == {"ok": False, "error": "no such thing", "errors": [], "code": "not_found",
                    "status": 404}


def test_not_found_event_and_route(client):
    assert_shape(client.get("/api/events/ev_missing"), 404, "not_found")
    assert_shape(client.get("/api/events/ev_missing/evidence"), 404, "not_found")
    assert_shape(client.get("/api/articles/ar_missing"), 404, "not_found")
    assert_shape(client.get("/api/no-such-route"), 404, "not_found")
    assert_shape(client.get("/events/ev_missing"), 404, "not_found")


def test_method_not_allowed(client):
    assert_shape(client.delete("/api/events"), 405, "method_not_allowed")


@pytest.mark.parametrize("limit", ["501", "100000000000000000000", "0", "-5", "ten"])
def test_bad_page_size(client, limit):
    body = assert_shape(client.get("/api/events", params={"limit": limit}), 422,
                        "validation_error")
    assert body["errors"][0]["field"] == "limit"


@pytest.mark.parametrize("params", [
    {"actor": "'; DROP TABLE events; --"},
    {"q": "%' OR '1'='1"},
    {"status": "denied' UNION SELECT * FROM articles --"},
    {"country": "RUS'--"},
    {"dyad": ["a'; --", "b"]},
    {"place": "_%_%"},
])
def test_sql_metacharacters_are_plain_values(client, store, params):
    r = client.get("/api/events", params=params)
    assert r.status_code == 200
    assert r.json()["events"] == []
    assert store.counts()["events"] == 6


@pytest.mark.parametrize(("params", "field"), [
    ({"since": "2024-13'"}, "since"),
    ({"until": "tomorrow"}, "until"),
    ({"cursor": "bm90IGEgY3Vyc29y"}, "cursor"),
    ({"actor": "nul\x00"}, "actor"),
])
def test_bad_filter_values_400(client, params, field):
    body = assert_shape(client.get("/api/events", params=params), 400, "E601")
    assert body["errors"][0]["field"] == field


@pytest.mark.parametrize("params", [{"actor": "x" * 201}, {"dyad": ["a", "b", "c"]},
                                    {"status": ["x" * 300]}, {"generic": "maybe"},
                                    {"order": "sideways"}])
def test_invalid_parameters_422(client, params):
    assert_shape(client.get("/api/events", params=params), 422, "validation_error")


def test_timeline_requires_a(client):
    body = assert_shape(client.get("/api/timeline"), 422, "validation_error")
    assert body["errors"][0]["field"] == "a"


ARTICLE = {"text": "Alpha Leader met Beta Minister on 2024-09-02. (Written for tests.)"}


def test_write_without_token_401(client):
    body = assert_shape(client.post("/api/articles", json=ARTICLE), 401, "unauthorized")
    assert "bearer" in body["error"].lower()


def test_write_with_wrong_token_401(client):
    r = client.post("/api/articles", json=ARTICLE, headers={"Authorization": "Bearer nope"})
    assert_shape(r, 401, "unauthorized")
    assert r.headers["www-authenticate"] == "Bearer"


def test_write_read_only_403(client_with):
    client = client_with(token=TOKEN, read_only=True)
    r = client.post("/api/articles", json=ARTICLE, headers={"Authorization": f"Bearer {TOKEN}"})
    assert_shape(r, 403, "forbidden")


def test_oversized_upload_413(client_with):
    client = client_with(token=TOKEN, max_body_bytes=2_000)
    big = {"text": "word " * 1_000}
    r = client.post("/api/articles", json=big, headers={"Authorization": f"Bearer {TOKEN}"})
    assert_shape(r, 413, "payload_too_large")


def test_oversized_chunked_upload_413(client_with):
    client = client_with(token=TOKEN, max_body_bytes=2_000)

    def chunks():
        for _ in range(10):
            yield b"x" * 500

    r = client.post("/api/articles", content=chunks(),
                    headers={"Authorization": f"Bearer {TOKEN}",
                             "Content-Type": "application/json"})
    assert_shape(r, 413, "payload_too_large")


@pytest.mark.parametrize(("body", "field"), [
    ({"text": ""}, "text"),
    ({"title": "no text"}, "text"),
    ({"text": "ok", "unknown": 1}, "unknown"),
    ({"text": "x" * 200_001}, "text"),
])
def test_invalid_article_body_422(client, body, field):
    r = client.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    data = assert_shape(r, 422, "validation_error")
    assert field in {e["field"] for e in data["errors"]}


def test_rejected_article_text_422_with_catalogue_code(client):
    r = client.post("/api/articles", json={"text": "   \n  "},
                    headers={"Authorization": f"Bearer {TOKEN}"})
    assert_shape(r, 422, "E103")


def test_malformed_json_422(client):
    r = client.post("/api/articles", content=b"{not json",
                    headers={"Authorization": f"Bearer {TOKEN}",
                             "Content-Type": "application/json"})
    assert_shape(r, 422, "validation_error")


def test_unexpected_error_500(client, store, monkeypatch):
    def boom(*args, **kwargs):
        raise RuntimeError("database on fire (test)")

    monkeypatch.setattr(store, "events", boom)
    body = assert_shape(client.get("/api/events"), 500, "internal_error")
    assert "on fire" not in body["error"]  # internals stay in the server log


def test_document_with_errors_422_and_stored(store, monkeypatch):
    from fastapi.testclient import TestClient

    from dipwatch.api.app import create_app

    monkeypatch.syspath_prepend(str(Path(__file__).parents[1] / "store"))
    app = create_app(store, pipeline="fakepipe:ErrorPipeline", token=TOKEN)
    client = TestClient(app, raise_server_exceptions=False)
    r = client.post("/api/articles", json=ARTICLE, headers={"Authorization": f"Bearer {TOKEN}"})
    assert_shape(r, 422, "E109")
    assert [x["code"] for x in store.rejections()] == ["E109"]
    assert store.counts()["articles"] == 3  # the failed article is not stored
