"""Word lists and regex atoms shared by the time-expression rules.

Month and weekday names are matched case-sensitively (capitalised) even inside patterns
compiled with IGNORECASE: lower-case "may", "march" and "august" are mostly not months, and
"Mar"/"Jan" abbreviations only count when a day or a year follows them.
"""

from __future__ import annotations

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a hundred": 100, "dozen": 12, "a dozen": 12, "a couple of": 2, "a couple": 2,
    "couple of": 2, "half a": 0.5, "half an": 0.5,
}
# Quantities that say "some number of": PXY, not P1Y.
VAGUE = ("a few", "few", "several", "many", "dozens of", "hundreds of", "some", "multiple")
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "final": 4, "last": 4,
}
UNITS = {
    "second": "second", "minute": "minute", "hour": "hour", "day": "day", "week": "week",
    "fortnight": "fortnight", "month": "month", "quarter": "quarter", "year": "year",
    "decade": "decade", "century": "century", "centurie": "century",
}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                "tonight": "NI"}
DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}

_FULL_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_ABBR_MONTHS = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?"


def month(group: str, *, abbreviations: bool = True) -> str:
    """A capitalised month name (with abbreviations when a number follows)."""
    names = rf"(?:{_FULL_MONTHS})\b"
    if abbreviations:
        names = rf"{names}|{_ABBR_MONTHS}"
    return rf"(?P<{group}>(?-i:{names}))"


def weekday(group: str, *, plural: bool = False) -> str:
    names = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    suffix = "s" if plural else ""
    return rf"(?P<{group}>(?-i:{names})){suffix}\b"


def day(group: str) -> str:
    """Day of month, with an optional ordinal suffix; never followed by more digits."""
    return rf"(?P<{group}>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:.,]\d|\s*%)\b"


def year(group: str, *, range_start: bool = False) -> str:
    """A four-digit year 1600..2099 standing alone (not money, not part of a number);
    ``range_start`` lets a dash and digits follow ("2019-2021")."""
    dash = "" if range_start else r"|-\d"
    return rf"(?<![\w$£€#./])(?<!\d-)(?P<{group}>1[6-9]\d\d|20\d\d)(?![\w%]|[.,/]\d{dash}|\s*(?:percent|per cent)\b)"


_NUMBER_WORDS = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|single"
)


def number(group: str) -> str:
    """A quantity: digits, number words, "a", "a few", "several", "two and a half"..."""
    base = (
        rf"\d+(?:\.\d+)?|{_NUMBER_WORDS}|a\s+hundred|hundred|a\s+dozen|dozen"
        r"|a\s+couple\s+of|a\s+couple|couple\s+of|half\s+an?|a\s+few|few|several|many"
        r"|dozens\s+of|hundreds\s+of|multiple|an?"
    )
    return rf"(?P<{group}>(?:{base})(?:\s+and\s+a\s+half)?)"


UNIT = r"(?P<unit>second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur(?:y|ie))s?"
APPROX = (
    r"(?:(?:about|around|nearly|almost|approximately|roughly|some|over|more\s+than|less\s+than"
    r"|at\s+least|up\s+to|just\s+over|just\s+under|fewer\s+than|under|only|another|the\s+first"
    r"|the\s+final|the\s+last|the\s+past|the\s+next|the\s+coming|the\s+previous|the\s+following)\s+)"
)
PART_OF_DAY = r"(?P<pod>morning|afternoon|evening|night)"


def parse_number(text: str) -> float | None:
    """The value of a quantity matched by :func:`number` (None for vague ones)."""
    words = " ".join(text.lower().replace("-", " ").split())
    half = 0.0
    if words.endswith(" and a half"):
        words, half = words[: -len(" and a half")], 0.5
    if words in VAGUE:
        return None
    if words.replace(".", "", 1).isdigit():
        return float(words) + half
    if words in NUMBERS:
        return NUMBERS[words] + half
    parts = words.split()
    if len(parts) == 2 and parts[0] in NUMBERS and parts[1] in NUMBERS:
        return NUMBERS[parts[0]] + NUMBERS[parts[1]] + half
    return None


def _classes() -> dict[str, frozenset[str]]:
    units = [u for u in UNITS] + [f"{u}s" for u in UNITS] + ["centuries"]
    return {
        "month": frozenset(MONTHS),
        "weekday": frozenset([*WEEKDAYS, *(f"{w}s" for w in WEEKDAYS)]),
        "season": frozenset(["spring", "summer", "autumn", "fall", "winter"]),
        "quarter": frozenset(["quarter", "half"]),
        "decade": frozenset(DECADE_WORDS),
        "century": frozenset(["century"]),
        "period": frozenset(["week", "weekend", "month", "year", "quarter", "decade", "century"]),
        "dayword": frozenset(["day", "morning", "afternoon", "evening", "night"]),
        "dayref": frozenset(["today", "tonight", "yesterday", "tomorrow", "morning",
                             "afternoon", "evening", "night"]),
        "clock": frozenset(["noon", "midday", "midnight"]),
        "ref": frozenset(["now", "currently", "present", "presently", "nowadays", "days",
                          "moment", "being", "recently", "lately", "recent", "past",
                          "formerly", "once", "soon", "future", "term", "coming", "years",
                          "months", "weeks", "decades", "times"]),
        "unit": frozenset(units),
        "every": frozenset(["every", "each"]),
        "times": frozenset(["once", "twice", "thrice", "times"]),
        "adverb": frozenset(["daily", "weekly", "monthly", "quarterly", "yearly", "annually",
                             "annual", "biannual", "biennial", "nightly"]),
    }


# word (lower case) -> the trigger classes it belongs to; tokens with a digit are "digit".
TRIGGER_WORDS: dict[str, frozenset[str]] = {}
for _name, _words in _classes().items():
    for _word in _words:
        TRIGGER_WORDS[_word] = TRIGGER_WORDS.get(_word, frozenset()) | {_name}
