"""Store fixtures: the same tests run on SQLite and, when DIPWATCH_TEST_PG is set, PostgreSQL."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_HERE = Path(__file__).parent


def _load(name: str, path: Path):
    # Loaded by path under a unique name: the tests tree has no packages, and a bare
    # "docs" could clash with another directory's module of the same name.
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


testdocs = _load("dipwatch_store_testdocs", _HERE / "docs.py")
backends = _load("dipwatch_store_backends", _HERE / "backends.py")


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
