"""Toponyms → places: the finder that resolves every place mention of a parsed document,
over the gazetteer of :mod:`dipwatch.stages.resolve.places_index` (re-exported here:
``Gazetteer``, ``get_gazetteer``)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Span

from dipwatch.model.records import PlaceMention, PlaceRef
from dipwatch.stages.resolve.catalogue_index import country_tables, fold, norm_key
from dipwatch.stages.resolve.places_index import (
    _NOT_PLACES,
    Gazetteer,
    _Candidate,
    default_cache_dir,
    get_gazetteer,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span as SpacySpan

__all__ = ["Gazetteer", "default_cache_dir", "find_places", "get_gazetteer"]

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Only these may be read as a small town: a facility ("the White House") named like a
# village somewhere is the facility.
_TOWN_LABELS = frozenset({"GPE", "LOC"})
_MISLABELS = frozenset({"PERSON", "ORG", "NORP"})
# Verbs whose subject, when it is a place, stands for the place's government.
_ACTOR_VERBS = frozenset(
    "say tell deny announce accuse claim reject warn insist respond urge demand threaten "
    "agree sign condemn protest confirm express state call declare vow refuse welcome "
    "criticize criticise blame believe want plan send propose offer argue retaliate "
    "impose sanction recognize recognise host invite seek consider decide oppose support "
    "back approve expel summon pledge promise ask dismiss acknowledge admit allege hope "
    "note stress emphasize emphasise order ban veto cancel suspend halt launch negotiate "
    "meet discuss".split()
)


def find_places(doc: Doc, *, context: Sequence[str] = ()) -> list[PlaceMention]:
    """Every toponym mention of a parsed document, resolved.

    GPE/LOC/FAC entities are resolved through the gazetteer; PERSON/ORG/NORP entities that are
    safely places (:meth:`Gazetteer.is_place`, e.g. "Vladivostok" tagged PERSON) are taken
    too. Ambiguous names are ranked by the article's countries, the US states or other
    subdivisions it names, and the feature type of list neighbours ("Georgia, Idaho and
    Washington" are states). A mention is ``metonymic`` when it stands for its government:
    the subject of a speech or action verb ("Moscow said") or a seat of government.

    Args:
        doc: a spaCy Doc with entities (and a parse, for metonymy).
        context: ISO-3 codes of countries already known for the article; when empty, the
            countries the document names (and the countries of unambiguous places) are used.

    Returns:
        PlaceMentions in document order, offsets into ``doc.text``.
    """
    gaz = get_gazetteer()
    # Words of multi-word person names: a lone "Kerry" after "John Kerry" is the person.
    person_words = {t.lower_ for e in doc.ents if e.label_ == "PERSON" and len(e) > 1
                    for t in e}
    spans, own_votes, votes = _spans_and_votes(doc, gaz, context, person_words)
    surfaces = [_surface(ent) for ent in spans]
    firsts = [gaz.candidates(text)[:1] for text, _, _ in surfaces]
    prefers = _preferences(doc, gaz, spans, surfaces, firsts)
    areas = [_area_of(gaz, text, kind, first)
             for (text, _, _), kind, first in zip(surfaces, prefers, firsts, strict=True)]
    # Subdivisions the story names, once per distinct name (as the country votes).
    admin1 = Counter({norm_key(text): area
                      for (text, _, _), area in zip(surfaces, areas, strict=True)
                      if area}.values())
    persons = {ent.text for ent in doc.ents if ent.label_ == "PERSON"}
    mentions: list[PlaceMention] = []
    for i, ent in enumerate(spans):
        text = surfaces[i][0]
        ctx = list(context) or _others(votes, own_votes[i])
        if text.lower() in person_words and not any(c.country in ctx for c in firsts[i]):
            continue
        # "Russia's Far East": the owner's name makes a region known under the full phrase.
        owned = _owner_phrase(doc, ent, text)
        query = owned if owned and gaz.candidates(owned) else _AP_STATES.get(text, text)
        ref = gaz.lookup(query, context=ctx, admin1=_others(admin1, areas[i]),
                         prefer=prefers[i], small=ent.label_ in _TOWN_LABELS)
        if ref is None and not _plausible_unknown(ent, text, persons):
            continue
        metonymic = gaz.is_seat(text) or _is_metonymic(ent, ref)
        mentions.append(_mention(surfaces[i], ref, metonymic=metonymic))
    return mentions


def _spans_and_votes(doc: Doc, gaz: Gazetteer, context: Sequence[str], person_words: set[str]
                     ) -> tuple[list[SpacySpan], list[str | None], Counter[str]]:
    """The place spans, each one's country vote, and the votes per country."""
    spans, weak = _place_spans(doc, gaz)
    texts = [_surface(ent)[0] for ent in spans]
    own_votes = [_vote_of(gaz, text) for text in texts]
    votes = _count_votes(gaz, texts, own_votes)
    if weak:
        # Names tagged ORG/NORP/PRODUCT count only when they can lie in the article's
        # countries: "Anapa" (ORG) in a story about Russia, not "Tyler" (ORG) anywhere.
        known = set(context) | set(votes)
        spans += [ent for ent in weak if _weak_is_place(gaz, ent, known, person_words)]
        spans.sort(key=lambda e: e.start)
        own_votes = [_vote_of(gaz, _surface(ent)[0]) for ent in spans]
    return spans, own_votes, votes


def _count_votes(gaz: Gazetteer, texts: list[str], own_votes: list[str | None]
                 ) -> Counter[str]:
    """Votes per country. A country named again and again is what the story is about: each
    mention counts. A city or subdivision votes once per distinct name: its repetitions are
    no further evidence, and must not confirm its own reading ("Surrey ... Surrey")."""
    votes: Counter[str] = Counter()
    seen: set[str] = set()
    for text, vote in zip(texts, own_votes, strict=True):
        if vote is None:
            continue
        key = norm_key(text)
        if key in seen and gaz.candidates(text)[0].granularity != "country":
            continue
        seen.add(key)
        votes[vote] += 1
    return votes


def _mention(surface: tuple[str, int, int], ref: PlaceRef | None, *, metonymic: bool
             ) -> PlaceMention:
    text, start, end = surface
    if ref is None:
        return PlaceMention(text=text, start=start, end=end, name=None, country=None,
                            metonymic=metonymic)
    return PlaceMention(text=text, start=start, end=end, name=ref.name, country=ref.country,
                        geonames_id=ref.geonames_id, lat=ref.lat, lon=ref.lon,
                        granularity=ref.granularity, metonymic=metonymic)


def _place_spans(doc: Doc, gaz: Gazetteer) -> tuple[list[SpacySpan], list[SpacySpan]]:
    """Spans that name places (sure ones) and ORG-like spans that might (weak ones)."""
    sure: list[SpacySpan] = []
    weak: list[SpacySpan] = []
    covered = [False] * len(doc)
    for ent in doc.ents:
        covered[ent.start:ent.end] = [True] * (ent.end - ent.start)
        text = _surface(ent)[0]
        if ent.label_ in _PLACE_LABELS or gaz.is_seat(text):
            sure.append(ent)
        elif ent.label_ in _MISLABELS and gaz.is_place(text):
            sure.append(ent)
        elif ent.label_ in _WEAK_LABELS and gaz.candidates(text):
            weak.append(ent)
        elif ent.label_ == "PERSON" and len(ent) == 1 and gaz.candidates(text):
            weak.append(ent)  # a one-word "person" may be a town: checked against context
    sure.extend(_untagged_places(doc, gaz, covered))
    sure.sort(key=lambda e: e.start)
    return _joined_of_names(doc, gaz, sure), weak


def _joined_of_names(doc: Doc, gaz: Gazetteer, spans: list[SpacySpan]) -> list[SpacySpan]:
    """Neighbouring spans that together form one "X of (the) Y" name are one mention: the
    tagger splits "Democratic Republic | of the | Congo" (or ends one entity on "of the")."""
    out: list[SpacySpan] = []
    for span in spans:
        prev = out[-1] if out else None
        if prev is not None and span.start - prev.end <= 2:
            glue = [t.lower_ for t in doc[prev.end:span.start]]
            tail = [t.lower_ for t in doc[max(prev.start, prev.end - 2):prev.end]]
            joined = doc[prev.start:span.end]
            if "of" in glue + tail and glue in ([], ["of"], ["of", "the"]) \
                    and gaz.candidates(_surface(joined)[0]):
                out[-1] = Span(doc, prev.start, span.end, label=prev.label_)
                continue
        out.append(span)
    return out


def _untagged_places(doc: Doc, gaz: Gazetteer, covered: list[bool]) -> list[SpacySpan]:
    """Country, subdivision and region names the tagger left out ("Sudan", "DRC")."""
    # One pass over the tokens; n-grams are only built where capitalised words stand.
    words = [(t.text, not covered[t.i] and t.is_alpha and (t.is_title or t.is_upper))
             for t in doc]
    found: list[SpacySpan] = []
    i = 0
    while i < len(words):
        if not words[i][1]:
            i += 1
            continue
        for n in (3, 2, 1):
            j = i + n
            if j > len(words) or not all(ok for _, ok in words[i:j]):
                continue
            text = " ".join(w for w, _ in words[i:j])
            cands = gaz.candidates(text)
            if not cands or cands[0].granularity == "city":
                continue
            abbreviation = text.isupper() and len(text) <= 4
            if (abbreviation and cands[0].granularity == "country") or gaz.is_place(text):
                found.append(Span(doc, i, j, label="GPE"))
                i = j - 1
                break
        i += 1
    return found


def _weak_is_place(gaz: Gazetteer, ent: SpacySpan, known: set[str],
                   person_words: set[str]) -> bool:
    """An ORG/NORP/PRODUCT name is a place when a place of that very name (not an alternate
    spelling) lies in the article's countries and no person in the text bears the name."""
    text = _surface(ent)[0]
    if not text[:1].isupper() or norm_key(text) in _NOT_PLACES:
        return False
    if any(t.lower_ in person_words for t in ent):
        return False
    if ent.label_ == "PERSON":
        from dipwatch.stages.resolve.catalogue import get_catalogue

        if get_catalogue().person(text) is not None:  # "Putin" is nobody's town
            return False
        # Stricter: only a sizeable place or a subdivision in the article's countries.
        return any(c.country in known and not c.alternate
                   and (c.population >= 50_000 or c.granularity != "city")
                   for c in gaz.candidates(text))
    return any(c.country in known and not c.alternate for c in gaz.candidates(text))


# Newspaper abbreviations of US states; only the dotted form is read ("Calif.", "Pa."): the
# bare words ("Miss", "Wash") are ordinary words.
_AP_STATES = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California",
    "Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida",
    "Ga.": "Georgia", "Ill.": "Illinois", "Ind.": "Indiana", "Kan.": "Kansas",
    "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland", "Mass.": "Massachusetts",
    "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri",
    "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire",
    "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina",
    "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota",
    "Tenn.": "Tennessee", "Tex.": "Texas", "Vt.": "Vermont", "Va.": "Virginia",
    "Wash.": "Washington State", "W.Va.": "West Virginia", "Wis.": "Wisconsin",
    "Wyo.": "Wyoming",
}
_WEAK_LABELS = frozenset({"ORG", "NORP", "PRODUCT"})
_POSSESSIVE_TOKENS = frozenset({"'s", "\u2019s", "'", "\u2019"})


def _surface(ent: SpacySpan) -> tuple[str, int, int]:
    """Text and offsets of a mention without a leading "the" or a trailing possessive."""
    first, last = ent.start, ent.end
    doc = ent.doc
    while last - first > 1 and doc[first].is_punct:  # "-The United States"
        first += 1
    if doc[first].lower_ == "the" and last - first > 1:
        first += 1
    if doc[last - 1].text in _POSSESSIVE_TOKENS and last - first > 1:
        last -= 1
    span = doc[first:last]
    return span.text, span.start_char, span.end_char


def _owner_phrase(doc: Doc, ent: SpacySpan, text: str) -> str | None:
    """"<owner>'s <text>" when the mention follows a possessive proper name."""
    i = ent.start
    if i >= 2 and doc[i - 1].text in _POSSESSIVE_TOKENS and doc[i - 2].pos_ == "PROPN":
        j = i - 2
        while j > 0 and doc[j - 1].pos_ == "PROPN" and i - j < 4:
            j -= 1
        return f"{doc[j:i - 1].text}'s {text}"
    return None


def _others(counts: Counter[str], own: str | None) -> list[str]:
    """Keys voted for by *other* mentions: a mention must not vote for its own reading
    ("Georgia" read as the country must not put GEO in its own context)."""
    return [key for key, n in counts.items() if n > (1 if key == own else 0)]


def _area_of(gaz: Gazetteer, text: str, kind: str | None, first: list[_Candidate]
             ) -> str | None:
    """The subdivision a mention names or lies in: its best reading's, or the subdivision
    itself where the mention's words say so ("Blakely, Georgia": the state, not the country
    the name alone would be)."""
    if kind == "admin1":
        area = next((c.admin1 for c in gaz.candidates(text) if c.granularity == "admin1"), None)
        if area is not None:
            return area
    return first[0].admin1 if first else None


def _vote_of(gaz: Gazetteer, text: str) -> str | None:
    """The country a mention puts in the article's context: a country it names, or the
    country of a place with one clear reading (the best candidate at least 10× 'larger' than
    any namesake in another country)."""
    cands = gaz.candidates(text)
    if not cands or cands[0].country is None:
        return None
    top = cands[0]
    rival = max((c.prior for c in cands[1:] if c.country != top.country), default=None)
    if top.granularity == "country" or rival is None or top.prior - rival >= 1.0:
        return top.country
    return None


_FEATURE_WORDS = {"state": "admin1", "province": "admin1", "county": "admin1",
                  "prefecture": "admin1", "oblast": "admin1", "governorate": "admin1",
                  "governor": "admin1", "city": "city", "town": "city", "village": "city",
                  "mayor": "city", "country": "country"}


def _preferences(doc: Doc, gaz: Gazetteer, spans: Sequence[SpacySpan],
                 surfaces: Sequence[tuple[str, int, int]],
                 firsts: Sequence[list[_Candidate]]) -> list[str | None]:
    """The feature type each mention's own words give (a feature noun, its list neighbours,
    the town it follows: "Buffalo, New York"); then one sense per discourse: a mention
    without such a clue takes the type the other mentions of its name were given, when
    they agree ("New York state governor ... died in New York")."""
    # "Ceres, California" is a town and its state, not a list of two towns or two states.
    contained = [_container_of(doc, gaz, spans, surfaces, i) for i in range(len(spans))]
    local = [_feature_word(doc, ent) or contained[i]
             or (None if i + 1 < len(spans) and contained[i + 1]
                 else _list_granularity(doc, spans, firsts, i))
             for i, ent in enumerate(spans)]
    given: dict[str, set[str]] = defaultdict(set)
    for (text, _, _), kind in zip(surfaces, local, strict=True):
        if kind is not None:
            given[norm_key(text)].add(kind)
    out = []
    for (text, _, _), kind in zip(surfaces, local, strict=True):
        kinds = given.get(norm_key(text), set())
        out.append(kind or (next(iter(kinds)) if len(kinds) == 1 else None))
    return out


def _container_of(doc: Doc, gaz: Gazetteer, spans: Sequence[SpacySpan],
                  surfaces: Sequence[tuple[str, int, int]], i: int) -> str | None:
    """"admin1" for the second name of "<place>, <subdivision>" when the place (any of its
    readings) lies in a subdivision of that name: "Buffalo, New York", "Mississauga,
    Ontario" name the state and the province."""
    comma = spans[i].start - 1
    if comma < 1 or doc[comma].text != "," or _listed(doc, spans, i, i + 1):
        return None  # "..., Washington, West Virginia and Wyoming": a list of states
    if i > 0 and spans[i - 1].end == comma:
        if _listed(doc, spans, i - 2, i - 1):
            return None
        place = surfaces[i - 1][0]
    else:  # the tagger often leaves the place untagged: the capitalised words before it
        start = comma
        while start > max(0, comma - 3) and doc[start - 1].is_title:
            start -= 1
        place = doc[start:comma].text
    areas = {c.name for c in gaz.candidates(surfaces[i][0]) if c.granularity == "admin1"}
    return "admin1" if areas and any(c.granularity == "city" and c.admin1 in areas
                                     for c in [*gaz.candidates(place), *gaz.towns(place)]) \
        else None


def _feature_word(doc: Doc, ent: SpacySpan) -> str | None:
    """The feature type a common noun next to the name gives: "a Washington state farm",
    "the state of Washington", "the city of Victoria"."""
    if ent.end < len(doc) and doc[ent.end].lower_ in _FEATURE_WORDS:
        return _FEATURE_WORDS[doc[ent.end].lower_]
    if ent.start >= 2 and doc[ent.start - 1].lower_ == "of" \
            and doc[ent.start - 2].lower_ in _FEATURE_WORDS:
        return _FEATURE_WORDS[doc[ent.start - 2].lower_]
    return None


_LIST_GLUE = frozenset({",", "and", ", and", "or", ";", "/"})


def _listed(doc: Doc, spans: Sequence[SpacySpan], i: int, j: int) -> bool:
    """Whether spans i and j (i before j) exist and are joined as items of a list."""
    if i < 0 or j >= len(spans) or spans[j].start - spans[i].end > 2:
        return False
    glue = "".join(t.text_with_ws for t in doc[spans[i].end:spans[j].start]).strip()
    return glue in _LIST_GLUE


def _list_granularity(doc: Doc, spans: Sequence[SpacySpan],
                      firsts: Sequence[list[_Candidate]], i: int) -> str | None:
    """The feature type shared by the mention's neighbours in a list, if any."""
    kinds = []
    for j in (i - 1, i + 1):
        if 0 <= j < len(spans) and firsts[j]:
            if _listed(doc, spans, min(i, j), max(i, j)):
                kinds.append(firsts[j][0].granularity)
    return kinds[0] if kinds and all(k == kinds[0] for k in kinds) else None


_TITLES = frozenset({"mr", "mrs", "ms", "dr", "sir", "lady", "lord", "miss"})


def _plausible_unknown(ent: SpacySpan, text: str, persons: set[str]) -> bool:
    """Whether an unresolved GPE/LOC still reads as a toponym worth listing.

    Not: facilities, lower-case words, names with digits ("H5N1"), demonyms ("Angolan"),
    names the document also tags as a person, titled names ("Mrs Kong"), and a name used as
    a modifier of a common noun ("Ebola virus", "West Nile fever").
    """
    if ent.label_ not in ("GPE", "LOC") or not text[:1].isupper():
        return False
    if any(ch.isdigit() for ch in text) or text in persons:
        return False
    if text.isupper() and len(text) > 2:  # "SNCC": an acronym the gazetteer does not know
        return False
    if fold(text.split()[0]) in _TITLES:
        return False
    if norm_key(text) in country_tables().adjectives:
        return False
    root = ent.root
    return not (root.dep_ in ("compound", "amod") and root.head.pos_ == "NOUN"
                and root.head.i >= ent.end)


def _is_metonymic(ent: SpacySpan, ref: PlaceRef | None) -> bool:
    if ref is None or ref.granularity not in ("city", "country"):
        return False
    root = ent.root
    if root.dep_ == "conj" and root.head.dep_ in ("nsubj", "nsubjpass"):
        root = root.head  # "Moscow and Pyongyang signed ..."
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in _ACTOR_VERBS:
        return True
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "by" and head.dep_ == "agent":
        return head.head.lemma_.lower() in _ACTOR_VERBS  # "was condemned by Washington"
    if root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
        return True  # "according to Beijing"
    return root.dep_ == "poss" and head.lemma_.lower() in _STANCE_NOUNS


# "Moscow's decision": nouns whose possessor is an actor rather than a location.
_STANCE_NOUNS = frozenset(
    "decision position stance statement response refusal demand demands offer proposal "
    "policy plan plans refusal claim claims warning threat move call request support "
    "opposition denial approval rejection insistence".split()
)
