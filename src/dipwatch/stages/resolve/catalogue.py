"""The actor catalogue: states, seats of government, organs, IGOs, NGOs and office holders.

Every lookup is case-insensitive and tolerant of a leading "the", a trailing possessive and
curly apostrophes (see :func:`~dipwatch.stages.resolve.catalogue_index.norm_key`). The tables
are built once per process by :func:`get_catalogue` (well under a second) and every lookup after
that is a dict access; person lookups fall back to rapidfuzz for spelling variants.

Naming scheme of organs: ``"<Organ> of <Country>"`` with the country's short English name
("Government of Russia", "Ministry of Foreign Affairs of Russia", "Embassy of Russia in
Pyongyang").
"""

from __future__ import annotations

import csv
import logging
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from dipwatch.errors import Code, DipwatchError
from dipwatch.model.records import Actor
from dipwatch.stages.resolve.catalogue_index import (
    CountryTables,
    country_tables,
    data_rows,
    fold,
    norm_key,
)
from dipwatch.stages.resolve.catalogue_orgs import OrgEntry, OrgTables, build_org_tables
from dipwatch.stages.resolve.catalogue_people import PeopleIndex, Term, build_people
from dipwatch.stages.resolve.catalogue_peoples import (
    PeopleGroup,
    build_groups,
    ethnic_demonym,
    qualify,
)

log = logging.getLogger(__name__)

_MEMO_LIMIT = 50_000
# Capitals whose names more often mean a namesake elsewhere (or a person) in English news;
# they are never read as a government.
_AMBIGUOUS_CAPITALS = frozenset({"victoria", "kingston", "georgetown", "hamilton", "san jose",
                                 "saint john's", "saint george's", "praia", "palikir",
                                 "melekeok", "monaco", "luxembourg", "singapore", "kuwait city",
                                 "djibouti", "guatemala city", "panama city", "mexico city",
                                 "vatican city"})
# Acronyms that are also everyday words: only an upper-case mention is the organisation.
_CASED_ACRONYMS = frozenset({"who", "pa", "ria", "au", "cis", "us", "rada", "mod", "oas", "is",
                             "eta", "care", "eco", "nam", "imo", "ira"})
# "<organ> of <state> [in <city>]": greedy organ, so "ministry of foreign affairs of russia"
# splits at the last "of".
_OF_STATE = re.compile(r"^(?P<organ>.+) of (?P<state>[^,]+?)(?: in (?P<city>.+))?$")
# Names that read with an article: "Government of the United States".
_WITH_THE = ("United ", "Netherlands", "Philippines", "Bahamas", "Gambia", "Czech Republic",
             "Dominican Republic", "Central African Republic", "Maldives", "Comoros",
             "Marshall Islands", "Solomon Islands", "Holy See")
_EMBASSY = re.compile(r"^(?P<organ>embassy|consulate(?: general)?)(?: in (?P<city>.+))?$")


@dataclass(frozen=True, slots=True, kw_only=True)
class TitleInfo:
    """What a title phrase ("Russian Foreign Minister") says about the person it names."""

    role: str | None
    country: str | None
    sector: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class RoleWord:
    sector: str
    kind: str  # person | group | modifier


class Catalogue:
    """Lookups of actors by name, adjective, seat, title or office."""

    def __init__(self, *, extra: str | Path | None = None) -> None:
        self.countries: CountryTables = country_tables()
        self.orgs: OrgTables = build_org_tables(self.countries)
        self.people: PeopleIndex = build_people()
        self.groups: dict[str, PeopleGroup] = build_groups()
        self.roles: dict[str, RoleWord] = {
            norm_key(r[0]): RoleWord(sector=r[1], kind=r[2] if len(r) > 2 else "person")
            for r in data_rows("roles.tsv")
        }
        self.capitals: dict[str, str] = {}
        for iso3, c in self.countries.by_iso3.items():
            key = norm_key(c.capital) if c.capital else ""
            if key and key not in self.capitals and key not in _AMBIGUOUS_CAPITALS:
                self.capitals[key] = iso3
        self.extra: dict[str, Actor] = _load_extra(extra) if extra else {}
        self._titles: dict[str, TitleInfo | None] = {}

    # -- states -------------------------------------------------------------------------
    def country(self, text: str) -> str | None:
        """ISO-3 code of a state named by its name, short name, adjective or demonym.

        Args:
            text: e.g. "Russia", "North Korean", "the U.S.", "South Korea's".

        Returns:
            The ISO-3 code, or None when the text names no state.
        """
        key = norm_key(text)
        iso3 = self.countries.names.get(key) or self.countries.adjectives.get(key)
        if iso3 is None and len(key) == 3 and text.strip().isupper():
            # An upper-case ISO-3 code ("RUS", "PRK") but never "can"/"per" as words.
            iso3 = key.upper() if key.upper() in self.countries.by_iso3 else None
        return iso3

    def country_name(self, iso3: str, *, article: bool = False) -> str:
        """Short English name of a state ("RUS" → "Russia"; with article, "the United States")."""
        c = self.countries.by_iso3.get(iso3)
        name = c.name if c else iso3
        return f"the {name}" if article and name.startswith(_WITH_THE) else name

    def state(self, iso3: str) -> Actor:
        """The actor for a state as a whole."""
        return Actor(name=self.country_name(iso3), country=iso3, sector=None, kind="state")

    def government(self, iso3: str) -> Actor:
        """The actor for a state's government (what a metonym stands for)."""
        return Actor(name=f"Government of {self.country_name(iso3, article=True)}", country=iso3,
                     sector="GOV", kind="organisation")

    # -- metonyms and organisations -----------------------------------------------------
    def metonym(self, text: str) -> Actor | None:
        """The government a capital or seat of government stands for.

        Args:
            text: e.g. "the Kremlin", "Pyongyang", "Downing Street".

        Returns:
            ``Government of <Country>`` (sector GOV, kind organisation), or None.
        """
        key = norm_key(text)
        seat = self.orgs.seats.get(key)
        if seat is not None and seat.code:
            return self.government(seat.code)
        iso3 = self.capitals.get(key)
        return self.government(iso3) if iso3 else None

    def organisation(self, text: str) -> Actor | None:
        """A state organ, IGO, alliance or NGO named in the text.

        "the Russian Ministry of Foreign Affairs" → Ministry of Foreign Affairs of Russia (RUS,
        GOV); "the Foreign Ministry" → the same organ with country None; "NATO" → NATO (IGO,
        with members); "Amnesty International" → NGO.

        Args:
            text: the organisation's name as written.

        Returns:
            The actor (kind "igo" for IGOs and alliances, "organisation" otherwise) or None.
        """
        key = norm_key(text)
        if key in _CASED_ACRONYMS and not text.strip().isupper():
            return None
        if key in self.extra:
            return self.extra[key]
        entry = self.orgs.igos.get(key)
        if entry is not None:
            return self._igo_actor(entry)
        entry = self.orgs.organs.get(key)
        if entry is not None:
            return self._organ_actor(entry, entry.code, None)
        return self._qualified_organ(key)

    def successor(self, text: str) -> Actor | None:
        """The body that replaced a historical or renamed organisation.

        Args:
            text: the old name ("OAU", "CSCE", "the European Community", "GATT").

        Returns:
            The successor's actor ("African Union", ...), or None when the text names no
            catalogued organisation or the organisation has no successor.
        """
        entry = self.orgs.igos.get(norm_key(text))
        if entry is None or entry.successor is None:
            return None
        following = self.orgs.igos.get(norm_key(entry.successor))
        return self._igo_actor(following) if following is not None else None

    def _igo_actor(self, entry: OrgEntry) -> Actor:
        kind = {"ngo": "organisation", "img": "group"}.get(entry.kind, "igo")
        return Actor(name=entry.name, country=entry.code, sector=entry.sector, kind=kind,
                     members=entry.members)

    def _organ_actor(self, entry: OrgEntry, iso3: str | None, city: str | None) -> Actor:
        name = entry.name
        if entry.kind == "generic" and iso3:
            name = f"{name} of {self.country_name(iso3, article=True)}"
        if city:
            name = f"{name} in {city}"
        return Actor(name=name, country=iso3, sector=entry.sector, kind="organisation")

    def _qualified_organ(self, key: str) -> Actor | None:
        """'<country adjective|country's> <organ> [of <country>] [in <city>]'."""
        iso3, rest = self._leading_country(key)
        m = _OF_STATE.match(rest)
        if iso3 is None and m and self.country(m["state"]):
            iso3, rest = self.country(m["state"]), m["organ"] + (
                f" in {m['city']}" if m["city"] else "")
        city = None
        emb = _EMBASSY.match(rest)
        if emb:
            rest, city = emb["organ"], emb["city"]
        elif " in " in rest:
            # "the foreign ministry in Pyongyang": an organ in a capital is that state's.
            organ, _, place = rest.rpartition(" in ")
            if place in self.capitals and iso3 is None:
                iso3, rest = self.capitals[place], organ
        entry = self.orgs.generic.get(rest) or self.orgs.organs.get(rest)
        if entry is None:
            return None
        if entry.kind == "organ":
            if iso3 is not None and iso3 != entry.code:
                return None
            iso3 = entry.code
        return self._organ_actor(entry, iso3, city.title() if city else None)

    def _leading_country(self, key: str) -> tuple[str | None, str]:
        """Split a leading country name/adjective (or possessive) off a folded phrase."""
        if "'s " in key:
            head, _, tail = key.partition("'s ")
            iso3 = self.country(head)
            if iso3 is None:
                seat = self.orgs.seats.get(head)
                iso3 = seat.code if seat else self.capitals.get(head)
            if iso3:
                return iso3, tail
        words = key.split()
        for n in range(min(5, len(words) - 1), 0, -1):
            head = " ".join(words[:n])
            iso3 = self.countries.adjectives.get(head) or self.countries.names.get(head)
            if iso3:
                return iso3, " ".join(words[n:])
        return None, key

    # -- ethnic and religious groups ----------------------------------------------------
    def group(self, text: str) -> Actor | None:
        """An ethnic or religious group named as an actor.

        "Yoruba leaders" → Yoruba (NGA, CVL); "Iraqi Kurds" → Kurds (IRQ, CVL); "Kurds" →
        Kurds (country None: several states); "Copts" → REL; "Hutu rebel group" → Hutu with
        sector REB (a role word after the name gives the sector).

        Args:
            text: the phrase as written, optionally with "ethnic", a country qualifier
                ("Iraqi ...", "... in Burundi") and a trailing role noun.

        Returns:
            The group as an Actor (kind "group"), or None when the text names no group.
        """
        found = self.group_entry(text)
        if found is None:
            return None
        group, sector = found
        return Actor(name=group.name, country=group.country, sector=sector, kind="group")

    def group_entry(self, text: str) -> tuple[PeopleGroup, str] | None:
        """The group a phrase names (with candidate states) and the sector the phrase gives."""
        key = norm_key(text)
        first = next((w for w in text.split() if w.lower() not in ("the", "ethnic")), "")
        if not key or not first[:1].isupper():
            return None  # ethnic names are proper nouns: "fur", "ewe", "afar" are words
        iso3 = None
        if " in " in key:
            key, _, place = key.rpartition(" in ")
            iso3 = self._place_country(place)
        words = key.split()
        for n in range(len(words), 0, -1):
            head, tail = " ".join(words[:n]), words[n:]
            group = self._group_key(head)
            if group is None:
                continue
            sector = self.sector(" ".join(tail)) if tail else None
            if tail and sector is None and tail[-1] not in _COMMUNITY_NOUNS:
                return None  # "Tamil Tigers" is an organisation, not the Tamils
            # Government words do not make a people a government: "Yoruba leaders" are
            # community leaders; "Hutu rebels" and "Shiite clerics" do take the role's sector.
            if sector in (None, "GOV"):
                sector = group.sector
            return (qualify(group, iso3) if iso3 else group), sector
        return None

    def _group_key(self, key: str) -> PeopleGroup | None:
        """A group by its key, "ethnic <group|demonym>" or "<country adjective> <group>"."""
        group = self.groups.get(key)
        if group is None and key.startswith("ethnic "):
            group = self.groups.get(key[len("ethnic "):]) or ethnic_demonym(
                key, self.countries.adjectives)
        if group is None and " " in key:
            iso3, rest = self._leading_country(key)
            inner = self._group_key(rest) if iso3 and rest != key else None
            group = qualify(inner, iso3) if inner else None
        return group

    def _place_country(self, place: str) -> str | None:
        """The state a trailing "in <place>" names: a state, a capital, or its last words."""
        words = place.split()
        for n in range(len(words)):
            tail = " ".join(words[n:])
            iso3 = self.country(tail) or self.capitals.get(tail)
            if iso3:
                return iso3
        return None

    # -- people -------------------------------------------------------------------------
    def person(self, name: str, *, on: date | None = None) -> Actor | None:
        """A catalogued office holder, with the office held on ``on``.

        Args:
            name: full name, surname or spelling variant ("Lavrov", "Sergei Lavrov").
            on: the day the office is wanted for; None means the latest office.

        Returns:
            The person as an Actor (role, country, sector), or None when not catalogued. A
            person whose terms all ended before ``on`` gets "Former <role>" and sector ELI.
        """
        full = norm_key(name)
        key = _strip_honorifics(self, full)
        if not key:
            return None
        if key in self.extra and self.extra[key].kind == "person":
            return self.extra[key]
        # A catalogued name that starts with a title ("King Hussein", "Mullah Omar",
        # "General Aidid") is taken whole before the title is stripped: stripped, "Hussein"
        # would be shared with Saddam Hussein.
        main = self.people.canonical.get(full) or self.people.resolve_name(key)
        if main is None:
            return None
        term, status = self.people.term_of(main, on)
        if status == "former":
            return Actor(name=term.name, role=f"Former {term.role}", country=term.country,
                         sector="ELI", kind="person")
        if status == "before":
            return Actor(name=term.name, role=None, country=term.country, sector=None,
                         kind="person")
        return _term_actor(term)

    def holder(self, role: str, country: str, *, on: date | None = None) -> Actor | None:
        """Who held an office in a state on a day ("President", "RUS", 2015-06-01 → Putin).

        Args:
            role: the title ("President", "Foreign Minister", "Secretary of State", "Leader").
            country: ISO-3 code.
            on: the day; None means today.

        Returns:
            The holder as an Actor, or None when the catalogue does not know.
        """
        term = self.people.holder(role, country, on or date.today())
        return _term_actor(term) if term else None

    # -- titles and sectors -------------------------------------------------------------
    def parse_title(self, text: str) -> TitleInfo | None:
        """Role, country and sector of a title phrase ("Russian Ambassador to North Korea").

        Args:
            text: the title, without the name it qualifies.

        Returns:
            TitleInfo, or None when the phrase holds neither a known role nor a country.
        """
        from dipwatch.stages.resolve.catalogue_titles import parse_title

        # Titles repeat across a corpus ("Russian President"): memoised, bounded.
        if text in self._titles:
            return self._titles[text]
        if len(self._titles) >= _MEMO_LIMIT:
            self._titles.clear()
        info = self._titles[text] = parse_title(self, text)
        return info

    def sector(self, text: str) -> str | None:
        """PLOVER sector code of a keyword or phrase ("rebel commander" → REB)."""
        from dipwatch.stages.resolve.catalogue_titles import phrase_sector

        return phrase_sector(self, fold(text).split())


# Nouns that name members of a people without a sector of their own ("Igbo elders").
_COMMUNITY_NOUNS = frozenset({
    "people", "peoples", "community", "communities", "population", "populations", "minority",
    "minorities", "majority", "elders", "chiefs", "villagers", "politicians", "families",
    "men", "women", "youths", "youth", "groups", "group", "tribe", "tribes", "tribesmen",
    "clans", "clan", "residents", "inhabitants", "settlers", "herdsmen", "farmers", "fighters",
})


# Courtesy titles that precede a name ("Mr. Lavrov", "Ayatollah Khamenei").
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady",
                         "prof", "professor", "gen", "general", "adm", "admiral", "col",
                         "sen", "senator", "rep", "ayatollah", "sheikh", "prince", "princess",
                         "comrade", "marshal", "his", "her", "excellency", "honorable"})


def _strip_honorifics(cat: Catalogue, key: str) -> str:
    """Drop leading courtesy titles and role words: "president putin" → "putin"."""
    words = key.split()
    while len(words) > 1 and (words[0] in _HONORIFICS or words[0] in cat.roles):
        words = words[1:]
    # Two-word roles ("foreign minister choe son hui"): strip the pair when it is a role.
    while len(words) > 2 and " ".join(words[:2]) in cat.roles:
        words = words[2:]
    return " ".join(words)


def _term_actor(term: Term) -> Actor:
    return Actor(name=term.name, role=term.role, country=term.country, sector=term.sector,
                 kind="person")


def _load_extra(path: str | Path) -> dict[str, Actor]:
    """Read user actors: CSV (or YAML when PyYAML is installed) with name, aliases, role,
    country, sector, kind columns/keys."""
    path = Path(path)
    rows: list[dict[str, str]]
    if path.suffix.lower() in (".yaml", ".yml"):
        try:
            import yaml  # only when the user gives YAML; not a dependency
        except ImportError as e:
            raise DipwatchError(Code.E601, f"{path} is YAML but PyYAML is not installed; "
                                "install it or give the actors as CSV") from e
        rows = list(yaml.safe_load(path.read_text(encoding="utf-8")) or [])
    else:
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
    actors: dict[str, Actor] = {}
    for row in rows:
        actor = Actor(name=str(row["name"]), role=row.get("role") or None,
                      country=row.get("country") or None, sector=row.get("sector") or None,
                      kind=row.get("kind") or "person")
        aliases = row.get("aliases") or ""
        names = aliases if isinstance(aliases, list) else str(aliases).split(";")
        for alias in [actor.name, *names]:
            if alias.strip():
                actors[norm_key(alias)] = actor
    log.info("loaded %d extra actor names from %s", len(actors), path)
    return actors


@lru_cache(maxsize=8)
def get_catalogue(extra: str | Path | None = None) -> Catalogue:
    """The catalogue, built once per process (and per ``extra`` file).

    Args:
        extra: optional CSV (or YAML, when PyYAML is installed) of actors to add.

    Returns:
        A :class:`Catalogue`.
    """
    return Catalogue(extra=extra)
