"""Running the pipeline over many articles with worker processes on one machine.

Each worker loads the model once (pool initializer) and processes chunks of articles; results
come back in input order. With one worker everything runs in-process.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice

from dipwatch.model.records import Article, Document
from dipwatch.pipeline import Pipeline

_WORKER: Pipeline | None = None


def _init(pipeline: Pipeline) -> None:
    global _WORKER
    _WORKER = pipeline
    _ = pipeline.nlp  # load the model once per worker, before the first chunk


def _work(chunk: Sequence[Article]) -> list[Document]:
    if _WORKER is None:
        raise RuntimeError("worker used before its initializer ran")
    return list(_WORKER.pipe(chunk))


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
               else os.cpu_count() or 1)


def run_local(articles: Iterable[Article], *, pipeline: Pipeline | None = None,
              workers: int = 1, chunk_size: int = 8) -> Iterator[Document]:
    """Documents for `articles`, in order, using `workers` processes.

    Args:
        articles: the input articles.
        pipeline: the pipeline to run (default: all layers, quarantine errors).
        workers: number of processes (1 = in-process).
        chunk_size: articles sent to a worker at a time.
    """
    pipeline = pipeline or Pipeline()
    if workers <= 1:
        yield from pipeline.pipe(articles)
        return
    ctx = mp.get_context("spawn" if os.name != "posix" else "fork")
    with ctx.Pool(workers, initializer=_init, initargs=(pipeline,)) as pool:
        for documents in pool.imap(_work, _chunks(articles, chunk_size)):
            yield from documents
