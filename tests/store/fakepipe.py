"""A small deterministic pipeline for ingest tests (test double; the real one needs spaCy).

It reads sentences of the form "<Name> met <Name> on <YYYY-MM-DD>." and "<Name> denied
meeting <Name>." written by the tests, so the ingest machinery (workers, skipping, kills,
rejections) can be tested quickly and exactly. DIPWATCH_FAKE_DELAY (seconds per article)
slows it down so a test can kill a run in the middle. Texts containing "EXPLODE" raise.
"""

from __future__ import annotations

import hashlib
import os
import re
import time

from dipwatch.model.records import (
    Actor,
    Article,
    Claim,
    Document,
    Event,
    Evidence,
    Span,
    Status,
    TimeRef,
)

_NAME = r"([A-Z][a-z]+(?: [A-Z][a-z]+)*)"
_MET = re.compile(_NAME + r" (met|denied meeting) " + _NAME + r"(?: on (\d{4}-\d{2}-\d{2}))?\.")


def _actor(name: str, start: int) -> Actor:
    return Actor(name=name, country=name[:3].upper(), sector="GOV", text=name,
                 span=Span(start=start, end=start + len(name)))


class FakePipeline:
    """process(Article) -> Document, like dipwatch.pipeline.Pipeline."""

    def __init__(self) -> None:
        self.delay = float(os.environ.get("DIPWATCH_FAKE_DELAY", "0"))

    def process(self, article: Article) -> Document:
        if "EXPLODE" in article.text:
            raise RuntimeError("fake pipeline failure (written for tests)")
        time.sleep(self.delay)
        events = []
        for m in _MET.finditer(article.text):
            key = f"{article.id}|{m.start(2)}|CONSULT"
            status = Status.OCCURRED if m.group(2) == "met" else Status.DENIED
            date = m.group(4)
            events.append(Event(
                id="ev_" + hashlib.sha1(key.encode()).hexdigest()[:16], article_id=article.id,
                type="CONSULT", mode=None, contexts=(), actors=(_actor(m.group(1), m.start(1)),),
                recipients=(_actor(m.group(3), m.start(3)),), status=status, score=0.0,
                claim=Claim(by=None, cue=None, date=article.published),
                time=TimeRef(text=date, start=date, end=date, granularity="day",
                             anchor=article.published) if date else None,
                place=None,
                evidence=Evidence(sentence=m.group(0), start=m.start(), end=m.end(),
                                  trigger_text=m.group(2), trigger_start=m.start(2),
                                  trigger_end=m.end(2)),
                confidence=0.5,
            ))
        return Document(id=article.id, text=article.text, published=article.published,
                        title=article.title, url=article.url, events=tuple(events))


class ErrorPipeline(FakePipeline):
    """Reports every document as failed inside the Document, like the real pipeline's
    quarantine policy does."""

    def process(self, article: Article) -> Document:
        from dipwatch.model.records import Rejection

        error = Rejection(stage="extract", code="E109", message="not English (test double)",
                          article_id=article.id, source=article.source)
        return Document(id=article.id, text=article.text, published=article.published,
                        title=article.title, errors=(error,))
