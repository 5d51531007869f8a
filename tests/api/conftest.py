"""API fixtures: an in-process client over a filled store, on SQLite and PostgreSQL."""

from __future__ import annotations

import sys
from pathlib import Path
import warnings

import pytest

with warnings.catch_warnings():
    # starlette 1.x warns at import that its TestClient wants `httpx2`; the client works with
    # httpx, and the warning is about a future starlette, not about dipwatch.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from dipwatch.api.app import create_app

STORE_TESTS = Path(__file__).parents[1] / "store"  # holds fakepipe.py
TOKEN = "test-token-written-for-tests"
# Loaded once by tests/conftest.py.
testdocs = sys.modules["dipwatch_store_testdocs"]
backends = sys.modules["dipwatch_store_backends"]


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    s = backends.open_store(request.param, tmp_path)
    for article, doc in testdocs.sample():
        s.write_document(doc, article=article)
    yield s
    s.close()


def make_client(store, monkeypatch, **options) -> TestClient:
    """An in-process client of an app over ``store`` with the fake pipeline for POST."""
    monkeypatch.syspath_prepend(str(STORE_TESTS))
    app = create_app(store, pipeline="fakepipe:FakePipeline", **options)
    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture
def client(store, monkeypatch):
    return make_client(store, monkeypatch, token=TOKEN)


@pytest.fixture
def client_with(store, monkeypatch):
    """Build a client with other app options: client_with(read_only=True, ...)."""
    return lambda **options: make_client(store, monkeypatch, **options)
