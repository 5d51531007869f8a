"""Golden tests: the full document for each bundled sample article, compared field by field.

Regenerate after an intended change with `pytest tests/golden --update-golden` and review the
diff. `meta.json` pins the model; a different model fails with a hint to regenerate.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dipwatch.sample import sample_articles
from dipwatch.stages.annotate.nlp import model_info

HERE = Path(__file__).resolve().parent
ARTICLES = {Path(a.source or "").stem: a for a in sample_articles()}


def _spans(doc: dict) -> list[tuple[str, int, int]]:
    """Every (text, start, end) the document claims, for the offset invariant."""
    out = []
    for event in doc["events"]:
        trig = event["evidence"]["trigger"]
        out.append((trig["text"], trig["start"], trig["end"]))
        out.append((event["evidence"]["sentence"], event["evidence"]["start"],
                    event["evidence"]["end"]))
        for actor in event["actors"] + event["recipients"]:
            if actor["span"]:
                out.append((actor["text"], actor["span"]["start"], actor["span"]["end"]))
        for field in ("time", "place"):
            if event[field] and event[field]["span"]:
                span = event[field]["span"]
                out.append((event[field]["text"], span["start"], span["end"]))
    for layer in ("times", "places", "entities", "quotes"):
        out += [(x["text"], x["start"], x["end"]) for x in doc[layer]]
    for quote in doc["quotes"]:
        if quote["cue"]:
            out.append((quote["cue"]["text"], quote["cue"]["start"], quote["cue"]["end"]))
    return out


@pytest.mark.model
@pytest.mark.parametrize("case", sorted(ARTICLES))
def test_golden_document(case, pipeline, update_golden):
    article = ARTICLES[case]
    doc = pipeline.process(article).to_dict()
    text = doc["text"]
    for surface, start, end in _spans(doc):
        assert text[start:end] == surface, (case, surface, start, end)
    doc.pop("meta")
    folder = HERE / case
    meta = {"published": article.published, **model_info(pipeline.nlp)}
    if update_golden:
        folder.mkdir(exist_ok=True)
        (folder / "expected.json").write_text(
            json.dumps(doc, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
        (folder / "meta.json").write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n")
        return
    if not (folder / "expected.json").exists():
        pytest.fail(f"no golden file for {case}: run pytest tests/golden --update-golden")
    pinned = json.loads((folder / "meta.json").read_text())
    if pinned != meta:
        pytest.fail(f"golden {case} was made with {pinned}, this run uses {meta}: "
                    "regenerate with --update-golden and review the diff")
    expected = json.loads((folder / "expected.json").read_text())
    assert json.loads(json.dumps(doc, sort_keys=True)) == expected
