"""`dipwatch extract`: output contract, exit codes and the exact error messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dipwatch.cli import cli

# Written for these tests.
STORY = ("Chilean Foreign Minister Ana Torres met Peruvian Foreign Minister Luis Vega in Lima "
         "on Monday. Torres said the two ministers would meet again in Santiago next month.")


def _run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input)


@pytest.mark.model
def test_extract_text_file_prints_the_document(tmp_path: Path):
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    result = _run("extract", str(path), "--published", "2024-03-06")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["published"] == "2024-03-06"
    assert set(doc) >= {"id", "events", "quotes", "times", "places", "entities",
                        "factuality", "errors"}
    met = [e for e in doc["events"] if e["evidence"]["trigger"]["text"] == "met"]
    assert met and met[0]["status"] == "occurred"
    assert met[0]["time"]["start"] == "2024-03-04"  # the Monday before a Wednesday
    names = {a["name"] for a in met[0]["actors"] + met[0]["recipients"]}
    assert names == {"Ana Torres", "Luis Vega"}


@pytest.mark.model
def test_extract_jsonl_reports_bad_lines_and_goes_on(tmp_path: Path):
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "ok", "text": STORY, "published": "2024-03-06",
                    "triggers": [{"start": STORY.index("met"), "end": STORY.index("met") + 3}]}),
        "{broken",
    ]) + "\n")
    result = _run("extract", "--jsonl", str(path))
    assert result.exit_code == 1
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert [x["id"] for x in lines] == ["ok", None]
    assert lines[0]["factuality"][0]["status"] == "occurred"
    assert lines[1]["errors"][0]["code"] == "E107"
    assert f"error: {path}:2: E107 Malformed JSONL record: invalid JSON" in result.stderr


def test_extract_impossible_published_is_a_usage_error(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text(STORY)
    result = _run("extract", str(path), "--published", "2024-02-30")
    assert result.exit_code == 2
    assert "--published: E108 Invalid publication date" in result.stderr


def test_extract_binary_file_exits_1_with_one_line(tmp_path: Path):
    path = tmp_path / "blob.txt"
    path.write_bytes(b"\x00\x01\x02" * 100)
    result = _run("extract", str(path))
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"error: {path}: E102 The input looks binary, not text: it contains NUL/control "
        "bytes; give a text, HTML or JSONL file"]


def test_extract_missing_file(tmp_path: Path):
    result = _run("extract", str(tmp_path / "nope.txt"))
    assert result.exit_code == 1
    assert "E101 Cannot read the input" in result.stderr


@pytest.mark.model
def test_extract_reads_stdin():
    result = _run("extract", "-", "--published", "2024-03-06", input=STORY)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["events"]


@pytest.mark.model
def test_non_english_text_is_reported(tmp_path: Path):
    path = tmp_path / "es.txt"
    path.write_text("El ministro de Asuntos Exteriores de Chile se reunió con su homólogo "
                    "peruano en Lima el lunes para hablar sobre la pesca y el comercio entre "
                    "ambos países, según informaron fuentes oficiales del gobierno en un "
                    "comunicado publicado por la tarde en la capital.", encoding="utf-8")
    result = _run("extract", str(path))
    assert result.exit_code == 1
    assert "E109 The text is not English" in result.stderr


@pytest.mark.model
def test_layers_limit_the_lists(tmp_path: Path):
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    result = _run("extract", str(path), "--published", "2024-03-06", "--layers", "times")
    doc = json.loads(result.stdout)
    assert doc["times"] and doc["events"] == [] and doc["places"] == []


def test_unknown_layer_is_a_usage_error(tmp_path: Path):
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    result = _run("extract", str(path), "--layers", "events,gossip")
    assert result.exit_code == 2
    assert "unknown layer(s) ['gossip']" in result.stderr


@pytest.mark.model
def test_html_page_offsets_point_into_the_extracted_text(tmp_path: Path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Ministers meet</title>"
        "<meta property='article:published_time' content='2024-03-06'></head><body>"
        "<nav>Home | World | Business | Sport</nav><div class='cookie'>We use cookies.</div>"
        f"<article><p>{STORY}</p></article><footer>Contact us</footer></body></html>")
    result = _run("extract", str(page))
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["published"] == "2024-03-06" and "cookies" not in doc["text"]
    for event in doc["events"]:
        trig = event["evidence"]["trigger"]
        assert doc["text"][trig["start"]:trig["end"]] == trig["text"]
