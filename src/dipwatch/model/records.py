"""The records dipwatch produces: plain frozen dataclasses, serialised with sorted keys.

Every record that came from text carries character offsets into the article's ``text``
(half-open, so ``text[start:end]`` is the surface string). Nested fields of an event keep their
own span under ``span`` because ``time.start``/``time.end`` are already the dates of the event's
interval (DESIGN.md §3).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

SCHEMA_VERSION = 1


class Status(StrEnum):
    """What the text asserts about an event (DESIGN.md §4)."""

    OCCURRED = "occurred"
    ONGOING = "ongoing"
    SCHEDULED = "scheduled"
    EXPECTED = "expected"
    POSSIBLE = "possible"
    HYPOTHETICAL = "hypothetical"
    DENIED = "denied"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True, kw_only=True)
class Span:
    start: int
    end: int

    def to_dict(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}


def _clean(d: dict[str, Any]) -> dict[str, Any]:
    """Serialise nested spans/records; keep None values so the shape is stable."""
    return {k: d[k] for k in sorted(d)}


@dataclass(frozen=True, slots=True, kw_only=True)
class Actor:
    """A resolved participant: a person, an organ of a state, a state, or a non-state actor."""

    name: str
    role: str | None = None
    country: str | None = None
    sector: str | None = None
    kind: str = "person"  # person | state | organisation | igo | group
    members: tuple[str, ...] = ()
    text: str | None = None
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "name": self.name,
            "role": self.role,
            "country": self.country,
            "sector": self.sector,
            "kind": self.kind,
            "text": self.text,
            "span": self.span.to_dict() if self.span else None,
        }
        if self.members:
            d["members"] = list(self.members)
        return _clean(d)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Actor:
        span = d.get("span")
        return cls(
            name=d["name"],
            role=d.get("role"),
            country=d.get("country"),
            sector=d.get("sector"),
            kind=d.get("kind", "person"),
            members=tuple(d.get("members") or ()),
            text=d.get("text"),
            span=Span(**span) if span else None,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class TimeRef:
    """When an event happens, as an interval of dates with the granularity the text gives."""

    text: str
    start: str | None  # ISO date of the interval's first day
    end: str | None  # ISO date of the interval's last day (inclusive)
    granularity: str  # day | week | month | quarter | season | year | decade | unknown
    anchor: str | None  # the publication date (or previous time) it was resolved against
    value: str | None = None  # TIMEX3 value
    span: Span | None = None
    inherited: bool = False  # carried from another sentence about the same event

    def to_dict(self) -> dict[str, Any]:
        return _clean(
            {
                "text": self.text,
                "start": self.start,
                "end": self.end,
                "granularity": self.granularity,
                "anchor": self.anchor,
                "value": self.value,
                "span": self.span.to_dict() if self.span else None,
                "inherited": self.inherited,
            }
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class PlaceRef:
    """A place resolved to GeoNames (or to a country or curated region)."""

    text: str
    name: str | None
    country: str | None
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    granularity: str = "unknown"  # city | admin1 | region | country | unknown
    admin1: str | None = None
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return _clean(
            {
                "text": self.text,
                "name": self.name,
                "country": self.country,
                "geonames_id": self.geonames_id,
                "lat": self.lat,
                "lon": self.lon,
                "granularity": self.granularity,
                "admin1": self.admin1,
                "span": self.span.to_dict() if self.span else None,
            }
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    """Who asserts an event: a named source with its cue, or the article itself."""

    by: Actor | None  # None: the article asserts it in its own voice
    cue: str | None
    date: str | None
    span: Span | None = None  # of the cue

    def to_dict(self) -> dict[str, Any]:
        return _clean(
            {
                "by": self.by.to_dict() if self.by else None,
                "cue": self.cue,
                "date": self.date,
                "span": self.span.to_dict() if self.span else None,
            }
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Evidence:
    sentence: str
    start: int
    end: int
    trigger_text: str
    trigger_start: int
    trigger_end: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "trigger": {
                "text": self.trigger_text,
                "start": self.trigger_start,
                "end": self.trigger_end,
            },
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    id: str
    article_id: str
    type: str
    mode: str | None
    contexts: tuple[str, ...]
    actors: tuple[Actor, ...]
    recipients: tuple[Actor, ...]
    status: Status
    score: float
    claim: Claim
    time: TimeRef | None
    place: PlaceRef | None
    evidence: Evidence
    confidence: float
    generic: bool = False

    def to_dict(self) -> dict[str, Any]:
        return _clean(
            {
                "id": self.id,
                "article_id": self.article_id,
                "schema_version": SCHEMA_VERSION,
                "type": self.type,
                "mode": self.mode,
                "contexts": list(self.contexts),
                "actors": [a.to_dict() for a in self.actors],
                "recipients": [a.to_dict() for a in self.recipients],
                "status": str(self.status),
                "score": self.score,
                "claim": self.claim.to_dict(),
                "time": self.time.to_dict() if self.time else None,
                "place": self.place.to_dict() if self.place else None,
                "evidence": self.evidence.to_dict(),
                "confidence": self.confidence,
                "generic": self.generic,
            }
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Quote:
    speaker: Actor | None
    text: str
    start: int
    end: int
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    direct: bool

    def to_dict(self) -> dict[str, Any]:
        speaker = None
        if self.speaker is not None:
            speaker = self.speaker.to_dict()
            span = self.speaker.span
            speaker["start"] = span.start if span else None
            speaker["end"] = span.end if span else None
        cue = None
        if self.cue is not None:
            cue = {"text": self.cue, "start": self.cue_start, "end": self.cue_end}
        return _clean(
            {
                "speaker": speaker,
                "text": self.text,
                "start": self.start,
                "end": self.end,
                "cue": cue,
                "direct": self.direct,
            }
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class TimeMention:
    """A time expression with its TIMEX3 type and value (the `times` layer)."""

    text: str
    start: int
    end: int
    type: str  # DATE | TIME | DURATION | SET
    value: str | None  # TIMEX3 value; None when it could not be normalised
    range_start: str | None = None  # ISO date: first day the expression covers
    range_end: str | None = None  # ISO date: last day the expression covers
    granularity: str = "unknown"
    anchor: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return _clean(
            {
                "text": self.text,
                "start": self.start,
                "end": self.end,
                "type": self.type,
                "value": self.value,
                "range_start": self.range_start,
                "range_end": self.range_end,
                "granularity": self.granularity,
                "anchor": self.anchor,
            }
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class PlaceMention:
    """A toponym in the text with its resolution (the `places` layer)."""

    text: str
    start: int
    end: int
    name: str | None
    country: str | None
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    granularity: str = "unknown"
    metonymic: bool = False

    def to_dict(self) -> dict[str, Any]:
        return _clean(asdict(self))


@dataclass(frozen=True, slots=True, kw_only=True)
class EntityMention:
    text: str
    start: int
    end: int
    label: str
    canonical: str

    def to_dict(self) -> dict[str, Any]:
        return _clean(asdict(self))


@dataclass(frozen=True, slots=True, kw_only=True)
class Factuality:
    start: int
    end: int
    status: Status
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "status": str(self.status),
                "score": self.score}


@dataclass(frozen=True, slots=True, kw_only=True)
class Rejection:
    """Why a document (or part of one) could not be processed. Never silently dropped."""

    stage: str
    code: str
    message: str
    article_id: str | None = None
    source: str | None = None
    excerpt: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return _clean(asdict(self))


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """One input document after ingest: the text every offset points into."""

    id: str
    text: str
    published: str | None = None  # ISO date
    published_source: str | None = None  # given | metadata | text-guess | None
    title: str | None = None
    url: str | None = None
    author: str | None = None
    source: str | None = None  # file path, URL or "<stdin>" / "<jsonl:line N>"
    triggers: tuple[Span, ...] = ()
    raw_sha256: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["triggers"] = [t.to_dict() for t in self.triggers]
        return _clean(d)


@dataclass(frozen=True, slots=True, kw_only=True)
class Document:
    """The output for one article: the document contract of DESIGN.md §6."""

    id: str
    text: str
    published: str | None
    title: str | None
    url: str | None = None
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    times: tuple[TimeMention, ...] = ()
    places: tuple[PlaceMention, ...] = ()
    entities: tuple[EntityMention, ...] = ()
    factuality: tuple[Factuality, ...] = ()
    errors: tuple[Rejection, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "published": self.published,
            "title": self.title,
            "url": self.url,
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
            "times": [t.to_dict() for t in self.times],
            "places": [p.to_dict() for p in self.places],
            "entities": [e.to_dict() for e in self.entities],
            "factuality": [f.to_dict() for f in self.factuality],
            "errors": [r.to_dict() for r in self.errors],
            "meta": dict(sorted(self.meta.items())),
        }
