"""Reader for the MEANTIME corpus in CAT XML (NewsReader, CC BY 4.0).

Each document is a flat list of ``<token t_id sentence number>`` elements followed by
``<Markables>`` (TIMEX3, EVENT_MENTION, ENTITY_MENTION, ...), each markable naming its tokens
through ``<token_anchor t_id>``. The reader rebuilds a plain text by joining the tokens with
single spaces (a line break between sentences) and keeps, for every token, its character offsets in that text, so that any
scorer can compare character spans produced by our pipeline with the gold markables.

MEANTIME's document-level layers (TIMEX3, event factuality) were annotated on the headline
and the first five sentences of the body only (corpus sentences 0..5, where sentence 1 is the
dateline); later sentences carry only a few cross-document event mentions. Scorers must
compare predictions inside :attr:`MeantimeDoc.annotated_end` only.

The data is read in place from ``shared/eval/meantime``; nothing is copied into the repo.
"""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

logger = logging.getLogger(__name__)

# Headline (0), dateline (1) and the first five body sentences (2..5): the annotated part.
ANNOTATED_SENTENCES = 6

_DAY_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True, slots=True, kw_only=True)
class Token:
    """One corpus token and where it lies in the rebuilt text."""

    t_id: int
    sentence: int
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Timex:
    """A gold TIMEX3. ``start``/``end`` are None for non-textual (empty) timexes."""

    m_id: str
    type: str
    value: str
    function: str  # functionInDocument: CREATION_TIME | NONE | ...
    token_ids: tuple[int, ...]
    start: int | None
    end: int | None
    text: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class EventMention:
    """A gold EVENT_MENTION with its factuality attributes (None when not annotated)."""

    m_id: str
    token_ids: tuple[int, ...]
    start: int
    end: int
    text: str
    certainty: str | None  # CERTAIN | PROBABLE | POSSIBLE | UNDERSPECIFIED
    polarity: str | None  # POS | NEG | UNDERSPECIFIED
    time: str | None  # NON_FUTURE | FUTURE | UNDERSPECIFIED
    tense: str | None
    aspect: str | None
    pos: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class MeantimeDoc:
    """One MEANTIME document, its rebuilt text and gold annotations."""

    doc_id: str
    name: str
    path: str
    text: str
    tokens: tuple[Token, ...]
    dct: date | None
    dct_timex: Timex | None
    timexes: tuple[Timex, ...]  # every textual TIMEX3 except the DCT
    events: tuple[EventMention, ...]
    annotated_end: int  # char offset where the document-level annotation stops

    def sentence_spans(self) -> list[tuple[int, int]]:
        """Character spans of the corpus sentences, in order."""
        spans: dict[int, list[int]] = {}
        for tok in self.tokens:
            span = spans.setdefault(tok.sentence, [tok.start, tok.end])
            span[1] = tok.end
        return [(s, e) for _, (s, e) in sorted(spans.items())]


def iter_documents(meantime_dir: str | Path) -> Iterator[MeantimeDoc]:
    """Yield every document under ``meantime_dir`` (searched recursively), sorted by path.

    Args:
        meantime_dir: the corpus folder (e.g. ``shared/eval/meantime``) or any folder below it.

    Yields:
        The parsed documents.
    """
    paths = sorted(Path(meantime_dir).rglob("*.xml"))
    if not paths:
        logger.warning("no MEANTIME XML file under %s", meantime_dir)
    for path in paths:
        yield read_document(path)


def read_document(path: str | Path) -> MeantimeDoc:
    """Parse one CAT XML file into a :class:`MeantimeDoc`.

    Args:
        path: the XML file.

    Returns:
        The document with text, token offsets, DCT, TIMEX3s and event mentions.
    """
    root = ET.parse(path).getroot()
    tokens = _read_tokens(root)
    by_id = {tok.t_id: tok for tok in tokens}
    text = _join_tokens(tokens)
    markables = root.find("Markables")
    timexes: list[Timex] = []
    events: list[EventMention] = []
    if markables is not None:
        for el in markables:
            if el.tag == "TIMEX3":
                timexes.append(_read_timex(el, by_id, text))
            elif el.tag == "EVENT_MENTION":
                event = _read_event(el, by_id, text)
                if event is not None:
                    events.append(event)
    dct_timex = _find_dct(timexes, by_id)
    textual = [
        t for t in timexes if t.start is not None and t.m_id != getattr(dct_timex, "m_id", None)
    ]
    textual.sort(key=lambda t: (t.start or 0, t.end or 0))
    events.sort(key=lambda e: (e.start, e.end))
    return MeantimeDoc(
        doc_id=root.get("doc_id", ""),
        name=root.get("doc_name", Path(path).stem),
        path=str(path),
        text=text,
        tokens=tuple(tokens),
        dct=_value_date(dct_timex.value) if dct_timex else None,
        dct_timex=dct_timex,
        timexes=tuple(textual),
        events=tuple(events),
        annotated_end=_annotated_end(tokens),
    )


def _annotated_end(tokens: list[Token]) -> int:
    inside = [tok.end for tok in tokens if tok.sentence < ANNOTATED_SENTENCES]
    return max(inside, default=0)


def _read_tokens(root: ET.Element) -> list[Token]:
    tokens: list[Token] = []
    offset = 0
    for el in root.iter("token"):
        word = el.text or ""
        tokens.append(Token(t_id=int(el.get("t_id", "0")), sentence=int(el.get("sentence", "0")),
                            text=word, start=offset, end=offset + len(word)))
        offset += len(word) + 1  # one separator character: see _join_tokens
    return tokens


def _join_tokens(tokens: list[Token]) -> str:
    # Tokens are joined by single spaces; sentences by a line break, so that the headline,
    # the dateline and the body stay apart as they are in the article ("... until Friday"
    # + "September 18, 2008" must not read as one date).
    parts: list[str] = []
    for i, tok in enumerate(tokens):
        if i:
            parts.append("\n" if tok.sentence != tokens[i - 1].sentence else " ")
        parts.append(tok.text)
    return "".join(parts)


def _anchors(el: ET.Element, by_id: dict[int, Token], text: str) -> tuple[tuple[int, ...], int | None, int | None, str | None]:
    ids = tuple(sorted(int(a.get("t_id", "0")) for a in el.iter("token_anchor")))
    toks = [by_id[i] for i in ids if i in by_id]
    if not toks:
        return ids, None, None, None
    start, end = toks[0].start, toks[-1].end
    return ids, start, end, text[start:end]


def _read_timex(el: ET.Element, by_id: dict[int, Token], text: str) -> Timex:
    ids, start, end, surface = _anchors(el, by_id, text)
    return Timex(
        m_id=el.get("m_id", ""),
        type=el.get("type", ""),
        value=el.get("value", ""),
        function=el.get("functionInDocument", "NONE") or "NONE",
        token_ids=ids,
        start=start,
        end=end,
        text=surface,
    )


def _read_event(el: ET.Element, by_id: dict[int, Token], text: str) -> EventMention | None:
    ids, start, end, surface = _anchors(el, by_id, text)
    if start is None or end is None or surface is None:
        return None

    def attr(name: str) -> str | None:
        # Unannotated mentions have the attribute missing or empty: both mean "unknown".
        return el.get(name) or None

    return EventMention(
        m_id=el.get("m_id", ""),
        token_ids=ids,
        start=start,
        end=end,
        text=surface,
        certainty=attr("certainty"),
        polarity=attr("polarity"),
        time=attr("time"),
        tense=attr("tense"),
        aspect=attr("aspect"),
        pos=attr("pos"),
    )


def _find_dct(timexes: list[Timex], by_id: dict[int, Token]) -> Timex | None:
    for t in timexes:
        if t.function == "CREATION_TIME":
            return t
    # A few files forget to mark the DCT; in Wikinews the dateline is sentence 1, right
    # after the headline, so a full-day DATE filling that sentence is the creation time.
    for t in timexes:
        sentences = {by_id[i].sentence for i in t.token_ids if i in by_id}
        if sentences == {1} and t.type == "DATE" and _value_date(t.value) is not None:
            logger.info("DCT not marked; using the dateline timex %s (%s)", t.m_id, t.value)
            return t
    return None


def _value_date(value: str) -> date | None:
    m = _DAY_VALUE.match(value or "")
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None
