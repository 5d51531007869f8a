"""Index-paged listings for the two hot queries: one actor's events and one dyad's events.

A busy actor takes part in a large share of all events; selecting the page among all of them
and then sorting costs time in proportion to the actor's history. Instead, the few actor ids
a name matches are resolved first, and each (actor) or (actor, other) key reads at most one
page from an index ordered by (key, sort_date, event_id); the pages are merged and cut. The
cost is then O(keys x page size), whatever the history. Other filter combinations use the
general query in ``queries.list_events``.
"""

from __future__ import annotations

from typing import Any

from dipwatch.store.db import Database
from dipwatch.store.queries import EventFilter, after_cursor, party_match
from dipwatch.store.writer import dyad_key

MAX_KEYS = 16  # beyond this many actor ids (or pairs), the general query is cheaper


def _actor_ids(db: Database, value: str) -> list[str] | None:
    """Ids of the actors ``value`` matches; None when there are more than MAX_KEYS."""
    params: dict[str, Any] = {"cap": MAX_KEYS + 1}
    match = party_match("a", value, "v", params)
    rows = db.query(f"SELECT a.id FROM actors a WHERE {match} LIMIT :cap", params)
    return None if len(rows) > MAX_KEYS else [r["id"] for r in rows]


def _keys(db: Database, flt: EventFilter) -> tuple[str, str, list[dict[str, str]]] | None:
    """(table, extra condition, key column values) for an actor- or dyad-only filter."""
    if flt.dyad and flt == EventFilter(dyad=flt.dyad):
        first, second = _actor_ids(db, flt.dyad[0]), _actor_ids(db, flt.dyad[1])
        if first is None or second is None or len(first) * len(second) > MAX_KEYS:
            return None
        # event_pairs files a pair once, smaller id first: normalise, then drop repeats
        # (both names may match the same two actors).
        keys = dict.fromkeys(dyad_key(a, b) for a in first for b in second if a != b)
        return "event_pairs", "", [{"a_id": a, "b_id": b} for a, b in keys]
    if flt.actor and flt == EventFilter(actor=flt.actor):
        ids = _actor_ids(db, flt.actor)
        if ids is None:
            return None
        return "event_actors", " AND role IN ('actor', 'recipient')", [
            {"actor_id": i} for i in ids]
    return None


def index_page_where(
    db: Database, flt: EventFilter, *, limit: int, cursor: str | None, descending: bool
) -> tuple[str, dict[str, Any]] | None:
    """A WHERE over ``events e`` naming one page of ids, or None when not applicable.

    Args:
        db: the database.
        flt: the filter; only a lone ``actor`` or a lone ``dyad`` qualifies.
        limit: page size (the caller asks for one more row to detect a next page).
        cursor: keyset position of the previous page.
        descending: newest first.
    """
    found = _keys(db, flt)
    if found is None:
        return None
    table, extra, keys = found
    if not keys:
        return "1 = 0", {}
    order = "DESC" if descending else "ASC"
    params: dict[str, Any] = {"page_n": limit + 1}
    after = " AND " + after_cursor("sort_date", "event_id", cursor, descending, params) \
        if cursor else ""
    parts = []
    for i, key in enumerate(keys):
        conds = " AND ".join(f"{col} = :k{i}_{col}" for col in key)
        params.update({f"k{i}_{col}": value for col, value in key.items()})
        # Each key reads at most one page, in index order; UNION merges and dedupes.
        parts.append(
            f"SELECT * FROM (SELECT sort_date, event_id FROM {table} WHERE {conds}{extra}"
            f"{after} ORDER BY sort_date {order}, event_id {order} LIMIT :page_n) k{i}"
        )
    union = " UNION ".join(parts)
    return (
        f"e.id IN (SELECT u.event_id FROM ({union}) u"
        f" ORDER BY u.sort_date {order}, u.event_id {order} LIMIT :page_n)",
        params,
    )
