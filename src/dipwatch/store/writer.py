"""Writing documents, rejections, raw inputs and runs into the store.

One article is one transaction: its row, its events, their actors, its places and quotes are
written together or not at all. That is what makes ``ingest`` resumable: a process killed
mid-run loses at most the article in flight, and a re-run skips the articles already stored.
Writes are idempotent: the article's previous children are replaced, and every key is a
deterministic id, so writing the same document twice leaves the same rows.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from dipwatch.store.db import Database


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def dumps(value: Any) -> str:
    """Canonical JSON: sorted keys, no spaces, so equal records give equal strings."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def actor_id(actor: Mapping[str, Any]) -> str:
    """Deterministic id of a distinct actor (name, country, sector)."""
    return _actor_id(actor.get("name"), actor.get("country"), actor.get("sector"))


# The same few thousand actors recur in every article: hash each (name, country, sector)
# once per process instead of once per participation.
@functools.lru_cache(maxsize=65536)
def _actor_id(name: Any, country: Any, sector: Any) -> str:
    key = "\x1f".join(str(v or "") for v in (name, country, sector))
    return "ac_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def rejection_id(rejection: Mapping[str, Any]) -> str:
    """Deterministic id of a rejection, from its content."""
    key = "\x1f".join(
        str(rejection.get(k) or "") for k in ("stage", "code", "source", "article_id", "message")
    )
    return "rj_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


_ARTICLE_UPSERT = """
INSERT INTO articles (id, text, published, published_source, title, url, author, source,
                      raw_sha256, layers, n_events, ingested_at, run_id)
VALUES (:id, :text, :published, :published_source, :title, :url, :author, :source,
        :raw_sha256, :layers, :n_events, :ingested_at, :run_id)
ON CONFLICT (id) DO UPDATE SET
    text = excluded.text, published = excluded.published,
    published_source = excluded.published_source, title = excluded.title,
    url = excluded.url, author = excluded.author, source = excluded.source,
    raw_sha256 = excluded.raw_sha256, layers = excluded.layers,
    n_events = excluded.n_events, ingested_at = excluded.ingested_at, run_id = excluded.run_id
"""

# Children are replaced wholesale: a re-run with a newer pipeline must not leave behind
# events that the new run no longer finds. (Pairs go first, by exact key: see _old_pairs.)
_DELETE_CHILDREN = (
    "DELETE FROM event_actors WHERE event_id IN "
    "(SELECT id FROM events WHERE article_id = :article_id)",
    "DELETE FROM events WHERE article_id = :article_id",
    "DELETE FROM places WHERE article_id = :article_id",
    "DELETE FROM quotes WHERE article_id = :article_id",
)

_ACTOR_INSERT = """
INSERT INTO actors (id, name, name_lc, country, sector)
VALUES (:id, :name, :name_lc, :country, :sector)
ON CONFLICT (id) DO NOTHING
"""

_EVENT_UPSERT = """
INSERT INTO events (id, article_id, type, mode, status, time_start, time_end, sort_date,
                    place_name, place_country, lat, lon, generic, confidence, sentence, record)
VALUES (:id, :article_id, :type, :mode, :status, :time_start, :time_end, :sort_date,
        :place_name, :place_country, :lat, :lon, :generic, :confidence, :sentence, :record)
ON CONFLICT (id) DO UPDATE SET
    article_id = excluded.article_id, type = excluded.type, mode = excluded.mode,
    status = excluded.status, time_start = excluded.time_start, time_end = excluded.time_end,
    sort_date = excluded.sort_date, place_name = excluded.place_name,
    place_country = excluded.place_country, lat = excluded.lat, lon = excluded.lon,
    generic = excluded.generic, confidence = excluded.confidence,
    sentence = excluded.sentence, record = excluded.record
"""

_EVENT_ACTOR_INSERT = """
INSERT INTO event_actors (event_id, role, position, actor_id, sort_date)
VALUES (:event_id, :role, :position, :actor_id, :sort_date)
ON CONFLICT (event_id, role, position) DO UPDATE SET
    actor_id = excluded.actor_id, sort_date = excluded.sort_date
"""

_PAIR_INSERT = """
INSERT INTO event_pairs (a_id, b_id, sort_date, event_id)
VALUES (:a_id, :b_id, :sort_date, :event_id)
ON CONFLICT (a_id, b_id, sort_date, event_id) DO NOTHING
"""

_PAIR_DELETE = (
    "DELETE FROM event_pairs WHERE a_id = :a_id AND b_id = :b_id AND sort_date = :sort_date"
    " AND event_id = :event_id"
)

_PLACE_INSERT = """
INSERT INTO places (article_id, position, text, start_char, end_char, name, country,
                    geonames_id, lat, lon, granularity, metonymic)
VALUES (:article_id, :position, :text, :start, :end, :name, :country,
        :geonames_id, :lat, :lon, :granularity, :metonymic)
"""

_QUOTE_INSERT = """
INSERT INTO quotes (article_id, position, speaker, text, start_char, end_char, direct, record)
VALUES (:article_id, :position, :speaker, :text, :start, :end, :direct, :record)
"""


def _article_row(
    doc: Mapping[str, Any], article: Mapping[str, Any], run_id: str | None
) -> dict[str, Any]:
    layers = {k: doc.get(k, []) for k in ("times", "entities", "factuality", "errors")}
    layers["meta"] = doc.get("meta", {})
    return {
        "id": doc["id"],
        "text": doc["text"],
        "published": doc.get("published"),
        "published_source": article.get("published_source"),
        "title": doc.get("title"),
        "url": doc.get("url"),
        "author": article.get("author"),
        "source": article.get("source"),
        "raw_sha256": article.get("raw_sha256"),
        "layers": dumps(layers),
        "n_events": len(doc.get("events", [])),
        "ingested_at": _now(),
        "run_id": run_id,
    }


def _event_row(event: Mapping[str, Any], published: str | None) -> dict[str, Any]:
    time = event.get("time") or {}
    place = event.get("place") or {}
    start = time.get("start")
    return {
        "id": event["id"],
        "article_id": event["article_id"],
        "type": event["type"],
        "mode": event.get("mode"),
        "status": event["status"],
        "time_start": start,
        # An open-ended interval is stored as a point so overlap filters still see it.
        "time_end": time.get("end") or start,
        "sort_date": start or published or "",
        "place_name": place.get("name"),
        "place_country": place.get("country"),
        "lat": place.get("lat"),
        "lon": place.get("lon"),
        "generic": int(bool(event.get("generic"))),
        "confidence": event.get("confidence"),
        "sentence": (event.get("evidence") or {}).get("sentence", ""),
        "record": dumps(event),
    }


def _participants(event: Mapping[str, Any]) -> list[tuple[str, int, Mapping[str, Any]]]:
    out: list[tuple[str, int, Mapping[str, Any]]] = []
    for role, key in (("actor", "actors"), ("recipient", "recipients")):
        out.extend((role, i, a) for i, a in enumerate(event.get(key) or []) if a.get("name"))
    by = (event.get("claim") or {}).get("by")
    if by and by.get("name"):
        out.append(("claim", 0, by))
    return out


def pair_rows(event_id: str, sort_date: str, parties: list[tuple[str, str]]) -> list[
    dict[str, Any]
]:
    """Unordered pairs of distinct participating actors (role actor/recipient) of one event.

    Each pair is stored once, with ``a_id < b_id``; readers normalise their key the same way
    (:func:`dyad_key`). Both directions would cost a second random index page per event.
    """
    ids = sorted({aid for role, aid in parties if role in ("actor", "recipient")})
    return [{"a_id": a, "b_id": b, "sort_date": sort_date, "event_id": event_id}
            for i, a in enumerate(ids) for b in ids[i + 1 :]]


def dyad_key(first: str, second: str) -> tuple[str, str]:
    """The ``(a_id, b_id)`` under which ``event_pairs`` files a pair of actor ids."""
    return (first, second) if first < second else (second, first)


def _child_rows(doc: Mapping[str, Any]) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = {
        "actors": [], "events": [], "event_actors": [], "event_pairs": [], "places": [],
        "quotes": [],
    }
    seen: set[str] = set()
    for event in doc.get("events", []):
        row = _event_row(event, doc.get("published"))
        rows["events"].append(row)
        parties = []
        for role, position, actor in _participants(event):
            aid = actor_id(actor)
            parties.append((role, aid))
            if aid not in seen:
                seen.add(aid)
                rows["actors"].append({
                    "id": aid, "name": actor["name"], "name_lc": actor["name"].lower(),
                    "country": actor.get("country"), "sector": actor.get("sector"),
                })
            rows["event_actors"].append({"event_id": event["id"], "role": role,
                                         "position": position, "actor_id": aid,
                                         "sort_date": row["sort_date"]})
        rows["event_pairs"].extend(pair_rows(event["id"], row["sort_date"], parties))
    for i, p in enumerate(doc.get("places", [])):
        rows["places"].append({
            "article_id": doc["id"], "position": i, "text": p["text"], "start": p["start"],
            "end": p["end"], "name": p.get("name"), "country": p.get("country"),
            "geonames_id": p.get("geonames_id"), "lat": p.get("lat"), "lon": p.get("lon"),
            "granularity": p.get("granularity"), "metonymic": int(bool(p.get("metonymic"))),
        })
    for i, q in enumerate(doc.get("quotes", [])):
        speaker = (q.get("speaker") or {}).get("name")
        rows["quotes"].append({
            "article_id": doc["id"], "position": i, "speaker": speaker, "text": q["text"],
            "start": q["start"], "end": q["end"], "direct": int(bool(q.get("direct"))),
            "record": dumps(q),
        })
    return rows


def _delete_children(db: Database, article_id: str) -> None:
    # event_pairs has no index on event_id (it would cost every insert); its rows are
    # rebuilt from the old participations and deleted by their exact key instead.
    old = db.query(
        "SELECT e.id, e.sort_date, ea.role, ea.actor_id FROM events e"
        " JOIN event_actors ea ON ea.event_id = e.id WHERE e.article_id = :article_id",
        {"article_id": article_id},
    )
    parties: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for r in old:
        parties.setdefault((r["id"], r["sort_date"]), []).append((r["role"], r["actor_id"]))
    pairs = [p for (eid, date), ps in parties.items() for p in pair_rows(eid, date, ps)]
    db.executemany(_PAIR_DELETE, pairs)
    for statement in _DELETE_CHILDREN:
        db.execute(statement, {"article_id": article_id})


def write_document(
    db: Database,
    doc: Mapping[str, Any],
    *,
    article: Mapping[str, Any] | None = None,
    run_id: str | None = None,
) -> int:
    """Write one document (the DESIGN §6 dict) and its children in one transaction.

    Args:
        db: the target database.
        doc: ``Document.to_dict()`` output (or the same shape read from JSONL).
        article: ``Article.to_dict()`` of the input, for the fields a Document lacks
            (source, author, raw_sha256, published_source).
        run_id: the ingest run that wrote it.

    Returns:
        The number of events written.
    """
    rows = _child_rows(doc)
    with db.transaction():
        # A new article (the common case in ingest) has no children to delete.
        if db.scalar("SELECT COUNT(*) FROM articles WHERE id = :id", {"id": doc["id"]}):
            _delete_children(db, doc["id"])
        db.execute(_ARTICLE_UPSERT, _article_row(doc, article or {}, run_id))
        db.executemany(_ACTOR_INSERT, rows["actors"])
        db.executemany(_EVENT_UPSERT, rows["events"])
        db.executemany(_EVENT_ACTOR_INSERT, rows["event_actors"])
        db.executemany(_PAIR_INSERT, rows["event_pairs"])
        db.executemany(_PLACE_INSERT, rows["places"])
        db.executemany(_QUOTE_INSERT, rows["quotes"])
    return len(rows["events"])


def write_rejection(db: Database, rejection: Mapping[str, Any], *, run_id: str | None) -> str:
    """Store a rejection (idempotent by content); returns its id."""
    rid = rejection_id(rejection)
    db.execute(
        """INSERT INTO rejections (id, stage, code, message, article_id, source, excerpt,
                                   created_at, run_id)
           VALUES (:id, :stage, :code, :message, :article_id, :source, :excerpt, :at, :run_id)
           ON CONFLICT (id) DO UPDATE SET run_id = excluded.run_id""",
        {
            "id": rid, "stage": rejection["stage"], "code": rejection["code"],
            "message": rejection["message"], "article_id": rejection.get("article_id"),
            "source": rejection.get("source"), "excerpt": rejection.get("excerpt"),
            "at": _now(), "run_id": run_id,
        },
    )
    return rid


def write_raw(db: Database, content: bytes) -> str:
    """Keep raw input bytes content-addressed; returns their SHA-256."""
    sha = hashlib.sha256(content).hexdigest()
    db.execute(
        "INSERT INTO raw_inputs (sha256, content) VALUES (:sha, :content) "
        "ON CONFLICT (sha256) DO NOTHING",
        {"sha": sha, "content": content},
    )
    return sha


def start_run(
    db: Database, *, command: str, config_hash: str | None, versions: Mapping[str, str]
) -> str:
    """Record the start of a run; returns its id."""
    started = datetime.now(UTC).isoformat(timespec="microseconds")
    run_id = "run_" + hashlib.sha1(f"{started}{command}".encode()).hexdigest()[:12]
    db.execute(
        "INSERT INTO runs (id, command, config_hash, versions, started_at) "
        "VALUES (:id, :command, :config_hash, :versions, :started)",
        {"id": run_id, "command": command, "config_hash": config_hash,
         "versions": dumps(dict(versions)), "started": started},
    )
    return run_id


def finish_run(db: Database, run_id: str, counts: Mapping[str, int]) -> None:
    """Record the end of a run and its counts."""
    db.execute(
        "UPDATE runs SET finished_at = :at, counts = :counts WHERE id = :id",
        {"id": run_id, "at": _now(), "counts": dumps(dict(counts))},
    )


def known_ids(db: Database, ids: Sequence[str]) -> set[str]:
    """Which of ``ids`` already have an article row."""
    found: set[str] = set()
    for i in range(0, len(ids), 500):  # stay below SQLite's bound-parameter limit
        chunk = ids[i : i + 500]
        names = {f"i{j}": v for j, v in enumerate(chunk)}
        marks = ", ".join(f":{k}" for k in names)
        rows = db.query(f"SELECT id FROM articles WHERE id IN ({marks})", names)
        found.update(r["id"] for r in rows)
    return found
