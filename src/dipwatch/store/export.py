"""Exports of stored events: JSONL (the records), CSV (flat), Parquet (flat + record JSON),
PLOVER (POLECAT-style JSON lines) and CAMEO (a CSV table of source-target-code triples).

The PLOVER and CAMEO codings come from the crosswalk in :mod:`dipwatch.export`; this module
only feeds it stored records (and, for PLOVER, the article's date, title and URL).
"""

from __future__ import annotations

import csv
import functools
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from dipwatch.errors import Code, DipwatchError
from dipwatch.store.core import Store
from dipwatch.store.queries import EventFilter
from dipwatch.store.writer import dumps

FLAT_COLUMNS = (
    "id", "article_id", "type", "mode", "status", "time_start", "time_end", "granularity",
    "place_name", "place_country", "lat", "lon", "actors", "actor_countries", "recipients",
    "recipient_countries", "claim_by", "claim_cue", "generic", "confidence", "trigger",
    "sentence",
)


class ExportError(DipwatchError):
    """An export cannot be produced (unknown format, unwritable target)."""

    def __init__(self, detail: str) -> None:
        super().__init__(Code.E601, detail)


def flat_row(event: dict[str, Any]) -> dict[str, Any]:
    """One event as a flat row of FLAT_COLUMNS (lists joined with "; ")."""
    time = event.get("time") or {}
    place = event.get("place") or {}
    claim = event.get("claim") or {}
    actors, recipients = event.get("actors") or [], event.get("recipients") or []
    return {
        "id": event["id"], "article_id": event["article_id"], "type": event["type"],
        "mode": event.get("mode"), "status": event["status"], "time_start": time.get("start"),
        "time_end": time.get("end"), "granularity": time.get("granularity"),
        "place_name": place.get("name"), "place_country": place.get("country"),
        "lat": place.get("lat"), "lon": place.get("lon"),
        "actors": "; ".join(a["name"] for a in actors),
        "actor_countries": "; ".join(a.get("country") or "" for a in actors),
        "recipients": "; ".join(a["name"] for a in recipients),
        "recipient_countries": "; ".join(a.get("country") or "" for a in recipients),
        "claim_by": (claim.get("by") or {}).get("name"), "claim_cue": claim.get("cue"),
        "generic": bool(event.get("generic")), "confidence": event.get("confidence"),
        "trigger": ((event.get("evidence") or {}).get("trigger") or {}).get("text"),
        "sentence": (event.get("evidence") or {}).get("sentence"),
    }


def write_jsonl(events: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """One event record per line; returns the count."""
    n = 0
    for event in events:
        out.write(dumps(event) + "\n")
        n += 1
    return n


def write_csv(events: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """Flat CSV with a header row; returns the count."""
    writer = csv.DictWriter(out, fieldnames=FLAT_COLUMNS)
    writer.writeheader()
    n = 0
    for event in events:
        writer.writerow(flat_row(event))
        n += 1
    return n


def _batches(events: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for event in events:
        row = flat_row(event)
        row["record"] = json.dumps(event, sort_keys=True)
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def write_parquet(events: Iterable[dict[str, Any]], path: Path) -> int:
    """Flat columns plus the full record as JSON, written in row groups; returns the count."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema(
        [(c, pa.float64() if c in ("lat", "lon", "confidence") else
          pa.bool_() if c == "generic" else pa.string()) for c in FLAT_COLUMNS]
        + [("record", pa.string())]
    )
    n = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        for batch in _batches(events, 10_000):
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
        if n == 0:
            writer.write_table(schema.empty_table())
    return n


ArticleLookup = Callable[[str], Mapping[str, Any]]

# One row per CAMEO triple: to_cameo's fields, with the event's start date after its id.
CAMEO_COLUMNS = (
    "event_id", "date", "source", "target", "source_name", "target_name", "cameo_code",
    "cameo_name", "root_code", "quad_class", "goldstein", "plover_type", "plover_mode",
    "status", "sentence",
)


def article_lookup(store: Store, *, cache: int = 4096) -> ArticleLookup:
    """A cached ``article_id -> {id, published, title, url}`` reader over ``store``.

    Exports walk events in time order, so one article's events arrive spread out; a bounded
    cache reads each article row about once without holding every article in memory.
    """

    @functools.lru_cache(maxsize=cache)
    def lookup(article_id: str) -> Mapping[str, Any]:
        rows = store.db.query(
            "SELECT id, published, title, url FROM articles WHERE id = :id", {"id": article_id}
        )
        return rows[0] if rows else {"id": article_id}

    return lookup


def write_plover(events: Iterable[dict[str, Any]], out: IO[str], article: ArticleLookup) -> int:
    """One PLOVER record per line, in the crosswalk's field order; returns the count.

    Events PLOVER does not code (``to_plover`` returns None: a denied meeting, a cancelled
    non-meeting) are left out, so the count can be below the number of events read.
    """
    from dipwatch.export import to_plover  # the crosswalk's lexicons load only when asked

    n = 0
    for event in events:
        record = to_plover(event, dict(article(event["article_id"])))
        if record is not None:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n


def write_cameo(events: Iterable[dict[str, Any]], out: IO[str], article: ArticleLookup) -> int:
    """CAMEO triples as CSV with a header (CAMEO_COLUMNS); returns the number of rows.

    An event gives one row per dyad, or none when CAMEO has no code for it (denied events).
    ``article`` is unused: a triple carries no story metadata.
    """
    from dipwatch.export import to_cameo

    del article
    writer = csv.DictWriter(out, fieldnames=CAMEO_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    n = 0
    for event in events:
        date = (event.get("time") or {}).get("start")
        for triple in to_cameo(event):
            writer.writerow({**triple, "date": date})
            n += 1
    return n


TEXT_FORMATS: dict[str, Callable[[Iterable[dict[str, Any]], IO[str]], int]] = {
    "jsonl": write_jsonl,
    "csv": write_csv,
}
# Text formats that also read each event's article (date, title, URL) from the store.
CROSSWALK_FORMATS: dict[
    str, Callable[[Iterable[dict[str, Any]], IO[str], ArticleLookup], int]
] = {
    "plover": write_plover,
    "cameo": write_cameo,
}
FILE_FORMATS: dict[str, Callable[[Iterable[dict[str, Any]], Path], int]] = {
    "parquet": write_parquet,
}


def export_events(
    store: Store, fmt: str, *, out: IO[str] | None = None, path: Path | None = None,
    flt: EventFilter | None = None,
) -> int:
    """Export every event matching ``flt`` in format ``fmt``.

    Args:
        store: the source store.
        fmt: jsonl | csv | parquet | plover | cameo.
        out: text stream for jsonl/csv.
        path: file path (required for parquet; used for text formats when ``out`` is None).
        flt: filters (all events by default).

    Returns:
        The number of records written: events for jsonl, csv and parquet; PLOVER records
        (events PLOVER codes) for plover; triples (one per dyad) for cameo.

    Raises:
        ExportError: for an unknown or unavailable format, or parquet without a path.
    """
    events = store.iter_events(flt)
    text: Callable[[Iterable[dict[str, Any]], IO[str]], int] | None = TEXT_FORMATS.get(fmt)
    if fmt in CROSSWALK_FORMATS:
        text = functools.partial(CROSSWALK_FORMATS[fmt], article=article_lookup(store))
    if text is not None:
        if out is not None:
            return text(events, out)
        if path is None:
            raise ExportError(f"format {fmt!r} needs an output stream or path")
        with path.open("w", encoding="utf-8", newline="") as handle:
            return text(events, handle)
    if fmt in FILE_FORMATS:
        if path is None:
            raise ExportError(f"format {fmt!r} is binary: give an output file with --output")
        return FILE_FORMATS[fmt](events, path)
    known = ", ".join([*TEXT_FORMATS, *CROSSWALK_FORMATS, *FILE_FORMATS])
    raise ExportError(f"unknown format {fmt!r}; available: {known}")
