"""Shared fixtures: the loaded pipeline (once per session) and the shared data folder."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("DIPWATCH_SHARED", ROOT.parent / "shared"))


def _load(name: str, path: Path) -> None:
    # Loaded by path under a unique name: the tests tree has no packages, and a bare "docs"
    # could clash with another directory's module. Several test files share each.
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)


_load("dipwatch_store_testdocs", ROOT / "tests" / "store" / "docs.py")
_load("dipwatch_store_backends", ROOT / "tests" / "store" / "backends.py")
_load("dipwatch_handparse", ROOT / "tests" / "stages" / "extract" / "handparse.py")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.exists():
        pytest.skip(f"no shared data folder at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def nlp():
    from dipwatch.stages.annotate.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def pipeline():
    from dipwatch.pipeline import Pipeline

    return Pipeline(on_error="raise")


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite tests/golden/*/expected.json from the current output")


@pytest.fixture(scope="session")
def update_golden(request) -> bool:
    return bool(request.config.getoption("--update-golden"))
