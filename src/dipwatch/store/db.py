"""The database adapter: one thin DB-API layer over SQLite (default) and PostgreSQL.

SQL in this package is written once, with named parameters (``:name``), and translated to the
driver's parameter style here. Both engines accept ``INSERT ... ON CONFLICT``, so upserts need no
per-engine branches. Connections are per thread, because FastAPI runs sync routes in a thread
pool and an sqlite3 connection must stay on the thread that made it.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dipwatch.errors import Code, DipwatchError

log = logging.getLogger(__name__)

Params = Mapping[str, Any]

# `:name` but not `::type` casts; the SQL here never has ':' inside string literals.
_NAMED = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")


class StoreError(DipwatchError):
    """The store could not be opened, migrated or written."""

    def __init__(self, detail: str) -> None:
        super().__init__(Code.E501, detail)


@dataclass(frozen=True, slots=True, kw_only=True)
class Dialect:
    """What differs between the engines: the driver, the parameter style and a few types."""

    name: str  # sqlite | postgresql
    blob: str
    real: str
    # SQLite stores small, composite-keyed tables in the key's b-tree itself (one tree, not
    # two); PostgreSQL has no such clause and needs none.
    without_rowid: str

    def translate(self, sql: str) -> str:
        """Rewrite ``:name`` placeholders into the driver's style."""
        if self.name == "sqlite":
            return sql
        return _NAMED.sub(r"%(\1)s", sql)


SQLITE = Dialect(name="sqlite", blob="BLOB", real="REAL", without_rowid=" WITHOUT ROWID")
POSTGRES = Dialect(name="postgresql", blob="BYTEA", real="DOUBLE PRECISION",
                   without_rowid="")


def is_postgres_url(target: str | Path) -> bool:
    """True when ``target`` is a PostgreSQL DSN rather than a file path."""
    return str(target).startswith(("postgresql://", "postgres://"))


def _connect_sqlite(path: str) -> sqlite3.Connection:
    # isolation_level=None: we issue BEGIN/COMMIT ourselves, the same way on both engines.
    conn = sqlite3.connect(path, isolation_level=None, timeout=30.0, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    # NORMAL is durable across process crashes in WAL mode (only an OS crash can lose the
    # last commits), which is what resumable ingest needs, at a fraction of FULL's cost.
    conn.execute("PRAGMA synchronous=NORMAL")
    # A checkpoint copies WAL pages into the database and fsyncs. Every ~400 MB instead of
    # ~4 MB of WAL, a hot index page rewritten by many commits is copied once: +10-25% ingest
    # rate on a 1M-event store (bench/store.py). The WAL file is cut back to 64 MB after.
    conn.execute("PRAGMA wal_autocheckpoint=100000")
    # After a checkpoint the WAL is rewritten from its start. Cutting the file back to a few
    # MB each time made the file system allocate ~400 MB of blocks again before the next
    # checkpoint; with a limit above the checkpoint size the blocks are reused. The WAL is
    # deleted when the last connection closes, so this holds disk only while the store is open.
    conn.execute("PRAGMA journal_size_limit=536870912")
    # Temporary b-trees (UNION, ORDER BY of the paged listings) stay off disk.
    conn.execute("PRAGMA temp_store=MEMORY")
    # 64 MB page cache (default 2 MB): index pages of a large store stay hot during ingest.
    conn.execute("PRAGMA cache_size=-65536")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=30000")
    return conn


def _connect_postgres(dsn: str) -> Any:
    try:
        import psycopg
    except ImportError as e:
        raise StoreError(
            "PostgreSQL needs the psycopg driver; install it with "
            "`pip install 'dipwatch[postgres]'`"
        ) from e
    try:
        return psycopg.connect(dsn, autocommit=True)
    except psycopg.Error as e:
        raise StoreError(f"cannot connect to PostgreSQL ({e}); check the DSN and server") from e


class Database:
    """A connection factory plus the few primitives the store needs.

    Args:
        target: a SQLite file path (``:memory:`` is not supported: each thread would see its
            own empty database) or a ``postgresql://`` DSN.
    """

    def __init__(self, target: str | Path) -> None:
        self.target = str(target)
        self.dialect = POSTGRES if is_postgres_url(target) else SQLITE
        if self.dialect is SQLITE and self.target == ":memory:":
            raise StoreError("':memory:' cannot be shared between threads; use a file path")
        self._local = threading.local()
        self._all: list[Any] = []
        self._lock = threading.Lock()

    # -- connections -------------------------------------------------------------------
    def _conn(self) -> Any:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            if self.dialect is SQLITE:
                Path(self.target).parent.mkdir(parents=True, exist_ok=True)
                conn = _connect_sqlite(self.target)
            else:
                conn = _connect_postgres(self.target)
            self._local.conn = conn
            self._local.depth = 0
            with self._lock:
                self._all.append(conn)
        return conn

    def close(self) -> None:
        """Close every connection this object opened (on any thread)."""
        with self._lock:
            for conn in self._all:
                conn.close()
            self._all.clear()
        self._local = threading.local()

    # -- statements --------------------------------------------------------------------
    def execute(self, sql: str, params: Params | None = None) -> int:
        """Run one statement; returns the affected row count."""
        cur = self._conn().cursor()
        try:
            cur.execute(self.dialect.translate(sql), dict(params or {}))
            return int(cur.rowcount)
        finally:
            cur.close()

    def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        """Run one statement for each parameter mapping in ``rows``."""
        if not rows:
            return
        cur = self._conn().cursor()
        try:
            # The writer's rows are plain dicts already: copying them would cost a dict per
            # row for nothing.
            cur.executemany(self.dialect.translate(sql),
                            [r if type(r) is dict else dict(r) for r in rows])
        finally:
            cur.close()

    def query(self, sql: str, params: Params | None = None) -> list[dict[str, Any]]:
        """Run a SELECT and return its rows as dicts keyed by column name."""
        cur = self._conn().cursor()
        try:
            cur.execute(self.dialect.translate(sql), dict(params or {}))
            names = [d[0] for d in cur.description]
            return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
        finally:
            cur.close()

    def scalar(self, sql: str, params: Params | None = None) -> Any:
        """Run a SELECT and return the first column of the first row (or None)."""
        rows = self.query(sql, params)
        return next(iter(rows[0].values())) if rows else None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group statements atomically; nested use joins the outer transaction."""
        conn = self._conn()
        if self._local.depth:
            self._local.depth += 1
            try:
                yield
            finally:
                self._local.depth -= 1
            return
        # IMMEDIATE takes SQLite's write lock up front, so two writers queue instead of
        # failing half-way with SQLITE_BUSY on lock upgrade.
        conn.execute("BEGIN IMMEDIATE" if self.dialect is SQLITE else "BEGIN")
        self._local.depth = 1
        try:
            yield
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        else:
            conn.execute("COMMIT")
        finally:
            self._local.depth = 0

    def describe(self) -> str:
        """A printable name for logs: the path, or the DSN without its password."""
        return re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", self.target)
