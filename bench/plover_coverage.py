"""Lexicon coverage of the PLOVER coder per type, measured on the NGEC synthetic stories.

The stories (shared/eval/ngec_synthetic/gpt_synthetic_events_*.csv.zip) carry a document-level
PLOVER label: a pseudo-label, good enough to *measure* how often the coder finds an event of
the story's type in its lead, and which frequent verbs and nouns of the leads it misses per
type. Those lists point at families of words to add to the lexicon; the stories are not gold
and no rule is fitted to one of them.

    .venv/bin/python bench/plover_coverage.py ../shared/eval/ngec_synthetic --limit 1500

Stories are sampled by a hash of their text (stable across runs); the lead is the first two
sentences.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import re
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

from dipwatch.eval.plover import code_sentences
from dipwatch.export.plover import plover_type

_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")


def read_stories(folder: Path, limit: int) -> list[dict[str, str]]:
    """(label, lead) of up to `limit` stories, sampled by a hash of the text."""
    path = next(folder.glob("gpt_synthetic_events_*.csv.zip"))
    with zipfile.ZipFile(path) as archive:
        name = archive.namelist()[0]
        rows = list(csv.DictReader(io.TextIOWrapper(archive.open(name), encoding="utf-8")))
    rows.sort(key=lambda r: hashlib.sha256(r["text"].encode()).hexdigest())
    out = []
    for row in rows[:limit]:
        lead = " ".join(_SENT.split(row["text"].strip())[:2])
        out.append({"label": row["label"], "lead": lead})
    return out


def coverage(stories: list[dict[str, str]]) -> dict[str, object]:
    """Per label: share of leads with an event of that type, share with any event, the types
    found instead, and the lemmas most over-represented in the missed leads."""
    ranked = code_sentences([s["lead"] for s in stories])
    from dipwatch.stages.annotate.nlp import load_nlp  # the parser the pipeline uses

    nlp = load_nlp()
    found: dict[str, Counter[str]] = defaultdict(Counter)
    missed_words: dict[str, Counter[str]] = defaultdict(Counter)
    all_words: Counter[str] = Counter()
    for story, events, doc in zip(stories, ranked, nlp.pipe([s["lead"] for s in stories]),
                                  strict=True):
        types = {c[0] for _d, e in events if (c := plover_type(e, None)) is not None}
        label = story["label"]
        found[label]["n"] += 1
        found[label]["hit" if label in types else ("other" if types else "none")] += 1
        for t in types - {label}:
            found[label][f"as:{t}"] += 1
        words = {f"{t.pos_[0]}:{t.lemma_.lower()}" for t in doc if t.pos_ in {"VERB", "NOUN"}}
        all_words.update(words)
        if label not in types:
            missed_words[label].update(words)
    report = {}
    for label, c in sorted(found.items()):
        n = c["n"]
        common = [(w, k) for w, k in missed_words[label].most_common(400)
                  if k >= 3 and k / all_words[w] >= 0.3]
        report[label] = {"n": n, "recall": round(c["hit"] / n, 3),
                         "no_event": round(c["none"] / n, 3),
                         "instead": dict(sorted(((k[3:], v) for k, v in c.items()
                                                if k.startswith("as:")),
                                               key=lambda kv: -kv[1])[:5]),
                         "missed_words": common[:25]}
    return report


_FILL = {"{country_1}": "France", "{country_2}": "Kenya", "{country}": "Peru",
         "{city}": "Lyon", "{province}": "Quebec"}


def _sentence_case(title: str) -> str:
    """Headline Title Case read as running text: the small parser tags capitalised verbs as
    proper nouns, so every word but the first, placeholders and acronyms is lower-cased."""
    words = title.split()
    return " ".join(w if i == 0 or "{" in w or w.isupper() else w.lower()
                    for i, w in enumerate(words))


def read_headlines(folder: Path) -> list[dict[str, str]]:
    """The synthetic headlines (one labelled sentence each), placeholders filled with fixed
    names; a headline without a type is left out."""
    out = []
    with (folder / "synthetic_headlines.csv").open(encoding="utf-8") as handle:
        for i, row in enumerate(csv.DictReader(handle)):
            if not row["event"].strip():
                continue
            text = _sentence_case(row["title"].strip())
            text = re.sub(r"\{[a-z_0-9]+\}", lambda m: _FILL.get(m.group(0), "Chile"), text)
            out.append({"id": f"h{i}", "text": text, "type": row["event"].strip(),
                        "mode": None})
    return out


def headlines(folder: Path) -> dict[str, object]:
    """Type accuracy, macro-F1, k-fold figures and counted error triples on the headlines."""
    from dipwatch.eval.plover import cross_validate, error_triples, main_event, metrics

    rows = read_headlines(folder)
    ranked = code_sentences([r["text"] for r in rows])
    pairs = [(r, main_event(k)) for r, k in zip(rows, ranked, strict=True)]
    result = metrics(pairs)
    return {"n": result["n"], "type_accuracy": result["type_accuracy"],
            "macro_f1": result["macro_f1"], "no_event_rate": result["no_event_rate"],
            "cv": cross_validate(pairs), "error_triples": error_triples(pairs, top=40)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--limit", type=int, default=1500)
    parser.add_argument("--json", dest="json_out", type=Path)
    parser.add_argument("--headlines", action="store_true",
                        help="Score the labelled synthetic headlines instead.")
    args = parser.parse_args()
    if args.headlines:
        result = headlines(args.folder)
        print(f"headlines n={result['n']} type_acc={result['type_accuracy']:.3f} "
              f"macro_f1={result['macro_f1']:.3f} no_event={result['no_event_rate']:.3f} "
              f"5-fold acc mean={result['cv']['type_accuracy']['mean']:.3f} "
              f"sd={result['cv']['type_accuracy']['sd']:.3f}")
        for gold, got, trigger, n in result["error_triples"]:
            print(f"  {n:>3}  gold={gold:<10} got={got:<10} trigger={trigger}")
        return
    report = coverage(read_stories(args.folder, args.limit))
    hits = [r["recall"] for r in report.values()]
    print(f"macro recall over {len(report)} labels: {sum(hits) / len(hits):.3f}")
    for label, r in report.items():
        print(f"{label:<10} n={r['n']:<4} recall={r['recall']:.3f} none={r['no_event']:.3f} "
              f"instead={r['instead']}")
        print("    missed:", " ".join(f"{w}({k})" for w, k in r["missed_words"]))
    if args.json_out:
        args.json_out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
