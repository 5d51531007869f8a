"""The actor-resolution scorer on a tiny gold file written for this test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dipwatch.eval.actors import score_actors

pytestmark = pytest.mark.model


def test_scorer_counts_hits_misses_and_cameo_codes(tmp_path: Path):
    gold = [
        {"id": "t1", "text": "Japanese Prime Minister Fumio Kishida met Italian Prime "
                             "Minister Giorgia Meloni in Rome on Monday.",
         "actor": [{"actorText": "Fumio Kishida", "code": "JAP", "sector": "GOV"}],
         "recipient": [{"actorText": "Giorgia Meloni", "code": "ITL", "sector": "GOV"}]},
        {"id": "t2", "text": "Officials of the Zorblat Committee visited the border.",
         "actor": [{"actorText": "Zorblat Committee", "code": "NGO"}], "recipient": []},
        {"id": "t3", "text": "UN envoys met rebel leaders in Juba.",
         "actor": [{"actorText": "UN", "code": "IGO"}], "recipient": []},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(g) for g in gold) + "\n")
    scores = score_actors(path)
    country = scores["country"]
    assert (country["tp"], country["fn"]) == (3, 1)  # JAP->JPN, ITL->ITA, UN as IGO; one miss
    assert country["precision"] == 1.0
    assert scores["sector_accuracy"] == 1.0 and scores["sector_n"] == 2
