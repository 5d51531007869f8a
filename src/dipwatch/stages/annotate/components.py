"""dipwatch's spaCy components: document layout and document-level name consolidation.

`dipwatch_layout` runs first: every line break starts a sentence and short lines without final
punctuation are headings, so a heading is never glued to the next sentence (the parser keeps
boundaries that are already set).

`dipwatch_names` runs last: it repairs the tagger's person names with what the whole document
says ("Choe Son" + "Hui" is one name; "Choe" later is the same person; a known city is never a
PERSON) and records each person mention's canonical name.
"""

from __future__ import annotations

import logging
import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from dipwatch.stages.annotate.extensions import register_extensions

register_extensions()
log = logging.getLogger(__name__)

# "MANILA (Pacific Bulletin) – ", "KYIV, March 3 (Reuters) - ": a dateline opens a paragraph.
_DATELINE = re.compile(r"^[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z]*\.?(?:\s+\d{1,2})?"
                       r"(?:,\s*\d{4})?)?\s*(?:\([^)\n]{1,40}\))?\s*[–—-]{1,2}\s+")
_END_PUNCT = re.compile(r"[.!?:;\"'”’»)\]…]\s*$")
_MAX_HEADING_WORDS = 14


@Language.component(
    "dipwatch_layout",
    assigns=["token.is_sent_start", "doc._.dw_headings"],
)
def layout(doc: Doc) -> Doc:
    headings: list[tuple[int, int]] = []
    text = doc.text
    line_start = 0
    for line in text.split("\n"):
        stripped = line.strip()
        start = line_start + (len(line) - len(line.lstrip()))
        line_start += len(line) + 1
        if not stripped:
            continue
        first = doc.char_span(start, start + len(stripped), alignment_mode="expand")
        if first is None:
            continue
        if first.start > 0:
            first[0].is_sent_start = True
        is_heading = (len(stripped.split()) <= _MAX_HEADING_WORDS
                      and not _END_PUNCT.search(stripped) and stripped[0].isupper())
        dateline = _DATELINE.match(stripped)
        if dateline and not is_heading:
            # The dateline is its own unit: never the subject of the first sentence.
            headings.append((start, start + dateline.end()))
            after = doc.char_span(start + dateline.end(), start + len(stripped),
                                  alignment_mode="expand")
            if after is not None and len(after):
                after[0].is_sent_start = True
        if is_heading:
            headings.append((start, start + len(stripped)))
            end_tok = first.end
            if end_tok < len(doc):
                doc[end_tok].is_sent_start = True
            for token in first[1:]:
                token.is_sent_start = False
    doc._.dw_headings = headings
    return doc


@Language.component(
    "dipwatch_names",
    requires=["doc.ents"],
    assigns=["doc.ents", "doc._.dw_names"],
)
def consolidate_names(doc: Doc) -> Doc:
    from dipwatch.stages.annotate.names import consolidate

    try:
        consolidate(doc)
    except ValueError as e:
        # Conflicting spans must not cost the document (a failing component drops it from
        # the batch): keep the tagger's entities and say so.
        log.warning("name consolidation skipped: %s", e)
        doc._.dw_names = {(ent.start_char, ent.end_char): ent.text for ent in doc.ents
                          if ent.label_ == "PERSON"}
    return doc


def in_heading(doc: Doc, span: Span) -> bool:
    return any(s <= span.start_char < e for s, e in doc._.dw_headings)
