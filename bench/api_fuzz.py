"""Fuzz the REST API from its OpenAPI schema with schemathesis; goal: no server error.

    .venv/bin/python bench/api_fuzz.py [--max-examples 100]

schemathesis is installed into its own virtualenv (~/.cache/dipwatch-fuzz-venv) on first use,
not into the project's: it registers a pytest plugin, which would change every pytest run in
the project venv. The script starts a real `dipwatch serve` on a free port over a fixture
database (the hand-made documents of tests/store/docs.py), with a bearer token and the test
pipeline (tests/store/fakepipe.py) so POST /api/articles is exercised too, then runs
`schemathesis run` with the `not_a_server_error` check (any 5xx fails) and prints its summary.
Exit status: schemathesis's (0 = no failure found).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FUZZ_VENV = Path.home() / ".cache" / "dipwatch-fuzz-venv"
TOKEN = "fuzz-token"


def ensure_schemathesis() -> Path:
    """The schemathesis CLI, installing it into its own venv when missing."""
    cli = FUZZ_VENV / "bin" / "schemathesis"
    if not cli.exists():
        print(f"installing schemathesis into {FUZZ_VENV}", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(FUZZ_VENV)], check=True)
        subprocess.run([str(FUZZ_VENV / "bin" / "pip"), "install", "-q", "schemathesis"],
                       check=True)
    return cli


def fixture_db(path: Path) -> None:
    """Fill a SQLite store with the test documents."""
    sys.path.insert(0, str(ROOT / "src"))
    from dipwatch.store import Store

    spec = importlib.util.spec_from_file_location("testdocs", ROOT / "tests/store/docs.py")
    docs = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(docs)  # type: ignore[union-attr]
    with Store(path) as store:
        for article, doc in docs.sample():
            store.write_document(doc, article=article)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: Path, port: int, log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "DIPWATCH_TOKEN": TOKEN,
           "DIPWATCH_PIPELINE": "fakepipe:FakePipeline",
           "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT / "tests" / "store")])}
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "dipwatch", "serve", "--db", str(db),
                                 "--port", str(port)], env=env, stdout=out,
                                stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/openapi.json", timeout=1):
                return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("dipwatch serve did not start:\n" + log.read_text(errors="replace"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-examples", type=int, default=100)
    args = parser.parse_args()
    cli = ensure_schemathesis()
    with tempfile.TemporaryDirectory() as tmp:
        db, port = Path(tmp) / "fuzz.db", free_port()
        fixture_db(db)
        server = start_server(db, port, Path(tmp) / "serve.log")
        try:
            result = subprocess.run(
                [str(cli), "run", f"http://127.0.0.1:{port}/openapi.json",
                 "--checks", "not_a_server_error", "--max-examples", str(args.max_examples),
                 "--workers", "1", "-H", f"Authorization: Bearer {TOKEN}"],
                check=False)
        finally:
            server.terminate()
            server.wait(timeout=10)
        errors = (Path(tmp) / "serve.log").read_text(errors="replace")
        if "Traceback" in errors:
            print("server log has tracebacks:\n" + errors[-4000:], file=sys.stderr)
    return result.returncode


if __name__ == "__main__":
    raise SystemExit(main())
