"""Store fixtures: the same tests run on SQLite and, when DIPWATCH_TEST_PG is set, PostgreSQL."""

from __future__ import annotations

import sys

import pytest

# Loaded once by tests/conftest.py.
testdocs = sys.modules["dipwatch_store_testdocs"]
backends = sys.modules["dipwatch_store_backends"]


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    s = backends.open_store(request.param, tmp_path)
    yield s
    s.close()


@pytest.fixture
def filled(store):
    for article, doc in testdocs.sample():
        store.write_document(doc, article=article)
    return store
