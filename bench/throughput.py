"""Throughput of `dipwatch extract` against raw spaCy `nlp.pipe` on the same texts and model.

Prints articles/s, sentences/s and the ratio dipwatch/raw for 1 and 2 processes, and peak RSS,
all from one run (the machines are shared and noisy: compare ratios, not absolute figures).
The two sides alternate over slices of the corpus (raw, dipwatch, dipwatch, raw, ...), with
their worker pools started once beforehand, so a change of load hits both alike.

    .venv/bin/python bench/throughput.py ../shared/eval/corpus/articles.jsonl --limit 200
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import resource
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from dipwatch.batch import local
from dipwatch.model.records import Article
from dipwatch.pipeline import Pipeline
from dipwatch.stages.annotate.nlp import load_raw_nlp, resolve_model_name
from dipwatch.stages.ingest.sources import iter_articles

_RAW: Any = None
BATCH = 16  # the batch size dipwatch's pipeline uses


def _raw_init(model: str) -> None:
    global _RAW
    _RAW = load_raw_nlp(model)


def _raw_chunk(texts: list[str]) -> int:
    return sum(len(list(doc.sents)) for doc in _RAW.pipe(texts, batch_size=BATCH))


def _dw_chunk(articles: list[Article]) -> int:
    return sum(len(doc.events) for doc in local._work(articles))


def _chunks(items: Sequence[Any], size: int = 8) -> list[list[Any]]:
    return [list(items[i:i + size]) for i in range(0, len(items), size)]


def _timed(run: Callable[[], int]) -> tuple[float, int]:
    start = time.perf_counter()
    count = run()
    return time.perf_counter() - start, count


def measure(articles: list[Article], *, model: str, workers: int,
            rounds: int) -> dict[str, Any]:
    texts = [a.text for a in articles]
    pipeline = Pipeline(model=model)
    ctx = mp.get_context("fork")
    pools = []
    if workers == 1:
        _raw_init(model)
        local._init(pipeline)
        _raw_chunk(texts[:2])  # warm up both sides alike before the clock starts
        _dw_chunk(articles[:2])
        raw_run = _raw_chunk
        dw_run = _dw_chunk
    else:
        raw_pool = ctx.Pool(workers, initializer=_raw_init, initargs=(model,))
        dw_pool = ctx.Pool(workers, initializer=local._init, initargs=(pipeline,))
        pools = [raw_pool, dw_pool]
        # Let every worker load its model before the clock starts.
        raw_pool.map(_raw_chunk, [texts[:1]] * workers)
        dw_pool.map(_dw_chunk, [articles[:1]] * workers)

        def raw_run(part: list[str]) -> int:
            return sum(raw_pool.imap(_raw_chunk, _chunks(part)))

        def dw_run(part: list[Article]) -> int:
            return sum(dw_pool.imap(_dw_chunk, _chunks(part)))
    raw_s = dw_s = 0.0
    sents = events = 0
    step = max(len(texts) // rounds, 1)
    for k, lo in enumerate(range(0, len(texts), step)):
        for side in (("raw", "dw") if k % 2 == 0 else ("dw", "raw")):
            if side == "raw":
                seconds, n = _timed(lambda: raw_run(texts[lo:lo + step]))
                raw_s, sents = raw_s + seconds, sents + n
            else:
                seconds, n = _timed(lambda: dw_run(articles[lo:lo + step]))
                dw_s, events = dw_s + seconds, events + n
    for pool in pools:
        pool.close()
        pool.join()
    return {"workers": workers, "articles": len(texts), "sentences": sents,
            "raw_articles_per_s": len(texts) / raw_s, "raw_sents_per_s": sents / raw_s,
            "dipwatch_articles_per_s": len(texts) / dw_s, "dipwatch_sents_per_s": sents / dw_s,
            "ratio": raw_s / dw_s, "events": events}


def _rss_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
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
    rows = []
    for workers in [int(w) for w in args.workers.split(",")]:
        row = measure(articles, model=model, workers=workers, rounds=args.rounds)
        rows.append(row)
        print(f"workers={workers} articles={row['articles']} sentences={row['sentences']} | "
              f"raw spaCy {row['raw_articles_per_s']:.1f} art/s "
              f"{row['raw_sents_per_s']:.0f} sent/s | dipwatch "
              f"{row['dipwatch_articles_per_s']:.1f} art/s "
              f"{row['dipwatch_sents_per_s']:.0f} sent/s | ratio {row['ratio']:.2f} | "
              f"events {row['events']}", flush=True)
    own, children = _rss_mb()
    print(f"model={model} peak RSS: main {own:.0f} MB, largest worker {children:.0f} MB")
    if args.json:
        args.json.write_text(json.dumps({"model": model, "rows": rows,
                                         "peak_rss_mb": {"main": own, "worker": children}},
                                        indent=2))


if __name__ == "__main__":
    sys.exit(main())
