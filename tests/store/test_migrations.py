"""Migrations: applied once, recorded, transactional; placeholders translate per engine."""

from __future__ import annotations

import pytest

from dipwatch.store.db import POSTGRES, SQLITE
from dipwatch.store.migrations import MIGRATIONS, applied, migrate


def test_migrations_recorded_once(store):
    assert applied(store.db) == [m.name for m in MIGRATIONS]
    assert migrate(store.db) == []  # already up to date: nothing re-applied
    assert applied(store.db) == [m.name for m in MIGRATIONS]


def test_transaction_rolls_back_on_error(store):
    with pytest.raises(RuntimeError), store.db.transaction():
        store.start_run(command="test")
        raise RuntimeError("boom")
    assert store.counts()["runs"] == 0


def test_nested_transaction_joins_outer(store):
    with pytest.raises(RuntimeError), store.db.transaction():
        with store.db.transaction():
            store.start_run(command="inner")
        raise RuntimeError("outer fails after inner finished")
    assert store.counts()["runs"] == 0


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("SELECT * FROM t WHERE a = :a AND b = :b_2",
         "SELECT * FROM t WHERE a = %(a)s AND b = %(b_2)s"),
        ("SELECT x::text FROM t WHERE y = :y", "SELECT x::text FROM t WHERE y = %(y)s"),
    ],
)
def test_dialect_translate_postgres(sql, expected):
    assert POSTGRES.translate(sql) == expected
    assert SQLITE.translate(sql) == sql
