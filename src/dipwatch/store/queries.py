"""Read queries: explicit SQL with bound parameters, shared by the CLI, the REST API and the UI.

Every user value reaches the database as a bound parameter (never spliced into SQL); the only
SQL assembled at run time is the list of fixed WHERE fragments and generated placeholder names.
Listings use keyset pagination on ``(sort_date, id)``: a cursor is the last row's key, so a page
costs the same however deep it is and concurrent inserts never shift a page.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass, field
from typing import Any

from dipwatch.errors import Code, DipwatchError
from dipwatch.store.db import Database

MAX_LIMIT = 10_000
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_CODE = re.compile(r"^[A-Z]{3}$")
_PARTY = "('actor', 'recipient')"


class QueryError(DipwatchError):
    """A query parameter is invalid (bad date, cursor, limit...)."""

    def __init__(self, detail: str, *, field: str | None = None) -> None:
        super().__init__(Code.E601, detail, source=field)
        self.field = field


@dataclass(frozen=True, slots=True, kw_only=True)
class EventFilter:
    """Filters on events; every field is optional and they combine with AND.

    An actor value of three capital letters (``RUS``) matches the actor's country code;
    anything else matches a case-insensitive substring of the actor's name.
    """

    actor: str | None = None
    dyad: tuple[str, str] | None = None  # either direction
    claimed_by: str | None = None
    types: tuple[str, ...] = ()
    modes: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    country: str | None = None  # of the event's place
    place: str | None = None  # substring of the place name
    since: str | None = None  # the event's time interval overlaps [since, until]
    until: str | None = None
    text: str | None = None  # substring of the evidence sentence
    generic: bool | None = None
    article_id: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Page:
    """One page of results and the cursor of the next page (None on the last page)."""

    items: list[dict[str, Any]] = field(default_factory=list)
    next: str | None = None


def like_pattern(value: str) -> str:
    """A case-folded LIKE pattern matching ``value`` as a literal substring."""
    escaped = value.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _date_bound(value: str, *, end: bool, name: str) -> str:
    if not _DATE.match(value):
        raise QueryError(f"{name} must be YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}", field=name)
    # Dates compare as strings; a partial upper bound is widened to the end of its period.
    if end and len(value) == 4:
        return value + "-12-31"
    if end and len(value) == 7:
        return value + "-31"
    return value


def _in(column: str, values: tuple[str, ...], prefix: str, params: dict[str, Any]) -> str:
    names = []
    for i, value in enumerate(values):
        params[f"{prefix}{i}"] = value
        names.append(f":{prefix}{i}")
    return f"{column} IN ({', '.join(names)})"


def party_match(alias: str, value: str, key: str, params: dict[str, Any]) -> str:
    """SQL matching actor row ``alias`` against a name substring or a country code."""
    if _CODE.match(value):
        params[key] = value
        return f"{alias}.country = :{key}"
    params[key] = like_pattern(value)
    return f"{alias}.name_lc LIKE :{key} ESCAPE '\\'"


def _participant_clauses(flt: EventFilter, params: dict[str, Any]) -> list[str]:
    where = []
    if flt.actor:
        match = party_match("a", flt.actor, "actor", params)
        where.append(
            "e.id IN (SELECT ea.event_id FROM actors a JOIN event_actors ea ON ea.actor_id = a.id"
            f" WHERE ea.role IN {_PARTY} AND {match})"
        )
    if flt.claimed_by:
        match = party_match("c", flt.claimed_by, "claimed", params)
        where.append(
            "e.id IN (SELECT cb.event_id FROM actors c JOIN event_actors cb ON cb.actor_id = c.id"
            f" WHERE cb.role = 'claim' AND {match})"
        )
    if flt.dyad:
        first = party_match("xa", flt.dyad[0], "dyad_a", params)
        second = party_match("ya", flt.dyad[1], "dyad_b", params)
        # Two distinct participants of the same event, in either role: A->B, B->A, A&B.
        # event_pairs files each pair once (a_id < b_id), so look both ways round.
        xs = f"(SELECT xa.id FROM actors xa WHERE {first})"
        ys = f"(SELECT ya.id FROM actors ya WHERE {second})"
        where.append(
            f"e.id IN (SELECT p.event_id FROM event_pairs p WHERE p.a_id IN {xs}"
            f" AND p.b_id IN {ys} UNION ALL SELECT q.event_id FROM event_pairs q"
            f" WHERE q.a_id IN {ys} AND q.b_id IN {xs})"
        )
    return where


def _check_values(flt: EventFilter) -> None:
    # PostgreSQL text cannot hold NUL, and SQLite would silently compare a different
    # string: reject it the same way on both engines.
    for name in ("actor", "claimed_by", "country", "place", "text", "article_id", "since",
                 "until", "dyad", "types", "modes", "statuses"):
        value = getattr(flt, name)
        values = value if isinstance(value, tuple) else (value,)
        if any(isinstance(v, str) and "\x00" in v for v in values):
            raise QueryError(f"{name} contains a NUL character", field=name)


def build_where(flt: EventFilter) -> tuple[str, dict[str, Any]]:
    """Translate a filter into a WHERE clause over ``events e`` and its parameters.

    Raises:
        QueryError: on a value no engine can compare (a NUL character) or a bad date.
    """
    _check_values(flt)
    params: dict[str, Any] = {}
    where = _participant_clauses(flt, params)
    if flt.types:
        where.append(_in("e.type", tuple(t.upper() for t in flt.types), "type", params))
    if flt.modes:
        where.append(_in("e.mode", tuple(m.lower() for m in flt.modes), "mode", params))
    if flt.statuses:
        where.append(_in("e.status", tuple(s.lower() for s in flt.statuses), "status", params))
    if flt.country:
        params["country"] = flt.country.upper()
        where.append("e.place_country = :country")
    if flt.place:
        params["place"] = like_pattern(flt.place)
        where.append("lower(e.place_name) LIKE :place ESCAPE '\\'")
    if flt.since:
        params["since"] = _date_bound(flt.since, end=False, name="since")
        where.append("e.time_end >= :since")
    if flt.until:
        params["until"] = _date_bound(flt.until, end=True, name="until")
        where.append("e.time_start <= :until")
    if flt.text:
        params["text"] = like_pattern(flt.text)
        where.append("lower(e.sentence) LIKE :text ESCAPE '\\'")
    if flt.generic is not None:
        params["generic"] = int(flt.generic)
        where.append("e.generic = :generic")
    if flt.article_id:
        params["article_id"] = flt.article_id
        where.append("e.article_id = :article_id")
    return (" AND ".join(where) or "1 = 1"), params


def encode_cursor(key: list[Any]) -> str:
    """An opaque cursor for a keyset position."""
    return base64.urlsafe_b64encode(json.dumps(key).encode("utf-8")).decode("ascii")


def decode_cursor(cursor: str, size: int) -> list[Any]:
    """Decode a cursor made by :func:`encode_cursor` holding ``size`` strings."""
    try:
        key = json.loads(base64.urlsafe_b64decode(cursor.encode("ascii")))
    except (binascii.Error, UnicodeError, ValueError) as e:
        raise QueryError("cursor is not one this server issued", field="cursor") from e
    if not (isinstance(key, list) and len(key) == size and all(isinstance(k, str) for k in key)):
        raise QueryError("cursor is not one this server issued", field="cursor")
    return key


def _check_limit(limit: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"limit must be between 1 and {MAX_LIMIT}, got {limit}", field="limit")


def list_events(
    db: Database,
    flt: EventFilter,
    *,
    limit: int = 100,
    cursor: str | None = None,
    descending: bool = False,
) -> Page:
    """Events matching ``flt`` in time order (``sort_date``, then id), one page at a time.

    Args:
        db: the database.
        flt: the filters.
        limit: page size, 1..MAX_LIMIT.
        cursor: the ``next`` of the previous page.
        descending: newest first.

    Returns:
        A page of event records (DESIGN §3 dicts).

    Raises:
        QueryError: on an invalid date, limit or cursor.
    """
    # Imported here: paging builds on this module's helpers.
    from dipwatch.store.paging import index_page_where

    _check_limit(limit)
    where, params = build_where(flt)  # validates every value, also for the paged path
    paged = index_page_where(db, flt, limit=limit, cursor=cursor, descending=descending)
    if paged is not None:
        where, params = paged
    elif cursor:
        where += " AND " + after_cursor("e.sort_date", "e.id", cursor, descending, params)
    order = "DESC" if descending else "ASC"
    params["limit"] = limit + 1  # one extra row tells whether a next page exists
    rows = db.query(
        f"SELECT e.id, e.sort_date, e.record FROM events e WHERE {where}"
        f" ORDER BY e.sort_date {order}, e.id {order} LIMIT :limit",
        params,
    )
    more = len(rows) > limit
    rows = rows[:limit]
    nxt = encode_cursor([rows[-1]["sort_date"], rows[-1]["id"]]) if more else None
    return Page(items=[json.loads(r["record"]) for r in rows], next=nxt)


def after_cursor(date_col: str, id_col: str, cursor: str, descending: bool,
           params: dict[str, Any]) -> str:
    """The keyset condition: rows strictly after the cursor in the listing's order."""
    params["c_date"], params["c_id"] = decode_cursor(cursor, 2)
    cmp = "<" if descending else ">"
    return f"({date_col} {cmp} :c_date OR ({date_col} = :c_date AND {id_col} {cmp} :c_id))"


def count_events(db: Database, flt: EventFilter) -> int:
    """How many events match ``flt``."""
    where, params = build_where(flt)
    return int(db.scalar(f"SELECT COUNT(*) FROM events e WHERE {where}", params) or 0)


def get_event(db: Database, event_id: str) -> dict[str, Any] | None:
    """One event record by id, or None when there is no such event."""
    rows = db.query("SELECT record FROM events WHERE id = :id", {"id": event_id})
    return json.loads(rows[0]["record"]) if rows else None


def timeline(
    db: Database, first: str, second: str | None = None, *, limit: int = 1000
) -> list[dict[str, Any]]:
    """Events of one actor, or of a dyad (either direction), oldest first.

    Args:
        db: the database.
        first: actor name substring or country code.
        second: the other side of the dyad, if any.
        limit: at most this many events.

    Returns:
        Event records in time order.
    """
    flt = EventFilter(dyad=(first, second)) if second else EventFilter(actor=first)
    return list_events(db, flt, limit=limit).items


_SPAN_FIELDS = (("time", "time"), ("place", "place"))


def _span(field: str, label: str | None, start: Any, end: Any, text: str) -> dict[str, Any]:
    valid = isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)
    return {
        "field": field,
        "label": label,
        "start": start,
        "end": end,
        "text": text[start:end] if valid else None,
        "valid": valid,
    }


def evidence_spans(event: dict[str, Any], text: str) -> list[dict[str, Any]]:
    """Every text span an event record points at, labelled by field.

    Spans outside the text are kept with ``valid: false`` rather than dropped, so a broken
    record is visible instead of silently looking unsupported.
    """
    ev = event.get("evidence") or {}
    trig = ev.get("trigger") or {}
    spans = [
        _span("sentence", None, ev.get("start"), ev.get("end"), text),
        _span("trigger", event.get("type"), trig.get("start"), trig.get("end"), text),
    ]
    for name, key in (("actor", "actors"), ("recipient", "recipients")):
        for actor in event.get(key) or []:
            span = actor.get("span")
            if span:
                spans.append(_span(name, actor.get("name"), span["start"], span["end"], text))
    for name, key in _SPAN_FIELDS:
        sub = event.get(key) or {}
        if sub.get("span"):
            label = sub.get("name") if key == "place" else sub.get("start")
            spans.append(_span(name, label, sub["span"]["start"], sub["span"]["end"], text))
    claim = event.get("claim") or {}
    if claim.get("span"):
        spans.append(_span("claim_cue", claim.get("cue"), claim["span"]["start"],
                           claim["span"]["end"], text))
    by = claim.get("by") or {}
    if by.get("span"):
        spans.append(_span("claim_source", by.get("name"), by["span"]["start"],
                           by["span"]["end"], text))
    return spans


def evidence(db: Database, event_id: str) -> dict[str, Any] | None:
    """The article behind an event with the spans of each of the event's fields.

    Returns:
        ``{"event", "article": {id, title, url, published, source}, "text", "spans",
        "claim_source"}``, or None when there is no such event.
    """
    rows = db.query(
        "SELECT e.record, a.id, a.title, a.url, a.published, a.source, a.text"
        " FROM events e JOIN articles a ON a.id = e.article_id WHERE e.id = :id",
        {"id": event_id},
    )
    if not rows:
        return None
    row = rows[0]
    event = json.loads(row["record"])
    by = (event.get("claim") or {}).get("by")
    return {
        "event": event,
        "article": {k: row[k] for k in ("id", "title", "url", "published", "source")},
        "text": row["text"],
        "spans": evidence_spans(event, row["text"]),
        # Who asserts the event: a named source, or the article in its own voice.
        "claim_source": by["name"] if by else None,
    }


def list_articles(db: Database, *, limit: int = 100, cursor: str | None = None) -> Page:
    """Article summaries (no text) ordered by id, one page at a time."""
    _check_limit(limit)
    params: dict[str, Any] = {"limit": limit + 1}
    where = "1 = 1"
    if cursor:
        (params["c_id"],) = decode_cursor(cursor, 1)
        where = "id > :c_id"
    rows = db.query(
        "SELECT id, title, url, published, published_source, source, n_events, ingested_at"
        f" FROM articles WHERE {where} ORDER BY id LIMIT :limit",
        params,
    )
    more = len(rows) > limit
    rows = rows[:limit]
    return Page(items=rows, next=encode_cursor([rows[-1]["id"]]) if more else None)


def get_article(db: Database, article_id: str) -> dict[str, Any] | None:
    """One article with its text, layers, and its events' ids; None when absent."""
    rows = db.query("SELECT * FROM articles WHERE id = :id", {"id": article_id})
    if not rows:
        return None
    article = rows[0]
    article["layers"] = json.loads(article["layers"])
    ids = db.query(
        "SELECT id FROM events WHERE article_id = :id ORDER BY sort_date, id", {"id": article_id}
    )
    article["event_ids"] = [r["id"] for r in ids]
    return article


def list_actors(db: Database, *, q: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
    """Distinct actors with the number of events they take part in, most active first."""
    _check_limit(limit)
    params: dict[str, Any] = {"limit": limit}
    where = f"ea.role IN {_PARTY}"
    if q:
        where += " AND " + party_match("a", q, "q", params)
    return db.query(
        "SELECT a.id, a.name, a.country, a.sector, COUNT(DISTINCT ea.event_id) AS events"
        f" FROM actors a JOIN event_actors ea ON ea.actor_id = a.id WHERE {where}"
        " GROUP BY a.id, a.name, a.country, a.sector"
        " ORDER BY events DESC, a.name LIMIT :limit",
        params,
    )


def list_dyads(db: Database, flt: EventFilter, *, limit: int = 100) -> list[dict[str, Any]]:
    """Actor pairs (actor -> recipient, merged across directions) with event counts."""
    _check_limit(limit)
    where, params = build_where(flt)
    rows = db.query(
        "SELECT xa.name AS a, xa.country AS a_country, ya.name AS b, ya.country AS b_country,"
        " e.status, COUNT(*) AS n"
        " FROM events e JOIN event_actors x ON x.event_id = e.id AND x.role = 'actor'"
        " JOIN event_actors y ON y.event_id = e.id AND y.role = 'recipient'"
        " JOIN actors xa ON xa.id = x.actor_id JOIN actors ya ON ya.id = y.actor_id"
        f" WHERE {where} GROUP BY xa.name, xa.country, ya.name, ya.country, e.status",
        params,
    )
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for r in rows:
        ends = sorted([(r["a"], r["a_country"]), (r["b"], r["b_country"])], key=str)
        key = (ends[0][0], ends[1][0])
        item = merged.setdefault(key, {
            "a": ends[0][0], "a_country": ends[0][1], "b": ends[1][0],
            "b_country": ends[1][1], "events": 0, "statuses": {},
        })
        item["events"] += r["n"]
        item["statuses"][r["status"]] = item["statuses"].get(r["status"], 0) + r["n"]
    ranked = sorted(merged.values(), key=lambda d: (-d["events"], d["a"], d["b"]))
    return ranked[:limit]


def list_event_places(db: Database, flt: EventFilter) -> list[dict[str, Any]]:
    """Event places with coordinates and their event counts per status (for the map)."""
    where, params = build_where(flt)
    return db.query(
        "SELECT e.place_name AS name, e.place_country AS country, e.lat, e.lon, e.status,"
        " COUNT(*) AS events FROM events e"
        f" WHERE {where} AND e.lat IS NOT NULL AND e.lon IS NOT NULL"
        " GROUP BY e.place_name, e.place_country, e.lat, e.lon, e.status"
        " ORDER BY events DESC",
        params,
    )


def list_rejections(db: Database, *, limit: int = 100) -> list[dict[str, Any]]:
    """Stored rejections, newest first."""
    _check_limit(limit)
    return db.query(
        "SELECT * FROM rejections ORDER BY created_at DESC, id LIMIT :limit", {"limit": limit}
    )


def table_counts(db: Database) -> dict[str, int]:
    """Row counts of the main tables."""
    tables = ("articles", "events", "actors", "event_actors", "event_pairs", "places", "quotes",
              "rejections", "runs")
    return {t: int(db.scalar(f"SELECT COUNT(*) FROM {t}") or 0) for t in tables}
