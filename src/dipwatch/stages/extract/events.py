"""From triggers to Event records: participants, status, claim, time, place and evidence.

Events without a time or place of their own take them from an earlier event about the same
participants (the trip an article keeps talking about), flagged `inherited`; never from the
publication date.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Token

from dipwatch.model.records import (
    Actor,
    Claim,
    Event,
    Evidence,
    PlaceMention,
    PlaceRef,
    Quote,
    Span,
    Status,
    TimeMention,
    TimeRef,
)
from dipwatch.stages.extract import plover
from dipwatch.stages.extract.anchoring import Attached, attach, domain, governing_verb, nearest
from dipwatch.stages.extract.claims import attribute
from dipwatch.stages.extract.status import StatusDecision, assess_status
from dipwatch.stages.extract.status_discourse import resolve_discourse
from dipwatch.stages.extract.triggers import Trigger, find_triggers
from dipwatch.stages.resolve.actors import ActorResolver

_PLACE_PREPS = {"in", "at", "to", "for", "into", "inside", "across", "throughout", "near",
                "outside", "around"}
_FACTUAL = {Status.OCCURRED, Status.ONGOING, Status.SCHEDULED, Status.EXPECTED}


def extract_events(
    doc: Doc,
    *,
    article_id: str,
    published: date | None,
    resolver: ActorResolver,
    times: Sequence[TimeMention],
    places: Sequence[PlaceMention],
    quotes: Sequence[Quote],
) -> list[Event]:
    """All CONSULT events of a parsed document (see module docstring)."""
    triggers = find_triggers(doc, skip=list(doc._.dw_headings or ()))
    stop = {t.token.i for t in triggers}
    time_at = attach(doc, times)
    place_at = attach(doc, [p for p in places])
    claim_dates = {a.head: times[a.index].range_start for a in time_at
                   if times[a.index].type == "DATE" and times[a.index].range_start
                   and times[a.index].range_start == times[a.index].range_end}
    pub = published.isoformat() if published else None
    anchors = [plover.status_anchor(trig) for trig in triggers]
    decisions = resolve_discourse([(a, assess_status(a)) for a in anchors])
    events: list[Event] = []
    for trig, decision in zip(triggers, decisions, strict=True):
        event = _build(trig, doc=doc, article_id=article_id, pub=pub, resolver=resolver,
                       times=times, time_at=time_at, places=places, place_at=place_at,
                       stop=stop, quotes=quotes, claim_dates=claim_dates, decision=decision)
        if event is not None:
            events.append(event)
    return _inherit(events)


def _build(trig: Trigger, *, doc: Doc, article_id: str, pub: str | None,
           resolver: ActorResolver, times: Sequence[TimeMention],
           time_at: Sequence[Attached], places: Sequence[PlaceMention],
           place_at: Sequence[Attached], stop: set[int], quotes: Sequence[Quote],
           claim_dates: dict[int, str | None], decision: StatusDecision) -> Event | None:
    token = trig.token
    actors = _resolve_all(trig.actors, resolver)
    recipients = [a for a in _resolve_recipients(trig, resolver)
                  if all(a.name != b.name for b in actors)]
    if not actors or not recipients:  # "Hundreds of people ..." (not for CONSULT)
        more_actors, more_recipients = plover.unresolved_parties(trig)
        actors, recipients = actors or more_actors, recipients or more_recipients
    if not actors and not recipients and not plover.stands_alone(trig):
        return None  # nobody to code: "such discussions could touch on ..."
    region = domain(token, stop=stop)
    # The subject's own phrase ("Russian Ambassador to North Korea, X, accompanied her") says
    # who the actor is, not where the event happens.
    place_region = region - {t.i for c in token.children
                             if c.dep_ in {"nsubj", "nsubjpass", "poss"} for t in c.subtree}
    time = _time_for(token, region=region, times=times, attached=time_at, pub=pub)
    place = _place_for(trig, region=place_region, places=places, attached=place_at)
    dates = {k: v for k, v in claim_dates.items() if v}
    claim = attribute(token, resolver=resolver, quotes=quotes, published=pub, date_of=dates)
    if claim.date is None:
        claim = replace(claim, date=pub)
    sent = token.sent
    mode = trig.sense.mode
    if mode is None and len(actors) + len(recipients) > 2 and token.lemma_ == "summit":
        mode = "multilateral"
    confidence = 0.5 + 0.15 * bool(actors) + 0.15 * bool(recipients) + 0.1 * bool(time) \
        + 0.05 * bool(place)
    return Event(
        id=event_id(article_id, token.idx, token.idx + len(token), trig.sense.type),
        article_id=article_id, type=trig.sense.type, mode=mode,
        contexts=plover.contexts_for(token, trig.sense.type, mode), actors=tuple(actors),
        recipients=tuple(recipients), status=decision.status, score=decision.score,
        claim=claim, time=None if decision.generic else time, place=place,
        evidence=Evidence(sentence=sent.text, start=sent.start_char, end=sent.end_char,
                          trigger_text=token.text, trigger_start=token.idx,
                          trigger_end=token.idx + len(token)),
        confidence=round(min(confidence, 0.95), 2), generic=decision.generic,
    )


def event_id(article_id: str, start: int, end: int, type_: str) -> str:
    key = f"{article_id}|{start}|{end}|{type_}"
    return "ev_" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _resolve_all(tokens: Sequence[Token], resolver: ActorResolver) -> list[Actor]:
    out: list[Actor] = []
    for token in tokens:
        for actor in resolver.resolve(token):
            if all(actor.name != a.name for a in out):
                out.append(actor)
    return out


def _resolve_recipients(trig: Trigger, resolver: ActorResolver) -> list[Actor]:
    # A visit's destination is a state, not the government its capital can stand for.
    out: list[Actor] = []
    for token in trig.recipients:
        visiting = token in trig.destination or trig.sense.mode == "visit"
        found = resolver.destination(token) if visiting else None
        for actor in [found] if found is not None else resolver.resolve(token):
            if all(actor.name != a.name for a in out):
                out.append(actor)
    return out


def _time_for(token: Token, *, region: set[int], times: Sequence[TimeMention],
              attached: Sequence[Attached], pub: str | None) -> TimeRef | None:
    found = nearest(token, attached, region=region)
    if found is None:
        governor = governing_verb(token)
        if governor is not None:
            found = nearest(token, attached, region={governor.i})
    if found is None:
        return None
    return timeref(times[found.index], anchor=pub)


def timeref(mention: TimeMention, *, anchor: str | None, inherited: bool = False) -> TimeRef:
    return TimeRef(text=mention.text, start=mention.range_start, end=mention.range_end,
                   granularity=mention.granularity, anchor=mention.anchor or anchor,
                   value=mention.value, span=Span(start=mention.start, end=mention.end),
                   inherited=inherited)


def _place_for(trig: Trigger, *, region: set[int], places: Sequence[PlaceMention],
               attached: Sequence[Attached]) -> PlaceRef | None:
    usable = [a for a in attached if not places[a.index].metonymic]
    destination = {t.i for tok in trig.destination for t in tok.subtree}
    for item in usable:
        if item.root in destination and places[item.index].name:
            return _placeref(places[item.index])
    found = nearest(trig.token, usable, region=region, preps=_PLACE_PREPS)
    token = trig.token
    if found is None and token.dep_ in {"nsubj", "nsubjpass"} and token.pos_ == "NOUN":
        # "riots broke out across France", "the talks took place in Oslo": the place of the
        # clause whose subject the event is
        found = nearest(token, usable, region={token.head.i}, preps=_PLACE_PREPS)
    if found is None or found.prep not in _PLACE_PREPS:
        return None
    return _placeref(places[found.index])


def _placeref(mention: PlaceMention) -> PlaceRef:
    return PlaceRef(text=mention.text, name=mention.name, country=mention.country,
                    geonames_id=mention.geonames_id, lat=mention.lat, lon=mention.lon,
                    granularity=mention.granularity,
                    span=Span(start=mention.start, end=mention.end))


def _participants(event: Event) -> frozenset[str]:
    return frozenset(a.name for a in event.actors + event.recipients if a.kind == "person")


def _inherit(events: list[Event]) -> list[Event]:
    """Give events with no time/place those of an earlier event about the same people: the
    same set of persons anywhere before, or a subset/superset in the two sentences before."""
    out: list[Event] = []
    for event in events:
        if not event.generic and (event.time is None or event.place is None):
            source = _antecedent(event, out)
            if source is not None:
                event = replace(
                    event,
                    time=event.time or (replace(source.time, inherited=True)
                                        if source.time else None),
                    place=event.place or source.place,
                )
        out.append(event)
    return out


def _antecedent(event: Event, earlier: list[Event]) -> Event | None:
    mine = _participants(event)
    if not mine:
        return None
    for other in reversed(earlier):
        if other.generic or other.type != event.type or other.time is None:
            continue
        if other.status != event.status and other.status not in _FACTUAL:
            continue  # a denied meeting is not placed by a rumoured one
        theirs = _participants(other)
        same_mode = other.mode == event.mode or event.mode is None or other.mode is None
        if theirs == mine and same_mode:
            return other
        near = event.evidence.start - other.evidence.end < 400
        if near and theirs and (theirs <= mine or mine <= theirs) and same_mode:
            return other
    return None


def status_of_span(doc: Doc, start: int, end: int) -> tuple[Status, float]:
    """Status and score of the event mention at [start, end) (the `factuality` layer)."""
    return statuses_of_spans(doc, [(start, end)])[0]


def statuses_of_spans(doc: Doc, spans: Sequence[tuple[int, int]]) -> list[tuple[Status, float]]:
    """Status and score of each event mention at [start, end), read as one document: a
    cue-less re-mention ("the deal") keeps the status of an earlier "now-cancelled deal"."""
    found = [doc.char_span(start, end, alignment_mode="expand") for start, end in spans]
    known = [(k, span.root) for k, span in enumerate(found) if span is not None and len(span)]
    decisions = resolve_discourse([(tok, assess_status(tok)) for _, tok in known])
    out = [(Status.POSSIBLE, 0.0)] * len(spans)
    for (k, _), decision in zip(known, decisions, strict=True):
        out[k] = (decision.status, decision.score)
    return out
