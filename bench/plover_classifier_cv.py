"""Does a small learned typer beat the rules? k-fold check on the PLOVER gold dev file.

A multinomial logistic regression (numpy, fixed seed, L2) over lemma features of a sentence
(content lemmas, the parse root, its direct object, the rules' own trigger lemma) is trained
on the NGEC synthetic headlines and story leads (pseudo-labels) plus the gold training folds,
and scored on the gold test fold, next to the rules on the same folds; and as a fallback that
types only the sentences the rules leave without an event.

    .venv/bin/python bench/plover_classifier_cv.py ../shared/eval --stories 2000

Nothing is shipped from this script: it measures.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from plover_coverage import read_headlines, read_stories  # noqa: E402

from dipwatch.eval.plover import (  # noqa: E402
    NONE, Coded, code_sentences, fold_of, main_event, metrics, read_gold)
from dipwatch.stages.annotate.nlp import load_nlp  # noqa: E402

TYPES = ("ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE",
         "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT",
         "THREATEN")


def features(doc, rule_trigger: str | None) -> list[str]:
    feats = [f"w:{t.lemma_.lower()}" for t in doc if t.pos_ in {"VERB", "NOUN", "ADJ"}]
    for t in doc:
        if t.dep_ == "ROOT":
            feats.append(f"root:{t.lemma_.lower()}")
            feats += [f"rootobj:{c.lemma_.lower()}" for c in t.children if c.dep_ == "dobj"]
            feats += [f"rootx:{c.lemma_.lower()}" for c in t.children
                      if c.dep_ in {"xcomp", "ccomp"}]
    if rule_trigger:
        feats.append(f"trig:{rule_trigger.lower()}")
    return feats


def train(rows: list[list[str]], labels: list[int], vocab: dict[str, int],
          epochs: int = 400, lr: float = 1.0, l2: float = 1e-3) -> np.ndarray:
    x = np.zeros((len(rows), len(vocab) + 1), dtype=np.float32)
    for i, feats in enumerate(rows):
        for f in feats:
            if f in vocab:
                x[i, vocab[f]] = 1.0
        x[i, -1] = 1.0
    y = np.zeros((len(rows), len(TYPES)), dtype=np.float32)
    y[np.arange(len(rows)), labels] = 1.0
    w = np.zeros((x.shape[1], len(TYPES)), dtype=np.float32)
    for _ in range(epochs):
        z = x @ w
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        w -= lr * (x.T @ (p - y) / len(rows) + l2 * w)
    return w


def predict(w: np.ndarray, feats: list[str], vocab: dict[str, int]) -> str:
    x = np.zeros(w.shape[0], dtype=np.float32)
    for f in feats:
        if f in vocab:
            x[vocab[f]] = 1.0
    x[-1] = 1.0
    return TYPES[int(np.argmax(x @ w))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("shared_eval", type=Path)
    parser.add_argument("--stories", type=int, default=2000)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--gold-weight", type=int, default=5,
                        help="Copies of each gold training sentence (the pseudo-labels are "
                        "many and noisy).")
    args = parser.parse_args()
    nlp = load_nlp()
    gold = read_gold(args.shared_eval / "plover_gsr" / "dev.jsonl")
    ranked = code_sentences([g["text"] for g in gold])
    rules = [main_event(r) for r in ranked]
    gold_feats = [features(d, c.trigger) for d, c in
                  zip(nlp.pipe([g["text"] for g in gold]), rules, strict=True)]
    synth = read_headlines(args.shared_eval / "ngec_synthetic")
    synth += [{"text": s["lead"].split(". ")[0], "type": s["label"]}
              for s in read_stories(args.shared_eval / "ngec_synthetic", args.stories)]
    s_ranked = code_sentences([s["text"] for s in synth])
    synth_feats = [features(d, main_event(r).trigger) for d, r in
                   zip(nlp.pipe([s["text"] for s in synth]), s_ranked, strict=True)]
    synth_labels = [TYPES.index(s["type"]) for s in synth]
    learned, fallback, rule_pairs = [], [], []
    for k in range(args.folds):
        train_idx = [i for i, g in enumerate(gold) if fold_of(g["id"], args.folds) != k]
        test_idx = [i for i, g in enumerate(gold) if fold_of(g["id"], args.folds) == k]
        rows = synth_feats + [gold_feats[i] for i in train_idx] * args.gold_weight
        labels = synth_labels + [TYPES.index(gold[i]["type"]) for i in train_idx] \
            * args.gold_weight
        counts: dict[str, int] = {}
        for feats in rows:
            for f in feats:
                counts[f] = counts.get(f, 0) + 1
        vocab = {f: j for j, f in enumerate(sorted(f for f, n in counts.items() if n >= 2))}
        w = train(rows, labels, vocab)
        for i in test_idx:
            guess = predict(w, gold_feats[i], vocab)
            learned.append((gold[i], Coded(type=guess, mode=None)))
            fallback.append((gold[i], rules[i] if rules[i].type != NONE
                             else Coded(type=guess, mode=None)))
            rule_pairs.append((gold[i], rules[i]))
    for name, pairs in (("rules", rule_pairs), ("learned", learned),
                        ("rules+learned fallback", fallback)):
        per_fold = [metrics([p for p in pairs if fold_of(p[0]["id"], args.folds) == k])
                    ["type_accuracy"] for k in range(args.folds)]
        mean = sum(per_fold) / len(per_fold)
        sd = (sum((v - mean) ** 2 for v in per_fold) / len(per_fold)) ** 0.5
        print(f"{name:<24} type_acc mean={mean:.3f} sd={sd:.3f} folds={per_fold}")


if __name__ == "__main__":
    main()
