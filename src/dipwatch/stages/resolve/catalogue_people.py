"""Office holders with their terms: who was "President of RUS" on a given day, and what
office "Lavrov" held then.

Names are matched on the exact key first, then on a surname, then fuzzily (rapidfuzz) for
transliteration variants ("Sergei" / "Sergey"); each step is a dict access or one
``extractOne`` over a few hundred keys, and results are memoised per name.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from dipwatch.stages.resolve.catalogue_index import data_rows, norm_key, split_list

# Titles that name the same office in different states; holder() and the index share them.
ROLE_CLASSES: dict[str, str] = {
    "secretary of state": "foreign minister",
    "foreign secretary": "foreign minister",
    "minister of foreign affairs": "foreign minister",
    "minister for foreign affairs": "foreign minister",
    "external affairs minister": "foreign minister",
    "minister of external affairs": "foreign minister",
    "top diplomat": "foreign minister",
    "foreign affairs minister": "foreign minister",
    "premier": "prime minister",
    "head of government": "prime minister",
    "chancellor": "prime minister",
    "defense minister": "defence minister",
    "minister of defence": "defence minister",
    "minister of defense": "defence minister",
    "defence secretary": "defence minister",
    "defense secretary": "defence minister",
    "secretary of defense": "defence minister",
    # Caretakers hold the office itself for holder() purposes.
    "acting president": "president",
    "interim president": "president",
    "interim prime minister": "prime minister",
    "first prime minister": "prime minister",
    "taoiseach": "prime minister",
}
# "Leader" names whoever leads the state, whatever the title: tried in this order.
_LEADER_TITLES = ("supreme leader", "leader", "general secretary", "president", "head of state",
                  "king", "emir", "sultan", "prime minister")
# Offices of a federation that a state succeeded, filed under the successor's code with the
# federation's adjective in the title ("Soviet Foreign Minister" under RUS): holder() falls
# back to them on days when the state's own office had no catalogued holder, so that
# holder("Foreign Minister", "RUS", 1987) is Shevardnadze, while in 1991 "President" of RUS
# is still Yeltsin (the Russian office existed then), not Gorbachev.
FEDERAL_PREFIXES: dict[str, tuple[str, ...]] = {
    "RUS": ("soviet",), "SRB": ("yugoslav",), "CZE": ("czechoslovak",), "DEU": ("east german",),
}
# Last words that are not surnames: regnal numbers and suffixes ("Elizabeth II",
# "Ferdinand Marcos Jr."), so that "II" or "Jr" alone never names anybody.
_NOT_SURNAMES = frozenset({"i", "ii", "iii", "iv", "v", "vi", "xiv", "xvi", "jr", "sr"})
# States whose names are written family name first: "Choe" and "Xi" are surnames there.
_FAMILY_FIRST = frozenset({"CHN", "PRK", "KOR", "TWN", "VNM", "KHM", "HKG", "MAC"})
_FUZZY_CUTOFF = 88.0
_MEMO_LIMIT = 50_000
_FAR_FUTURE = date(9999, 12, 31)


def role_class(role: str) -> str:
    """The office a title names, for comparing titles across states."""
    key = norm_key(role)
    return ROLE_CLASSES.get(key, key)


@dataclass(frozen=True, slots=True, kw_only=True)
class Term:
    """One person in one office for one period (``end`` None: still in office)."""

    name: str
    role: str
    country: str
    sector: str
    start: date
    end: date | None

    def covers(self, on: date) -> bool:
        return self.start <= on <= (self.end or _FAR_FUTURE)


class PeopleIndex:
    """Terms of office indexed by person and by (office, country)."""

    def __init__(self) -> None:
        self.by_name: dict[str, list[Term]] = defaultdict(list)
        self.by_surname: dict[str, set[str]] = defaultdict(set)
        self.by_office: dict[tuple[str, str], list[Term]] = defaultdict(list)
        self.canonical: dict[str, str] = {}  # any name key → canonical name key
        self._fuzzy_cache: dict[str, str | None] = {}
        self._names: list[str] = []

    def add(self, term: Term, variants: list[str]) -> None:
        """Index one term under the person's name and its variants."""
        main = norm_key(term.name)
        self.by_name[main].append(term)
        for variant in [term.name, *variants]:
            key = norm_key(variant)
            self.canonical.setdefault(key, main)
            words = [w for w in key.split() if w not in _NOT_SURNAMES] or key.split()
            self.by_surname[words[-1]].add(main)
            if term.country in _FAMILY_FIRST and len(words) > 1:
                self.by_surname[words[0]].add(main)
        self.by_office[(role_class(term.role), term.country)].append(term)

    def finish(self) -> None:
        for terms in [*self.by_name.values(), *self.by_office.values()]:
            terms.sort(key=lambda t: t.start)

    def resolve_name(self, name: str) -> str | None:
        """Canonical name key for a full name, a surname or a spelling variant."""
        key = norm_key(name)
        if key in self.canonical:
            return self.canonical[key]
        if key in self._fuzzy_cache:
            return self._fuzzy_cache[key]
        found = self._surname_or_fuzzy(key)
        if len(self._fuzzy_cache) >= _MEMO_LIMIT:  # a news stream has endless names
            self._fuzzy_cache.clear()
        self._fuzzy_cache[key] = found
        return found

    def _surname_or_fuzzy(self, key: str) -> str | None:
        words = key.split()
        if len(words) == 1:
            owners = self.by_surname.get(key, set())
            # A surname shared by two catalogued people (Kim, Lee) decides nothing.
            return next(iter(owners)) if len(owners) == 1 else None
        from rapidfuzz import fuzz, process

        if not self._names:
            self._names = list(self.canonical)
        hit = process.extractOne(key, self._names, scorer=fuzz.ratio,
                                 score_cutoff=_FUZZY_CUTOFF)
        if hit is None:
            return None
        # Spelling variants differ by a letter or two inside the surname ("Mitterand",
        # "Qaddafi"); a surname one letter short or long at most, or "Paul Martinez" would be
        # Paul Martin: with ~900 catalogued names, near misses are common.
        if abs(len(words[-1]) - len(hit[0].split()[-1])) > 1:
            return None
        return self.canonical[hit[0]]

    def term_of(self, name_key: str, on: date | None) -> tuple[Term, str]:
        """The term a person held on a day; the status says 'current', 'former' or 'before'."""
        terms = self.by_name[name_key]
        if on is None:
            return terms[-1], "current"
        active = [t for t in terms if t.covers(on)]
        if active:
            # Several offices at once (a president who is also party chief): the first listed.
            return active[0], "current"
        past = [t for t in terms if t.end is not None and t.end < on]
        if past:
            return past[-1], "former"
        return terms[0], "before"

    def holder(self, role: str, country: str, on: date) -> Term | None:
        """The holder of an office in a state on a day."""
        cls = role_class(role)
        classes = _LEADER_TITLES if cls in ("leader", "head of state") else (cls,)
        for prefix in ("", *FEDERAL_PREFIXES.get(country, ())):
            for office in classes:
                key = (f"{prefix} {office}" if prefix else office, country)
                for term in self.by_office.get(key, []):
                    if term.covers(on):
                        return term
        return None


def _parse_date(text: str) -> date | None:
    if not text:
        return None
    parts = [int(p) for p in text.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return date(parts[0], parts[1], parts[2])


# Current holders first, then the 1985-2005 archive list: a name's canonical spelling is the
# first one read.
_LEADER_FILES = ("leaders.tsv", "leaders_history.tsv")


def _rows() -> Iterator[list[str]]:
    for name in _LEADER_FILES:
        yield from data_rows(name)


def build_people() -> PeopleIndex:
    """Read the office-holder tables (leaders.tsv, leaders_history.tsv) into an index."""
    index = PeopleIndex()
    for row in _rows():
        name, variants, role, country, sector, start, end = (row + [""] * 7)[:7]
        start_date = _parse_date(start)
        if start_date is None:
            continue
        term = Term(name=name, role=role, country=country, sector=sector or "GOV",
                    start=start_date, end=_parse_date(end))
        index.add(term, split_list(variants))
    index.finish()
    return index
