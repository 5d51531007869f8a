"""The gazetteer's source tables: the packed small-town table, the streaming reader of
GeoNames' city files and the subdivision points. Towns here are made up for the tests."""

from __future__ import annotations

import io
import json

import pytest

from dipwatch.stages.resolve.places_sources import (
    Town,
    TownTable,
    city_point_fixes,
    read_object_values,
)


def _town(key: str, name: str, country: str, pop: int, admin1: str | None = None) -> Town:
    return Town(key=key, name=name, country=country, geonames_id=pop, lat=1.5, lon=-2.25,
                admin1=admin1, population=pop)


def test_town_table_groups_namesakes_most_populous_first() -> None:
    table = TownTable([_town("brookvale", "Brookvale", "USA", 900, "Ohio"),
                       _town("alder bend", "Alder Bend", "CAN", 700),
                       _town("brookvale", "Brookvale", "AUS", 4000, "Queensland")])
    assert len(table) == 3
    assert [(t.country, t.admin1, t.population) for t in table.get("brookvale")] == [
        ("AUS", "Queensland", 4000), ("USA", "Ohio", 900)]
    (alder,) = table.get("alder bend")
    assert (alder.name, alder.admin1, alder.lat, alder.lon) == ("Alder Bend", None, 1.5, -2.25)
    assert table.get("brook") == [] and table.get("zzz") == [] and table.get("") == []
    assert TownTable([]).get("brookvale") == []


@pytest.mark.parametrize("chunk", [1, 3, 7, 64, 1 << 20])
def test_object_values_are_read_across_piece_boundaries(chunk: int) -> None:
    data = {"17": {"name": "Alder Bend", "alternatenames": ["A, B", "{x}"], "population": 5},
            "4": {"name": "Quote \" town", "latitude": -1.5e-3},
            "250": {"name": "Zed", "admin1code": "07"}}
    text = " " + json.dumps(data, indent=1)
    assert list(read_object_values(io.StringIO(text), chunk=chunk)) == list(data.values())
    assert list(read_object_values(io.StringIO("{}"), chunk=chunk)) == []
    with pytest.raises(ValueError):
        list(read_object_values(io.StringIO(text[:-5]), chunk=chunk))


def test_city_point_fixes_only_move_subdivisions_on_their_namesake() -> None:
    # Real rows of the installed source, checked as records: New York state sits on the
    # city; Texas does not; Berlin, a city-state, sits on its city but keeps its point.
    from dipwatch.stages.resolve.places_sources import subdivision_rows

    rows = [r for r in subdivision_rows()
            if (r["country_code"], r["name"]) in {("US", "New York"), ("US", "Texas"),
                                                   ("DE", "Berlin")}]
    assert len(rows) == 3
    cities = [{"name": "New York City", "countrycode": "US", "latitude": 40.71427,
               "longitude": -74.00597},
              {"name": "Berlin", "countrycode": "DE", "latitude": 52.52437,
               "longitude": 13.41053},
              {"name": "Texas City", "countrycode": "US", "latitude": 29.38385,
               "longitude": -94.9027}]
    fixes = city_point_fixes(rows, cities)
    assert set(fixes) == {("US", "New York")}
    lat, lon = fixes[("US", "New York")]
    assert 41.0 < lat < 44.0 and -77.0 < lon < -74.5
