"""Relative, deictic, duration, time-of-day and SET rules of the time grammar.

These extend ``dates_rules.RULES`` (imported for their registration side effect by
``dates``). Relative forms resolve against the anchor (publication date) or, for "two days
later" and "the same day", against the previous dated expression of the text.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from dipwatch.stages.resolve import dates_calendar as cal
from dipwatch.stages.resolve.dates_calendar import Period
from dipwatch.stages.resolve.dates_lexicon import (
    APPROX, MONTHS, PART_OF_DAY, PARTS_OF_DAY, UNIT, UNITS, WEEKDAYS, month, number,
    parse_number, weekday,
)
from dipwatch.stages.resolve.dates_rules import _MOD, Ctx, _apply_mod, _rule, _unanchored

_PERIOD = r"(?P<per>week|weekend|month|year|quarter|decade|century)"


def _unit_name(text: str) -> str:
    return UNITS[text.lower().rstrip("s")]


# --- "this week", "last month", "next year", "the following day", "that year" -----------


@_rule("relative_period", rf"{_MOD}(?P<rel>this|last|next|past|coming|current|the\s+current|the\s+past|the\s+last|the\s+next|the\s+coming|the\s+following|the\s+previous|the\s+preceding|the\s+same|the\s+entire|the\s+whole|the\s+full|that|the)\s+{_PERIOD}\b", on="period")
def _relative_period(m: re.Match[str], ctx: Ctx) -> Period | None:
    rel = " ".join(m.group("rel").lower().split())
    unit = m.group("per").lower()
    has_mod = bool(m.group("mod") or m.group("ofmod"))
    if rel == "the" and not has_mod and unit != "weekend":
        return None  # "the week" alone is rarely a time expression
    if rel in ("the past", "the last", "the next", "the coming") and not has_mod:
        return _rolling(unit, rel, ctx)
    if rel in ("the following", "the previous", "the preceding", "the same", "that"):
        return _apply_mod(m, _from_previous(unit, rel, ctx), ctx)
    if ctx.anchor is None:
        return _unanchored("DATE", "week" if unit == "weekend" else unit)
    if unit == "weekend" and rel == "the":
        return _weekend(ctx)
    # "this", "current", "the entire": the period containing the anchor.
    step = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(rel, 0)
    base = cal.shift(ctx.anchor, "week" if unit == "weekend" else unit, step)
    return _apply_mod(m, cal.unit_period(base, unit), ctx)


def _rolling(unit: str, rel: str, ctx: Ctx) -> Period:
    """"the past year": a year-long DURATION ending (or, "the next year", starting) now."""
    grain = "week" if unit == "weekend" else unit
    value = cal.duration_value(1, grain)
    if ctx.anchor is None:
        return Period("DURATION", value, None, None, grain)
    if rel in ("the past", "the last"):
        start = cal.shift(ctx.anchor, grain, -1) + timedelta(days=1)
        return Period("DURATION", value, start, ctx.anchor, grain)
    end = cal.shift(ctx.anchor, grain, 1) - timedelta(days=1)
    return Period("DURATION", value, ctx.anchor, end, grain)


def _from_previous(unit: str, rel: str, ctx: Ctx) -> Period:
    base = (ctx.previous_day if unit in ("week", "weekend") else ctx.previous) or ctx.anchor
    if base is None:
        return _unanchored("DATE", unit)
    step = {"the following": 1, "the previous": -1, "the preceding": -1}.get(rel, 0)
    period = cal.unit_period(cal.shift(base, "week" if unit == "weekend" else unit, step), unit)
    return replace(period, reference=base)


def _weekend(ctx: Ctx) -> Period:
    anchor = ctx.anchor
    if anchor is None:
        return _unanchored("DATE", "week")
    if ctx.tense == "past" and anchor.weekday() < 5:
        return cal.weekend_period(anchor - timedelta(days=7))
    return cal.weekend_period(anchor)


@_rule("relative_day", rf"{_MOD}(?P<rel>the\s+next|the\s+following|the\s+previous|the\s+preceding|the\s+same|that|the)\s+(?P<per>day|morning|afternoon|evening|night)\b(?!\s+(?:of|when|that|which|before|after)\b|-)", on="dayword")
def _relative_day(m: re.Match[str], ctx: Ctx) -> Period | None:
    rel = " ".join(m.group("rel").lower().split())
    if rel == "the" and m.group("per").lower() != "day":
        return None  # "in the morning" has no day to anchor it
    # "the day" in a news story is the day of the events just told (or the report's).
    base = ctx.previous_day or ctx.anchor
    if base is None:
        return _unanchored("DATE", "day")
    step = {"the next": 1, "the following": 1, "the previous": -1, "the preceding": -1}.get(rel, 0)
    found = base + timedelta(days=step)
    per = m.group("per").lower()
    if per == "day":
        return _apply_mod(m, replace(cal.day_period(found), reference=base), ctx)
    return Period("TIME", f"{found.isoformat()}T{PARTS_OF_DAY[per]}", found, found, "time", base)


@_rule("relative_month", rf"{_MOD}(?P<rel>last|next|this|past|coming)\s+{month('mon', abbreviations=False)}(?!\s+\d)", on="month")
def _relative_month(m: re.Match[str], ctx: Ctx) -> Period | None:
    if ctx.anchor is None:
        return _unanchored("DATE", "month")
    mon = MONTHS[m.group("mon").lower()]
    rel = m.group("rel").lower()
    y = ctx.anchor.year
    if rel in ("last", "past") and mon >= ctx.anchor.month:
        y -= 1
    elif rel in ("next", "coming") and mon <= ctx.anchor.month:
        y += 1
    return _apply_mod(m, cal.month_period(y, mon), ctx)


# --- weekdays, today/yesterday/tomorrow, times of day -----------------------------------


@_rule("weekday", rf"(?:(?P<rel>last|this|next|past|coming)\s+)?{weekday('wd')}(?:\s+{PART_OF_DAY})?", on="weekday")
def _weekday(m: re.Match[str], ctx: Ctx) -> Period | None:
    pod = m.group("pod")
    if ctx.anchor is None:
        return _unanchored("TIME" if pod else "DATE", "time" if pod else "day")
    wd = WEEKDAYS[m.group("wd").lower()]
    rel = (m.group("rel") or "").lower()
    anchor = ctx.anchor
    if rel in ("last", "past"):
        found = anchor - timedelta(days=(anchor.weekday() - wd - 1) % 7 + 1)
    elif rel in ("next", "coming"):
        found = anchor + timedelta(days=(wd - anchor.weekday() - 1) % 7 + 1)
    elif rel == "this":
        found = anchor - timedelta(days=anchor.weekday()) + timedelta(days=wd)
    else:
        found = cal.nearest_weekday(anchor, wd, ctx.tense)
    if pod:
        return Period("TIME", f"{found.isoformat()}T{PARTS_OF_DAY[pod.lower()]}", found, found, "time")
    return cal.day_period(found)


_DAYREF = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


@_rule("day_ref", rf"(?:(?P<dmod>earlier|later|early|late)\s+)?(?P<ref>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|yesterday|tomorrow|this)(?:\s+{PART_OF_DAY})?\b", on="dayref")
def _day_ref(m: re.Match[str], ctx: Ctx) -> Period | None:
    ref = " ".join(m.group("ref").lower().split())
    pod = (m.group("pod") or "").lower() or ("night" if ref == "tonight" else "")
    if ref == "this" and not (pod and pod != "night"):
        return None  # only "this morning/afternoon/evening"
    if ref == "the day before yesterday":
        offset = -2
    elif ref == "the day after tomorrow":
        offset = 2
    else:
        offset = _DAYREF.get(ref, 0)
    if ctx.anchor is None:
        return _unanchored("TIME" if pod else "DATE", "time" if pod else "day")
    found = ctx.anchor + timedelta(days=offset)
    if pod:
        return Period("TIME", f"{found.isoformat()}T{PARTS_OF_DAY[pod]}", found, found, "time")
    return cal.day_period(found)


_TZ = r"(?:\s*\(?\s*(?P<tz>(?-i:UTC|GMT|Z|[ECMP][SD]?T|BST|CET|CEST|MSK|KST|JST|IST)(?:\s*[+-]\s*\d{1,2})?|local\s+time)(?:\s*\))?)?"


@_rule("clock_ampm", rf"(?<![\d:.])(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.|p\.m\.|a\.m\b|p\.m\b|am\b|pm\b){_TZ}", on="digit")
def _clock_ampm(m: re.Match[str], ctx: Ctx) -> Period | None:
    hour = int(m.group("h")) % 12 + (12 if m.group("ap").lower().startswith("p") else 0)
    return _clock(hour, int(m.group("mi") or 0), m.group("tz"), ctx)


@_rule("clock_24h", rf"(?<![\d:.$])(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?![\d:])(?:\s*(?:hours|hrs|h)\b)?{_TZ}", on="digit")
def _clock_24h(m: re.Match[str], ctx: Ctx) -> Period | None:
    return _clock(int(m.group("h")), int(m.group("mi")), m.group("tz"), ctx)


@_rule("clock_word", rf"(?P<w>noon|midday|midnight){_TZ}", on="clock")
def _clock_word(m: re.Match[str], ctx: Ctx) -> Period | None:
    return _clock(0 if m.group("w").lower() == "midnight" else 12, 0, m.group("tz"), ctx)


def _clock(hour: int, minute: int, tz: str | None, ctx: Ctx) -> Period:
    if ctx.anchor is None:
        return _unanchored("TIME", "time")
    zone = "Z" if tz and tz.split()[0].upper() in ("UTC", "GMT", "Z") and len(tz.split()) == 1 else ""
    # A clock time alone is on the publication day; "2 p.m. Monday" is merged by the caller.
    day = ctx.anchor
    return Period("TIME", f"{day.isoformat()}T{hour:02d}:{minute:02d}{zone}", day, day, "time")


# --- vague references: now, recently, recent years, soon --------------------------------

_REFS = {
    "PRESENT_REF": r"now|right\s+now|currently|at\s+present|presently|nowadays|these\s+days|at\s+the\s+moment|the\s+time\s+being",
    "PAST_REF": r"recently|lately|(?:recent\s+|the\s+past\s+few\s+|the\s+last\s+few\s+)(?:years|months|weeks|days|decades|times)(?!\s+ago)|(?<=\bin\s)the\s+past(?!\s+\w)|the\s+past(?=\s*[,;.])|once\s+upon\s+a\s+time",
    "FUTURE_REF": r"soon(?!\s+(?:as|after|afterwards?|thereafter)\b)|(?:the\s+)?(?:near\s+|distant\s+)?future(?!\s+\w)|the\s+(?:near|long|short|medium)\s+term|(?:the\s+)?coming\s+(?:years|months|weeks|days|decades)",
}


@_rule("reference", "(?<!as\\s)(?P<ref>" + "|".join(f"(?P<{k}>{v})" for k, v in _REFS.items()) + r")\b", on="ref")
def _reference(m: re.Match[str], ctx: Ctx) -> Period | None:
    value = next(k for k in _REFS if m.group(k))
    text = m.group("ref").lower()
    if text == "now" and re.match(r"\s+that\b", m.string[m.end():m.end() + 6]):
        return None  # "now that" is a conjunction
    if text.endswith("future") and not text.startswith("the"):
        return None  # "future plans": adjective
    if ctx.anchor is None or value != "PRESENT_REF":
        return Period("DATE", value, None, None, "unknown")
    return Period("DATE", value, ctx.anchor, ctx.anchor, "unknown")


# --- durations and "two days later" / "three years ago" ---------------------------------

# Granularity of a duration by its unit (the record's closed list has no "hour").
_GRAIN = {"second": "time", "minute": "time", "hour": "time", "fortnight": "week",
          "century": "unknown"}
_DUR = rf"{APPROX}?{number('n')}(?:\s+(?:more|consecutive|straight|successive|full|additional|extra|long|whole|entire))?(?:\s*-\s*|\s+){UNIT}"


@_rule("duration", rf"{_DUR}(?:\s*-\s*long|\s+long\b)?(?!\s*-\s*old|\s+old\b)", on="unit")
def _duration(m: re.Match[str], ctx: Ctx) -> Period | None:
    unit = _unit_name(m.group("unit"))
    amount = parse_number(m.group("n"))
    if unit == "second" and m.group("n").lower() in ("a", "an"):
        return None  # "a second" is an ordinal far more often than a duration
    fraction = re.search(r"\b(?:a|an|one|three)[\s-]+quarters?$", m.group(0), re.IGNORECASE)
    if unit == "quarter" and fraction and re.match(r"\s+of\b", m.string[m.end():m.end() + 4]):
        return None  # "a quarter of the workforce" is a fraction
    grain = _GRAIN.get(unit, unit)
    value = cal.duration_value(amount, unit)
    text = m.group(0).lower()
    if ctx.anchor is not None and amount is not None and grain not in ("time", "unknown") and amount == int(amount):
        # "the past three years" / "the next six months" cover a known interval.
        if re.match(r"(the\s+)?(past|last|previous)\b", text):
            start = cal.shift(ctx.anchor, unit, -int(amount)) + timedelta(days=1)
            return Period("DURATION", value, start, ctx.anchor, grain)
        if re.match(r"(the\s+)?(next|coming)\b", text):
            end = cal.shift(ctx.anchor, unit, int(amount)) - timedelta(days=1)
            return Period("DURATION", value, ctx.anchor, end, grain)
    return Period("DURATION", value, None, None, grain)


@_rule("plural_units", r"(?:(?P<over>over\s+the\s+)|(?<=\bfor\s)|(?<=\bin\s)|(?<=\bwithin\s))(?P<unit>years|months|weeks|days|hours|minutes|decades)\b|(?P<long>(?:year|month|week|day|decade)s?)(?=-long\b)", on="unit")
def _plural_units(m: re.Match[str], ctx: Ctx) -> Period | None:
    unit = _unit_name(m.group("unit") or m.group("long"))
    plural = (m.group("unit") or m.group("long")).lower().endswith("s")
    grain = _GRAIN.get(unit, unit)
    return Period("DURATION", cal.duration_value(None if plural else 1, unit), None, None, grain)


@_rule("vague_ago", r"(?P<unit>years|months|weeks|days|hours|decades)\s+(?P<dir>ago|later|earlier)\b", on="unit")
def _vague_ago(m: re.Match[str], ctx: Ctx) -> Period | None:
    # "months later" says only which side of the reference the time lies on.
    ref = "FUTURE_REF" if m.group("dir").lower() == "later" else "PAST_REF"
    return Period("DATE", ref, None, None, "unknown")


@_rule("ago_later", rf"{_DUR}\s+(?P<dir>ago|later(?!\s+than\b)|earlier(?!\s+than\b)|(?:before|after)(?=\s*(?:[.,;:!?)]|$))|from\s+now|hence)", on="unit")
def _ago_later(m: re.Match[str], ctx: Ctx) -> Period | None:
    unit = _unit_name(m.group("unit"))
    amount = parse_number(m.group("n"))
    direction = m.group("dir").lower().split()[0]
    future = direction in ("later", "after", "from", "hence")
    on_previous = direction in ("later", "earlier", "before", "after")
    near = unit in ("second", "minute", "hour", "day", "week", "fortnight")
    base = ((ctx.previous_day if near else ctx.previous) or ctx.anchor) if on_previous else ctx.anchor
    if amount is None or amount != int(amount):
        ref = "FUTURE_REF" if future else "PAST_REF"
        return Period("DATE", ref, None, None, "unknown")
    grain = unit if unit in ("day", "week", "month", "quarter", "year", "decade", "century") else "day"
    if base is None:
        return _unanchored("DATE", grain)
    if unit in ("second", "minute", "hour"):
        return replace(cal.day_period(base), reference=base)
    steps = int(amount) * (2 if unit == "fortnight" else 1)
    moved = cal.shift(base, "week" if unit == "fortnight" else unit, steps if future else -steps)
    return replace(cal.unit_period(moved, grain), reference=base)


# --- recurring: every Monday, weekly, twice a year --------------------------------------

_SET_UNITS = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "quarter": "P3M",
              "morning": "XXXX-XX-XXTMO", "evening": "XXXX-XX-XXTEV", "night": "XXXX-XX-XXTNI",
              "afternoon": "XXXX-XX-XXTAF", "weekend": "XXXX-WXX-WE"}
_ADVERBS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "quarterly": "P3M",
            "yearly": "P1Y", "annually": "P1Y", "annual": "P1Y", "biannual": "P6M",
            "biennial": "P2Y", "nightly": "XXXX-XX-XXTNI"}


@_rule("set_every", rf"(?:every|each)\s+(?:other\s+)?(?:{weekday('wd')}|(?P<u>day|week|month|year|quarter|morning|evening|night|afternoon|weekend)\b)", on="every")
def _set_every(m: re.Match[str], ctx: Ctx) -> Period | None:
    if m.group("wd"):
        return Period("SET", f"XXXX-WXX-{WEEKDAYS[m.group('wd').lower()] + 1}", granularity="day")
    unit = m.group("u").lower()
    return Period("SET", _SET_UNITS[unit], granularity="day" if "X" in _SET_UNITS[unit] else unit)


@_rule("set_plural_weekday", rf"(?<=\bon\s){weekday('wd', plural=True)}", on="weekday")
def _set_weekdays(m: re.Match[str], ctx: Ctx) -> Period | None:
    return Period("SET", f"XXXX-WXX-{WEEKDAYS[m.group('wd').lower()] + 1}", granularity="day")


@_rule("set_times", r"(?:once|twice|thrice|(?:\d+|two|three|four|five|six|several)\s+times)\s+(?:a|per|each|every)\s+(?P<u>day|week|month|year)\b", on="times")
def _set_times(m: re.Match[str], ctx: Ctx) -> Period | None:
    unit = m.group("u").lower()
    return Period("SET", _SET_UNITS[unit], granularity=unit)


@_rule("set_adverb", r"(?-i:(?P<adv>daily|weekly|monthly|quarterly|yearly|annually|annual|biannual|biennial|nightly))\b", on="adverb")
def _set_adverb(m: re.Match[str], ctx: Ctx) -> Period | None:
    value = _ADVERBS[m.group("adv")]
    return Period("SET", value, granularity="day" if "X" in value else "unknown")
