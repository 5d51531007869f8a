"""Ingest: decoding, HTML, JSONL and the bad-input paths (each a clear, coded error)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dipwatch.errors import IngestError
from dipwatch.model.records import Article, Rejection
from dipwatch.stages.ingest.sources import iter_articles
from dipwatch.stages.ingest.text import article_id, decode, parse_published

# Written for these tests.
TEXT = "The foreign ministers of Chile and Peru met in Lima on Monday to discuss fisheries."


def _one(path: Path, **kw) -> Article | Rejection:
    items = list(iter_articles([path], **kw))
    assert len(items) == 1
    return items[0]


def test_decode_windows_1252_is_read_not_rejected():
    text = "Minister Müller’s visit to Zürich – “a success”, officials said in Genève."
    data = text.encode("cp1252")
    assert decode(data, source="x.txt") == text


def test_decode_latin1(tmp_path: Path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Le ministre a visité Genève et Zürich avec Mme Lefèvre.".encode("latin-1"))
    item = _one(path)
    assert isinstance(item, Article)
    assert "Genève" in item.text and "Lefèvre" in item.text


@pytest.mark.parametrize(
    ("name", "data", "code", "reason"),
    [
        ("bin.txt", bytes(range(256)) * 4, "E102", "looks binary"),
        ("empty.txt", b"  \n\t \n", "E103", "no text"),
        ("page.html", b"<html><body><nav><a href='/'>Home</a></nav><script>var a=1;</script>"
                      b"</body></html>", "E106", "No article text"),
    ],
)
def test_bad_file_gets_named_coded_error(tmp_path: Path, name, data, code, reason):
    path = tmp_path / name
    path.write_bytes(data)
    item = _one(path)
    assert isinstance(item, Rejection)
    assert item.code == code
    assert str(path) in item.message and reason in item.message


def test_huge_file_is_rejected_before_reading(tmp_path: Path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"word " * 4_200_000)  # 21 MB
    item = _one(path)
    assert isinstance(item, Rejection) and item.code == "E104"
    assert "huge.txt" in item.message


def test_jsonl_bad_lines_do_not_stop_the_rest(tmp_path: Path):
    path = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps({"id": "a", "text": TEXT, "published": "2024-03-04"}),
        "{not json",
        json.dumps({"id": "b", "text": ""}),
        json.dumps({"id": "c", "text": TEXT, "published": "2024-02-31"}),
        json.dumps(["a list"]),
        json.dumps({"id": "d", "text": TEXT, "triggers": [{"start": 17, "end": 26}]}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_articles([path]))
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["Article", "Rejection", "Rejection", "Rejection", "Rejection", "Article"]
    codes = [i.code for i in items if isinstance(i, Rejection)]
    assert codes == ["E107", "E103", "E108", "E107"]
    assert f"{path}:2" in items[1].message
    assert items[5].triggers[0].start == 17


def test_trigger_outside_text_is_rejected(tmp_path: Path):
    path = tmp_path / "t.jsonl"
    path.write_text(json.dumps({"id": "x", "text": "short text here",
                                "triggers": [{"start": 5, "end": 99}]}) + "\n")
    (item,) = list(iter_articles([path]))
    assert isinstance(item, Rejection) and item.code == "E111"


@pytest.mark.parametrize("value", ["2024-13-01", "yesterday", "2024-02-30", "18/09/2024"])
def test_impossible_published_date(value):
    with pytest.raises(IngestError) as info:
        parse_published(value, source="--published")
    assert info.value.code == "E108"


def test_html_page_gives_text_title_and_metadata_date(tmp_path: Path):
    page = tmp_path / "story.html"
    page.write_text(
        "<html><head><title>Ministers meet in Lima</title>"
        "<meta property='article:published_time' content='2024-03-05T08:00:00Z'>"
        "<meta name='author' content='Test Writer'></head><body>"
        "<nav><ul><li>World</li><li>Sport</li></ul></nav>"
        f"<article><h1>Ministers meet in Lima</h1><p>{TEXT}</p>"
        "<p>They agreed to meet again in Santiago next year, officials said.</p></article>"
        "<footer>All rights reserved</footer></body></html>", encoding="utf-8")
    item = _one(page)
    assert isinstance(item, Article)
    assert TEXT in item.text and "All rights reserved" not in item.text
    assert item.published == "2024-03-05" and item.published_source == "metadata"
    assert item.title == "Ministers meet in Lima"


def test_published_override_wins(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT)
    item = _one(path, published="2023-01-02")
    assert isinstance(item, Article) and item.published == "2023-01-02"


def test_article_id_is_stable_and_content_based():
    assert article_id(url=None, text=TEXT) == article_id(url=None, text=TEXT + "  ")
    assert article_id(url=None, text=TEXT) != article_id(url=None, text=TEXT + " More.")
    assert article_id(url="https://www.example.org/a/", text="x") == \
        article_id(url="http://example.org/a", text="y")


def test_first_short_line_without_final_stop_is_the_title(tmp_path: Path):
    path = tmp_path / "h.txt"
    path.write_text("Chile and Peru ministers meet in Lima\n" + TEXT, encoding="utf-8")
    item = _one(path)
    assert isinstance(item, Article) and item.title == "Chile and Peru ministers meet in Lima"
    path.write_text(TEXT + "\nSecond paragraph of the story.", encoding="utf-8")
    assert _one(path).title is None
