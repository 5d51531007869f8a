"""Code real articles and compare two codings event by event (to read every changed one).

    .venv/bin/python bench/plover_corpus_diff.py dump ../shared/eval/corpus/articles.jsonl \
        --limit 200 --out /tmp/corpus_before.jsonl
    ... change the rules ...
    .venv/bin/python bench/plover_corpus_diff.py dump ... --out /tmp/corpus_after.jsonl
    .venv/bin/python bench/plover_corpus_diff.py diff /tmp/corpus_before.jsonl \
        /tmp/corpus_after.jsonl

An event is keyed by (article, trigger offset); a changed event is one added, removed, or
with another type, mode, status or parties. The diff prints the sentence of each change.

Precision is estimated by reading a seeded random sample of coded events (`sample`), on
articles the rules were not written from (`dump --skip 200` codes the articles after the
first 200):

    .venv/bin/python bench/plover_corpus_diff.py dump ../shared/eval/corpus/articles.jsonl \
        --skip 200 --limit 359 --out /tmp/corpus_rest.jsonl
    .venv/bin/python bench/plover_corpus_diff.py sample /tmp/corpus_rest.jsonl --n 40 --seed 7
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from dipwatch.model.records import Article
from dipwatch.stages.ingest.sources import iter_articles


def _row(event: dict[str, Any]) -> dict[str, Any]:
    evidence = event["evidence"]
    return {
        "article": event["article_id"], "start": evidence["trigger"]["start"],
        "trigger": evidence["trigger"]["text"], "type": event["type"],
        "mode": event.get("mode"), "status": event["status"],
        "actors": [a["name"] for a in event.get("actors", [])],
        "recipients": [a["name"] for a in event.get("recipients", [])],
        "confidence": event.get("confidence"), "sentence": evidence["sentence"],
    }


def dump(corpus: Path, limit: int, out: Path, skip: int = 0) -> int:
    from dipwatch.pipeline import Pipeline

    pipeline = Pipeline(on_error="quarantine")
    articles = [a for a in iter_articles([corpus], jsonl=True)
                if isinstance(a, Article)][skip:skip + limit]
    count = 0
    with out.open("w", encoding="utf-8") as handle:
        for document in pipeline.pipe(articles):
            for event in getattr(document, "events", ()):
                handle.write(json.dumps(_row(event.to_dict()), sort_keys=True) + "\n")
                count += 1
    return count


def _load(path: Path) -> dict[tuple[str, int], dict[str, Any]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return {(r["article"], r["start"]): r for r in rows}


def diff(before: Path, after: Path) -> None:
    old, new = _load(before), _load(after)
    keys = ("type", "mode", "status", "actors", "recipients")
    changed = 0
    for key in sorted(set(old) | set(new)):
        a, b = old.get(key), new.get(key)
        if a is not None and b is not None and all(a[k] == b[k] for k in keys):
            continue
        changed += 1
        label = "ADDED" if a is None else "REMOVED" if b is None else "CHANGED"
        show = b or a
        print(f"{label} {key[0]} [{show['trigger']}]")
        for name, row in (("  before", a), ("  after ", b)):
            if row is not None:
                print(f"{name}: {row['type']}/{row['mode']} {row['status']} "
                      f"{row['actors']} -> {row['recipients']} conf={row['confidence']}")
        print(f"  | {show['sentence'].strip()}")
    print(f"events before={len(old)} after={len(new)} changed={changed}")


def sample(path: Path, n: int, seed: int) -> None:
    """Print `n` coded events drawn at random (seeded), numbered, to be judged by reading."""
    import random

    rows = sorted(_load(path).values(), key=lambda r: (r["article"], r["start"]))
    for i, r in enumerate(random.Random(seed).sample(rows, min(n, len(rows))), start=1):
        print(f"{i}. {r['type']}/{r['mode']} {r['status']} {r['actors']} -> "
              f"{r['recipients']} [{r['trigger']}] | {r['sentence'].strip()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("corpus", type=Path)
    d.add_argument("--limit", type=int, default=200)
    d.add_argument("--skip", type=int, default=0, help="leave out the first SKIP articles")
    d.add_argument("--out", type=Path, required=True)
    p = sub.add_parser("sample")
    p.add_argument("dump", type=Path)
    p.add_argument("--n", type=int, default=40)
    p.add_argument("--seed", type=int, default=7)
    c = sub.add_parser("diff")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        print(f"events={dump(args.corpus, args.limit, args.out, args.skip)}")
    elif args.command == "sample":
        sample(args.dump, args.n, args.seed)
    else:
        diff(args.before, args.after)


if __name__ == "__main__":
    main()
