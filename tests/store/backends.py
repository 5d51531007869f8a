"""Opening a fresh test store on SQLite or PostgreSQL (shared by the store and API tests)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dipwatch.store import Store
from dipwatch.store.db import Database

PG_ENV = "DIPWATCH_TEST_PG"
_TABLES = ("event_pairs", "event_actors", "events", "actors", "places", "quotes", "articles",
           "raw_inputs", "rejections", "runs", "schema_version")


def pg_dsn() -> str:
    """The PostgreSQL DSN for tests, or skip with the reason and the fix."""
    dsn = os.environ.get(PG_ENV)
    if not dsn:
        pytest.skip(f"PostgreSQL tests need {PG_ENV}=postgresql://...; "
                    "run scripts/start_postgres.sh to start a server and print one")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("PostgreSQL tests need psycopg: pip install 'dipwatch[postgres]'")
    return dsn


def reset_postgres(dsn: str) -> None:
    """Drop every dipwatch table so each test starts from an empty schema."""
    db = Database(dsn)
    try:
        for table in _TABLES:
            db.execute(f"DROP TABLE IF EXISTS {table} CASCADE")
    finally:
        db.close()


def open_store(kind: str, tmp_path: Path) -> Store:
    """A new empty store of ``kind`` (sqlite | postgresql)."""
    if kind == "sqlite":
        return Store(tmp_path / "test.db")
    dsn = pg_dsn()
    reset_postgres(dsn)
    return Store(dsn)
