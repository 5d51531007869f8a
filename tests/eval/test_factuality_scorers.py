"""Tests of the MEANTIME status scorer and the UDS-IH2 factuality scorer.

The small corpora below are written for these tests (our own sentences, in the formats of the
two gold sets); the real data stays in shared/eval and is only read by the `shared` tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dipwatch.eval.meantime import (
    Judged,
    class_scores,
    common_errors,
    gold_class,
    head_index,
    is_held_apart,
    meantime_command,
    score_meantime,
)
from dipwatch.eval.factuality_cv import (
    bootstrap_interval,
    by_group,
    cv_report,
    fold_of,
    mean_sd,
    meantime_group,
    uds_group,
)
from dipwatch.eval.uds import gold_score, pearson, read_conllu, score_uds, uds_command
from dipwatch.model.records import Status
from dipwatch.stages.extract.status import StatusDecision

# ----------------------------------------------------------------------- pure helpers


@pytest.mark.parametrize(
    ("certainty", "polarity", "time", "expected"),
    [
        ("CERTAIN", "POS", "NON_FUTURE", "occurred"),
        ("CERTAIN", "NEG", "NON_FUTURE", "denied"),
        ("POSSIBLE", "NEG", "FUTURE", "denied"),
        ("CERTAIN", "POS", "FUTURE", "future"),
        ("PROBABLE", "POS", "FUTURE", "future"),
        ("POSSIBLE", "POS", "NON_FUTURE", "possible"),
        ("POSSIBLE", "POS", "FUTURE", "possible"),
        ("UNDERSPECIFIED", "POS", "NON_FUTURE", None),
        ("CERTAIN", "POS", "UNDERSPECIFIED", None),
        ("PROBABLE", "POS", "NON_FUTURE", None),
        (None, None, None, None),
    ],
)
def test_gold_class_maps_meantime_attributes(certainty, polarity, time, expected) -> None:  # type: ignore[no-untyped-def]
    assert gold_class(certainty, polarity, time) == expected


def test_class_scores_per_class_and_macro() -> None:
    pairs = [("occurred", "occurred")] * 3 + [("occurred", "future"), ("future", "future"),
                                              ("denied", "occurred")]
    scores = class_scores(pairs, ("occurred", "denied", "future", "possible"))
    occurred = scores["per_class"]["occurred"]
    assert occurred["precision"] == pytest.approx(0.75)
    assert occurred["recall"] == pytest.approx(0.75)
    assert scores["per_class"]["future"]["f1"] == pytest.approx(2 / 3, abs=1e-4)
    assert scores["per_class"]["denied"]["f1"] == 0.0
    assert scores["macro_f1"] == pytest.approx((0.75 + 0 + 2 / 3 + 0) / 4, abs=1e-4)
    assert scores["n"] == 6


def test_class_scores_empty_is_zero() -> None:
    assert class_scores([], ("occurred",))["macro_f1"] == 0.0


def _judged(gold: str, status: Status, cues: tuple[str, ...], word: str) -> Judged:
    decision = StatusDecision(status=status, score=0.0, cues=cues)
    return Judged(item_id=word, gold=gold, decision=decision, word=word, context="",
                  held_apart=False)


def test_common_errors_groups_by_type_and_cue() -> None:
    items = [
        _judged("future", Status.OCCURRED, (), "cuts"),
        _judged("future", Status.OCCURRED, (), "plan"),
        _judged("occurred", Status.SCHEDULED, ("to",), "end"),
        _judged("occurred", Status.OCCURRED, (), "fell"),  # right: not an error
    ]
    errors = common_errors(items)
    assert errors[0] == {"gold": "future", "predicted": "occurred", "cues": "(no cue)",
                         "count": 2, "words": ["cuts", "plan"]}
    assert errors[1]["cues"] == "to" and errors[1]["count"] == 1
    assert len(errors) == 2


def test_is_held_apart_is_stable_and_about_one_in_five() -> None:
    ids = [f"doc-{i}" for i in range(2000)]
    held = [i for i in ids if is_held_apart(i)]
    assert held == [i for i in ids if is_held_apart(i)]
    assert 0.15 < len(held) / len(ids) < 0.25


def test_folds_are_stable_balanced_and_independent_of_the_split() -> None:
    ids = [f"doc-{i}" for i in range(3000)]
    folds = [fold_of(i) for i in ids]
    assert folds == [fold_of(i) for i in ids]
    for fold in range(5):
        share = folds.count(fold) / len(ids)
        assert 0.16 < share < 0.24
        # Every fold holds about as many held-apart ids as the whole: other hash digits.
        in_fold = [i for i, f in zip(ids, folds, strict=True) if f == fold]
        assert 0.13 < sum(map(is_held_apart, in_fold)) / len(in_fold) < 0.27


def test_groups_of_item_ids() -> None:
    assert meantime_group("12345:67") == "12345"
    assert uds_group("ewt-dev-12-semantics-pred-3") == "ewt-dev-12"
    assert uds_group("s-7") == "s"
    assert by_group(["a1", "b1", "a2"], lambda x: x[0]) == [["a1", "a2"], ["b1"]]


def test_mean_sd_of_fold_scores() -> None:
    stats = mean_sd([0.6, 0.8])
    assert stats["mean"] == pytest.approx(0.7)
    assert stats["sd"] == pytest.approx(0.1414, abs=1e-4)
    assert (stats["min"], stats["max"]) == (0.6, 0.8)
    assert mean_sd([0.5])["sd"] == 0.0


def test_bootstrap_interval_brackets_the_mean_and_is_reproducible() -> None:
    groups = [[1.0, 1.0], [0.0], [1.0], [0.0, 0.0, 1.0]] * 5
    mean = lambda xs: sum(xs) / len(xs)  # noqa: E731
    low, high = bootstrap_interval(groups, mean, reps=300)
    assert low < mean([x for g in groups for x in g]) < high
    assert (low, high) == bootstrap_interval(groups, mean, reps=300)
    constant = bootstrap_interval([[1.0]] * 10, mean, reps=50)
    assert constant == (1.0, 1.0)


def test_cv_report_has_folds_and_both_parts() -> None:
    items = [(f"d{i}", i % 2) for i in range(200)]
    held = [(f"h{i}", 1) for i in range(20)]
    share = lambda rows: sum(v for _, v in rows) / len(rows) if rows else 0.0  # noqa: E731
    report = cv_report(items, held, lambda r: r[0], {"share": share}, k=4)
    assert len(report["share"]["folds"]) == 4
    assert report["share"]["dev"]["value"] == pytest.approx(0.5)
    assert report["share"]["held_apart"]["value"] == 1.0
    assert report["share"]["held_apart"]["ci95"] == (1.0, 1.0)


def test_pearson_known_values() -> None:
    assert pearson([1, 2, 3], [2, 4, 6]) == pytest.approx(1.0)
    assert pearson([1, 2, 3], [3, 2, 1]) == pytest.approx(-1.0)
    assert pearson([1, 1, 1], [1, 2, 3]) == 0.0


def test_gold_score_is_mean_signed_confidence() -> None:
    annotation = {"factuality": {"factual": {"value": {"a": 1, "b": 0},
                                             "confidence": {"a": 4, "b": 2}}}}
    assert gold_score(annotation) == pytest.approx((4 - 2) / 2)
    assert gold_score({"factuality": {"factual": {"value": {}, "confidence": {}}}}) is None


# Two sentences written for this test, in CoNLL-U.
_CONLLU = (
    "1\tShe\tshe\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
    "2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
    "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "1\tThey\tthey\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n"
    "2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_\n"
    "3\tnot\tnot\tPART\tRB\t_\t4\tneg\t_\t_\n"
    "4\tmeet\tmeet\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
)


def _write_uds(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "en-ud-dev.conllu").write_text(_CONLLU, encoding="utf-8")
    judgement = {"factuality": {"factual": {"value": {"a": 1, "b": 1},
                                            "confidence": {"a": 4, "b": 3}}}}
    negative = {"factuality": {"factual": {"value": {"a": 0, "b": 0},
                                           "confidence": {"a": 4, "b": 4}}}}
    data = {"ewt-dev-1": {"ewt-dev-1-semantics-pred-2": judgement},
            "ewt-dev-2": {"ewt-dev-2-semantics-pred-4": negative}}
    (folder / "factuality_dev.json").write_text(json.dumps({"data": data}), encoding="utf-8")
    return folder


def test_read_conllu_numbers_sentences_and_keeps_spacing(tmp_path: Path) -> None:
    sents = list(read_conllu(_write_uds(tmp_path) / "en-ud-dev.conllu"))
    assert [s.sent_id for s in sents] == ["ewt-dev-1", "ewt-dev-2"]
    assert sents[0].words == ("She", "left", ".")
    assert sents[0].spaces == (True, False, True)


def test_head_index_picks_the_mention_head() -> None:
    from spacy.lang.en import English
    from spacy.tokens import Doc

    doc = Doc(English().vocab, words=["They", "called", "it", "off"],
              heads=[1, 1, 1, 1], deps=["nsubj", "ROOT", "dobj", "prt"])
    assert head_index(doc, [1, 3]) == 1
    assert head_index(doc, [3]) == 3


# ----------------------------------------------------------------------- with the model

# A MEANTIME-style CAT XML document written for this test.
_CAT = """<?xml version="1.0" ?><Document doc_id="t1" doc_name="t1" lang="en" url="">
<token number="0" sentence="0" t_id="1">The</token>
<token number="1" sentence="0" t_id="2">ministers</token>
<token number="2" sentence="0" t_id="3">met</token>
<token number="3" sentence="0" t_id="4">on</token>
<token number="4" sentence="0" t_id="5">Monday</token>
<token number="5" sentence="0" t_id="6">.</token>
<token number="6" sentence="1" t_id="7">They</token>
<token number="7" sentence="1" t_id="8">will</token>
<token number="8" sentence="1" t_id="9">sign</token>
<token number="9" sentence="1" t_id="10">a</token>
<token number="10" sentence="1" t_id="11">treaty</token>
<token number="11" sentence="1" t_id="12">.</token>
<token number="12" sentence="2" t_id="13">They</token>
<token number="13" sentence="2" t_id="14">did</token>
<token number="14" sentence="2" t_id="15">not</token>
<token number="15" sentence="2" t_id="16">visit</token>
<token number="16" sentence="2" t_id="17">Paris</token>
<token number="17" sentence="2" t_id="18">.</token>
<token number="18" sentence="6" t_id="19">They</token>
<token number="19" sentence="6" t_id="20">left</token>
<token number="20" sentence="6" t_id="21">.</token>
<Markables>
<EVENT_MENTION certainty="CERTAIN" m_id="1" polarity="POS" pos="VERB" pred="meet" time="NON_FUTURE"><token_anchor t_id="3"/></EVENT_MENTION>
<EVENT_MENTION certainty="CERTAIN" m_id="2" polarity="POS" pos="VERB" pred="sign" time="FUTURE"><token_anchor t_id="9"/></EVENT_MENTION>
<EVENT_MENTION certainty="CERTAIN" m_id="3" polarity="NEG" pos="VERB" pred="visit" time="NON_FUTURE"><token_anchor t_id="16"/></EVENT_MENTION>
<EVENT_MENTION certainty="UNDERSPECIFIED" m_id="4" polarity="POS" pos="NOUN" pred="treaty" time="FUTURE"><token_anchor t_id="11"/></EVENT_MENTION>
<EVENT_MENTION certainty="CERTAIN" m_id="5" polarity="NEG" pos="VERB" pred="leave" time="NON_FUTURE"><token_anchor t_id="20"/></EVENT_MENTION>
</Markables>
</Document>
"""


@pytest.mark.model
def test_score_meantime_on_a_written_document(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "t1.xml").write_text(_CAT, encoding="utf-8")
    result = score_meantime(tmp_path)
    # Neither the underspecified mention nor the one after the annotated sentences is scored.
    assert result["all"]["n"] == 3
    assert result["all"]["accuracy"] == 1.0
    assert result["all"]["per_class"]["denied"]["support"] == 1


@pytest.mark.model
def test_meantime_command_prints_table_and_writes_json(tmp_path: Path) -> None:
    (tmp_path / "t1.xml").write_text(_CAT, encoding="utf-8")
    out = tmp_path / "out.json"
    result = CliRunner().invoke(meantime_command, [str(tmp_path), "--json", str(out), "--errors"])
    assert result.exit_code == 0, result.output
    assert "macro-F1" in result.output
    assert json.loads(out.read_text())["dataset"] == "meantime"


@pytest.mark.model
def test_meantime_command_cross_validates(tmp_path: Path) -> None:
    for name in ("t1", "t2", "t3"):
        (tmp_path / f"{name}.xml").write_text(_CAT.replace('doc_id="t1"', f'doc_id="{name}"'),
                                              encoding="utf-8")
    out = tmp_path / "out.json"
    result = CliRunner().invoke(meantime_command, [str(tmp_path), "--cv", "2", "--json", str(out)])
    assert result.exit_code == 0, result.output
    cv = json.loads(out.read_text())["cv"]
    assert len(cv["macro_f1"]["folds"]) == 2
    assert sum(cv["support"]["dev"].values()) + sum(cv["support"]["held_apart"].values()) == 9


@pytest.mark.model
def test_uds_command_cross_validates(tmp_path: Path) -> None:
    folder = _write_uds(tmp_path / "uds")
    result = CliRunner().invoke(uds_command, [str(folder), "--cv", "2", "--json", "-"])
    assert result.exit_code == 0, result.output
    assert "k-fold" in result.output
    assert '"calibrated"' in result.output and '"rules"' in result.output


@pytest.mark.model
def test_score_uds_on_written_sentences(tmp_path: Path) -> None:
    result = score_uds(_write_uds(tmp_path / "uds"))
    assert result["all"]["n"] == 2
    assert result["all"]["sign_accuracy"] == 1.0
    assert result["all"]["pearson_r"] == pytest.approx(1.0)


@pytest.mark.model
def test_uds_command_writes_json(tmp_path: Path) -> None:
    folder = _write_uds(tmp_path / "uds")
    result = CliRunner().invoke(uds_command, [str(folder), "--json", "-"])
    assert result.exit_code == 0, result.output
    assert "Pearson r" in result.output
    assert '"sign_accuracy": 1.0' in result.output


def test_uds_command_rejects_a_missing_folder(tmp_path: Path) -> None:
    result = CliRunner().invoke(uds_command, [str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert "does not exist" in result.output
