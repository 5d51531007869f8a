"""CAMEO scorer against PETRARCH-2's validation sentences (shared/eval/petrarch2_gsr/).

Each sentence lists the (source, target, CAMEO code) triples PETRARCH-2 is expected to produce,
or expects no event. The expected codes come from PETRARCH-2's own output, so this is a
regression reference, not independent truth. Each sentence runs through the pipeline; its
main event (the shallowest in the parse that is coded at all, as in `eval.plover`) goes
through the CAMEO export (`export.cameo.to_cameo`).

Reported on a tuning part and a held-apart part (by a hash of the id) and together:
- root-code agreement: share of sentences with expected events whose predicted root code
  (first two digits) is among the expected ones;
- dyad agreement: share of those sentences where a predicted triple also has the expected
  source and target countries (first three letters; an expected "---" matches anything);
- no-event sentences on which nothing was coded;
- root agreement on the *comparable* sentences: those whose expected codes are not all
  public statements (CAMEO 01x, which PLOVER drops and dipwatch deliberately does not code),
  i.e. where dipwatch should agree with PETRARCH-2;
- the disagreements counted by (expected roots, predicted roots), to find categories.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from pathlib import Path
from typing import Any

import click

from dipwatch.eval import write_result
from dipwatch.eval.plover import code_sentences, fold_of, held_apart
from dipwatch.export.cameo import to_cameo

logger = logging.getLogger(__name__)

FILE = "PETR2_GSR_validation.jsonl"


def read_sentences(path: str | Path) -> list[dict[str, Any]]:
    """Sentences with text (items with an empty text are left out and logged)."""
    path = Path(path)
    if path.is_dir():
        path = path / FILE
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        if not (item.get("text") or "").strip():
            logger.info("skipping %s: no text", item.get("id"))
            continue
        raw = str(item.get("date") or "")
        published = f"{raw[:4]}-{raw[4:6]}-{raw[6:8]}" if len(raw) == 8 and raw.isdigit() \
            else None
        out.append({"id": item["id"], "text": item["text"], "published": published,
                    "expected": item.get("expected_events") or [],
                    "no_event": bool(item.get("expect_no_events"))})
    return out


def predict(ranked: list[tuple[int, dict[str, Any]]]) -> list[dict[str, Any]]:
    """CAMEO triples of the main (shallowest coded) event of a sentence."""
    for _depth, event in ranked:
        triples = to_cameo(event)
        if triples:
            return triples
    return []


def _same_party(expected: str, ours: str) -> bool:
    want = expected[:3]
    return want == "---" or want == ours[:3]


def _judge(item: dict[str, Any], triples: list[dict[str, Any]]) -> dict[str, Any]:
    roots = {t["root_code"] for t in triples}
    want_roots = {e["eventcode"][:2] for e in item["expected"]}
    dyad = any(t["root_code"] == e["eventcode"][:2] and _same_party(e["sourcecode"], t["source"])
               and _same_party(e["targetcode"], t["target"])
               for t in triples for e in item["expected"])
    return {"id": item["id"], "no_event": item["no_event"], "coded": bool(triples),
            "root_ok": bool(roots & want_roots), "dyad_ok": dyad,
            "expected": sorted({f"{e['sourcecode']}>{e['targetcode']}:{e['eventcode']}"
                                for e in item["expected"]}),
            "predicted": sorted({f"{t['source']}>{t['target']}:{t['cameo_code']}"
                                 for t in triples})}


def _roots(codes: list[str]) -> str:
    return "+".join(sorted({c.rsplit(":", 1)[1][:2] for c in codes})) or "-"


def statement_only(judged: dict[str, Any]) -> bool:
    """Whether every expected code is a public statement (CAMEO 01x), which PLOVER drops."""
    return bool(judged["expected"]) and all(c.rsplit(":", 1)[1].startswith("01")
                                            for c in judged["expected"])


def disagreements(judged: list[dict[str, Any]]) -> list[tuple[str, str, int]]:
    """(expected roots, predicted roots, count), most frequent first; no-event sentences
    that got an event count under expected "-"."""
    counts = Counter((_roots(j["expected"]), _roots(j["predicted"])) for j in judged
                     if (j["no_event"] and j["coded"]) or (not j["no_event"] and
                                                           not j["root_ok"]))
    return [(e, p, n) for (e, p), n in counts.most_common()]


def metrics(judged: list[dict[str, Any]]) -> dict[str, Any]:
    events = [j for j in judged if not j["no_event"]]
    empty = [j for j in judged if j["no_event"]]
    comparable = [j for j in events if not statement_only(j)]
    return {
        "comparable": len(comparable),
        "root_agreement_comparable": round(sum(j["root_ok"] for j in comparable)
                                           / len(comparable), 3) if comparable else 0.0,
        "sentences": len(judged),
        "with_events": len(events),
        "root_agreement": round(sum(j["root_ok"] for j in events) / len(events), 3)
        if events else 0.0,
        "dyad_agreement": round(sum(j["dyad_ok"] for j in events) / len(events), 3)
        if events else 0.0,
        "no_event_sentences": len(empty),
        "no_event_correct": sum(not j["coded"] for j in empty),
    }


def folds(judged: list[dict[str, Any]], k: int = 5) -> dict[str, Any]:
    """Root agreement per fold (the folds of `eval.plover.fold_of`), with mean and spread."""
    values = [metrics([j for j in judged if fold_of(j["id"], k) == f])["root_agreement"]
              for f in range(k)]
    mean = sum(values) / k
    return {"k": k, "root_agreement": values, "mean": round(mean, 3),
            "sd": round((sum((v - mean) ** 2 for v in values) / k) ** 0.5, 3)}


def score_petrarch(path: str | Path, *, model: str | None = None) -> dict[str, Any]:
    """Score the CAMEO export against the PETRARCH-2 validation triples."""
    items = read_sentences(path)
    ranked = code_sentences([i["text"] for i in items], [i["published"] for i in items],
                            model=model)
    judged = [_judge(i, predict(r)) for i, r in zip(items, ranked, strict=True)]
    return {
        "tuning": metrics([j for j in judged if not held_apart(j["id"])]),
        "held_apart": metrics([j for j in judged if held_apart(j["id"])]),
        "all": metrics(judged),
        "cv": folds(judged),
        "disagreements": disagreements(judged),
        "sentences": judged,
    }


@click.command("petrarch")
@click.argument("path", type=click.Path(exists=True))
@click.option("--json", "json_out", metavar="OUT", help="Also write the figures as JSON "
              "('-' = stdout).")
@click.option("--errors", "show_errors", is_flag=True, help="List the disagreements.")
@click.option("--model", default=None, help="spaCy model package or path.")
def petrarch_command(path: str, json_out: str | None, show_errors: bool,
                     model: str | None) -> None:
    """Score CAMEO coding against PETRARCH-2's expected triples (root codes, dyads).

    Example:

        dipwatch eval petrarch ../shared/eval/petrarch2_gsr/ --json petrarch.json
    """
    result = score_petrarch(path, model=model)
    for part in ("tuning", "held_apart", "all"):
        m = result[part]
        click.echo(f"{part:<11} sentences={m['sentences']:<3} root={m['root_agreement']:.3f} "
                   f"dyad={m['dyad_agreement']:.3f} no_event={m['no_event_correct']}/"
                   f"{m['no_event_sentences']} root_comparable="
                   f"{m['root_agreement_comparable']:.3f} (n={m['comparable']})")
    cv = result["cv"]
    click.echo(f"{cv['k']}-fold root agreement: mean={cv['mean']:.3f} sd={cv['sd']:.3f} "
               f"folds={cv['root_agreement']}")
    click.echo("disagreements (expected roots -> predicted roots: count):")
    for expected, got, n in result["disagreements"]:
        click.echo(f"  {expected:>6} -> {got:<6} {n}")
    if show_errors:
        for j in result["sentences"]:
            bad = (j["no_event"] and j["coded"]) or (not j["no_event"] and not j["root_ok"])
            if bad:
                part = "held-apart" if held_apart(j["id"]) else "tuning"
                click.echo(f"  {part:<10} {j['id']:<18} expected={j['expected']} "
                           f"got={j['predicted']}")
    write_result(result, json_out)
