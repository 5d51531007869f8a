"""Writes: idempotent upserts by deterministic ids; one transaction per article."""

from __future__ import annotations

import dataclasses

import pytest
from dipwatch_store_testdocs import doc_a, sample

from dipwatch.model.records import Rejection


def test_write_document_counts(filled):
    counts = filled.counts()
    assert counts["articles"] == 3
    assert counts["events"] == 6
    assert counts["quotes"] == 1
    assert counts["places"] == 2


def test_write_document_twice_no_duplicates(filled):
    before = filled.counts()
    for article, doc in sample():
        filled.write_document(doc, article=article)
    assert filled.counts() == before


def test_rewrite_replaces_events_of_article(filled):
    article, doc = doc_a()
    smaller = dataclasses.replace(doc, events=doc.events[:1])
    before = filled.counts()
    filled.write_document(smaller, article=article)
    after = filled.counts()
    assert after["events"] == 5
    # the dropped event had one actor and one recipient: one pair row (filed once)
    assert after["event_pairs"] == before["event_pairs"] - 1
    assert after["event_actors"] == before["event_actors"] - 2
    assert filled.article(doc.id)["event_ids"] == [doc.events[0].id]


def test_stored_record_round_trips(filled):
    _, doc = doc_a()
    for event in doc.events:
        assert filled.event(event.id) == event.to_dict()


def test_article_keeps_text_and_metadata(filled):
    article, doc = doc_a()
    stored = filled.article(doc.id)
    assert stored["text"] == doc.text
    assert stored["source"] == article.source
    assert stored["published_source"] == "given"
    assert stored["n_events"] == len(doc.events)


def test_failed_write_inside_transaction_rolls_back(store):
    article, doc = doc_a()
    payload = doc.to_dict()
    payload["quotes"].append({"text": "no offsets"})  # KeyError while preparing rows
    with pytest.raises(KeyError):
        store.write_document(payload, article=article)
    payload["quotes"][-1] = {"text": None, "start": 0, "end": 1, "record": None}
    # NOT NULL on quotes.text fails inside the transaction: the article row must roll back.
    with pytest.raises(Exception, match=r"(?i)null"):
        store.write_document(payload, article=article)
    counts = store.counts()
    assert (counts["articles"], counts["events"], counts["actors"]) == (0, 0, 0)


def test_rejection_idempotent(store):
    rej = Rejection(stage="ingest", code="E103", message="empty", source="x.txt")
    first = store.write_rejection(rej)
    second = store.write_rejection(rej)
    assert first == second
    assert store.counts()["rejections"] == 1
    assert store.rejections()[0]["code"] == "E103"


def test_raw_input_content_addressed(store):
    sha = store.write_raw(b"hello")
    assert store.write_raw(b"hello") == sha
    assert store.db.scalar("SELECT COUNT(*) FROM raw_inputs") == 1


def test_run_recorded(store):
    run_id = store.start_run(command="ingest", config_hash="abc", versions={"dipwatch": "0"})
    store.finish_run(run_id, {"articles": 2})
    row = store.db.query("SELECT * FROM runs WHERE id = :id", {"id": run_id})[0]
    assert row["config_hash"] == "abc"
    assert row["finished_at"] is not None
    assert '"articles":2' in row["counts"]


def test_known_article_ids(filled):
    _, doc = doc_a()
    assert filled.known_article_ids([doc.id, "ar_missing"]) == {doc.id}
