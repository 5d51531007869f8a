"""The GeoVirus scorer on a tiny corpus written for this test, with a rule-based 'NER' so no
trained model is involved."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from click.testing import CliRunner

from dipwatch.eval import geo as geo_module
from dipwatch.eval.geo import GoldToponym, haversine_km, match_spans, read_geovirus, score_geo
from dipwatch.model.records import PlaceMention

# Written for this test. Offsets: "Moscow" 0-6, "Kazan" 21-26, "Springfield" 31-42.
_TEXT = "Moscow sent aid from Kazan and Springfield."
_XML = f"""<articles><article><source>test</source><text>{_TEXT}</text><locations>
<location><name>Moscow</name><start>0</start><end>6</end><lat>55.75</lat><lon>37.62</lon>
<page>x</page></location>
<location><name>Kazan</name><start>21</start><end>26</end><lat>55.79</lat><lon>49.12</lon>
<page>x</page></location>
<location><name>Springfield</name><start>31</start><end>42</end><lat>N/A</lat><lon>N/A</lon>
<page>x</page></location>
</locations></article></articles>"""


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "GeoVirus.xml").write_text(_XML, encoding="utf-8")
    return tmp_path


@pytest.fixture()
def rule_nlp(monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    # "Kazan" is left out on purpose: a recognition miss. "aid" is tagged too but the place
    # finder drops unresolvable lower-case names, so it costs no precision.
    ruler.add_patterns([{"label": "GPE", "pattern": "Moscow"},
                        {"label": "GPE", "pattern": "Springfield"},
                        {"label": "LOC", "pattern": "aid"}])
    monkeypatch.setattr(geo_module, "_load_nlp", lambda *, raw: nlp)


def test_read_geovirus_parses_spans_and_missing_coordinates(corpus: Path) -> None:
    (article,) = read_geovirus(corpus)
    assert [article.text[t.start:t.end] for t in article.toponyms] == [
        "Moscow", "Kazan", "Springfield"]
    assert article.toponyms[2].lat is None


def test_haversine_known_distance() -> None:
    # Moscow to Saint Petersburg is about 635 km.
    assert haversine_km(55.7558, 37.6173, 59.9343, 30.3351) == pytest.approx(635, abs=5)


def test_match_spans_is_one_to_one_by_overlap() -> None:
    gold = [GoldToponym(name="A", start=0, end=5, lat=None, lon=None),
            GoldToponym(name="B", start=10, end=15, lat=None, lon=None)]
    pred = [PlaceMention(text="A", start=1, end=4, name=None, country=None),
            PlaceMention(text="A", start=2, end=5, name=None, country=None)]
    pairs = list(match_spans(gold, pred))
    assert [(g.name if g else None, p.start if p else None) for g, p in pairs] == [
        ("A", 1), ("B", None), (None, 2)]


def test_score_geo_counts(corpus: Path, rule_nlp: None) -> None:
    report = score_geo(corpus)
    assert (report["tp"], report["fp"], report["fn"]) == (2, 0, 1)
    assert report["toponym_precision"] == 1.0
    assert report["toponym_recall"] == pytest.approx(2 / 3, abs=1e-3)
    # Only Moscow has gold coordinates; it resolves to the Russian capital.
    assert report["resolved_scored"] == 1 and report["accuracy_161km"] == 1.0
    assert report["median_error_km"] < 10


def test_geo_command_prints_and_writes_json(corpus: Path, rule_nlp: None,
                                            tmp_path: Path) -> None:
    out = tmp_path / "geo.json"
    result = CliRunner().invoke(geo_module.geo, [str(corpus), "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "toponym F1" in result.output and "accuracy@161km" in result.output
    assert "halves (even/odd)" in result.output
    assert json.loads(out.read_text(encoding="utf-8"))["tp"] == 2


def test_score_geo_reports_even_and_odd_halves(tmp_path: Path, rule_nlp: None) -> None:
    # Written for this test: a second article whose only toponym the rule 'NER' misses.
    second = """<article><source>test</source><text>Kazan hosted talks.</text><locations>
<location><name>Kazan</name><start>0</start><end>5</end><lat>55.79</lat><lon>49.12</lon>
<page>x</page></location></locations></article>"""
    (tmp_path / "GeoVirus.xml").write_text(
        _XML.replace("</articles>", second + "</articles>"), encoding="utf-8")
    report = score_geo(tmp_path)
    even, odd = report["halves"]["even"], report["halves"]["odd"]
    assert (even["articles"], odd["articles"]) == (1, 1)
    assert even["toponym_f1"] == pytest.approx(0.8) and even["accuracy_161km"] == 1.0
    assert odd["toponym_f1"] == 0.0 and odd["resolved_scored"] == 0
    assert report["toponym_f1"] == pytest.approx(2 / 3, abs=1e-3)  # P 1, R 2/4
