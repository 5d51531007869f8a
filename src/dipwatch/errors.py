"""Coded errors. Codes are E<stage><nn>: 1xx ingest, 2xx annotate, 3xx extract, 4xx resolve,
5xx store, 6xx cli/api. Each message says what happened, the likely cause and the fix."""

from __future__ import annotations

from enum import StrEnum


class Code(StrEnum):
    E000 = "E000"  # unexpected error while processing one document (traceback kept)
    E101 = "E101"  # file not found / unreadable
    E102 = "E102"  # binary content
    E103 = "E103"  # empty document (no text after extraction)
    E104 = "E104"  # document too large
    E105 = "E105"  # undecodable bytes
    E106 = "E106"  # HTML page without article text
    E107 = "E107"  # malformed JSONL line / record
    E108 = "E108"  # invalid publication date
    E109 = "E109"  # text not in English
    E110 = "E110"  # URL could not be fetched
    E111 = "E111"  # invalid trigger spans
    E201 = "E201"  # spaCy model missing or incompatible
    E401 = "E401"  # unparseable date value
    E501 = "E501"  # store error
    E601 = "E601"  # usage error


MESSAGES: dict[Code, str] = {
    Code.E000: "Unexpected error while processing the document",
    Code.E101: "Cannot read the input",
    Code.E102: "The input looks binary, not text",
    Code.E103: "The document has no text",
    Code.E104: "The document is larger than the size limit",
    Code.E105: "The bytes could not be decoded as text",
    Code.E106: "No article text found in the HTML page",
    Code.E107: "Malformed JSONL record",
    Code.E108: "Invalid publication date",
    Code.E109: "The text is not English",
    Code.E110: "The URL could not be fetched",
    Code.E111: "Invalid trigger spans",
    Code.E201: "The spaCy English model is not available",
    Code.E401: "Unparseable date",
    Code.E501: "Store error",
    Code.E601: "Usage error",
}


class DipwatchError(Exception):
    """Base class: every error raised by dipwatch carries a catalogue code."""

    def __init__(self, code: Code, detail: str, *, source: str | None = None) -> None:
        self.code = code
        self.detail = detail
        self.source = source
        where = f"{source}: " if source else ""
        super().__init__(f"{where}{code} {MESSAGES[code]}: {detail}")


class IngestError(DipwatchError):
    """A document could not be turned into an Article."""


class ModelError(DipwatchError):
    """The NLP model could not be loaded."""
