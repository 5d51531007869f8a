"""Ethnic and religious groups named as actors ("Yoruba leaders", "Iraqi Kurds", "Copts").

Built once from ``peoples.tsv``; a lookup is a few dict accesses on
:func:`~dipwatch.stages.resolve.catalogue_index.norm_key`. A group that lives in several
states keeps ``country`` None and lists the candidates in ``states``: a qualifier in the text
("Iraqi Kurds", "Hutus in Burundi") decides, never a guess.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from dipwatch.stages.resolve.catalogue_index import data_rows, norm_key, split_list


@dataclass(frozen=True, slots=True, kw_only=True)
class PeopleGroup:
    """One ethnic or religious group; ``country`` is None when no single state is its own."""

    name: str
    sector: str  # CVL (ethnic) or REL (religious community)
    country: str | None
    states: tuple[str, ...] = ()


def build_groups() -> dict[str, PeopleGroup]:
    """Read peoples.tsv into a key → group table (first writer wins)."""
    table: dict[str, PeopleGroup] = {}
    for name, sector, country, aliases, states in (
        (r + [""] * 5)[:5] for r in data_rows("peoples.tsv")
    ):
        group = PeopleGroup(name=name, sector=sector or "CVL", country=country or None,
                            states=tuple(split_list(states)) or ((country,) if country else ()))
        for alias in [name, *split_list(aliases)]:
            table.setdefault(norm_key(alias), group)
    return table


def ethnic_demonym(key: str, adjectives: dict[str, str]) -> PeopleGroup | None:
    """ "ethnic albanians" → the group, with no state: an ethnic label on a demonym says the
    people live outside (or across) the state the demonym names."""
    if not key.startswith("ethnic "):
        return None
    rest = key[len("ethnic "):]
    if rest not in adjectives:
        return None
    return PeopleGroup(name=f"Ethnic {rest.title()}", sector="CVL", country=None)


def qualify(group: PeopleGroup, iso3: str) -> PeopleGroup:
    """The group as reported in one state ("Iraqi Kurds")."""
    return replace(group, country=iso3)
