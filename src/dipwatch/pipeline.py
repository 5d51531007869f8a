"""The pipeline: Article -> spaCy Doc -> Document (events, quotes, times, places, entities).

`Pipeline` holds only the model name and options, so it pickles cheaply and loads the model
lazily once per process: the same object runs in-process, in worker processes and on Ray.
"""

from __future__ import annotations

import logging
import re
import traceback
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from dipwatch.errors import Code, DipwatchError, IngestError
from dipwatch.model.records import (
    Article,
    TimeMention,
    Document,
    EntityMention,
    Factuality,
    Rejection,
    Span,
)
from dipwatch.stages.annotate.nlp import load_nlp, model_info
from dipwatch.stages.extract.events import extract_events, statuses_of_spans
from dipwatch.stages.extract.quotes import find_quotes
from dipwatch.stages.ingest.sources import article_from_record
from dipwatch.stages.ingest.text import parse_published
from dipwatch.stages.resolve.actors import ActorResolver
from dipwatch.stages.resolve.dates import find_times
from dipwatch.stages.resolve.places import find_places

log = logging.getLogger(__name__)

LAYERS = ("events", "quotes", "times", "places", "entities", "factuality")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_LANGUAGE_MIN_CHARS = 200
_LANGUAGE_SAMPLE_TOKENS = 400  # enough to tell English; the whole text costs ~5 ms


class Pipeline:
    """Turns Articles into Documents.

    Args:
        model: spaCy model package or path (default: see `dipwatch.stages.annotate.nlp`).
        layers: which lists of the document to compute (default: all).
        on_error: "raise" (tests, development) or "quarantine" (batches: the document gets an
            E000 error with the traceback and processing continues).
        check_language: report non-English text as an error (E109) instead of extracting.
    """

    def __init__(self, *, model: str | None = None, layers: Sequence[str] = LAYERS,
                 on_error: str = "quarantine", check_language: bool = True) -> None:
        unknown = set(layers) - set(LAYERS)
        if unknown:
            raise DipwatchError(Code.E601, f"unknown layer(s) {sorted(unknown)}; choose from "
                                f"{', '.join(LAYERS)}")
        self.model = model
        self.layers = tuple(layers)
        self.on_error = on_error
        self.check_language = check_language

    @property
    def nlp(self) -> Language:
        return load_nlp(self.model)

    def process(self, article: Article) -> Document:
        """One article to its Document (errors are reported inside the Document)."""
        return next(self.pipe([article]))

    def pipe(self, articles: Iterable[Article], *, batch_size: int = 16,
             n_process: int = 1) -> Iterator[Document]:
        """Documents for a stream of articles, parsed in batches (`n_process` > 1 uses
        spaCy's worker processes for the parse)."""
        stream = ((a.text, a) for a in articles)
        for doc, article in self.nlp.pipe(stream, as_tuples=True, batch_size=batch_size,
                                          n_process=n_process):
            yield self._document(doc, article)

    def extract_text(self, text: str, *, published: str | None = None,
                     title: str | None = None, url: str | None = None,
                     triggers: Sequence[dict[str, Any]] | None = None,
                     id: str | None = None) -> Document:
        """One text to its Document (the Python API behind `dipwatch.extract`).

        Never raises on bad input: an empty text, an invalid date or bad trigger spans give a
        Document whose `errors` say why (and whose other lists are empty).
        """
        record: dict[str, Any] = {"text": text, "published": published, "title": title,
                                  "url": url, "triggers": triggers, "id": id}
        try:
            article = article_from_record(record, source="<text>")
        except IngestError as e:
            rejection = Rejection(stage="ingest", code=str(e.code), message=str(e),
                                  article_id=id, source="<text>")
            return Document(id=id or "", text=text if isinstance(text, str) else "",
                            published=None, title=title, url=url, errors=(rejection,))
        return self.process(article)

    def _document(self, doc: Doc, article: Article) -> Document:
        try:
            return self._annotate(doc, article)
        except Exception as e:  # the error policy: one bad document never stops a batch
            if self.on_error == "raise":
                raise
            log.warning("document %s failed: %s", article.id, e)
            error = Rejection(stage="extract", code=str(Code.E000),
                              message=f"{article.source or article.id}: {Code.E000} "
                                      f"unexpected {type(e).__name__}: {e}",
                              article_id=article.id, source=article.source,
                              excerpt=traceback.format_exc(limit=6)[-1500:])
            return _empty(article, errors=(error,))

    def _annotate(self, doc: Doc, article: Article) -> Document:
        if self.check_language and not is_english(doc):
            error = IngestError(Code.E109, "too few English function words; dipwatch reads "
                                "English news only", source=article.source or article.id)
            return _empty(article, errors=(Rejection(stage="annotate", code=str(Code.E109),
                                                     message=str(error), article_id=article.id,
                                                     source=article.source),))
        anchor = date.fromisoformat(article.published) if article.published else None
        times = find_times(doc, anchor=anchor)
        if anchor is None:
            anchor = _dateline_date(doc, times)
            if anchor is not None:  # "KYIV, March 3, 2024 (Agency) –": date the rest by it
                article = replace(article, published=anchor.isoformat(),
                                  published_source="dateline")
                times = find_times(doc, anchor=anchor)
        places = find_places(doc)
        resolver = ActorResolver(doc, on=anchor)
        quotes = find_quotes(doc, resolver)
        events = extract_events(doc, article_id=article.id, published=anchor,
                                resolver=resolver, times=times, places=places, quotes=quotes)
        layers = set(self.layers)
        return Document(
            id=article.id, text=article.text, published=article.published,
            title=article.title, url=article.url,
            events=tuple(events) if "events" in layers else (),
            quotes=tuple(quotes) if "quotes" in layers else (),
            times=tuple(times) if "times" in layers else (),
            places=tuple(places) if "places" in layers else (),
            entities=tuple(_entities(doc, resolver)) if "entities" in layers else (),
            factuality=tuple(_factuality(doc, article.triggers)),
            meta=self._meta(article),
        )

    def _meta(self, article: Article) -> dict[str, Any]:
        meta: dict[str, Any] = {"published_source": article.published_source,
                                "source": article.source}
        meta.update(_model_info(self.model))
        if article.published is None:
            meta["warning"] = ("publication date unknown: relative dates are left "
                               "unresolved; pass --published YYYY-MM-DD")
        return meta


@lru_cache(maxsize=4)
def _model_info(model: str | None) -> dict[str, str]:
    return model_info(load_nlp(model))


def _dateline_date(doc: Doc, times: Sequence[TimeMention]) -> date | None:
    """A full date (day, month and year) inside the article's dateline or first line."""
    first_line = doc.text.split("\n", 1)[0]
    zones = [(s, e) for s, e in (doc._.dw_headings or ())] + [(0, len(first_line))]
    for mention in times:
        if mention.type == "DATE" and mention.value and _ISO_DAY.fullmatch(mention.value) \
                and any(s <= mention.start < e for s, e in zones[:3]):
            return date.fromisoformat(mention.value)
    return None


def _empty(article: Article, *, errors: tuple[Rejection, ...]) -> Document:
    return Document(id=article.id, text=article.text, published=article.published,
                    title=article.title, url=article.url, errors=errors,
                    factuality=tuple(_unknown_factuality(article.triggers)))


def _unknown_factuality(triggers: Sequence[Span]) -> list[Factuality]:
    from dipwatch.model.records import Status

    return [Factuality(start=t.start, end=t.end, status=Status.POSSIBLE, score=0.0)
            for t in triggers]


def _factuality(doc: Doc, triggers: Sequence[Span]) -> list[Factuality]:
    # All given mentions are read together, in text order, so that a cue-less re-mention
    # ("the deal") keeps the status an earlier mention got ("the now-cancelled deal").
    decisions = statuses_of_spans(doc, [(trig.start, trig.end) for trig in triggers])
    return [Factuality(start=trig.start, end=trig.end, status=status, score=score)
            for trig, (status, score) in zip(triggers, decisions, strict=True)]


def _entities(doc: Doc, resolver: ActorResolver) -> list[EntityMention]:
    out = []
    for ent in doc.ents:
        canonical = ent.text
        if ent.label_ == "PERSON":
            person = resolver.people.at(ent.root)
            canonical = person.name if person else canonical
        elif ent.label_ in {"ORG", "GPE", "LOC", "FAC", "EVENT", "NORP"}:
            canonical = ent.text.removeprefix("the ").removeprefix("The ")
        out.append(EntityMention(text=ent.text, start=ent.start_char, end=ent.end_char,
                                 label=ent.label_, canonical=canonical))
    return out


_ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to in a is that for on with as was by it at from his her he she are were "
    "has have had be been will not this which an or its their they said".split())


def is_english(doc: Doc) -> bool:
    """Short texts pass; longer ones need a plausible share of English function words."""
    if len(doc.text) < _LANGUAGE_MIN_CHARS:
        return True
    words = [t.lower_ for t in doc[:_LANGUAGE_SAMPLE_TOKENS] if t.is_alpha]
    if not words:
        return False
    share = sum(w in _ENGLISH_FUNCTION_WORDS for w in words) / len(words)
    return share >= 0.12


@lru_cache(maxsize=8)
def default_pipeline(layers: tuple[str, ...] = LAYERS) -> Pipeline:
    """The shared pipeline of `dipwatch.extract`, one per choice of layers (same model)."""
    return Pipeline(on_error="raise", layers=layers)


def check_published(value: str | None) -> str | None:
    """Validate a user-given publication date (raises IngestError E108)."""
    return parse_published(value, source="--published")
