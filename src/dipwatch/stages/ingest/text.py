"""Bytes to text: encoding detection, binary and size checks, stable article ids."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date

from charset_normalizer import from_bytes

from dipwatch.errors import Code, IngestError

MAX_BYTES = 5_000_000  # a news article is far below this; larger inputs are rejected (E104)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_WS_LINE = re.compile(r"[ \t\u00a0]+\n")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def article_id(*, url: str | None, text: str) -> str:
    """Stable id: hash of the normalised URL when there is one, else of the normalised text."""
    if url:
        key = "url:" + _normalise_url(url)
    else:
        key = "text:" + " ".join(text.split())
    return "ar_" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _normalise_url(url: str) -> str:
    url = url.strip()
    url = re.sub(r"^https?://(www\.)?", "", url, flags=re.I)
    url = url.split("#", 1)[0]
    return url.rstrip("/").lower()


def looks_binary(data: bytes) -> bool:
    """NUL bytes or a high share of control bytes in the first 8 KiB mean it is not text."""
    head = data[:8192]
    if not head:
        return False
    if b"\x00" in head:
        # UTF-16 text has NULs too; it carries a BOM when it is a text file.
        return not head.startswith((b"\xff\xfe", b"\xfe\xff"))
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return control / len(head) > 0.05


def decode(data: bytes, *, source: str) -> str:
    """Decode bytes to text: UTF-8 first, then the detected encoding (Windows-1252, Latin-1, ...).

    Raises:
        IngestError: E104 too large, E102 binary, E105 undecodable, E103 empty.
    """
    if len(data) > MAX_BYTES:
        raise IngestError(
            Code.E104,
            f"{len(data):,} bytes > limit {MAX_BYTES:,}; split the file into articles "
            "(e.g. one JSONL line per article)",
            source=source,
        )
    if looks_binary(data):
        raise IngestError(Code.E102, "it contains NUL/control bytes; give a text, HTML or "
                          "JSONL file", source=source)
    text = _decode_bytes(data, source=source)
    return clean_text(text, source=source)


def _decode_bytes(data: bytes, *, source: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    matches = list(from_bytes(data))
    best = None
    if matches:
        # Short texts fit several Western code pages equally well; English news in a legacy
        # encoding is overwhelmingly Windows-1252, so it wins a tie.
        least = min(m.chaos for m in matches)
        tied = [m for m in matches if m.chaos == least]
        best = next((m for m in tied if m.encoding == "cp1252"), tied[0])
    if best is None:
        raise IngestError(Code.E105, "no text encoding fits these bytes; convert the file to "
                          "UTF-8", source=source)
    return str(best)


def clean_text(text: str, *, source: str) -> str:
    """Normalise newlines and Unicode form; reject text that is empty after that."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _CONTROL.sub(" ", text)
    text = _WS_LINE.sub("\n", text).strip()
    if not text:
        raise IngestError(Code.E103, "nothing but whitespace", source=source)
    return text


def parse_published(value: str | None, *, source: str) -> str | None:
    """Validate a publication date given by the user or a record (YYYY-MM-DD, or a full ISO
    timestamp whose date part is kept)."""
    if value is None or value == "":
        return None
    raw = str(value).strip()
    match = re.match(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.+\-Z]*)?$", raw)
    if not match:
        raise IngestError(Code.E108, f"{raw!r} is not an ISO date (YYYY-MM-DD)", source=source)
    try:
        day = date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError as e:
        raise IngestError(Code.E108, f"{raw!r}: {e}", source=source) from e
    return day.isoformat()
