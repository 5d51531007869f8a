"""REST routes: listings, filters, pagination, evidence, writes behind the token."""

from __future__ import annotations

import pytest
from dipwatch_store_testdocs import doc_a

TOKEN = "test-token-written-for-tests"


def test_events_filter_status_actor_since(client):
    r = client.get("/api/events", params={"status": "denied", "actor": "Putin",
                                          "since": "2024-09-01"})
    assert r.status_code == 200
    body = r.json()
    assert [e["status"] for e in body["events"]] == ["denied"]
    assert body["next"] is None
    assert set(body["events"][0]) >= {"id", "article_id", "type", "actors", "recipients",
                                      "status", "claim", "time", "place", "evidence"}


@pytest.mark.parametrize("params", [{"dyad": ["Choe", "Putin"]}, {"dyad": "Putin,Choe"}])
def test_events_dyad_param_forms(client, params):
    events = client.get("/api/events", params=params).json()["events"]
    assert [e["status"] for e in events] == ["denied"]


def test_events_multi_status_and_order(client):
    r = client.get("/api/events", params={"status": "denied,cancelled", "order": "desc"})
    assert [e["status"] for e in r.json()["events"]] == ["cancelled", "denied"]


def test_events_cursor_pages(client):
    seen, url, params = [], "/api/events", {"limit": 4}
    while True:
        body = client.get(url, params=params).json()
        seen += [e["id"] for e in body["events"]]
        if not body["next"]:
            break
        params = {"limit": 4, "cursor": body["next"]}
    assert len(seen) == len(set(seen)) == 6


def test_event_and_evidence(client):
    _, doc = doc_a()
    event_id = doc.events[0].id
    assert client.get(f"/api/events/{event_id}").json()["status"] == "denied"
    ev = client.get(f"/api/events/{event_id}/evidence").json()
    assert ev["claim_source"] == "Kremlin"
    trigger = next(s for s in ev["spans"] if s["field"] == "trigger")
    assert ev["text"][trigger["start"]:trigger["end"]] == "meeting"


def test_articles_list_and_get(client):
    body = client.get("/api/articles", params={"limit": 2}).json()
    assert len(body["articles"]) == 2 and body["next"]
    article = client.get(f"/api/articles/{body['articles'][0]['id']}").json()
    assert article["text"] and article["event_ids"]


def test_actors_dyads_timeline_places(client):
    actors = client.get("/api/actors", params={"q": "lavrov"}).json()["actors"]
    assert [(a["name"], a["events"]) for a in actors] == [("Sergey Lavrov", 2)]
    dyads = client.get("/api/dyads").json()["dyads"]
    assert dyads[0]["events"] == 2
    tl = client.get("/api/timeline", params={"a": "Lavrov"}).json()
    assert [e["status"] for e in tl["events"]] == ["occurred", "scheduled"]
    places = client.get("/api/places", params={"status": "occurred"}).json()["places"]
    assert [p["name"] for p in places] == ["Geneva"]


def test_openapi_lists_routes(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}/evidence", "/api/articles",
            "/api/timeline", "/api/dyads", "/api/actors"} <= set(spec["paths"])
    docs = client.get("/docs")
    assert docs.status_code == 200
    # the offline reference lists every operation and needs no CDN
    assert "/api/events/{event_id}/evidence" in docs.text
    assert 'src="https://' not in docs.text and "jsdelivr" not in docs.text
    assert client.get("/swagger").status_code == 200


ARTICLE = {"text": "Alpha Leader met Beta Minister on 2024-09-02. (Written for tests.)",
           "published": "2024-09-03", "title": "Test"}


def test_post_article_with_token_stores_events(client, store):
    before = store.counts()["events"]
    r = client.post("/api/articles", json=ARTICLE,
                    headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["ok"] is True and len(body["events"]) == 1
    assert store.counts()["events"] == before + 1
    again = client.post("/api/articles", json=ARTICLE,
                        headers={"Authorization": f"Bearer {TOKEN}"})
    assert again.status_code == 201
    assert store.counts()["events"] == before + 1  # idempotent by article id


def test_post_article_read_only(client_with):
    client = client_with(token=TOKEN, read_only=True)
    r = client.post("/api/articles", json=ARTICLE,
                    headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 403
    assert "read-only" in r.json()["error"]


def test_post_article_without_server_token_disabled(client_with):
    client = client_with(token=None)
    r = client.post("/api/articles", json=ARTICLE, headers={"Authorization": "Bearer x"})
    assert r.status_code == 403
    assert "DIPWATCH_TOKEN" in r.json()["error"]


def test_ui_pages_render(client):
    _, doc = doc_a()
    for url in ("/", "/?status=denied", "/timeline?a=RUS&b=PRK", "/network", "/map",
                f"/events/{doc.events[0].id}"):
        r = client.get(url)
        assert r.status_code == 200, url
        assert "text/html" in r.headers["content-type"]
    assert 'class="badge status-denied"' in client.get("/?status=denied").text
