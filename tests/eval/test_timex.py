"""Tests of the MEANTIME reader and the TIMEX scorer, on a small CAT-XML document written for
these tests (same layout as the corpus: tokens, then Markables)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from spacy.lang.en import English

from dipwatch.eval.meantime_reader import read_document
from dipwatch.eval.timex import error_analysis, score_timex, timex, value_category

# Sentence 0: headline; 1: dateline (the DCT); 2..: body.
_SENTENCES = [
    ["Envoys", "meet", "in", "Geneva"],
    ["March", "4", ",", "2015"],
    ["The", "envoys", "met", "on", "Tuesday", "for", "three", "hours", "."],
    ["They", "will", "return", "next", "month", "."],
    ["Talks", "may", "resume", "in", "2016", "."],
    ["No", "one", "commented", "."],
    ["A", "statement", "came", "on", "Friday", "."],  # sentence 6: outside the annotation
]


def _xml(timexes: str, events: str = "") -> str:
    tokens, t_id = [], 0
    for s, words in enumerate(_SENTENCES):
        for n, word in enumerate(words):
            t_id += 1
            tokens.append(f'<token number="{n}" sentence="{s}" t_id="{t_id}">{word}</token>')
    return (
        '<?xml version="1.0" ?><Document doc_id="1" doc_name="1_test" lang="en" url="">\n'
        + "\n".join(tokens)
        + f"\n<Markables>\n{timexes}\n{events}\n</Markables>\n<Relations/>\n</Document>\n"
    )


def _timex(m_id: str, kind: str, value: str, ids: list[int], function: str = "NONE") -> str:
    anchors = "".join(f'<token_anchor t_id="{i}"/>' for i in ids)
    return (f'<TIMEX3 m_id="{m_id}" type="{kind}" value="{value}" '
            f'functionInDocument="{function}">{anchors}</TIMEX3>')


# token ids: headline 1-4, dateline 5-8, "Tuesday" 13, "three hours" 15-16,
# "next month" 21-22, "2016" 28.
_GOLD = "\n".join([
    _timex("1", "DATE", "2015-03-04", [5, 6, 7, 8], "CREATION_TIME"),
    _timex("2", "DATE", "2015-03-03", [13]),
    _timex("3", "DURATION", "PT3H", [15, 16]),
    _timex("4", "DATE", "2015-04", [21, 22]),
    _timex("5", "DATE", "2016", [28]),
    '<TIMEX3 m_id="6" type="DATE" value="2015" TAG_DESCRIPTOR="empty"/>',
])
_EVENTS = (
    '<EVENT_MENTION m_id="10" certainty="CERTAIN" polarity="POS" time="NON_FUTURE" tense="PAST" '
    'aspect="NONE" pos="VERB"><token_anchor t_id="11"/></EVENT_MENTION>'
    '<EVENT_MENTION m_id="11" certainty="POSSIBLE" polarity="POS" time="FUTURE" tense="NONE" '
    'aspect="NONE" pos="VERB"><token_anchor t_id="26"/></EVENT_MENTION>'
    '<EVENT_MENTION m_id="12"><token_anchor t_id="36"/></EVENT_MENTION>'
)


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "docs" / "corpus_test"
    folder.mkdir(parents=True)
    (folder / "1_test.xml").write_text(_xml(_GOLD, _EVENTS), encoding="utf-8")
    return tmp_path


def test_read_document_rebuilds_text_offsets_and_dct(corpus: Path) -> None:
    doc = read_document(next(corpus.rglob("*.xml")))
    assert doc.text.startswith("Envoys meet in Geneva\nMarch 4 , 2015\nThe envoys met on Tuesday")
    assert all(doc.text[t.start:t.end] == t.text for t in doc.tokens)
    assert doc.dct == date(2015, 3, 4)
    assert doc.dct_timex is not None and doc.dct_timex.text == "March 4 , 2015"
    # The DCT and the non-textual TIMEX3 are not among the scored timexes.
    assert [(t.text, t.value) for t in doc.timexes] == [
        ("Tuesday", "2015-03-03"), ("three hours", "PT3H"), ("next month", "2015-04"), ("2016", "2016")]
    assert doc.text[doc.annotated_end - 1] == "." and "Friday" not in doc.text[:doc.annotated_end]


def test_read_document_event_factuality_attributes(corpus: Path) -> None:
    doc = read_document(next(corpus.rglob("*.xml")))
    assert [(e.text, e.certainty, e.polarity, e.time) for e in doc.events] == [
        ("met", "CERTAIN", "POS", "NON_FUTURE"), ("resume", "POSSIBLE", "POS", "FUTURE"),
        ("came", None, None, None)]


def test_read_document_finds_unmarked_dct_in_dateline(tmp_path: Path) -> None:
    path = tmp_path / "x.xml"
    path.write_text(_xml(_timex("1", "DATE", "2015-03-04", [5, 6, 7, 8]) + _timex("2", "DATE", "2016", [28])),
                    encoding="utf-8")
    doc = read_document(path)
    assert doc.dct == date(2015, 3, 4)
    assert [t.text for t in doc.timexes] == ["2016"]


def test_score_timex_counts_spans_types_and_values(corpus: Path) -> None:
    report = score_timex(corpus, nlp=English())
    # Found: Tuesday (no parse: nearest Tuesday, right), "three hours", "next month",
    # "2016"; "Friday" lies outside the annotated sentences and is not scored.
    assert (report["gold"], report["predicted"]) == (4, 4)
    assert report["strict"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "hits": 4}
    assert report["value_accuracy"] == 1.0 and report["type_accuracy"] == 1.0
    assert report["documents"] == 1


def test_score_timex_relaxed_match_and_value_error(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    # Gold says "month" alone, with a wrong value: relaxed match only, and a value error.
    gold = "\n".join([_timex("1", "DATE", "2015-03-04", [5, 6, 7, 8], "CREATION_TIME"),
                      _timex("4", "DATE", "2015-05", [22])])
    (folder / "d.xml").write_text(_xml(gold), encoding="utf-8")
    report = score_timex(tmp_path, nlp=English())
    assert report["strict"]["hits"] == 0
    assert report["relaxed"]["hits"] == 1 and report["relaxed"]["recall"] == 1.0
    assert report["value_accuracy"] == 0.0
    assert report["relaxed"]["precision"] == pytest.approx(1 / 4)
    mismatch = report["errors"]["value_mismatches"][0]
    assert mismatch["category"] == "month -> month" and mismatch["count"] == 1
    assert {s["text"] for s in report["errors"]["spurious"]} >= {"2016 [DATE 2016]"}


@pytest.mark.parametrize(
    ("value", "category"),
    [("2024-09-16", "day"), ("2024-09", "month"), ("2024-W38", "week"), ("2024-Q3", "quarter"),
     ("2024-SU", "season"), ("2024", "year"), ("199", "decade"), ("P3D", "set-or-duration"),
     ("PAST_REF", "ref"), ("2024-09-16T14:00", "time"), (None, "none"), ("XXXX-XX-XX", "other")],
)
def test_value_category(value: str | None, category: str) -> None:
    assert value_category(value) == category


def test_error_analysis_empty() -> None:
    assert error_analysis([], [], []) == {"value_mismatches": [], "missed": [], "spurious": []}


@pytest.mark.model
def test_timex_command_prints_table_and_writes_json(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    result = CliRunner().invoke(timex, [str(corpus), "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "span (relaxed)" in result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["gold"] == 4 and report["relaxed"]["recall"] == 1.0


@pytest.mark.model
@pytest.mark.shared
@pytest.mark.slow
def test_score_timex_meantime_meets_issue_targets(shared_dir: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    report = score_timex(shared_dir / "eval" / "meantime", nlp=nlp)
    assert report["relaxed"]["f1"] >= 0.90
    assert report["value_accuracy"] >= 0.85
