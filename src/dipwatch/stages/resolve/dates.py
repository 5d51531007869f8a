"""Time expressions: find them in a parsed article and normalise them to TIMEX3 values.

Recognition runs our own grammar (``dates_rules`` and ``dates_rules_rel``: one regex per
form) over the text, keeps the longest non-overlapping matches, then joins neighbours that
form one expression ("from September 18 to 20", "12:00 UTC Monday"). spaCy's DATE/TIME
entities add what the grammar does not know; dateparser normalises those when they look
like absolute dates (it is only ever given the entity span: on running text it reads the
modal "may" and names like "Hui" as dates).

Relative expressions are resolved against the anchor (the publication date). Weekdays and
month names without a year take their direction from the tense of the governing verb in the
parse ("met on Monday" → the Monday before, "will meet on Monday" → the one after); "two
days later" and "the same day" resolve against the previous dated expression of the text.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import date, datetime
from functools import lru_cache

from spacy.tokens import Doc, Span

from dipwatch.model.records import TimeMention
from dipwatch.stages.resolve import dates_calendar as cal
from dipwatch.stages.resolve import dates_rules_rel  # noqa: F401  (registers the rules)
from dipwatch.stages.resolve.dates_calendar import Period
from dipwatch.stages.resolve.dates_lexicon import TRIGGER_WORDS
from dipwatch.stages.resolve.dates_rules import RULES, Ctx

__all__ = ["find_times", "normalize_time"]

logger = logging.getLogger(__name__)

TenseFn = Callable[[int, int], str | None]

# A match: (start, end, rule index, match object).
_Cand = tuple[int, int, int, re.Match[str]]

_RANGE_GAP = re.compile(r"^\s*(?:-|–|—|to|through|thru|until|till|and)\s*$", re.IGNORECASE)
_RANGE_LEAD = re.compile(r"\b(?P<w>from|between)\s+$", re.IGNORECASE)
_TIME_DAY_GAP = re.compile(r"^(?:\s*,?\s*|\s+on\s+)$", re.IGNORECASE)
_DAY_TIME_GAP = re.compile(r"^(?:\s*,?\s*|\s+at\s+)$", re.IGNORECASE)
_SIGNAL = re.compile(r"(?:from|between|in|on|at|during|since|until|by|for|within)\s+(?=\S)", re.IGNORECASE)
_UNTIL = re.compile(r"\b(?:until|till|through)\s+$", re.IGNORECASE)
_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\b(?:aged?|at\s+the\s+age\s+of)\s*$", re.IGNORECASE)
_NON_DATE_ENTS = {"CARDINAL", "MONEY", "QUANTITY", "PERCENT", "PRODUCT", "ORG", "FAC",
                  "LAW", "WORK_OF_ART", "ORDINAL", "EVENT"}
# spaCy DATE/TIME entities we did not match are kept only if they say something temporal.
_TEMPORAL_WORD = re.compile(
    r"\b(?:\d{4}|\d{1,2}(?:st|nd|rd|th)"
    r"|(?-i:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|week|month|year|decade|century|morning|evening|night|afternoon"
    r"|spring|summer|autumn|winter|season|quarter|hour|minute)s?\b",
    re.IGNORECASE,
)
_AGE_WORDS = re.compile(r"\b(?:old|age|aged|ages)\b|^\d+$|\b\d+\s*/\s*\d+\b", re.IGNORECASE)


def normalize_time(
    text: str,
    *,
    anchor: date | None,
    tense: str | None = None,
    previous: TimeMention | None = None,
) -> TimeMention | None:
    """Normalise one expression given alone (offsets 0..len(text)).

    Args:
        text: the expression, e.g. "earlier this week" or "Monday, September 16".
        anchor: the publication date; None when unknown (relative forms get value None).
        tense: "past", "present", "future" or None: decides which Monday "on Monday" is
            and which year "in January" is.
        previous: the previous time expression of the text, which "two days later" and
            "the same day" are counted from.

    Returns:
        The mention, or None when the text is not one time expression.

    Example:
        >>> normalize_time("this week", anchor=date(2024, 9, 18)).value
        '2024-W38'
    """
    stripped = text.strip()
    if not stripped:
        return None
    lead = len(text) - len(text.lstrip())
    prev_day = _previous_day(previous)
    mentions = _scan(text, anchor=anchor, tense_of=lambda s, e: _tense_word(tense),
                     previous=prev_day)
    # Signals are not part of an expression: "in recent years", "from September 18 to 20".
    signal = _SIGNAL.match(stripped)
    if signal:
        lead += signal.end()
    if len(mentions) == 1 and mentions[0].start == lead and mentions[0].end == len(text.rstrip()):
        return _with_span(mentions[0], text=text, start=0, end=len(text))
    period = _dateparser_period(stripped, anchor)
    if period is None:
        return None
    return _mention(text, 0, len(text), period, anchor)


def find_times(doc: Doc, *, anchor: date | None) -> list[TimeMention]:
    """All time expressions of a parsed document, sorted by start and non-overlapping.

    Args:
        doc: a spaCy Doc parsed by the English pipeline (tagger, parser and NER are used
            when present: the parse gives weekday direction, the entities extra spans).
        anchor: the publication date, or None when unknown (the spans are kept; relative
            expressions then have value None).

    Returns:
        The mentions, with character offsets into ``doc.text``.
    """
    text = doc.text
    # A parsed doc has a dependency label on every token; checking the first one avoids
    # Doc.has_annotation, which walks the whole doc and cost half of this layer's time.
    parsed = len(doc) > 0 and doc[0].dep != 0

    def tense_of(start: int, end: int) -> str | None:
        if _SINCE.search(text, max(0, start - 8), start):
            return "past"
        tense = _tense_in_doc(doc, start, end) if parsed else None
        if _UNTIL.search(text, max(0, start - 10), start) and not _simple_past(doc, start, end):
            # "markets have stayed shut until Friday": a state lasting from now on.
            return "future"
        return tense

    mentions = _scan(text, anchor=anchor, tense_of=tense_of, previous=None, doc=doc)
    mentions = _add_entities(doc, mentions, anchor)
    return mentions


# --- scanning ---------------------------------------------------------------------------


def _scan(
    text: str,
    *,
    anchor: date | None,
    tense_of: TenseFn,
    previous: date | None,
    doc: Doc | None = None,
) -> list[TimeMention]:
    chosen = _select(_candidates(text), anchor, text, doc)
    mentions: list[TimeMention] = []
    for start, end, idx, match in chosen:
        ctx = Ctx(anchor, tense_of(start, end), *_previous(mentions, previous))
        period = RULES[idx].handler(match, ctx)
        if period is None:
            continue
        start = _skip_signal(match, start)
        mention = _mention(text[start:end], start, end, period, anchor)
        if mentions and _joinable(text, mentions[-1], mention):
            mention = _join(text, mentions.pop(), mention, anchor)
        mentions.append(mention)
    return mentions


_WORD = re.compile(r"[^\W_]+")
# How far a match may reach left and right of the start of the word that triggers it, by
# trigger class: "just under twenty-five and a half years" starts 38 characters before
# "years"; "the beginning of September 18 to October 2, 2024" ends 33 after "September".
_MARGINS = {
    "unit": (56, 24), "month": (40, 44), "year": (24, 16), "digit": (16, 24),
    "period": (40, 12), "weekday": (16, 20), "dayref": (20, 24), "ref": (24, 24),
    "season": (32, 20), "quarter": (24, 28), "dayword": (36, 12),
}
_DEFAULT_MARGIN = (16, 24)


def _skip_signal(match: re.Match[str], start: int) -> int:
    # "from"/"between" decide that two dates form a range but are not part of the
    # expression (TIMEX3 calls them signals): "from September 18 to 20" → "September 18 to 20".
    if "from" in match.re.groupindex and match.group("from"):
        start = match.end("from")
        while match.string[start].isspace():
            start += 1
    return start


def _candidates(text: str) -> list[_Cand]:
    """Every rule's matches, each regex run only in windows around its trigger words:
    running ~35 regexes over a whole article costs ~15 ms, the windows a small part of it."""
    hits: dict[str, list[tuple[int, int]]] = {}
    size = len(text)
    for word in _WORD.finditer(text):
        token = word.group().lower()
        classes = TRIGGER_WORDS.get(token)
        if classes is None and not token.isalpha():
            # [^\W_]+ that is not all letters holds a digit; "2016" may also be a year.
            classes = _YEAR if _YEARISH.match(token) else _DIGIT
        for name in classes or ():
            left, right = _MARGINS.get(name, _DEFAULT_MARGIN)
            pos = word.start()
            hits.setdefault(name, []).append((max(0, pos - left), min(size, pos + right)))
    found: list[_Cand] = []
    for idx, rule in enumerate(RULES):
        spans = sorted(w for name in rule.triggers for w in hits.get(name, ()))
        for start, end in _windows(spans, text):
            found.extend((m.start(), m.end(), idx, m) for m in rule.pattern.finditer(text, start, end) if m.end() > m.start())
    return found


_DIGIT = frozenset(["digit"])
_YEAR = frozenset(["digit", "year"])
_YEARISH = re.compile(r"(?:1[6-9]|20)\d\d")


def _windows(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """The trigger windows merged, then cut at line breaks: a headline, a dateline and a
    paragraph never share an expression."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    windows: list[tuple[int, int]] = []
    for start, end in merged:
        cut = text.find("\n", start, end)
        while cut != -1:
            windows.append((start, cut))
            start = cut + 1
            cut = text.find("\n", start, end)
        windows.append((start, end))
    return windows


def _select(cands: list[_Cand], anchor: date | None, text: str, doc: Doc | None) -> list[_Cand]:
    """Longest match first, ties to the earlier rule; a match that its rule rejects, or that
    the parse shows is not a date (a bare year tagged as a number), gives way to shorter ones."""
    probe = Ctx(anchor)
    taken = bytearray(len(text))  # 1 where a chosen match lies
    chosen: list[_Cand] = []
    for cand in sorted(cands, key=lambda c: (c[0] - c[1], c[2], c[0])):
        start, end, idx, match = cand
        if taken.find(1, start, end) != -1:
            continue
        if "\n" in text[start:end] or _AGE_BEFORE.search(text, max(0, start - 20), start):
            continue  # a line break ends a headline or paragraph: no expression spans it
        if RULES[idx].handler(match, probe) is None or _not_a_date(cand, doc):
            continue
        taken[start:end] = b"\x01" * (end - start)
        chosen.append(cand)
    return sorted(chosen, key=lambda c: c[0])


def _not_a_date(cand: _Cand, doc: Doc | None) -> bool:
    start, end, idx, _ = cand
    if doc is None or RULES[idx].name != "year":
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.ent_type_ in _NON_DATE_ENTS for t in span)


def _joinable(text: str, first: TimeMention, second: TimeMention) -> bool:
    gap = text[first.end:second.start]
    if first.type == "TIME" and second.granularity == "day" and second.type == "DATE":
        return bool(_TIME_DAY_GAP.match(gap)) and "T" in (first.value or "T")
    if first.type == "DATE" and first.granularity == "day" and second.type == "TIME":
        return bool(_DAY_TIME_GAP.match(gap)) and ":" in (second.value or "")
    if not _RANGE_GAP.match(gap) or first.type != "DATE" or second.type != "DATE":
        return False
    lead = _RANGE_LEAD.search(text, max(0, first.start - 12), first.start)
    dash = gap.strip() in ("-", "–", "—")
    if gap.strip().lower() == "and":
        return bool(lead) and lead.group("w").lower() == "between"
    return (dash or bool(lead)) and first.granularity == second.granularity != "unknown"


def _join(text: str, first: TimeMention, second: TimeMention, anchor: date | None) -> TimeMention:
    if first.type == "TIME" or second.type == "TIME":
        clock, day = (first, second) if first.type == "TIME" else (second, first)
        value = None
        if clock.value and day.value:
            value = f"{day.value}T{clock.value.split('T', 1)[1]}"
        start, end = first.start, second.end
        return TimeMention(text=text[start:end], start=start, end=end, type="TIME", value=value,
                           range_start=day.range_start, range_end=day.range_end,
                           granularity="time", anchor=first.anchor)
    start = first.start
    span = None
    if first.range_start and second.range_end:
        span = cal.span_period(_as_period(first), _as_period(second))
    if span is None:
        span = Period("DURATION", None, None, None, first.granularity)
    return _mention(text[start:second.end], start, second.end, span, anchor)


def _as_period(mention: TimeMention) -> Period:
    return Period(mention.type, mention.value,
                  date.fromisoformat(mention.range_start) if mention.range_start else None,
                  date.fromisoformat(mention.range_end) if mention.range_end else None,
                  mention.granularity)


def _mention(text: str, start: int, end: int, period: Period, anchor: date | None) -> TimeMention:
    return TimeMention(
        text=text, start=start, end=end, type=period.type, value=period.value,
        range_start=period.start.isoformat() if period.start else None,
        range_end=period.end.isoformat() if period.end else None,
        granularity=period.granularity,
        # The date actually counted from: the previous expression's for "two days later".
        anchor=(period.reference or anchor).isoformat() if (period.reference or anchor) else None,
    )


def _with_span(mention: TimeMention, *, text: str, start: int, end: int) -> TimeMention:
    return TimeMention(text=text, start=start, end=end, type=mention.type, value=mention.value,
                       range_start=mention.range_start, range_end=mention.range_end,
                       granularity=mention.granularity, anchor=mention.anchor)


def _previous(mentions: list[TimeMention], fallback: date | None) -> tuple[date | None, date | None]:
    """The first day of the last dated mention, and of the last one of day precision:
    "two years later" counts from the former, "the same day" from the latter."""
    last = day = None
    for mention in reversed(mentions):
        start = _previous_day(mention)
        if start is None:
            continue
        last = last or start
        if mention.granularity in ("day", "time"):
            day = start
            break
    return last or fallback, day or fallback


def _previous_day(mention: TimeMention | None) -> date | None:
    if mention is None or mention.type not in ("DATE", "TIME") or not mention.range_start:
        return None
    if (mention.value or "").endswith("_REF"):
        return None
    return date.fromisoformat(mention.range_start)


# --- tense of the governing verb --------------------------------------------------------

_FUTURE_HEADS = {"plan", "expect", "schedule", "set", "due", "intend", "aim", "hope", "prepare",
                 "want", "seek", "agree", "promise", "threaten", "vow", "pledge", "go"}


def _tense_word(tense: str | None) -> str | None:
    return tense if tense in ("past", "future") else None


def _tense_in_doc(doc: Doc, start: int, end: int) -> str | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    verb = _governing_verb(span)
    return _verb_tense(verb) if verb is not None else None


def _simple_past(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    verb = _governing_verb(span) if span is not None and len(span) else None
    if verb is None:
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes)


def _governing_verb(span: Span):  # type: ignore[no-untyped-def]
    token = span.root
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") and token.i not in range(span.start, span.end):
            return token
        if token.head.i == token.i:
            return token if token.pos_ in ("VERB", "AUX") else None
        token = token.head
    return None


_SCHEDULING = {"schedule", "slate", "plan", "due", "set"}


def _verb_tense(verb) -> str | None:  # type: ignore[no-untyped-def]
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & {"will", "'ll", "shall", "wo"}:
        return "future"
    if verb.tag_ == "VBN" and verb.lemma_.lower() in _SCHEDULING:
        return "future"  # "a hearing has been scheduled for June 3"
    modal_past = ("would", "could", "should", "might")
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes if a.lower_ not in modal_past):
        return "past"
    if verb.tag_ == "VBN" and (words & {"has", "have", "had", "'ve"} or not auxes):
        return "past"  # perfect, or a participle modifier ("plans announced in January")
    if verb.tag_ == "VBG" and words & {"is", "are", "am", "'s", "'re"}:
        return "future"  # "is meeting on Monday": the present progressive of plans
    if verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        head = verb.head
        if head.i != verb.i and head.lemma_.lower() in _FUTURE_HEADS:
            return "past" if head.tag_ == "VBD" and head.lemma_.lower() != "be" else "future"
        return _verb_tense(head) if head.i != verb.i and head.pos_ in ("VERB", "AUX") else None
    return None


# --- spaCy entities the grammar missed, dateparser for odd absolute formats ---------------


def _add_entities(doc: Doc, mentions: list[TimeMention], anchor: date | None) -> list[TimeMention]:
    extra: list[TimeMention] = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        if any(ent.start_char < m.end and m.start < ent.end_char for m in mentions):
            continue
        surface = ent.text
        if not _TEMPORAL_WORD.search(surface) or _AGE_WORDS.search(surface):
            continue
        period = _dateparser_period(surface, anchor) or Period(ent.label_, None)
        extra.append(_mention(surface, ent.start_char, ent.end_char, period, anchor))
    if not extra:
        return mentions
    return sorted(mentions + extra, key=lambda m: m.start)


_NOT_DATE_CHARS = re.compile(r"[$£€¥%]")
_ABSOLUTE = re.compile(r"\b(?:1[6-9]\d\d|20\d\d)\b|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b|\b(?-i:January|February|March|April|May|June|July|August|September|October|November|December)\b")


def _dateparser_period(text: str, anchor: date | None) -> Period | None:
    if not _ABSOLUTE.search(text) or _NOT_DATE_CHARS.search(text):
        return None  # dateparser would invent a date for "may", a name or "$2000"
    found = _dateparser(text, anchor)
    if found is None:
        return None
    parsed, grain = found
    if grain == "year":
        return cal.year_period(parsed.year)
    if grain == "month":
        return cal.month_period(parsed.year, parsed.month)
    return cal.day_period(parsed)


@lru_cache(maxsize=4096)
def _dateparser(text: str, anchor: date | None) -> tuple[date, str] | None:
    import dateparser  # slow to import: only when a span needs it

    settings: dict[str, object] = {"RETURN_TIME_AS_PERIOD": False, "PREFER_DATES_FROM": "current_period",
                                   "REQUIRE_PARTS": ["year"], "STRICT_PARSING": False}
    if anchor is not None:
        settings["RELATIVE_BASE"] = datetime(anchor.year, anchor.month, anchor.day)
    data = dateparser.date.DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    if data.date_obj is None:
        return None
    grain = data.period if data.period in ("day", "month", "year") else "day"
    return data.date_obj.date(), grain
