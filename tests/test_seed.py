"""The worked example of DESIGN.md §5, checked with the shared checker whenever ../shared
exists (it reads only the document contract, through the CLI)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.model
def test_seed_article_meets_every_expectation(shared_dir):
    checker = shared_dir / "tools" / "check_seed.py"
    if not checker.exists():
        pytest.skip("the shared seed checker is absent")
    env = dict(os.environ, DIPWATCH_CMD=f"{sys.executable} -m dipwatch",
               DIPWATCH_PROJECT=str(ROOT))
    result = subprocess.run([sys.executable, str(checker)], capture_output=True, text=True,
                            env=env, cwd=ROOT, timeout=600)
    missed = [line for line in result.stdout.splitlines() if line.startswith("MISS")]
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
    assert not missed
