"""Why the PLOVER coder finds no event on gold sentences that have one: counted causes.

For every gold sentence whose main event is NONE (`dipwatch eval plover`), the cause is one
of: no trigger word at all ("no trigger"), triggers whose arguments name nobody, so no event
is built ("no parties"), or events that the PLOVER export drops (denied, cancelled:
"dropped by export"). Held-apart sentences are only counted; with `--show-tuning` the tuning
sentences are listed with their triggers (the tuning part may be read while writing rules).

    .venv/bin/python bench/plover_no_event_causes.py ../shared/eval/plover_gsr/dev.jsonl
"""

from __future__ import annotations

import argparse
from collections import Counter

from dipwatch.eval.plover import NONE, code_sentences, held_apart, main_event, read_gold
from dipwatch.stages.annotate.nlp import load_nlp
from dipwatch.stages.extract.triggers import find_triggers


def causes(path: str) -> list[tuple[dict[str, object], str, list[str]]]:
    """(gold item, cause, trigger words) for each gold sentence coded NONE."""
    gold = read_gold(path)
    ranked = code_sentences([g["text"] for g in gold])
    nlp = load_nlp()
    out = []
    for item, events in zip(gold, ranked, strict=True):
        if main_event(events).type != NONE:
            continue
        triggers = find_triggers(nlp(str(item["text"])))
        words = [f"{t.token.text}:{t.sense.type}" for t in triggers]
        if events:
            cause = "dropped by export"
        elif triggers:
            cause = "no parties"
        else:
            cause = "no trigger"
        out.append((item, cause, words))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", help="PLOVER gold JSONL (shared/eval/plover_gsr/dev.jsonl)")
    parser.add_argument("--show-tuning", action="store_true",
                        help="list the tuning sentences with their triggers")
    args = parser.parse_args()
    found = causes(args.gold)
    for part in ("tuning", "held-apart"):
        rows = [(i, c, w) for i, c, w in found if held_apart(str(i["id"])) == (part != "tuning")]
        counts = Counter((c, str(i["type"])) for i, c, _w in rows)
        print(f"{part}: {len(rows)} coded NONE")
        for (cause, type_), n in sorted(counts.items()):
            print(f"  {n:>3}  {cause:<18} gold={type_}")
    if args.show_tuning:
        for item, cause, words in found:
            if not held_apart(str(item["id"])):
                print(f"{item['id']}  {cause}  {words}  {item['text']}")


if __name__ == "__main__":
    main()
