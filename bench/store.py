"""Store benchmark: ingest rate of synthetic events into SQLite, and dyad-timeline latency.

Goals (issue 7): >= 5,000 events/s written, <= 50 ms p95 for a dyad timeline query.

    .venv/bin/python bench/store.py --events 1000000 --db /tmp/bench_store.db

Synthetic documents are generated here (no model): ten events per article, actors drawn from
a pool of 400 people in 80 countries with a skewed (Zipf-like) popularity, so some dyads are
busy and most are rare, as in news. Generation time is measured apart from write time.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import time
from pathlib import Path
from typing import Any

from dipwatch.store import EventFilter, Store

STATUSES = ("occurred", "ongoing", "scheduled", "expected", "possible", "hypothetical",
            "denied", "cancelled")
EVENTS_PER_ARTICLE = 10


def actor_pool(n: int, rng: random.Random) -> list[dict[str, Any]]:
    """n synthetic actors: unique names, 80 country codes, government sector mostly."""
    countries = [f"C{i:02d}" for i in range(80)]
    return [{"name": f"Person{i:03d} Family{rng.randrange(1000):03d}", "role": "Minister",
             "country": rng.choice(countries), "sector": rng.choice(("GOV", "GOV", "MIL")),
             "kind": "person", "text": None, "span": None} for i in range(n)]


def pick(pool: list[dict[str, Any]], rng: random.Random) -> dict[str, Any]:
    # Zipf-like: the first actors are in many more events than the last ones.
    return pool[min(int(rng.paretovariate(1.1)) - 1, len(pool) - 1)] if rng.random() < 0.5 \
        else rng.choice(pool)


def make_document(i: int, pool: list[dict[str, Any]], rng: random.Random) -> dict[str, Any]:
    """One synthetic document (DESIGN §6 shape) with EVENTS_PER_ARTICLE events."""
    aid = f"ar_bench{i:010d}"
    day = 1 + i % 28
    published = f"2024-{1 + (i // 28) % 12:02d}-{day:02d}"
    text = f"Synthetic article {i} for the store benchmark. " * 20
    events = []
    for j in range(EVENTS_PER_ARTICLE):
        a, b = pick(pool, rng), pick(pool, rng)
        start = f"2024-{1 + (i // 28 + j) % 12:02d}-{day:02d}"
        events.append({
            "id": f"ev_bench{i:010d}{j:02d}", "article_id": aid, "schema_version": 1,
            "type": "CONSULT", "mode": rng.choice((None, "visit", "phone")),
            "contexts": ["diplomatic"], "actors": [a], "recipients": [b],
            "status": rng.choice(STATUSES), "score": 0.0,
            "claim": {"by": None, "cue": None, "date": published, "span": None},
            "time": {"text": "on Monday", "start": start, "end": start, "granularity": "day",
                     "anchor": published, "value": start, "span": None, "inherited": False},
            "place": {"text": "Capital", "name": f"City{rng.randrange(500)}",
                      "country": a["country"], "geonames_id": None,
                      "lat": rng.uniform(-60, 70), "lon": rng.uniform(-180, 180),
                      "granularity": "city", "admin1": None, "span": None},
            "evidence": {"sentence": text[:120], "start": 0, "end": 120,
                         "trigger": {"text": "met", "start": 10, "end": 13}},
            "confidence": 0.8, "generic": False,
        })
    return {"id": aid, "text": text, "published": published, "title": f"Bench {i}",
            "url": None, "events": events, "quotes": [], "times": [], "places": [],
            "entities": [], "factuality": [], "errors": [], "meta": {}}


def bench_ingest(store: Store, n_events: int, seed: int, *, batch: int,
                 first: int = 0) -> dict[str, float]:
    """Write n_events; batch=1 is one transaction per article (what `ingest` does),
    batch>1 groups that many articles per transaction (Store.write_documents)."""
    rng = random.Random(seed)
    pool = actor_pool(400, random.Random(0))
    n_articles = n_events // EVENTS_PER_ARTICLE
    gen = write = cpu = 0.0
    for i in range(first, first + n_articles, batch):
        t0 = time.perf_counter()
        docs = [make_document(k, pool, rng) for k in range(i, min(i + batch,
                                                                   first + n_articles))]
        t1, c1 = time.perf_counter(), time.process_time()
        if batch == 1:
            store.write_document(docs[0])
        else:
            store.write_documents(docs)
        t2, c2 = time.perf_counter(), time.process_time()
        # CPU time too: on a shared machine wall time also counts other jobs' turns.
        gen, write, cpu = gen + t1 - t0, write + t2 - t1, cpu + c2 - c1
        done = i + len(docs) - first
        if done % 10_000 < len(docs):
            print(f"  batch {batch}: {done * EVENTS_PER_ARTICLE:>9,} events, "
                  f"{done * EVENTS_PER_ARTICLE / write:,.0f} events/s (write)", flush=True)
    events = n_articles * EVENTS_PER_ARTICLE
    return {"events": events, "articles_per_transaction": batch, "write_s": round(write, 1),
            "write_cpu_s": round(cpu, 1), "gen_s": round(gen, 1),
            "events_per_s": round(events / write) if write else 0,
            "events_per_cpu_s": round(events / cpu) if cpu else 0}


def dyad_pairs(store: Store, k: int, seed: int) -> list[tuple[str, str]]:
    """k dyads with events, sampled across busy and rare pairs."""
    rows = store.db.query(
        "SELECT xa.name AS a, ya.name AS b FROM event_actors x"
        " JOIN event_actors y ON y.event_id = x.event_id AND y.role = 'recipient'"
        " JOIN actors xa ON xa.id = x.actor_id JOIN actors ya ON ya.id = y.actor_id"
        " WHERE x.role = 'actor' AND x.event_id IN"
        " (SELECT id FROM events ORDER BY id LIMIT 20000)")
    rng = random.Random(seed)
    return [(r["a"], r["b"]) for r in rng.sample(rows, min(k, len(rows)))]


def bench_timeline(store: Store, pairs: list[tuple[str, str]], limit: int) -> dict[str, float]:
    times, sizes = [], []
    for a, b in pairs:
        t0 = time.perf_counter()
        items = store.timeline(a, b, limit=limit)
        times.append((time.perf_counter() - t0) * 1000)
        sizes.append(len(items))
    times.sort()
    return {"queries": len(times), "p50_ms": statistics.median(times),
            "p95_ms": times[int(0.95 * (len(times) - 1))], "max_ms": times[-1],
            "mean_events": statistics.mean(sizes)}


def bench_filters(store: Store) -> dict[str, float]:
    """A few other typical API queries (first page of 100), for the record."""
    out = {}
    for name, flt in {"status=denied": EventFilter(statuses=("denied",)),
                      "actor=Person001": EventFilter(actor="Person001 "),
                      "country=C07&since=2024-06": EventFilter(country="C07", since="2024-06"),
                      "text=article 4": EventFilter(text="article 4")}.items():
        t0 = time.perf_counter()
        store.events(flt, limit=100)
        out[name] = (time.perf_counter() - t0) * 1000
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", default="/tmp/dipwatch_bench_store.db")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--per-article", type=int, default=None,
                        help="Events written with one transaction per article (default: all).")
    parser.add_argument("--batch", type=int, default=100,
                        help="Articles per transaction for the rest of the events.")
    parser.add_argument("--keep", action="store_true", help="Reuse an existing bench DB.")
    args = parser.parse_args()
    path = Path(args.db)
    if path.exists() and not args.keep:
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    with Store(path) as store:
        ingest = {}
        if not args.keep:
            single = args.events if args.per_article is None else min(args.per_article,
                                                                         args.events)
            if single:
                ingest["per_article"] = bench_ingest(store, single, args.seed, batch=1)
            if args.events > single:
                ingest["batched"] = bench_ingest(store, args.events - single, args.seed + 1,
                                                 batch=args.batch,
                                                 first=single // EVENTS_PER_ARTICLE)
        store.db.execute("ANALYZE")  # fresh planner statistics, as after any bulk load
        pairs = dyad_pairs(store, args.queries, args.seed)
        timeline = bench_timeline(store, pairs, limit=500)
        filters = bench_filters(store)
        counts = store.counts()
    print(json.dumps({"load_average": list(os.getloadavg()), "ingest": ingest,
                      "dyad_timeline": timeline, "filters_ms": filters,
                      "counts": counts, "db_bytes": path.stat().st_size}, indent=2))


if __name__ == "__main__":
    main()
