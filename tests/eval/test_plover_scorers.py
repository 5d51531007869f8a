"""The PLOVER and PETRARCH scorers: metrics on hand-made pairs, readers on small files written
for these tests, and the real sets when shared/eval is present."""

from __future__ import annotations

import json

import pytest

from dipwatch.eval.petrarch import disagreements, read_sentences, statement_only
from dipwatch.eval.plover import (
    NONE,
    Coded,
    cross_validate,
    error_triples,
    fold_of,
    held_apart,
    main_event,
    metrics,
    norm_mode,
    read_gold,
)


def test_metrics_count_no_event_as_wrong_and_build_confusion():
    pairs = [({"type": "AGREE", "mode": None}, Coded(type="AGREE", mode=None)),
             ({"type": "ASSAULT", "mode": "targeted"}, Coded(type="ASSAULT", mode="firearms")),
             ({"type": "ASSAULT", "mode": None}, Coded(type=NONE, mode=None)),
             ({"type": "REJECT", "mode": None}, Coded(type="AGREE", mode=None))]
    m = metrics(pairs)
    assert m["type_accuracy"] == 0.5
    assert m["mode_accuracy"] == 0.0  # the one right-typed item with a gold mode is wrong
    assert m["mode_agreement_all"] == 0.5
    assert m["no_event_rate"] == 0.25
    assert m["confusion"]["ASSAULT"] == {"ASSAULT": 1, NONE: 1}
    # AGREE: tp 1, fp 1 -> 2/3; ASSAULT: tp 1, fn 1 -> 2/3; REJECT: 0
    assert m["macro_f1"] == pytest.approx((2 / 3 + 2 / 3 + 0) / 3, abs=1e-3)


def test_gold_modes_are_mapped_to_ontology_names():
    assert norm_mode("assassinate") == "targeted"
    assert norm_mode("strike-hun") == "hunger"
    assert norm_mode(None) is None


def test_split_is_stable_and_mixed():
    ids = [f"item-{i}" for i in range(200)]
    parts = [held_apart(i) for i in ids]
    assert parts == [held_apart(i) for i in ids]
    assert 60 < sum(parts) < 140


def test_folds_are_stable_cover_every_item_and_give_mean_and_spread():
    pairs = [({"id": f"x{i}", "type": "AGREE" if i % 2 else "REJECT", "mode": None},
              Coded(type="AGREE", mode=None)) for i in range(60)]
    assert [fold_of(g["id"], 5) for g, _ in pairs] == [fold_of(g["id"], 5) for g, _ in pairs]
    cv = cross_validate(pairs, 5)
    assert sum(cv["n_per_fold"]) == 60 and min(cv["n_per_fold"]) > 0
    per_fold = cv["type_accuracy"]["per_fold"]
    assert cv["type_accuracy"]["mean"] == pytest.approx(sum(per_fold) / 5, abs=1e-3)
    assert cv["type_accuracy"]["sd"] >= 0.0


def test_error_triples_count_categories_of_wrong_items():
    pairs = [({"type": "REJECT"}, Coded(type="AGREE", mode=None, trigger="Agreed")),
             ({"type": "REJECT"}, Coded(type="AGREE", mode=None, trigger="agreed")),
             ({"type": "AGREE"}, Coded(type="AGREE", mode=None, trigger="agreed")),
             ({"type": "COERCE"}, Coded(type=NONE, mode=None))]
    assert error_triples(pairs) == [("REJECT", "AGREE", "agreed", 2), ("COERCE", NONE, "-", 1)]


def test_petrarch_statements_and_disagreement_counts():
    judged = [{"expected": ["USA>---:018"], "predicted": ["USA>---:193"], "no_event": False,
               "coded": True, "root_ok": False},
              {"expected": ["USA>IRN:112", "USA>IRN:013"], "predicted": [], "no_event": False,
               "coded": False, "root_ok": False},
              {"expected": [], "predicted": ["FRA>RWA:112"], "no_event": True, "coded": True,
               "root_ok": False}]
    assert statement_only(judged[0]) and not statement_only(judged[1])
    assert disagreements(judged) == [("01", "19", 1), ("01+11", "-", 1), ("-", "11", 1)]


def test_main_event_skips_denied_and_takes_the_shallowest():
    def ev(type_, status, text):
        return {"type": type_, "mode": None, "status": status, "time": None,
                "evidence": {"trigger": {"text": text}}}
    ranked = [(0, ev("CONSULT", "denied", "met")), (1, ev("ACCUSE", "occurred", "accused")),
              (2, ev("ASSAULT", "occurred", "attack"))]
    assert main_event(ranked).type == "ACCUSE"
    assert main_event([]).type == NONE


def test_readers_on_small_files(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "t1", "text": "Written for tests.", "event_v05": "FIGHT",
                                "mode": "riot-spon"}) + "\n", encoding="utf-8")
    assert read_gold(gold) == [{"id": "t1", "text": "Written for tests.", "type": "ASSAULT",
                                "mode": "riot"}]
    petr = tmp_path / "PETR2_GSR_validation.jsonl"
    petr.write_text("\n".join(json.dumps(x) for x in [
        {"id": "p1", "text": "Written for tests.", "date": "20080804",
         "expected_events": [{"sourcecode": "USA", "targetcode": "CHN", "eventcode": "042"}],
         "expect_no_events": False},
        {"id": "p2", "text": "", "expected_events": [], "expect_no_events": True}]) + "\n",
        encoding="utf-8")
    items = read_sentences(tmp_path)
    assert [i["id"] for i in items] == ["p1"] and items[0]["published"] == "2008-08-04"


@pytest.mark.model
@pytest.mark.slow
def test_real_plover_set_meets_a_floor(shared_dir):
    from dipwatch.eval.plover import score_plover

    result = score_plover(shared_dir / "eval/plover_gsr/dev.jsonl")
    assert result["all"]["n"] == 143
    assert result["all"]["type_accuracy"] >= 0.6


def test_probe_fixture_covers_every_type_with_ontology_modes():
    """tests/fixtures/plover_probes.jsonl (written for dipwatch's tests): ≥ 8 sentences per
    PLOVER type, hard negatives, and only modes the type has."""
    from collections import Counter
    from pathlib import Path

    from dipwatch.export.plover import QUAD_CODE

    path = Path(__file__).resolve().parents[1] / "fixtures" / "plover_probes.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#") and "written for dipwatch" in lines[0].lower()
    rows = [json.loads(line) for line in lines if line.strip() and not line.startswith("#")]
    counts = Counter(r["type"] for r in rows)
    assert set(counts) == set(QUAD_CODE) | {"NONE"}
    assert min(counts[t] for t in QUAD_CODE) >= 8 and counts["NONE"] >= 15
    assert len({r["id"] for r in rows}) == len(rows)
    moded = {"CONSULT", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST",
             "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    assert all(r["mode"] is None or r["type"] in moded for r in rows)
