"""The Python API: `dipwatch.extract` returns a Document, with errors instead of raising."""

from __future__ import annotations

import pytest

import dipwatch


@pytest.mark.model
def test_extract_returns_document_with_events():
    doc = dipwatch.extract("Estonian Prime Minister Kristen Michal met Latvian Prime Minister "
                           "Evika Silina in Riga on Friday.", published="2024-11-20")
    (event,) = doc.events
    assert event.type == "CONSULT" and event.status == "occurred"
    assert event.time is not None and event.time.start == "2024-11-15"
    assert doc.to_dict()["events"][0]["id"] == event.id


@pytest.mark.parametrize(("text", "published", "code"), [
    ("   \n ", None, "E103"),
    ("Leaders met.", "2024-02-31", "E108"),
])
def test_bad_input_is_reported_not_raised(text, published, code):
    doc = dipwatch.extract(text, published=published)
    assert [e.code for e in doc.errors] == [code]
    assert doc.events == ()


@pytest.mark.model
def test_dateline_dates_an_article_without_publication_date():
    doc = dipwatch.extract("KYIV, March 6, 2024 (Test Wire) – Ukrainian Foreign Minister "
                           "Dmytro Kuleba met Polish Foreign Minister Radoslaw Sikorski on "
                           "Monday.")
    assert doc.published == "2024-03-06" and doc.meta["published_source"] == "dateline"
    (event,) = doc.events
    assert event.time is not None and event.time.start == "2024-03-04"


@pytest.mark.model
def test_no_date_anywhere_leaves_relative_times_unresolved():
    doc = dipwatch.extract("Polish Foreign Minister Radoslaw Sikorski met Ukrainian Foreign "
                           "Minister Dmytro Kuleba on Monday.")
    assert doc.published is None and "publication date unknown" in doc.meta["warning"]
    assert all(e.time is None or e.time.start is None for e in doc.events)


@pytest.mark.model
def test_vague_future_without_publication_date_is_no_error():
    doc = dipwatch.extract("Talks could resume soon, officials said, and the ministers of "
                           "Chile and Peru will meet in the coming weeks.")
    assert doc.errors == ()


@pytest.mark.model
@pytest.mark.parametrize(("text", "mode"), [
    ("Russian President Vladimir Putin called Emmanuel Macron on Monday.", "phone"),
    ("Yoko Kamikawa will call on President Ferdinand Marcos on Wednesday.", "visit"),
])
def test_call_is_a_phone_call_unless_one_calls_on_someone(text, mode):
    doc = dipwatch.extract(text, published="2024-05-15")
    assert [e.mode for e in doc.events if e.type == "CONSULT"] == [mode]


@pytest.mark.model
def test_factuality_reads_the_given_mentions_as_one_document():
    # Written for this test: the second "merger" has no cue of its own; it is the planned one.
    text = ("Transport ministers on Monday presented a planned merger of the two state "
            "railways. The merger creates the region's largest rail carrier, officials said.")
    first, second = text.index("merger"), text.rindex("merger")
    triggers = [{"start": first, "end": first + 6}, {"start": second, "end": second + 6}]
    doc = dipwatch.extract(text, published="2025-03-10", triggers=triggers)
    assert [f.status for f in doc.factuality] == ["scheduled", "scheduled"]
    alone = dipwatch.extract(text, published="2025-03-10", triggers=triggers[1:])
    assert [f.status for f in alone.factuality] == ["occurred"]


@pytest.mark.model
def test_layers_limit_the_lists_computed():
    doc = dipwatch.extract("Estonian Prime Minister Kristen Michal met Latvian Prime Minister "
                           "Evika Silina in Riga on Friday.", published="2024-11-20",
                           layers=["places"])
    assert doc.events == () and doc.entities == ()
    assert [p.text for p in doc.places] == ["Riga"]
