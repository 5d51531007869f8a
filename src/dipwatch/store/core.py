"""``Store``: the one object the CLI, the API and Python users open to read and write records."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from dipwatch.model.records import Article, Document, Rejection
from dipwatch.store import queries, writer
from dipwatch.store.db import Database
from dipwatch.store.migrations import migrate
from dipwatch.store.queries import EventFilter, Page


def _as_dict(record: Any) -> Mapping[str, Any]:
    out: Mapping[str, Any] = record.to_dict() if hasattr(record, "to_dict") else record
    return out


class Store:
    """A dipwatch record store on SQLite (a file path) or PostgreSQL (a DSN).

    Example:
        >>> with Store("dipwatch.db") as store:          # doctest: +SKIP
        ...     store.write_document(doc)
        ...     store.events(EventFilter(statuses=("denied",))).items

    Args:
        target: SQLite file path or ``postgresql://`` DSN.
        create: apply pending migrations on open (default); with False, the schema must exist.
    """

    def __init__(self, target: str | Path, *, create: bool = True) -> None:
        self.db = Database(target)
        if create:
            migrate(self.db)

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close all connections."""
        self.db.close()

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.db.dialect.name

    # -- writes ------------------------------------------------------------------------
    def write_document(
        self,
        doc: Document | Mapping[str, Any],
        *,
        article: Article | Mapping[str, Any] | None = None,
        run_id: str | None = None,
    ) -> int:
        """Upsert a document with its events, places and quotes; returns the event count."""
        art = _as_dict(article) if article is not None else None
        return writer.write_document(self.db, _as_dict(doc), article=art, run_id=run_id)

    def write_documents(
        self, docs: Sequence[Document | Mapping[str, Any]], *, run_id: str | None = None
    ) -> int:
        """Upsert several documents in ONE transaction (bulk loads); returns the event count.

        Faster than one transaction per document, at the price of losing the whole batch if
        the process dies mid-way; resumable ingest uses :meth:`write_document` instead.
        """
        with self.db.transaction():
            return sum(self.write_document(doc, run_id=run_id) for doc in docs)

    def write_rejection(
        self, rejection: Rejection | Mapping[str, Any], *, run_id: str | None = None
    ) -> str:
        """Store a rejection (idempotent); returns its id."""
        return writer.write_rejection(self.db, _as_dict(rejection), run_id=run_id)

    def write_raw(self, content: bytes) -> str:
        """Keep raw input bytes; returns their SHA-256."""
        return writer.write_raw(self.db, content)

    def start_run(
        self, *, command: str, config_hash: str | None = None,
        versions: Mapping[str, str] | None = None,
    ) -> str:
        """Record a run's start; returns the run id."""
        return writer.start_run(
            self.db, command=command, config_hash=config_hash, versions=versions or {}
        )

    def finish_run(self, run_id: str, counts: Mapping[str, int]) -> None:
        """Record a run's end with its counts."""
        writer.finish_run(self.db, run_id, counts)

    def known_article_ids(self, ids: Sequence[str]) -> set[str]:
        """The subset of ``ids`` already stored."""
        return writer.known_ids(self.db, ids)

    # -- reads -------------------------------------------------------------------------
    def events(
        self, flt: EventFilter | None = None, *, limit: int = 100, cursor: str | None = None,
        descending: bool = False,
    ) -> Page:
        """One page of events matching ``flt`` (see :func:`queries.list_events`)."""
        return queries.list_events(
            self.db, flt or EventFilter(), limit=limit, cursor=cursor, descending=descending
        )

    def iter_events(
        self, flt: EventFilter | None = None, *, page_size: int = 1000
    ) -> Iterator[dict[str, Any]]:
        """Every event matching ``flt``, page by page (for exports)."""
        cursor: str | None = None
        while True:
            page = self.events(flt, limit=page_size, cursor=cursor)
            yield from page.items
            if page.next is None:
                return
            cursor = page.next

    def count_events(self, flt: EventFilter | None = None) -> int:
        """How many events match ``flt``."""
        return queries.count_events(self.db, flt or EventFilter())

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One event record, or None."""
        return queries.get_event(self.db, event_id)

    def evidence(self, event_id: str) -> dict[str, Any] | None:
        """An event with its article text and field spans, or None."""
        return queries.evidence(self.db, event_id)

    def timeline(self, first: str, second: str | None = None, *, limit: int = 1000) -> list[
        dict[str, Any]
    ]:
        """An actor's or a dyad's events, oldest first."""
        return queries.timeline(self.db, first, second, limit=limit)

    def articles(self, *, limit: int = 100, cursor: str | None = None) -> Page:
        """One page of article summaries."""
        return queries.list_articles(self.db, limit=limit, cursor=cursor)

    def article(self, article_id: str) -> dict[str, Any] | None:
        """One article with text and event ids, or None."""
        return queries.get_article(self.db, article_id)

    def actors(self, *, q: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
        """Actors with event counts."""
        return queries.list_actors(self.db, q=q, limit=limit)

    def dyads(self, flt: EventFilter | None = None, *, limit: int = 100) -> list[dict[str, Any]]:
        """Actor pairs with event counts per status."""
        return queries.list_dyads(self.db, flt or EventFilter(), limit=limit)

    def event_places(self, flt: EventFilter | None = None) -> list[dict[str, Any]]:
        """Event places with coordinates and counts per status."""
        return queries.list_event_places(self.db, flt or EventFilter())

    def rejections(self, *, limit: int = 100) -> list[dict[str, Any]]:
        """Stored rejections, newest first."""
        return queries.list_rejections(self.db, limit=limit)

    def counts(self) -> dict[str, int]:
        """Row counts of the main tables."""
        return queries.table_counts(self.db)
