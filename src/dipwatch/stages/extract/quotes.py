"""Direct and indirect quotes with their speakers.

Direct quotes are found on the text (straight or curly quotation marks, across sentences and
paragraphs); the speaker is the subject of the nearest reporting verb outside the quote in the
sentence that closes it (`"…," Peskov said`), else in the sentence that opens it
(`Peskov said: "…"`), else the sentence before a paragraph-initial quote. A quote split by its
attribution (`"…," she said, "…"`) gives two quotes with the same speaker. Indirect quotes are
reported clauses: the complement of a reporting verb (`told reporters that …`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from dipwatch.model.records import Actor, Quote
from dipwatch.stages.extract.lexicon import REPORTING_VERBS
from dipwatch.stages.resolve.actors import ActorResolver

# Opening mark -> closing marks; a straight quote closes itself.
_QUOTE_RE = re.compile(r"“([^”“]{3,}?)”|\"([^\"]{3,}?)\"|«([^»]{3,}?)»", re.S)
_MIN_WORDS = 3


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    """Who said something, with the reporting verb (cue) that says so."""

    actor: Actor | None
    cue: str
    cue_start: int
    cue_end: int
    verb: Token | None


def find_quotes(doc: Doc, resolver: ActorResolver) -> list[Quote]:
    """Direct quotes, then indirect ones not inside a direct quote, in text order."""
    direct = _direct_quotes(doc, resolver)
    inside = [(q.start, q.end) for q in direct]
    indirect = [q for q in _indirect_quotes(doc, resolver)
                if not any(q.start < e + 1 and s - 1 < q.end for s, e in inside)]
    return sorted(direct + indirect, key=lambda q: q.start)


def _direct_quotes(doc: Doc, resolver: ActorResolver) -> list[Quote]:
    quotes = []
    for match in _QUOTE_RE.finditer(doc.text):
        group = next(i for i in (1, 2, 3) if match.group(i) is not None)
        start, end = match.start(group), match.end(group)
        body = doc.text[start:end]
        if len(body.split()) < _MIN_WORDS:
            continue  # a scare-quoted term, not speech
        source = _speaker_for(doc, match.start(), match.end(), resolver)
        quotes.append(Quote(
            speaker=source.actor if source else None, text=body, start=start, end=end,
            cue=source.cue if source else None, cue_start=source.cue_start if source else None,
            cue_end=source.cue_end if source else None, direct=True,
        ))
    return _share_split_speakers(quotes)


def _share_split_speakers(quotes: list[Quote]) -> list[Quote]:
    """`"…," she said, "…"`: the second half has the first half's speaker."""
    out: list[Quote] = []
    for quote in quotes:
        prev = out[-1] if out else None
        if quote.speaker is None and prev is not None and prev.speaker is not None \
                and quote.start - prev.end < 60:
            quote = Quote(speaker=prev.speaker, text=quote.text, start=quote.start,
                          end=quote.end, cue=prev.cue, cue_start=prev.cue_start,
                          cue_end=prev.cue_end, direct=True)
        out.append(quote)
    return out


def _speaker_for(doc: Doc, qstart: int, qend: int, resolver: ActorResolver) -> Source | None:
    closing = doc.char_span(max(qend - 1, 0), qend, alignment_mode="expand")
    opening = doc.char_span(qstart, qstart + 1, alignment_mode="expand")
    sents: list[Span] = []
    if closing is not None:
        sents.append(closing[0].sent)
    if opening is not None and opening[0].sent not in sents:
        sents.append(opening[0].sent)
        if opening[0].sent.start > 0:
            sents.append(doc[opening[0].sent.start - 1].sent)
    for sent in sents:
        verbs = [t for t in sent if _is_reporting(t) and not qstart <= t.idx < qend]
        verbs.sort(key=lambda t: min(abs(t.idx - qend), abs(t.idx - qstart)))
        for verb in verbs:
            source = source_of(verb, resolver)
            if source is not None and source.actor is not None:
                return source
    return None


def _is_reporting(token: Token) -> bool:
    return token.pos_ == "VERB" and token.lemma_ in REPORTING_VERBS


def source_of(verb: Token, resolver: ActorResolver) -> Source | None:
    """The speaker of a reporting verb: its subject, or the agent of a passive
    ("was confirmed by the embassy"), with the cue ("told reporters")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        subjects = [g for c in verb.children if c.dep_ == "agent" for g in c.children
                    if g.dep_ == "pobj"]
    if not subjects and verb.dep_ == "relcl":
        subjects = [verb.head]
    if not subjects and verb.dep_ in {"conj", "advcl"}:
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    actors = [a for s in subjects for a in resolver.resolve(s)]
    if not subjects:
        return None
    for child in verb.children:
        if child.dep_ == "nsubj" and child.lower_ in {"which", "who", "that"} \
                and verb.dep_ == "relcl":
            actors = resolver.resolve(verb.head)
    cue_tokens = [verb] + [c for c in verb.children
                           if c.dep_ in {"dobj", "dative"} and c.lower_ in {
                               "reporters", "journalists", "media", "press"}]
    lo = min(t.i for t in cue_tokens)
    hi = max(t.i for t in cue_tokens) + 1
    span = verb.doc[lo:hi]
    return Source(actor=actors[0] if actors else None, cue=span.text,
                  cue_start=span.start_char, cue_end=span.end_char, verb=verb)


def _indirect_quotes(doc: Doc, resolver: ActorResolver) -> list[Quote]:
    quotes = []
    for token in doc:
        if not _is_reporting(token):
            continue
        clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
        if clause is None:
            continue
        source = source_of(token, resolver)
        if source is None or source.actor is None:
            continue
        left = clause.left_edge.i
        if doc[left].dep_ == "mark":
            left += 1  # "that"
        span = doc[left:clause.right_edge.i + 1]
        if len(span) < _MIN_WORDS or span.start < token.i < span.end:
            continue
        quotes.append(Quote(speaker=source.actor, text=span.text, start=span.start_char,
                            end=span.end_char, cue=source.cue, cue_start=source.cue_start,
                            cue_end=source.cue_end, direct=False))
    return quotes
