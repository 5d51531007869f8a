"""Sources to Articles: files, folders, JSONL corpora, stdin and URLs.

Every problem with one document becomes a Rejection naming the document and the reason; the
other documents go on.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from dipwatch.errors import Code, IngestError
from dipwatch.model.records import Article, Rejection, Span
from dipwatch.stages.ingest.html import extract_html, looks_like_html
from dipwatch.stages.ingest.text import (
    MAX_BYTES,
    article_id,
    clean_text,
    decode,
    parse_published,
    sha256,
)

TEXT_SUFFIXES = {".txt", ".text"}  # not .md: a folder's README is no article
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


def article_from_bytes(
    data: bytes,
    *,
    source: str,
    published: str | None = None,
    html: bool | None = None,
    url: str | None = None,
) -> Article:
    """Build an Article from the raw bytes of one text or HTML document.

    Args:
        data: the raw bytes.
        source: a name for messages (path, URL, "<stdin>").
        published: an ISO date that overrides any date found in the document.
        html: force HTML (True) or plain text (False); None decides from the content.
        url: the document's URL, if known (used for the id).

    Raises:
        IngestError: with a catalogue code saying why the document cannot be used.
    """
    given = parse_published(published, source=source)
    text = decode(data, source=source)
    meta: dict[str, str | None] = {"title": None, "author": None, "published": None, "url": url}
    if html or (html is None and looks_like_html(text)):
        meta = extract_html(text, source=source, url=url)
        text = clean_text(str(meta["text"]), source=source)
    if meta.get("title") is None:
        meta["title"] = headline(text)
    pub, pub_source = given, "given" if given else None
    if pub is None and meta.get("published"):
        pub = parse_published(meta["published"], source=source)
        pub_source = "metadata"
    return Article(
        id=article_id(url=meta.get("url"), text=text),
        text=text,
        published=pub,
        published_source=pub_source,
        title=meta.get("title"),
        url=meta.get("url"),
        author=meta.get("author"),
        source=source,
        raw_sha256=sha256(data),
    )


def headline(text: str) -> str | None:
    """A plain-text article's first line is its headline when it reads like one: short, and
    without the final punctuation of a sentence."""
    first = text.split("\n", 1)[0].strip()
    if "\n" in text and 0 < len(first.split()) <= 16 and first[-1] not in ".!?:;\"”’":
        return first
    return None


def article_from_record(record: Any, *, source: str, published: str | None = None) -> Article:
    """Build an Article from one JSONL/dict record `{id, text, published?, title?, url?,
    triggers?}`.

    Raises:
        IngestError: E107 for a record of the wrong shape, or any text/date error.
    """
    if not isinstance(record, dict):
        raise IngestError(Code.E107, f"expected a JSON object, got {type(record).__name__}",
                          source=source)
    raw_text = record.get("text")
    if not isinstance(raw_text, str):
        raise IngestError(Code.E107, "missing or non-string 'text' field", source=source)
    if len(raw_text.encode("utf-8", "replace")) > MAX_BYTES:
        raise IngestError(Code.E104, f"'text' is larger than {MAX_BYTES:,} bytes",
                          source=source)
    clean_text(raw_text, source=source)  # rejects whitespace-only text (E103)
    # Offsets (given triggers, our output) point into the text exactly as given: never reshape it.
    text = raw_text
    pub = parse_published(published or record.get("published") or record.get("date"),
                          source=source)
    url = record.get("url") if isinstance(record.get("url"), str) else None
    rid = record.get("id")
    return Article(
        id=str(rid) if rid not in (None, "") else article_id(url=url, text=text),
        text=text,
        published=pub,
        published_source="given" if pub else None,
        title=record.get("title") if isinstance(record.get("title"), str) else None,
        url=url,
        source=source,
        triggers=_triggers(record.get("triggers"), text=text, source=source),
        raw_sha256=sha256(json.dumps(record, sort_keys=True).encode("utf-8")),
    )


def _triggers(value: Any, *, text: str, source: str) -> tuple[Span, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise IngestError(Code.E111, "'triggers' must be a list of {start, end}", source=source)
    spans = []
    for i, item in enumerate(value):
        try:
            start, end = int(item["start"]), int(item["end"])
        except (TypeError, KeyError, ValueError) as e:
            raise IngestError(Code.E111, f"trigger {i} has no integer start/end",
                              source=source) from e
        if not 0 <= start < end <= len(text):
            raise IngestError(Code.E111, f"trigger {i} [{start}, {end}) is outside the text "
                              f"(length {len(text)})", source=source)
        spans.append(Span(start=start, end=end))
    return tuple(spans)


def iter_jsonl(lines: Iterable[str | bytes], *, source: str,
               published: str | None = None) -> Iterator[Article | Rejection]:
    """One Article or Rejection per non-empty line; a bad line never stops the rest."""
    for number, line in enumerate(lines, start=1):
        if isinstance(line, bytes):
            line = line.decode("utf-8", errors="replace")
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            yield _reject(IngestError(Code.E107, f"invalid JSON ({e.msg} at column {e.colno})",
                                      source=where), line)
            continue
        try:
            yield article_from_record(record, source=where, published=published)
        except IngestError as e:
            rid = record.get("id") if isinstance(record, dict) else None
            yield _reject(e, line, article_id=str(rid) if rid is not None else None)


def _reject(error: IngestError, excerpt: str | None = None, *,
            article_id: str | None = None) -> Rejection:
    return Rejection(
        stage="ingest",
        code=str(error.code),
        message=str(error),
        article_id=article_id,
        source=error.source,
        excerpt=(excerpt or "")[:200] or None,
    )


def _expand(paths: Sequence[str | Path]) -> Iterator[str | Path]:
    for path in paths:
        p = Path(path)
        if str(path) != "-" and p.is_dir():
            yield from sorted(
                f for f in p.rglob("*")
                if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES
                | JSONL_SUFFIXES
            )
        else:
            yield path


def iter_articles(
    paths: Sequence[str | Path],
    *,
    published: str | None = None,
    jsonl: bool = False,
) -> Iterator[Article | Rejection]:
    """Articles from files, folders (recursively), JSONL corpora, "-" (stdin) and URLs.

    Args:
        paths: the sources.
        published: ISO date overriding each document's publication date.
        jsonl: read every source as JSONL (otherwise decided by suffix).

    Yields:
        An Article per good document and a Rejection per bad one, in input order.
    """
    for path in _expand(paths):
        name = str(path)
        if name.startswith(("http://", "https://")):
            yield from _from_url(name, published=published)
        elif name == "-":
            data = sys.stdin.buffer.read()
            if jsonl:
                yield from iter_jsonl(data.splitlines(), source="<stdin>", published=published)
            else:
                yield _one(lambda: article_from_bytes(data, source="<stdin>",
                                                      published=published))
        elif jsonl or Path(name).suffix.lower() in JSONL_SUFFIXES:
            yield from _from_jsonl_file(Path(name), published=published)
        else:
            yield _from_file(Path(name), published=published)


def _one(build: Any) -> Article | Rejection:
    try:
        return build()
    except IngestError as e:
        return _reject(e)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as e:
        raise IngestError(Code.E101, e.strerror or str(e), source=str(path)) from e


def _from_file(path: Path, *, published: str | None) -> Article | Rejection:
    def build() -> Article:
        size = path.stat().st_size if path.exists() else 0
        if size > MAX_BYTES:
            raise IngestError(Code.E104, f"{size:,} bytes > limit {MAX_BYTES:,}; split the "
                              "file into articles (one JSONL line each)", source=str(path))
        suffix = path.suffix.lower()
        html = True if suffix in HTML_SUFFIXES else (False if suffix in TEXT_SUFFIXES else None)
        return article_from_bytes(_read(path), source=str(path), published=published,
                                  html=html)

    return _one(build)


def _from_jsonl_file(path: Path, *, published: str | None) -> Iterator[Article | Rejection]:
    try:
        handle = path.open("rb")
    except OSError as e:
        yield _reject(IngestError(Code.E101, e.strerror or str(e), source=str(path)))
        return
    with handle:
        yield from iter_jsonl(handle, source=str(path), published=published)


def _from_url(url: str, *, published: str | None) -> Iterator[Article | Rejection]:
    import trafilatura

    downloaded = trafilatura.fetch_url(url)
    if not downloaded:
        yield _reject(IngestError(Code.E110, "no response (offline, or the server refused); "
                                  "save the page and pass the file", source=url))
        return
    data = downloaded.encode("utf-8") if isinstance(downloaded, str) else downloaded
    yield _one(lambda: article_from_bytes(data, source=url, published=published, html=True,
                                          url=url))
