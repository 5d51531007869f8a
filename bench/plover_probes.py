"""The PLOVER coder on an independent challenge set written for dipwatch's tests.

`tests/fixtures/plover_probes.jsonl` holds 160 short news sentences, ten per PLOVER type, in
varied wire style (past tense, headlines, passives, nominalisations, light verbs, reported
speech, subordinate clauses, coordination, long names, organisations and pronouns as actors),
plus 22 hard negatives (background, opinions, statements PLOVER drops, hypotheticals, denied
events). Each is labelled with the type and mode that `plover_ontology.json`'s definitions
give. The sentences were written before the coder was run on any of them; they are not taken
from any gold set.

    .venv/bin/python bench/plover_probes.py [FILE] [--errors] [--json out.json]

FILE defaults to that set. `tests/fixtures/plover_probes2.jsonl` is a second set (226
sentences, 12 per type, every mode, 30 negatives) written by another hand from the ontology
alone, without reading the coder or running it: its first score is the coder's untuned
figure. It is split like the gold sets (`eval.plover.held_apart`): errors of its tuning half
may be read (`--errors` lists only those), its held-apart half is reported as totals.

Prints type accuracy, per-type recall, mode accuracy (on sentences typed right that carry a
mode), false events on the negatives, and the errors counted by category:

- *no trigger*: no trigger word in the sentence;
- *no parties*: a trigger, but its arguments name nobody, so no event is built;
- *dropped by export*: events built, but PLOVER's export drops them all (denied, cancelled);
- *main event*: the gold type is coded, but another event is nearer the parse root;
- *wrong type*: only other types are coded;
- *false event*: a negative sentence with a coded event.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from dipwatch.eval.plover import NONE, code_sentences, held_apart, main_event
from dipwatch.export.plover import plover_type

PROBES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "plover_probes.jsonl"
# One fixed report date, so that "historical" (more than a year before) can be told.
PUBLISHED = "2024-06-15"


def read_probes(path: Path = PROBES) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def _category(item: dict[str, Any], coded_type: str, events: list[tuple[int, dict[str, Any]]],
              triggers: list[str]) -> str:
    if item["type"] == NONE:
        return "false event"
    if coded_type == NONE:
        if events:
            return "dropped by export"
        return "no parties" if triggers else "no trigger"
    types = {c[0] for _d, e in events if (c := plover_type(e, PUBLISHED)) is not None}
    return "main event" if item["type"] in types else "wrong type"


def score(probes: list[dict[str, Any]]) -> dict[str, Any]:
    """Figures on all probes, each row with its category if wrong."""
    from dipwatch.stages.annotate.nlp import load_nlp
    from dipwatch.stages.extract.triggers import find_triggers

    ranked = code_sentences([p["text"] for p in probes], [PUBLISHED] * len(probes))
    nlp = load_nlp()
    rows = []
    for item, events in zip(probes, ranked, strict=True):
        coded = main_event(events, PUBLISHED)
        row = {"id": item["id"], "gold": item["type"], "gold_mode": item["mode"],
               "type": coded.type, "mode": coded.mode, "trigger": coded.trigger,
               "style": item["style"], "text": item["text"]}
        if coded.type != item["type"]:
            triggers = [f"{t.token.text}:{t.sense.type}" for t in find_triggers(nlp(item["text"]))]
            row["category"] = _category(item, coded.type, events, triggers)
            row["triggers"] = triggers
        rows.append(row)
    return {**figures(rows), "rows": rows,
            "parts": {part: figures([r for r in rows if held_apart(r["id"]) == (part != "tuning")])
                      for part in ("tuning", "held_apart")}}


def figures(rows: list[dict[str, Any]]) -> dict[str, Any]:
    positives = [r for r in rows if r["gold"] != NONE]
    negatives = [r for r in rows if r["gold"] == NONE]
    recall: dict[str, list[int]] = {}
    for r in positives:
        recall.setdefault(r["gold"], [0, 0])
        recall[r["gold"]][0] += r["type"] == r["gold"]
        recall[r["gold"]][1] += 1
    moded = [r for r in positives if r["type"] == r["gold"] and r["gold_mode"]]
    return {
        "n": len(rows),
        "type_accuracy": round(sum(r["type"] == r["gold"] for r in rows) / len(rows), 3),
        "positive_accuracy": round(sum(r["type"] == r["gold"] for r in positives)
                                   / len(positives), 3),
        "negatives_clean": f"{sum(r['type'] == NONE for r in negatives)}/{len(negatives)}",
        "mode_accuracy": round(sum(r["mode"] == r["gold_mode"] for r in moded) / len(moded), 3)
        if moded else 0.0,
        "mode_n": len(moded),
        "recall": {t: round(a / n, 2) for t, (a, n) in sorted(recall.items())},
        "categories": dict(Counter(r["category"] for r in rows if "category" in r)
                           .most_common()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("file", nargs="?", type=Path, default=PROBES, help="probe JSONL")
    parser.add_argument("--errors", action="store_true",
                        help="list the wrong sentences (all of the first set; the tuning half "
                             "of another)")
    parser.add_argument("--json", help="write all rows and figures here")
    args = parser.parse_args()
    result = score(read_probes(args.file))
    split = args.file.resolve() != PROBES
    print(f"probes: {result['n']}  type accuracy {result['type_accuracy']}  "
          f"(events {result['positive_accuracy']}, negatives with no event "
          f"{result['negatives_clean']})  mode accuracy {result['mode_accuracy']} "
          f"(n={result['mode_n']})")
    print("recall per type: " + ", ".join(f"{t} {v}" for t, v in result["recall"].items()))
    print("errors by category: " + ", ".join(f"{k} {v}" for k, v in
                                               result["categories"].items()))
    if split:
        for part, fig in result["parts"].items():
            print(f"  {part:<10} n={fig['n']}  type accuracy {fig['type_accuracy']}  negatives "
                  f"with no event {fig['negatives_clean']}  mode accuracy "
                  f"{fig['mode_accuracy']} (n={fig['mode_n']})  errors {fig['categories']}")
    if args.errors:
        for r in result["rows"]:
            if split and held_apart(r["id"]):
                continue
            if r["type"] != r["gold"] or (r["gold_mode"] and r["mode"] != r["gold_mode"]):
                print(f"{r['id']:<20} {r['gold']}/{r['gold_mode']} -> {r['type']}/{r['mode']} "
                      f"[{r.get('category', 'mode')}] trig={r['trigger']} "
                      f"{r.get('triggers', '')}  {r['text']}")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
