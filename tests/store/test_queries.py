"""Queries: every filter, keyset pagination, evidence spans, hostile values."""

from __future__ import annotations

import pytest
from dipwatch_store_testdocs import doc_a, doc_b, doc_c

from dipwatch.store import EventFilter, QueryError
from dipwatch.store.queries import decode_cursor, encode_cursor, like_pattern


def _types(page):
    return sorted((e["status"], e["actors"][0]["name"]) for e in page.items)


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (EventFilter(statuses=("denied",)), [("denied", "Vladimir Putin")]),
        (EventFilter(statuses=("denied", "cancelled")),
         [("cancelled", "Emmanuel Macron"), ("denied", "Vladimir Putin")]),
        (EventFilter(actor="lavrov"),
         [("occurred", "Sergey Lavrov"), ("scheduled", "Sergey Lavrov")]),
        (EventFilter(actor="PRK"), [("denied", "Vladimir Putin"), ("ongoing", "Choe Son Hui")]),
        (EventFilter(modes=("visit",)),
         [("ongoing", "Choe Son Hui"), ("scheduled", "Sergey Lavrov")]),
        (EventFilter(country="che"), [("occurred", "Sergey Lavrov")]),
        (EventFilter(place="vladi"), [("ongoing", "Choe Son Hui")]),
        (EventFilter(text="CALLED OFF"), [("cancelled", "Emmanuel Macron")]),
        (EventFilter(generic=True), [("possible", "Emmanuel Macron")]),
        (EventFilter(claimed_by="kremlin"), [("denied", "Vladimir Putin")]),
        (EventFilter(types=("consult",), statuses=("scheduled",)),
         [("scheduled", "Sergey Lavrov")]),
    ],
)
def test_list_events_filters(filled, flt, expected):
    assert _types(filled.events(flt)) == expected
    assert filled.count_events(flt) == len(expected)


@pytest.mark.parametrize("pair", [("Choe", "Putin"), ("Putin", "Choe")])
def test_dyad_either_direction(filled, pair):
    assert _types(filled.events(EventFilter(dyad=pair))) == [("denied", "Vladimir Putin")]


def test_dyad_by_country_codes(filled):
    # Putin (RUS) - Choe (PRK), and Choe (PRK) visiting Russia (RUS).
    expected = [("denied", "Vladimir Putin"), ("ongoing", "Choe Son Hui")]
    assert _types(filled.events(EventFilter(dyad=("RUS", "PRK")))) == expected
    assert [e["status"] for e in filled.timeline("PRK", "RUS")] == ["denied", "ongoing"] or [
        e["status"] for e in filled.timeline("PRK", "RUS")] == ["ongoing", "denied"]


@pytest.mark.parametrize("descending", [False, True])
def test_dyad_pages_with_cursor(filled, descending):
    flt = EventFilter(dyad=("RUS", "PRK"))
    first = filled.events(flt, limit=1, descending=descending)
    second = filled.events(flt, limit=1, cursor=first.next, descending=descending)
    assert first.next and second.next is None
    ids = [first.items[0]["id"], second.items[0]["id"]]
    assert ids == [e["id"] for e in filled.events(flt, descending=descending).items]
    assert len(set(ids)) == 2


def test_dyad_with_other_filters(filled):
    flt = EventFilter(dyad=("RUS", "PRK"), statuses=("ongoing",))
    assert [e["status"] for e in filled.events(flt).items] == ["ongoing"]


def test_dyad_needs_two_distinct_participants(filled):
    # Lavrov is alone on the actor side of both his events: a dyad with himself matches none.
    assert filled.events(EventFilter(dyad=("Lavrov", "Lavrov"))).items == []


@pytest.mark.parametrize(
    ("since", "until", "n"),
    [
        ("2024-09-20", None, 4),  # the denied week 16..22 overlaps; the Monday visit does not
        (None, "2024-09-16", 2),
        ("2024-10", "2024-10", 2),  # month bounds widen to the whole month
        ("2024-10-02", "2024-10-06", 0),  # between "Tuesday" and "next week"
        ("2025", None, 0),
    ],
)
def test_date_range_overlap(filled, since, until, n):
    page = filled.events(EventFilter(since=since, until=until))
    # the generic Berlin event has no time at all and is never in a date-filtered result
    assert len(page.items) == n


def test_keyset_pagination_visits_all_once(filled):
    seen, cursor, pages = [], None, 0
    while True:
        page = filled.events(limit=2, cursor=cursor)
        seen.extend(e["id"] for e in page.items)
        pages += 1
        if page.next is None:
            break
        cursor = page.next
    assert pages == 3
    assert len(seen) == len(set(seen)) == 6
    dates = [filled.event(i)["time"]["start"] if filled.event(i)["time"] else None for i in seen]
    assert dates[0] == "2024-09-16"


def test_descending_order(filled):
    items = filled.events(descending=True).items
    # The generic event has no time and sorts by its publication date, the latest.
    assert [e["generic"] for e in items[:1]] == [True]
    assert items[-1]["time"]["start"] == "2024-09-16"


def test_timeline_oldest_first(filled):
    items = filled.timeline("Lavrov")
    assert [e["status"] for e in items] == ["occurred", "scheduled"]


HOSTILE = [
    "'; DROP TABLE events; --",
    "\\' OR 1=1 --",
    "%",
    "_",
    "Robert'); DELETE FROM articles;--",
    "a" * 5000,
]


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_values_are_literals(filled, value):
    for flt in (EventFilter(actor=value), EventFilter(place=value),
                EventFilter(dyad=(value, value)), EventFilter(country=value),
                EventFilter(statuses=(value,)), EventFilter(claimed_by=value)):
        assert filled.events(flt).items == []
    # A wildcard character is matched literally: only sentences containing it (the fixture
    # has "100%" and "talks_" in one sentence on purpose).
    everything = filled.events().items
    literal = [e["id"] for e in everything if value.lower() in e["evidence"]["sentence"].lower()]
    assert [e["id"] for e in filled.events(EventFilter(text=value)).items] == literal
    assert len(literal) == (1 if value in "%_" else 0)
    assert filled.counts()["events"] == 6  # nothing was executed as SQL


@pytest.mark.parametrize("flt", [EventFilter(actor="a\x00b"), EventFilter(dyad=("x", "\x00")),
                                 EventFilter(statuses=("denied\x00",))])
def test_nul_character_rejected(filled, flt):
    with pytest.raises(QueryError, match="NUL"):
        filled.events(flt)


def test_like_pattern_escapes_wildcards():
    assert like_pattern("50%_A\\") == "%50\\%\\_a\\\\%"


@pytest.mark.parametrize("bad", ["2024-9-1", "yesterday", "2024-09-01T00:00", "'; --"])
def test_invalid_date_raises_query_error(filled, bad):
    with pytest.raises(QueryError) as info:
        filled.events(EventFilter(since=bad))
    assert info.value.field == "since"


@pytest.mark.parametrize("cursor", ["not-base64!", encode_cursor(["a"]), encode_cursor([1, 2]),
                                    "W10="])
def test_invalid_cursor_raises_query_error(filled, cursor):
    with pytest.raises(QueryError):
        filled.events(cursor=cursor)


@pytest.mark.parametrize("limit", [0, -1, 10_001])
def test_invalid_limit_raises_query_error(filled, limit):
    with pytest.raises(QueryError):
        filled.events(limit=limit)


def test_cursor_round_trip():
    assert decode_cursor(encode_cursor(["2024-09-16", "ev_x"]), 2) == ["2024-09-16", "ev_x"]


def test_evidence_spans_point_into_text(filled):
    _, doc = doc_a()
    denied = doc.events[0]
    ev = filled.evidence(denied.id)
    assert ev["article"]["id"] == doc.id
    assert ev["claim_source"] == "Kremlin"
    by_field = {s["field"]: s for s in ev["spans"]}
    assert set(by_field) >= {"sentence", "trigger", "actor", "recipient", "time", "claim_cue",
                             "claim_source"}
    for span in ev["spans"]:
        assert span["valid"]
        assert ev["text"][span["start"]:span["end"]] == span["text"]
    assert by_field["trigger"]["text"] == "meeting"
    assert by_field["claim_source"]["text"] == "The Kremlin"


def test_evidence_flags_out_of_range_span(store):
    article, doc = doc_b()
    payload = doc.to_dict()
    payload["events"][0]["evidence"]["trigger"]["end"] = 10_000
    store.write_document(payload, article=article)
    spans = store.evidence(payload["events"][0]["id"])["spans"]
    assert [s["valid"] for s in spans if s["field"] == "trigger"] == [False]


def test_missing_records_return_none(filled):
    assert filled.event("ev_nope") is None
    assert filled.evidence("ev_nope") is None
    assert filled.article("ar_nope") is None


def test_actors_and_dyads(filled):
    actors = {a["name"]: a["events"] for a in filled.actors()}
    assert actors["Sergey Lavrov"] == 2
    assert "Kremlin" not in actors  # a claim source is not a participant
    dyads = {(d["a"], d["b"]): d for d in filled.dyads()}
    macron = dyads[("Emmanuel Macron", "Olaf Scholz")]
    assert macron["events"] == 2
    assert macron["statuses"] == {"cancelled": 1, "possible": 1}


def test_event_places_and_articles(filled):
    places = {(p["name"], p["status"]): p["events"] for p in filled.event_places()}
    assert places[("Vladivostok", "ongoing")] == 1
    page = filled.articles(limit=2)
    assert len(page.items) == 2 and page.next
    rest = filled.articles(limit=2, cursor=page.next)
    assert len(rest.items) == 1 and rest.next is None
    assert "text" not in page.items[0]
    _ = doc_c


@pytest.mark.parametrize("pair", [("Choe", "Putin"), ("Putin", "Choe"), ("RUS", "PRK")])
def test_dyad_with_other_filter_either_direction(filled, pair):
    # A dyad combined with another filter takes the general query, not the index pages:
    # it must find the pair whichever way round event_pairs filed it.
    flt = EventFilter(dyad=pair, statuses=("denied",))
    assert _types(filled.events(flt)) == [("denied", "Vladimir Putin")]
