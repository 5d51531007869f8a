"""Hand-made documents for the store, API and browser tests (texts written for these tests).

Records are built from dipwatch.model.records with spans found in the text, so every offset is
real; no spaCy model is involved.
"""

from __future__ import annotations

import hashlib

from dipwatch.model.records import (
    Actor,
    Article,
    Claim,
    Document,
    Event,
    Evidence,
    PlaceMention,
    PlaceRef,
    Quote,
    Span,
    Status,
    TimeRef,
)

# Written for these tests; loosely modelled on the kind of wire story dipwatch reads.
TEXT_A = (
    "Moscow, Sept 18 (Test Wire) - The Kremlin said on Wednesday that no meeting between "
    "Vladimir Putin and North Korean Foreign Minister Choe Son Hui is planned this week. "
    "Choe arrived in Vladivostok on Monday for a visit to Russia, the embassy said. "
    "\"There is nothing on the agenda,\" spokesman Dmitry Peskov told reporters."
)
TEXT_B = (
    "Beijing, Oct 2 (Test Wire) - Wang Yi will host Sergey Lavrov in Beijing next week, "
    "the foreign ministry announced. Lavrov met Antony Blinken in Geneva on Tuesday."
)
TEXT_C = (
    "Paris, Nov 5 (Test Wire) - A summit between Emmanuel Macron and Olaf Scholz was "
    "called off on Monday. Officials said 100% of the talks_ would resume in Berlin later."
)


def sid(*parts: str) -> str:
    """A deterministic id for fixtures, shaped like the pipeline's."""
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:16]


def span_of(text: str, needle: str, after: int = 0) -> Span:
    start = text.index(needle, after)
    return Span(start=start, end=start + len(needle))


def actor(text: str, name: str, surface: str, country: str, role: str | None = None) -> Actor:
    return Actor(name=name, role=role, country=country, sector="GOV", text=surface,
                 span=span_of(text, surface))


def sentence_of(text: str, needle: str) -> tuple[str, int, int]:
    i = text.index(needle)
    start = text.rfind(". ", 0, i)
    start = 0 if start < 0 else start + 2
    end = text.find(". ", i)
    end = len(text) if end < 0 else end + 1
    return text[start:end], start, end


def event(
    text: str, article_id: str, *, trigger: str, type_: str, status: Status,
    actors: tuple[Actor, ...], recipients: tuple[Actor, ...] = (), mode: str | None = None,
    time: TimeRef | None = None, place: PlaceRef | None = None, claim: Claim | None = None,
    generic: bool = False,
) -> Event:
    trig = span_of(text, trigger)
    sent, s0, s1 = sentence_of(text, trigger)
    return Event(
        id="ev_" + sid(article_id, str(trig.start), type_), article_id=article_id, type=type_,
        mode=mode, contexts=("diplomatic",), actors=actors, recipients=recipients,
        status=status, score=0.0, claim=claim or Claim(by=None, cue=None, date=None),
        time=time, place=place,
        evidence=Evidence(sentence=sent, start=s0, end=s1, trigger_text=trigger,
                          trigger_start=trig.start, trigger_end=trig.end),
        confidence=0.9, generic=generic,
    )


def doc_a() -> tuple[Article, Document]:
    t, aid = TEXT_A, "ar_" + sid("a")
    putin = actor(t, "Vladimir Putin", "Vladimir Putin", "RUS", "President")
    choe = actor(t, "Choe Son Hui", "Choe Son Hui", "PRK", "Foreign Minister")
    peskov = actor(t, "Dmitry Peskov", "Dmitry Peskov", "RUS", "Kremlin spokesman")
    kremlin = Actor(name="Kremlin", country="RUS", sector="GOV", kind="organisation",
                    text="The Kremlin", span=span_of(t, "The Kremlin"))
    week = TimeRef(text="this week", start="2024-09-16", end="2024-09-22", granularity="week",
                   anchor="2024-09-18", value="2024-W38", span=span_of(t, "this week"))
    russia = PlaceRef(text="Russia", name="Russia", country="RUS", geonames_id=2017370,
                      lat=60.0, lon=100.0, granularity="country", span=span_of(t, "Russia"))
    vlad = PlaceRef(text="Vladivostok", name="Vladivostok", country="RUS", geonames_id=2013348,
                    lat=43.1, lon=131.9, granularity="city", span=span_of(t, "Vladivostok"))
    monday = TimeRef(text="on Monday", start="2024-09-16", end="2024-09-16", granularity="day",
                     anchor="2024-09-18", value="2024-09-16", span=span_of(t, "on Monday"))
    events = (
        event(t, aid, trigger="meeting", type_="CONSULT", status=Status.DENIED, actors=(putin,),
              recipients=(choe,), time=week, place=None,
              claim=Claim(by=kremlin, cue="said", date="2024-09-18",
                          span=span_of(t, "said"))),
        event(t, aid, trigger="visit", type_="CONSULT", mode="visit", status=Status.ONGOING,
              actors=(Actor(name="Choe Son Hui", role="Foreign Minister", country="PRK",
                            sector="GOV", text="Choe",
                            span=Span(start=t.index("Choe arrived"),
                                      end=t.index("Choe arrived") + 4)),),
              recipients=(Actor(name="Russia", country="RUS", sector="GOV", kind="state"),),
              time=monday, place=vlad,
              claim=Claim(by=None, cue="the embassy said", date="2024-09-18",
                          span=span_of(t, "the embassy said"))),
    )
    quote_text = "There is nothing on the agenda,"
    quotes = (Quote(speaker=peskov, text=quote_text, start=t.index(quote_text),
                    end=t.index(quote_text) + len(quote_text), cue="told reporters",
                    cue_start=t.index("told reporters"),
                    cue_end=t.index("told reporters") + len("told reporters"), direct=True),)
    places = tuple(
        PlaceMention(text=p.text, start=p.span.start, end=p.span.end, name=p.name,
                     country=p.country, lat=p.lat, lon=p.lon, granularity=p.granularity)
        for p in (russia, vlad) if p.span
    )
    article = Article(id=aid, text=t, published="2024-09-18", published_source="given",
                      title="No Putin meeting planned", source="tests/a.txt")
    return article, Document(id=aid, text=t, published="2024-09-18",
                             title=article.title, events=events, quotes=quotes, places=places)


def doc_b() -> tuple[Article, Document]:
    t, aid = TEXT_B, "ar_" + sid("b")
    wang = actor(t, "Wang Yi", "Wang Yi", "CHN", "Foreign Minister")
    lavrov = actor(t, "Sergey Lavrov", "Sergey Lavrov", "RUS", "Foreign Minister")
    lavrov2 = Actor(name="Sergey Lavrov", role="Foreign Minister", country="RUS", sector="GOV",
                    text="Lavrov", span=span_of(t, "Lavrov met"))
    blinken = actor(t, "Antony Blinken", "Antony Blinken", "USA", "Secretary of State")
    beijing = PlaceRef(text="Beijing", name="Beijing", country="CHN", lat=39.9, lon=116.4,
                       granularity="city", span=span_of(t, "in Beijing"))
    geneva = PlaceRef(text="Geneva", name="Geneva", country="CHE", lat=46.2, lon=6.1,
                      granularity="city", span=span_of(t, "Geneva"))
    events = (
        event(t, aid, trigger="host", type_="CONSULT", mode="visit", status=Status.SCHEDULED,
              actors=(lavrov,), recipients=(wang,), place=beijing,
              time=TimeRef(text="next week", start="2024-10-07", end="2024-10-13",
                           granularity="week", anchor="2024-10-02",
                           span=span_of(t, "next week")),
              claim=Claim(by=Actor(name="Chinese foreign ministry", country="CHN",
                                   sector="GOV", kind="organisation"),
                          cue="announced", date="2024-10-02", span=span_of(t, "announced"))),
        event(t, aid, trigger="met", type_="CONSULT", status=Status.OCCURRED,
              actors=(lavrov2,), recipients=(blinken,), place=geneva,
              time=TimeRef(text="on Tuesday", start="2024-10-01", end="2024-10-01",
                           granularity="day", anchor="2024-10-02",
                           span=span_of(t, "on Tuesday"))),
    )
    article = Article(id=aid, text=t, published="2024-10-02", title="Wang to host Lavrov",
                      url="https://example.test/b")
    return article, Document(id=aid, text=t, published="2024-10-02", title=article.title,
                             url=article.url, events=events)


def doc_c() -> tuple[Article, Document]:
    t, aid = TEXT_C, "ar_" + sid("c")
    macron = actor(t, "Emmanuel Macron", "Emmanuel Macron", "FRA", "President")
    scholz = actor(t, "Olaf Scholz", "Olaf Scholz", "DEU", "Chancellor")
    events = (
        event(t, aid, trigger="summit", type_="CONSULT", status=Status.CANCELLED,
              actors=(macron,), recipients=(scholz,),
              time=TimeRef(text="on Monday", start="2024-11-04", end="2024-11-04",
                           granularity="day", anchor="2024-11-05",
                           span=span_of(t, "on Monday"))),
        event(t, aid, trigger="resume", type_="CONSULT", status=Status.POSSIBLE,
              actors=(macron,), recipients=(scholz,), generic=True,
              place=PlaceRef(text="Berlin", name="Berlin", country="DEU", lat=52.5, lon=13.4,
                             granularity="city", span=span_of(t, "Berlin"))),
    )
    article = Article(id=aid, text=t, published="2024-11-05", title="Summit called off")
    return article, Document(id=aid, text=t, published="2024-11-05", title=article.title,
                             events=events)


def sample() -> list[tuple[Article, Document]]:
    """All fixture documents with their articles."""
    return [doc_a(), doc_b(), doc_c()]
