"""Named, transactional schema migrations.

Each migration is applied once, inside one transaction together with its row in
``schema_version``, so a crash leaves the schema either before or after it, never half-way.
Never edit a released migration: add a new one at the end of ``MIGRATIONS``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from dipwatch.store.db import Database, Dialect

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, kw_only=True)
class Migration:
    name: str
    statements: tuple[str, ...]  # may use {blob}, {real}, {without_rowid}: see Dialect

    def render(self, dialect: Dialect) -> list[str]:
        return [s.format(blob=dialect.blob, real=dialect.real,
                         without_rowid=dialect.without_rowid) for s in self.statements]


_INITIAL = Migration(
    name="0001_initial",
    statements=(
        # The article row keeps everything needed to replay it: text, metadata, and the
        # document layers (times, entities, factuality, ...) as JSON.
        """CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            text TEXT NOT NULL,
            published TEXT,
            published_source TEXT,
            title TEXT,
            url TEXT,
            author TEXT,
            source TEXT,
            raw_sha256 TEXT,
            layers TEXT NOT NULL,
            n_events INTEGER NOT NULL,
            ingested_at TEXT NOT NULL,
            run_id TEXT
        )""",
        "CREATE INDEX ix_articles_published ON articles (published)",
        # Raw input bytes, content-addressed, so any rejection or article can be replayed.
        "CREATE TABLE raw_inputs (sha256 TEXT PRIMARY KEY, content {blob} NOT NULL)",
        # sort_date = time_start, or the publication date when the event has no time;
        # it is the keyset-pagination key together with id.
        """CREATE TABLE events (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            type TEXT NOT NULL,
            mode TEXT,
            status TEXT NOT NULL,
            time_start TEXT,
            time_end TEXT,
            sort_date TEXT NOT NULL,
            place_name TEXT,
            place_country TEXT,
            lat {real},
            lon {real},
            generic INTEGER NOT NULL,
            confidence {real},
            sentence TEXT NOT NULL,
            record TEXT NOT NULL
        )""",
        "CREATE INDEX ix_events_article ON events (article_id)",
        "CREATE INDEX ix_events_sort ON events (sort_date, id)",
        "CREATE INDEX ix_events_status ON events (status, sort_date)",
        "CREATE INDEX ix_events_country ON events (place_country)",
        # Distinct actors, get-or-create by a deterministic id: a substring filter scans this
        # small table, not one row per event participation.
        """CREATE TABLE actors (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            name_lc TEXT NOT NULL,
            country TEXT,
            sector TEXT
        )""",
        "CREATE INDEX ix_actors_name ON actors (name_lc)",
        "CREATE INDEX ix_actors_country ON actors (country)",
        """CREATE TABLE event_actors (
            event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
            role TEXT NOT NULL,
            position INTEGER NOT NULL,
            actor_id TEXT NOT NULL REFERENCES actors (id),
            sort_date TEXT NOT NULL,
            PRIMARY KEY (event_id, role, position)
        ){without_rowid}""",
        # (actor, date) order: one actor's timeline is read a page at a time (paging.py).
        "CREATE INDEX ix_event_actors_actor ON event_actors (actor_id, sort_date, event_id)",
        # Ordered pairs of distinct participants of an event (both directions), keyed for
        # the dyad timeline: two actor-id lists seek straight to their shared events, in
        # time order, however busy either actor is on its own.
        """CREATE TABLE event_pairs (
            a_id TEXT NOT NULL,
            b_id TEXT NOT NULL,
            sort_date TEXT NOT NULL,
            event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
            PRIMARY KEY (a_id, b_id, sort_date, event_id)
        ){without_rowid}""",
        """CREATE TABLE places (
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            name TEXT,
            country TEXT,
            geonames_id INTEGER,
            lat {real},
            lon {real},
            granularity TEXT,
            metonymic INTEGER NOT NULL,
            PRIMARY KEY (article_id, position)
        )""",
        "CREATE INDEX ix_places_country ON places (country)",
        """CREATE TABLE quotes (
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            speaker TEXT,
            text TEXT NOT NULL,
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            direct INTEGER NOT NULL,
            record TEXT NOT NULL,
            PRIMARY KEY (article_id, position)
        )""",
        # Rejections are keyed by a hash of their content, so replaying a run does not
        # duplicate them either.
        """CREATE TABLE rejections (
            id TEXT PRIMARY KEY,
            stage TEXT NOT NULL,
            code TEXT NOT NULL,
            message TEXT NOT NULL,
            article_id TEXT,
            source TEXT,
            excerpt TEXT,
            created_at TEXT NOT NULL,
            run_id TEXT
        )""",
        """CREATE TABLE runs (
            id TEXT PRIMARY KEY,
            command TEXT,
            config_hash TEXT,
            versions TEXT NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            counts TEXT
        )""",
    ),
)

# event_pairs held every pair in both directions (two random index entries per event);
# one entry per unordered pair, smaller id first, serves the same lookups (queries.py and
# paging.py normalise their keys) at half the write cost.
_UNORDERED_PAIRS = Migration(
    name="0002_event_pairs_unordered",
    statements=("DELETE FROM event_pairs WHERE a_id > b_id",),
)

MIGRATIONS: tuple[Migration, ...] = (_INITIAL, _UNORDERED_PAIRS)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def applied(db: Database) -> list[str]:
    """Names of the migrations already applied, in order."""
    return [r["name"] for r in db.query("SELECT name FROM schema_version ORDER BY name")]


def migrate(db: Database) -> list[str]:
    """Apply every pending migration, each in its own transaction.

    Args:
        db: the database to bring up to date.

    Returns:
        The names of the migrations applied by this call (empty when up to date).
    """
    db.execute(
        "CREATE TABLE IF NOT EXISTS schema_version "
        "(name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    done: list[str] = []
    for migration in MIGRATIONS:
        with db.transaction():
            # Checked inside the transaction: two processes opening a new store at once
            # serialise on the write lock and the second sees the first one's row.
            if db.scalar(
                "SELECT COUNT(*) FROM schema_version WHERE name = :name",
                {"name": migration.name},
            ):
                continue
            for statement in migration.render(db.dialect):
                db.execute(statement)
            db.execute(
                "INSERT INTO schema_version (name, applied_at) VALUES (:name, :at)",
                {"name": migration.name, "at": _now()},
            )
        log.info("applied migration %s to %s", migration.name, db.describe())
        done.append(migration.name)
    return done
