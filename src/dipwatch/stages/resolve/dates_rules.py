"""The time-expression grammar: one regex per form, each with the code that normalises it.

The same rules serve recognition (``finditer`` over a document's text) and normalisation
(one expression given alone), so what is found is always what can be normalised. A handler
returns None when a regex match turns out not to be a time expression ("the fall of", a
range whose ends are reversed); relative forms return a value of None when there is no anchor.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from dipwatch.stages.resolve import dates_calendar as cal
from dipwatch.stages.resolve.dates_lexicon import (
    DECADE_WORDS, MONTHS, ORDINALS, UNITS, day, month, weekday, year,
)
from dipwatch.stages.resolve.dates_calendar import Period


@dataclass(frozen=True, slots=True)
class Ctx:
    """What a relative expression is resolved against."""

    anchor: date | None
    tense: str | None = None
    previous: date | None = None  # first day of the previous dated expression in the text
    previous_day: date | None = None  # the same, for the previous one of day precision


Handler = Callable[[re.Match[str], Ctx], Period | None]


@dataclass(frozen=True, slots=True)
class Rule:
    """A form of time expression. ``triggers`` name the word classes (see
    ``dates_lexicon.TRIGGER_WORDS``) one of which every match contains: the scanner runs the
    regex only near such words, which keeps the layer fast on long texts."""

    name: str
    pattern: re.Pattern[str]
    handler: Handler
    triggers: frozenset[str]


RULES: list[Rule] = []


def _rule(name: str, pattern: str, *, on: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        compiled = re.compile(rf"\b{pattern}", re.IGNORECASE)
        RULES.append(Rule(name, compiled, handler, frozenset(on.split())))
        return handler

    return register


def _month_no(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def _unit(text: str) -> str:
    return UNITS[text.lower().rstrip("s")]


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _unanchored(kind: str, granularity: str) -> Period:
    return Period(kind, None, None, None, granularity)


# Modifiers that restrict a period to part of it: "earlier this week", "late 2008",
# "mid-2011", "the end of last year".
_MOD = (
    r"(?:(?P<mod>earlier|later|early|late|mid|middle)(?:\s+in\s+|\s*-\s*|\s+)"
    r"|(?P<ofmod>(?:the\s+)?(?:end|beginning|start|middle|close|turn|rest|remainder)\s+of\s+))?"
)
_MOD_PART = {
    "earlier": "earlier", "later": "later", "early": "early", "late": "late", "mid": "mid",
    "middle": "mid", "end": "late", "close": "late", "beginning": "early", "start": "early",
    "turn": "early", "rest": "later", "remainder": "later",
}


def _apply_mod(m: re.Match[str], period: Period | None, ctx: Ctx) -> Period | None:
    if period is None:
        return None
    which = m.group("mod") or m.group("ofmod")
    if not which:
        return period
    word = which.lower().split()[1 if which.lower().startswith("the ") else 0]
    return cal.part(period, _MOD_PART[word], anchor=ctx.anchor)


# --- absolute calendar dates ------------------------------------------------------------

_SEP = r"\s*,\s*|\s+"


@_rule("month_day", rf"(?:{weekday('wd')}\s*,?\s*)?(?:the\s+)?{month('mon')}\s+{day('d')}(?:(?:{_SEP})(?:of\s+)?{year('y')})?", on="month")
def _month_day(m: re.Match[str], ctx: Ctx) -> Period | None:
    return _calendar_day(m, ctx)


@_rule("day_month", rf"(?:{weekday('wd')}\s*,?\s*)?(?:the\s+)?{day('d')}\s+(?:of\s+)?{month('mon')}(?:(?:{_SEP}){year('y')})?", on="month")
def _day_month(m: re.Match[str], ctx: Ctx) -> Period | None:
    return _calendar_day(m, ctx)


def _calendar_day(m: re.Match[str], ctx: Ctx) -> Period | None:
    mon, d = _month_no(m.group("mon")), int(m.group("d"))
    if m.group("y"):
        y = int(m.group("y"))
    elif ctx.anchor is None:
        return _unanchored("DATE", "day") if _safe_date(2000, mon, d) else None
    else:
        y = cal.year_for(ctx.anchor, mon, d, ctx.tense)
    found = _safe_date(y, mon, d)
    return cal.day_period(found) if found else None


@_rule("iso_date", r"(?P<y>1[6-9]\d\d|20\d\d)-(?P<mon>[01]\d)-(?P<d>[0-3]\d)(?![\d-])", on="year")
def _iso(m: re.Match[str], ctx: Ctx) -> Period | None:
    found = _safe_date(int(m.group("y")), int(m.group("mon")), int(m.group("d")))
    return cal.day_period(found) if found else None


@_rule("slash_date", r"(?<![\d/.])(?P<a>[01]?\d|[23]\d)(?P<s>[/.])(?P<b>[0-3]?\d)(?P=s)(?P<y>\d{4}|\d{2})(?![\d/.]\d)", on="digit")
def _slash(m: re.Match[str], ctx: Ctx) -> Period | None:
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if y < 100:
        y += 2000 if y < 50 else 1900
    # Month first (US news style) unless only day-first is a valid date; dotted dates are
    # European (day first).
    order = [(b, a), (a, b)] if m.group("s") == "." else [(a, b), (b, a)]
    for mon, d in order:
        found = _safe_date(y, mon, d) if 1 <= mon <= 12 else None
        if found:
            return cal.day_period(found)
    return None


# --- ranges ("September 18 to 20", "between 2019 and 2021") -----------------------------

_TO = r"\s*(?P<to>-|–|—|to|through|thru|until|till|and)\s*"
_FROM = r"(?:(?P<from>from|between)\s+)?"


def _range_ok(m: re.Match[str]) -> bool:
    # "and" makes a range only after "between" ("in 2019 and 2021" is two years).
    return m.group("to").lower() != "and" or (m.group("from") or "").lower() == "between"


@_rule("range_month_days", rf"{_FROM}{month('mon')}\s+{day('d1')}{_TO}{day('d2')}(?:(?:{_SEP}){year('y')})?", on="month")
def _range_month_days(m: re.Match[str], ctx: Ctx) -> Period | None:
    return _day_range(m, ctx, _month_no(m.group("mon")), _month_no(m.group("mon")))


@_rule("range_days_month", rf"{_FROM}{day('d1')}{_TO}{day('d2')}\s+(?:of\s+)?{month('mon')}(?:(?:{_SEP}){year('y')})?", on="month")
def _range_days_month(m: re.Match[str], ctx: Ctx) -> Period | None:
    return _day_range(m, ctx, _month_no(m.group("mon")), _month_no(m.group("mon")))


@_rule("range_month_day_month_day", rf"{_FROM}{month('mon')}\s+{day('d1')}{_TO}{month('mon2')}\s+{day('d2')}(?:(?:{_SEP}){year('y')})?", on="month")
def _range_two_months(m: re.Match[str], ctx: Ctx) -> Period | None:
    return _day_range(m, ctx, _month_no(m.group("mon")), _month_no(m.group("mon2")))


def _day_range(m: re.Match[str], ctx: Ctx, mon1: int, mon2: int) -> Period | None:
    if not _range_ok(m):
        return None
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    if m.group("y"):
        y = int(m.group("y"))
    elif ctx.anchor is None:
        return _unanchored("DURATION", "day")
    else:
        y = cal.year_for(ctx.anchor, mon1, d1, ctx.tense)
    first = _safe_date(y, mon1, d1)
    last = _safe_date(y + (1 if mon2 < mon1 else 0), mon2, d2)
    if first is None or last is None:
        return None
    return cal.span_period(cal.day_period(first), cal.day_period(last))


@_rule("range_years", rf"{_FROM}{year('y1', range_start=True)}{_TO}(?P<y2>1[6-9]\d\d|20\d\d|\d\d)(?![\w%]|[.,]\d)", on="year")
def _range_years(m: re.Match[str], ctx: Ctx) -> Period | None:
    if not _range_ok(m):
        return None
    y1, y2 = int(m.group("y1")), m.group("y2")
    end = int(y2) if len(y2) == 4 else y1 // 100 * 100 + int(y2)
    if end <= y1 or (len(y2) == 2 and m.group("to") not in "-–—"):
        return None
    return cal.span_period(cal.year_period(y1), cal.year_period(end))


# --- months, years, seasons, quarters, decades (with "early"/"the end of" modifiers) -----


@_rule("month_year", rf"{_MOD}(?:the\s+month\s+of\s+)?{month('mon', abbreviations=False)}(?:(?:{_SEP})(?:of\s+)?{year('y')}|\s+(?:of\s+)?(?P<rel>this|last|next)\s+year)?(?!\s+\d)", on="month")
def _month_year(m: re.Match[str], ctx: Ctx) -> Period | None:
    mon = _month_no(m.group("mon"))
    if m.group("y"):
        y = int(m.group("y"))
    elif m.group("rel") and ctx.anchor is not None:
        y = ctx.anchor.year + {"this": 0, "last": -1, "next": 1}[m.group("rel").lower()]
    elif ctx.anchor is None:
        return _unanchored("DATE", "month")
    else:
        y = cal.year_for(ctx.anchor, mon, None, ctx.tense)
    return _apply_mod(m, cal.month_period(y, mon), ctx)


@_rule("month_abbr_year", rf"{month('mon')}\s+{year('y')}", on="month")
def _month_abbr_year(m: re.Match[str], ctx: Ctx) -> Period | None:
    return cal.month_period(int(m.group("y")), _month_no(m.group("mon")))


@_rule("year", rf"{_MOD}(?:the\s+year\s+|(?:fiscal|FY)\s*)?{year('y')}", on="year")
def _year(m: re.Match[str], ctx: Ctx) -> Period | None:
    return _apply_mod(m, cal.year_period(int(m.group("y"))), ctx)


_SEASON = r"(?P<season>spring|summer|autumn|winter|fall(?!\s+(?:of|in|from)\b))"


@_rule("season", rf"{_MOD}(?:(?P<rel>this|last|next|the|that|the\s+same)\s+)?{_SEASON}(?:(?:\s+of|,)?\s+{year('y')})?", on="season")
def _season(m: re.Match[str], ctx: Ctx) -> Period | None:
    code = cal.SEASONS[m.group("season").lower()]
    rel = (m.group("rel") or "").lower()
    if m.group("y"):
        return _apply_mod(m, cal.season_period(int(m.group("y")), code), ctx)
    if m.group("season").lower() == "fall" and rel in ("", "the") and not (m.group("mod") or m.group("ofmod")):
        return None  # bare "fall" is a noun or a verb far more often than a season
    if ctx.anchor is None:
        return _unanchored("DATE", "season")
    current = cal.season_period(*cal.season_of(ctx.anchor))
    y = ctx.anchor.year if code != "WI" or ctx.anchor.month > 2 else ctx.anchor.year - 1
    want = {"last": "past", "next": "future"}.get(rel, ctx.tense if rel in ("", "the") else None)
    period = cal.season_period(y, code)
    if want == "past" and period.start is not None and current.start is not None and period.start >= current.start:
        period = cal.season_period(y - 1, code)
    elif want == "future" and period.start is not None and current.start is not None and period.start < current.start:
        period = cal.season_period(y + 1, code)
    return _apply_mod(m, period, ctx)


_QUARTER_YEAR = r"(?:(?:\s+of|,)?\s+(?:(?P<qrel>this|last|next|the)\s+(?:fiscal\s+)?year|(?:fiscal\s+)?(?P<y>1[6-9]\d\d|20\d\d)))?"


@_rule("quarter", rf"(?:the\s+)?(?P<q>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[-\s]+(?:fiscal\s+)?(?P<kind>quarter|half)\b{_QUARTER_YEAR}", on="quarter")
def _quarter(m: re.Match[str], ctx: Ctx) -> Period | None:
    return _quarter_of(m, ctx, ORDINALS[m.group("q").lower()], m.group("kind").lower())


@_rule("q_number", rf"(?-i:Q(?P<q>[1-4])|H(?P<h>[12])){_QUARTER_YEAR}", on="digit")
def _q_number(m: re.Match[str], ctx: Ctx) -> Period | None:
    if m.group("q"):
        return _quarter_of(m, ctx, int(m.group("q")), "quarter")
    if not (m.group("y") or m.group("qrel")):
        return None  # a bare "H1" is more often a visa or a flu strain than a half year
    return _quarter_of(m, ctx, int(m.group("h")), "half")


def _quarter_of(m: re.Match[str], ctx: Ctx, index: int, kind: str) -> Period | None:
    if kind == "half" and index > 2:
        index = 2 if m.group(0).lower().count("last") or "final" in m.group(0).lower() else index
        if index > 2:
            return None
    if m.group("y"):
        y = int(m.group("y"))
    elif ctx.anchor is None:
        return _unanchored("DATE", "quarter")
    else:
        shift = {"last": -1, "next": 1}.get((m.group("qrel") or "").lower(), 0)
        y = ctx.anchor.year + shift
    return cal.quarter_period(y, index) if kind == "quarter" else cal.half_period(y, index)


@_rule("decade", r"(?:the\s+)?(?:(?P<mod>early|mid|late)[-\s]+)?(?:(?P<y>1[6-9]\d0|20\d0)'?s|'(?P<yy>\d)0s|(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b", on="digit decade")
def _decade(m: re.Match[str], ctx: Ctx) -> Period | None:
    if m.group("y"):
        first = int(m.group("y"))
    else:
        digit = int(m.group("yy")) if m.group("yy") else DECADE_WORDS[m.group("word").lower()]
        first = 1900 + 10 * digit
        if m.group("word") and not m.group(0).lower().startswith("the"):
            return None  # "in her forties" is an age
    period = cal.decade_period(first)
    mod = m.group("mod")
    return cal.part(period, mod.lower()) if mod else period


@_rule("century", r"(?:the\s+)?(?P<n>1\d|2[01]|[1-9])(?:st|nd|rd|th)[-\s]+century", on="century")
def _century(m: re.Match[str], ctx: Ctx) -> Period | None:
    return cal.century_period(int(m.group("n")))
