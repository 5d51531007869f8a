"""Calendar arithmetic and TIMEX3 value formatting for the `times` layer.

A resolved expression is a :class:`Period`: a TIMEX3 value, the inclusive day interval it
covers and its granularity. Everything here is pure and cheap (no parsing): the rules in
``dates_rules`` build periods from regex matches through these helpers.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

# Matches every value this layer produces (and the usual TIMEX3 values of gold corpora).
TIMEX_VALUE_RE = re.compile(
    r"^(?:"
    r"PRESENT_REF|PAST_REF|FUTURE_REF"
    r"|\d{1,4}"  # century (19), decade (199) or year (2024)
    r"|\d{4}-(?:\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI|W\d{2}(?:-(?:WE|[1-7]))?)"
    r"|\d{4}-\d{2}-\d{2}(?:T(?:\d{2}:\d{2}(?::\d{2})?Z?|MO|AF|EV|NI|DT))?"
    r"|XXXX-WXX-(?:[1-7]|WE)(?:T(?:MO|AF|EV|NI))?|XXXX-XX-XXT(?:MO|AF|EV|NI)"
    r"|P(?:T?(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|H|S|DE|CE|Q))+"
    r")$"
)

SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
# Meteorological seasons: month of start, number of months. Winter 2024 = Dec 2024..Feb 2025.
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@dataclass(frozen=True, slots=True)
class Period:
    """A normalised time expression before it gets its text span."""

    type: str  # DATE | TIME | DURATION | SET
    value: str | None
    start: date | None = None
    end: date | None = None
    granularity: str = "unknown"
    reference: date | None = None  # the date it was counted from, when not the anchor


def add_months(day: date, months: int) -> date:
    """``day`` moved by ``months`` calendar months (day clipped to the month's length)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def shift(day: date, unit: str, amount: int) -> date:
    """``day`` moved by ``amount`` units (day, week, month, quarter, year, decade, century)."""
    if unit == "day":
        return day + timedelta(days=amount)
    if unit == "week":
        return day + timedelta(weeks=amount)
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}
    return add_months(day, amount * months.get(unit, 0))


def day_period(day: date) -> Period:
    return Period("DATE", day.isoformat(), day, day, "day")


def week_period(day: date) -> Period:
    monday = day - timedelta(days=day.weekday())
    year, week, _ = day.isocalendar()
    return Period("DATE", f"{year}-W{week:02d}", monday, monday + timedelta(days=6), "week")


def weekend_period(day: date) -> Period:
    """The weekend (Saturday and Sunday) of ``day``'s ISO week."""
    saturday = day - timedelta(days=day.weekday()) + timedelta(days=5)
    year, week, _ = day.isocalendar()
    return Period("DATE", f"{year}-W{week:02d}-WE", saturday, saturday + timedelta(days=1), "week")


def month_period(year: int, month: int) -> Period:
    last = calendar.monthrange(year, month)[1]
    return Period("DATE", f"{year:04d}-{month:02d}", date(year, month, 1), date(year, month, last), "month")


def quarter_period(year: int, quarter: int) -> Period:
    first = 3 * (quarter - 1) + 1
    end = month_period(year, first + 2).end
    return Period("DATE", f"{year:04d}-Q{quarter}", date(year, first, 1), end, "quarter")


def half_period(year: int, half: int) -> Period:
    start = date(year, 1 if half == 1 else 7, 1)
    end = date(year, 6, 30) if half == 1 else date(year, 12, 31)
    return Period("DATE", f"{year:04d}-H{half}", start, end, "quarter")


def season_period(year: int, code: str) -> Period:
    first = _SEASON_START[code]
    start = date(year, first, 1)
    end = add_months(start, 3) - timedelta(days=1)
    return Period("DATE", f"{year:04d}-{code}", start, end, "season")


def season_of(day: date) -> tuple[int, str]:
    """The (year, code) of the season ``day`` falls in (January belongs to last year's winter)."""
    if day.month in (1, 2):
        return day.year - 1, "WI"
    for code, first in (("WI", 12), ("FA", 9), ("SU", 6), ("SP", 3)):
        if day.month >= first:
            return day.year, code
    raise AssertionError("unreachable")  # pragma: no cover


def year_period(year: int) -> Period:
    return Period("DATE", f"{year:04d}", date(year, 1, 1), date(year, 12, 31), "year")


def decade_period(first_year: int) -> Period:
    decade = first_year - first_year % 10
    return Period("DATE", f"{decade // 10:03d}", date(decade, 1, 1), date(decade + 9, 12, 31), "decade")


def century_period(ordinal: int) -> Period:
    """The ``ordinal``-th century: the 20th is 1901..2000, value ``19`` (TIMEX3 convention)."""
    first = (ordinal - 1) * 100 + 1
    return Period("DATE", f"{ordinal - 1:02d}", date(first, 1, 1), date(first + 99, 12, 31), "unknown")


def unit_period(day: date, unit: str) -> Period:
    """The calendar period of ``unit`` that contains ``day``."""
    if unit == "day":
        return day_period(day)
    if unit == "week":
        return week_period(day)
    if unit == "weekend":
        return weekend_period(day)
    if unit == "month":
        return month_period(day.year, day.month)
    if unit == "quarter":
        return quarter_period(day.year, (day.month - 1) // 3 + 1)
    if unit == "decade":
        return decade_period(day.year)
    if unit == "century":
        return century_period(day.year // 100 + 1)
    return year_period(day.year)


def part(period: Period, which: str, *, anchor: date | None = None) -> Period:
    """Restrict a period's interval to a part of it, keeping its value.

    ``which`` is ``early``/``mid``/``late`` (thirds), ``earlier``/``later`` (before or after
    the anchor when the anchor falls inside the period, else the whole period).
    """
    if period.start is None or period.end is None:
        return period
    start, end = period.start, period.end
    if which in ("earlier", "later"):
        if anchor is None or not start <= anchor <= end:
            return period
        return replace(period, end=anchor) if which == "earlier" else replace(period, start=anchor)
    third = max((end - start).days + 1, 3) // 3
    if which == "early":
        return replace(period, end=start + timedelta(days=third - 1))
    if which == "late":
        return replace(period, start=end - timedelta(days=third - 1))
    return replace(period, start=start + timedelta(days=third), end=end - timedelta(days=third))


def duration_value(amount: float | None, unit: str) -> str:
    """TIMEX3 duration value: ``P3D``, ``PT2H``, ``P1.5Y``, ``PXY`` (unknown amount)."""
    code = {
        "second": ("T", "S"), "minute": ("T", "M"), "hour": ("T", "H"), "day": ("", "D"),
        "week": ("", "W"), "fortnight": ("", "W"), "month": ("", "M"), "quarter": ("", "Q"),
        "year": ("", "Y"), "decade": ("", "Y"), "century": ("", "Y"),
    }[unit]
    # Decades and centuries are written in years (P10Y), as TIMEX3 corpora do; an unknown
    # number of them stays a vague number of years (PXY).
    factor = {"fortnight": 2, "decade": 10, "century": 100}.get(unit, 1)
    number = "X" if amount is None else f"{amount * factor:g}"
    return f"P{code[0]}{number}{code[1]}"


def span_period(first: Period, last: Period) -> Period | None:
    """One DURATION covering ``first``..``last`` (a range such as "September 18 to 20")."""
    if first.start is None or last.end is None or last.end < first.start:
        return None
    grain = first.granularity
    if grain == "day":
        value = duration_value((last.end - first.start).days + 1, "day")
    # Days are counted inclusively ("18 to 20" is a three-day forum), months and years as a
    # difference ("from 2009 to 2011" is two years), as people read them.
    elif grain == "month":
        months = (last.end.year - first.start.year) * 12 + last.end.month - first.start.month
        value = duration_value(max(months, 1), "month")
    elif grain == "year":
        value = duration_value(max(last.end.year - first.start.year, 1), "year")
    else:
        value = duration_value((last.end - first.start).days + 1, "day")
    return Period("DURATION", value, first.start, last.end, grain)


def nearest_weekday(anchor: date, weekday: int, tense: str | None) -> date:
    """The ``weekday`` (0 = Monday) a text means: before the anchor in the past tense,
    after it in the future tense, the closest one otherwise (same day counts either way)."""
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if tense == "past":
        return anchor - timedelta(days=back)
    if tense == "future":
        return anchor + timedelta(days=ahead)
    # News mostly reports what has happened: a tie goes to the past.
    return anchor - timedelta(days=back) if back <= ahead else anchor + timedelta(days=ahead)


def year_for(anchor: date, month: int, day: int | None, tense: str | None) -> int:
    """The year of a month (and day) given without one, as the text most likely means it.

    A future event is on or after the anchor, a past one before it (allowing a week of
    slack: news dates a past event a day or two ahead by time zones or by mistake far more
    often than it means last year). Without tense, the closest occurrence, leaning to the
    past: "since November" in a March article is last November.
    """
    months_ahead = month - anchor.month
    days_ahead = (date(anchor.year, month, min(day, 28)) - anchor).days if day else None
    if tense == "future":
        if (days_ahead is not None and days_ahead < 0) or (day is None and months_ahead < 0):
            return anchor.year + 1
        return anchor.year
    if tense == "past":
        if (days_ahead is not None and days_ahead > 7) or (day is None and months_ahead > 0):
            return anchor.year - 1
        return anchor.year
    if months_ahead > 4:
        return anchor.year - 1
    if months_ahead < -8:
        return anchor.year + 1
    return anchor.year
