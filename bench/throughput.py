"""Throughput of `dipwatch extract` against raw spaCy `nlp.pipe` on the same texts and model.

Prints articles/s, sentences/s and the ratio dipwatch/raw for 1 and 2 processes, and peak RSS,
all from one run (the machines are shared and noisy: compare ratios, not absolute figures).

    .venv/bin/python bench/throughput.py ../shared/eval/corpus/articles.jsonl --limit 200
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import resource
import sys
import time
from pathlib import Path

from dipwatch.batch.local import run_local
from dipwatch.model.records import Article
from dipwatch.pipeline import Pipeline
from dipwatch.stages.annotate.nlp import load_raw_nlp, resolve_model_name
from dipwatch.stages.ingest.sources import iter_articles

_RAW = None


def _raw_init(model: str) -> None:
    global _RAW
    _RAW = load_raw_nlp(model)


def _raw_chunk(texts: list[str]) -> int:
    docs = _RAW.pipe(texts, batch_size=16)  # type: ignore[union-attr]  # as dipwatch does
    return sum(len(list(doc.sents)) for doc in docs)


def raw_spacy(texts: list[str], *, model: str, workers: int) -> tuple[float, int]:
    start = time.perf_counter()
    if workers == 1:
        if _RAW is None:
            _raw_init(model)
        start = time.perf_counter()
        sents = _raw_chunk(texts)
    else:
        chunks = [texts[i:i + 8] for i in range(0, len(texts), 8)]
        with mp.get_context("fork").Pool(workers, initializer=_raw_init,
                                         initargs=(model,)) as pool:
            sents = sum(pool.imap(_raw_chunk, chunks))
    return time.perf_counter() - start, sents


def dipwatch_run(articles: list[Article], *, model: str, workers: int) -> tuple[float, int]:
    pipeline = Pipeline(model=model)
    if workers == 1:
        _ = pipeline.nlp  # load before timing, as for raw spaCy
    start = time.perf_counter()
    events = 0
    for doc in run_local(articles, pipeline=pipeline, workers=workers):
        events += len(doc.events)
    return time.perf_counter() - start, events


def _rss_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--model", default=None)
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--rounds", type=int, default=4, help="slices to alternate over")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    model = resolve_model_name(args.model)
    articles = [a for a in iter_articles([args.corpus], jsonl=True)
                if isinstance(a, Article)][:args.limit]
    texts = [a.text for a in articles]
    # Pool workers with a pre-warmed pipeline: warm up once so both sides pay no lazy loads.
    list(Pipeline(model=model).pipe(articles[:2]))
    results = []
    for workers in [int(w) for w in args.workers.split(",")]:
        # Alternate the two sides over slices (raw, dipwatch, dipwatch, raw, ...) so that a
        # change of load on this shared machine hits both alike.
        raw_s = dw_s = 0.0
        sents = events = 0
        step = max(len(texts) // args.rounds, 1)
        for k, lo in enumerate(range(0, len(texts), step)):
            order = ("raw", "dw") if k % 2 == 0 else ("dw", "raw")
            for side in order:
                if side == "raw":
                    seconds, n = raw_spacy(texts[lo:lo + step], model=model, workers=workers)
                    raw_s, sents = raw_s + seconds, sents + n
                else:
                    seconds, n = dipwatch_run(articles[lo:lo + step], model=model,
                                              workers=workers)
                    dw_s, events = dw_s + seconds, events + n
        row = {"workers": workers, "articles": len(texts), "sentences": sents,
               "raw_articles_per_s": len(texts) / raw_s, "raw_sents_per_s": sents / raw_s,
               "dipwatch_articles_per_s": len(texts) / dw_s,
               "dipwatch_sents_per_s": sents / dw_s, "ratio": raw_s / dw_s,
               "events": events}
        results.append(row)
        print(f"workers={workers} articles={len(texts)} sentences={sents} | raw spaCy "
              f"{row['raw_articles_per_s']:.1f} art/s {row['raw_sents_per_s']:.0f} sent/s | "
              f"dipwatch {row['dipwatch_articles_per_s']:.1f} art/s "
              f"{row['dipwatch_sents_per_s']:.0f} sent/s | ratio {row['ratio']:.2f} | "
              f"events {events}", flush=True)
    own, children = _rss_mb()
    print(f"model={model} peak RSS: main {own:.0f} MB, largest worker {children:.0f} MB")
    if args.json:
        args.json.write_text(json.dumps({"model": model, "rows": results,
                                         "peak_rss_mb": {"main": own, "worker": children}},
                                        indent=2))


if __name__ == "__main__":
    sys.exit(main())
