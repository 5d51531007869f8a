"""PLOVER and CAMEO exports of stored events, on both engines (sample docs: tests/store/docs.py)."""

from __future__ import annotations

import csv
import io
import json

from dipwatch.store.export import CAMEO_COLUMNS, export_events
from dipwatch.store.queries import EventFilter


def _by_event(rows, key="event_id"):
    return {r[key]: r for r in rows}


def test_plover_export_drops_denied_and_takes_story_from_article(filled):
    out = io.StringIO()
    n = export_events(filled, "plover", out=out)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert n == len(records) == 5  # six stored events, the denied Putin-Choe meeting dropped
    stored = {e["id"]: e for e in filled.iter_events()}
    denied = [i for i, e in stored.items() if e["status"] == "denied"]
    assert denied and not set(denied) & {r["event_id"] for r in records}
    for record in records:
        event = stored[record["event_id"]]
        article = filled.article(event["article_id"])
        # date, title and url come from the article row, not from the event record
        assert record["publication_date"] == article["published"]
        assert record["story_title"] == article["title"]
        assert record["story_id"] == article["id"]
    types = {r["actors"][0]["name"] + "/" + r["event_type"] for r in records}
    assert "Emmanuel Macron/REJECT" in types  # the cancelled summit


def test_plover_export_respects_filter(filled):
    out = io.StringIO()
    n = export_events(filled, "plover", out=out, flt=EventFilter(statuses=("occurred",)))
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert n == 1 and records[0]["status"] == "occurred"


def test_cameo_export_is_a_table_of_triples(filled, tmp_path):
    path = tmp_path / "cameo.csv"
    n = export_events(filled, "cameo", path=path)
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames) == CAMEO_COLUMNS
        rows = list(reader)
    assert n == len(rows) == 4  # denied and 'possible' events have no CAMEO code here
    pairs = {(r["source"], r["target"], r["cameo_code"]) for r in rows}
    assert ("RUSGOV", "USAGOV", "040") in pairs
    stored = _by_event(filled.iter_events(), key="id")
    for row in rows:
        event = stored[row["event_id"]]
        assert row["date"] == ((event.get("time") or {}).get("start") or "")
        assert row["status"] == event["status"] != "denied"
