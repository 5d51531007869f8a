"""Tests of the `times` layer. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.lang.en import English
from spacy.tokens import Doc

from dipwatch.model.records import TimeMention
from dipwatch.stages.resolve.dates import find_times, normalize_time
from dipwatch.stages.resolve.dates_calendar import TIMEX_VALUE_RE

WED = date(2024, 9, 18)  # a Wednesday, ISO week 38
DEC = date(2024, 12, 20)  # a Friday in December: for year-crossing cases


def _norm(text: str, anchor: date | None = WED, **kwargs: object) -> TimeMention:
    mention = normalize_time(text, anchor=anchor, **kwargs)  # type: ignore[arg-type]
    assert mention is not None, text
    return mention


# --- normalize_time: values, types, ranges -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "value", "start", "end", "grain"),
    [
        ("Monday, September 16", "DATE", "2024-09-16", "2024-09-16", "2024-09-16", "day"),
        ("September 16, 2024", "DATE", "2024-09-16", "2024-09-16", "2024-09-16", "day"),
        ("16 September 2024", "DATE", "2024-09-16", "2024-09-16", "2024-09-16", "day"),
        ("Sept. 16", "DATE", "2024-09-16", "2024-09-16", "2024-09-16", "day"),
        ("the 3rd of May 2021", "DATE", "2021-05-03", "2021-05-03", "2021-05-03", "day"),
        ("2024-09-16", "DATE", "2024-09-16", "2024-09-16", "2024-09-16", "day"),
        ("9/16/2024", "DATE", "2024-09-16", "2024-09-16", "2024-09-16", "day"),
        ("16.09.2024", "DATE", "2024-09-16", "2024-09-16", "2024-09-16", "day"),
        ("September 2023", "DATE", "2023-09", "2023-09-01", "2023-09-30", "month"),
        ("2023", "DATE", "2023", "2023-01-01", "2023-12-31", "year"),
        ("Earlier in 2023", "DATE", "2023", "2023-01-01", "2023-12-31", "year"),
        ("earlier this year", "DATE", "2024", "2024-01-01", "2024-09-18", "year"),
        ("late 2008", "DATE", "2008", "2008-09-01", "2008-12-31", "year"),
        ("this week", "DATE", "2024-W38", "2024-09-16", "2024-09-22", "week"),
        ("earlier this week", "DATE", "2024-W38", "2024-09-16", "2024-09-18", "week"),
        ("later this week", "DATE", "2024-W38", "2024-09-18", "2024-09-22", "week"),
        ("last week", "DATE", "2024-W37", "2024-09-09", "2024-09-15", "week"),
        ("this weekend", "DATE", "2024-W38-WE", "2024-09-21", "2024-09-22", "week"),
        ("last month", "DATE", "2024-08", "2024-08-01", "2024-08-31", "month"),
        ("next year", "DATE", "2025", "2025-01-01", "2025-12-31", "year"),
        ("the end of this year", "DATE", "2024", "2024-09-01", "2024-12-31", "year"),
        ("yesterday", "DATE", "2024-09-17", "2024-09-17", "2024-09-17", "day"),
        ("today", "DATE", "2024-09-18", "2024-09-18", "2024-09-18", "day"),
        ("tomorrow", "DATE", "2024-09-19", "2024-09-19", "2024-09-19", "day"),
        ("the third quarter of 2023", "DATE", "2023-Q3", "2023-07-01", "2023-09-30", "quarter"),
        ("Q1 2024", "DATE", "2024-Q1", "2024-01-01", "2024-03-31", "quarter"),
        ("the first half of 2022", "DATE", "2022-H1", "2022-01-01", "2022-06-30", "quarter"),
        ("summer 2023", "DATE", "2023-SU", "2023-06-01", "2023-08-31", "season"),
        ("last summer", "DATE", "2024-SU", "2024-06-01", "2024-08-31", "season"),
        ("next spring", "DATE", "2025-SP", "2025-03-01", "2025-05-31", "season"),
        ("the 1990s", "DATE", "199", "1990-01-01", "1999-12-31", "decade"),
        ("the '80s", "DATE", "198", "1980-01-01", "1989-12-31", "decade"),
        ("the 20th century", "DATE", "19", "1901-01-01", "2000-12-31", "unknown"),
        ("a year ago", "DATE", "2023", "2023-01-01", "2023-12-31", "year"),
        ("three days ago", "DATE", "2024-09-15", "2024-09-15", "2024-09-15", "day"),
    ],
)
def test_normalize_time_absolute_and_relative(
    text: str, kind: str, value: str, start: str, end: str, grain: str
) -> None:
    mention = _norm(text)
    assert (mention.type, mention.value, mention.range_start, mention.range_end,
            mention.granularity) == (kind, value, start, end, grain)
    assert (mention.start, mention.end, mention.text) == (0, len(text), text)
    assert mention.anchor == "2024-09-18"


@pytest.mark.parametrize(
    ("text", "value", "start", "end"),
    [
        ("September 18 to 20", "P3D", "2024-09-18", "2024-09-20"),
        ("from September 18 to 20", "P3D", "2024-09-18", "2024-09-20"),
        ("18-20 September", "P3D", "2024-09-18", "2024-09-20"),
        ("September 28 to October 2", "P5D", "2024-09-28", "2024-10-02"),
        ("between 2019 and 2021", "P2Y", "2019-01-01", "2021-12-31"),
        ("2019-2021", "P2Y", "2019-01-01", "2021-12-31"),
    ],
)
def test_normalize_time_ranges_are_one_mention(text: str, value: str, start: str, end: str) -> None:
    mention = _norm(text)
    assert (mention.type, mention.value, mention.range_start, mention.range_end) == (
        "DURATION", value, start, end)


def test_normalize_time_and_is_a_range_only_after_between() -> None:
    assert normalize_time("2019 and 2021", anchor=WED) is None  # two years, not one span


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("three days", "P3D"), ("two weeks", "P2W"), ("six months", "P6M"), ("a decade", "P10Y"),
        ("almost two and a half years", "P2.5Y"), ("12-year", "P12Y"), ("30 minutes", "PT30M"),
        ("several years", "PXY"), ("two consecutive quarters", "P2Q"),
    ],
)
def test_normalize_time_durations(text: str, value: str) -> None:
    mention = _norm(text)
    assert (mention.type, mention.value, mention.range_start) == ("DURATION", value, None)


def test_normalize_time_rolling_duration_is_anchored() -> None:
    mention = _norm("the past three years")
    assert (mention.value, mention.range_start, mention.range_end) == ("P3Y", "2021-09-19", "2024-09-18")


@pytest.mark.parametrize(
    ("text", "value"),
    [("now", "PRESENT_REF"), ("currently", "PRESENT_REF"), ("recent years", "PAST_REF"),
     ("recently", "PAST_REF"), ("soon", "FUTURE_REF"), ("the near future", "FUTURE_REF")],
)
def test_normalize_time_vague_references(text: str, value: str) -> None:
    assert _norm(text).value == value


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("2 p.m.", "TIME", "2024-09-18T14:00"),
        ("14:30 GMT", "TIME", "2024-09-18T14:30Z"),
        ("noon", "TIME", "2024-09-18T12:00"),
        ("this morning", "TIME", "2024-09-18TMO"),
        ("16:00 UTC today", "TIME", "2024-09-18T16:00Z"),
        ("yesterday evening", "TIME", "2024-09-17TEV"),
    ],
)
def test_normalize_time_times_of_day(text: str, kind: str, value: str) -> None:
    mention = _norm(text)
    assert (mention.type, mention.value, mention.granularity) == (kind, value, "time")


@pytest.mark.parametrize(
    ("text", "value"),
    [("every Monday", "XXXX-WXX-1"), ("each week", "P1W"), ("twice a year", "P1Y"),
     ("weekly", "P1W"), ("every morning", "XXXX-XX-XXTMO"), ("nightly", "XXXX-XX-XXTNI"),
     ("every weekend", "XXXX-WXX-WE"), ("on Sundays", "XXXX-WXX-7")],
)
def test_normalize_time_sets(text: str, value: str) -> None:
    mention = _norm(text)
    assert (mention.type, mention.value) == ("SET", value)
    assert TIMEX_VALUE_RE.match(value)


@pytest.mark.parametrize(
    ("tense", "expected"),
    [("past", "2024-09-16"), ("future", "2024-09-23"), (None, "2024-09-16"), ("present", "2024-09-16")],
)
def test_normalize_time_weekday_direction_follows_tense(tense: str | None, expected: str) -> None:
    assert _norm("Monday", tense=tense).value == expected


def test_normalize_time_weekday_on_the_anchor_day_is_that_day() -> None:
    assert _norm("Wednesday", tense="past").value == "2024-09-18"
    assert _norm("Wednesday", tense="future").value == "2024-09-18"
    assert _norm("last Wednesday").value == "2024-09-11"
    assert _norm("next Wednesday").value == "2024-09-25"


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        ("January", "future", "2025-01"),  # a December article about a coming event
        ("January", "past", "2024-01"),
        ("January 10", "future", "2025-01-10"),
        ("January 10", "past", "2024-01-10"),
        ("next month", None, "2025-01"),
        ("next week", None, "2024-W52"),
        ("Monday", "future", "2024-12-23"),
        ("last winter", None, "2023-WI"),
    ],
)
def test_normalize_time_year_crossing_anchor(text: str, tense: str | None, value: str) -> None:
    assert _norm(text, anchor=DEC, tense=tense).value == value


def test_normalize_time_counts_from_previous_expression() -> None:
    previous = _norm("March 3, 2021")
    later = _norm("two days later", previous=previous)
    assert (later.value, later.anchor) == ("2021-03-05", "2021-03-03")
    assert _norm("the next day", previous=previous).value == "2021-03-04"
    assert _norm("the same day", previous=previous).value == "2021-03-03"
    # Without a previous expression the publication date is the reference.
    assert _norm("two days later").value == "2024-09-20"


def test_normalize_time_without_anchor_keeps_relative_spans_unvalued() -> None:
    assert _norm("this week", anchor=None).value is None
    assert _norm("Monday", anchor=None).value is None
    mention = _norm("September 16, 2024", anchor=None)
    assert (mention.value, mention.anchor) == ("2024-09-16", None)


@pytest.mark.parametrize(
    "text",
    ["24/7", "age 40", "may", "the fall of the Berlin Wall", "a quarter of", "1,500",
     "$2000", "3.5", "Hui", "hello world", "", "forty years old"],
)
def test_normalize_time_rejects_non_dates(text: str) -> None:
    assert normalize_time(text, anchor=WED) is None


def test_normalize_time_odd_absolute_format_falls_back_to_dateparser() -> None:
    mention = _norm("2024 Sep 16")
    assert (mention.value, mention.granularity) == ("2024-09-16", "day")


# --- properties ---------------------------------------------------------------------------

_PIECES = st.sampled_from([
    "Monday", "last Friday", "September 16", "16 September 2024", "this week", "earlier this month",
    "next year", "the past three years", "two days later", "in recent years", "2019-2021",
    "the 1990s", "Q3 2023", "every Tuesday", "3 p.m.", "yesterday", "now", "five-year",
    "between 2001 and 2004", "last winter", "the end of last year", "mid-2011", "a decade ago",
    "for hours", "two centuries", "a fortnight", "the 19th century", "in minutes", "this morning",
])
_ANCHORS = st.dates(min_value=date(1950, 1, 1), max_value=date(2080, 12, 31)) | st.none()
_GRAINS = {"day", "week", "month", "quarter", "season", "year", "decade", "time", "unknown"}
_TENSES = st.sampled_from(["past", "present", "future", None])


@settings(max_examples=300, deadline=None)
@given(piece=_PIECES, anchor=_ANCHORS, tense=_TENSES)
def test_normalize_time_is_deterministic_and_timex_valued(piece: str, anchor: date | None, tense: str | None) -> None:
    first = normalize_time(piece, anchor=anchor, tense=tense)
    assert first == normalize_time(piece, anchor=anchor, tense=tense)
    assert first is not None
    assert first.value is None or TIMEX_VALUE_RE.match(first.value), first.value
    assert first.granularity in _GRAINS
    if first.range_start and first.range_end:
        assert first.range_start <= first.range_end


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=60), anchor=_ANCHORS)
def test_normalize_time_never_raises_on_arbitrary_text(text: str, anchor: date | None) -> None:
    mention = normalize_time(text, anchor=anchor)
    if mention is not None:
        assert mention.value is None or TIMEX_VALUE_RE.match(mention.value), mention.value


@settings(max_examples=100, deadline=None)
@given(words=st.lists(_PIECES | st.sampled_from(["said", "the", "talks", "on", ",", "."]), max_size=12))
def test_find_times_offsets_match_text_without_parse(words: list[str]) -> None:
    doc = _doc(" ".join(words))
    found = find_times(doc, anchor=WED)
    assert [m.start for m in found] == sorted(m.start for m in found)
    for before, after in zip(found, found[1:], strict=False):
        assert before.end <= after.start
    for mention in found:
        assert doc.text[mention.start:mention.end] == mention.text
        assert mention.value is None or TIMEX_VALUE_RE.match(mention.value)


# --- find_times on hand-built docs (tokenizer only, no model) -------------------------------

_NLP = English()


def _doc(text: str) -> Doc:
    return _NLP(text)


def test_find_times_joins_range_and_keeps_signal_out() -> None:
    text = "The forum takes place from September 18 to 20 in the city."
    found = find_times(_doc(text), anchor=WED)
    assert [(m.text, m.range_start, m.range_end) for m in found] == [
        ("September 18 to 20", "2024-09-18", "2024-09-20")]


def test_find_times_joins_clock_and_day() -> None:
    found = find_times(_doc("The vote closed at 12:00 UTC Monday, officials said."), anchor=WED)
    assert [(m.text, m.type, m.value) for m in found] == [
        ("12:00 UTC Monday", "TIME", "2024-09-16T12:00Z")]


def test_find_times_anchors_later_on_previous_date() -> None:
    text = "Talks opened on March 3, 2021. Two days later, the delegations left."
    found = find_times(_doc(text), anchor=WED)
    assert [(m.text, m.value) for m in found] == [("March 3, 2021", "2021-03-03"), ("Two days later", "2021-03-05")]


def test_find_times_ignores_ages_and_non_dates() -> None:
    text = "The minister, aged 61, works 24/7 and may travel; 1,500 troops and a 40-year-old aide stayed."
    assert find_times(_doc(text), anchor=WED) == []


def test_find_times_does_not_cross_a_line_break() -> None:
    text = "Markets stay shut until Friday\nSeptember 18, 2008\nTraders waited."
    assert [m.text for m in find_times(_doc(text), anchor=date(2008, 9, 18))] == ["Friday", "September 18, 2008"]


# --- find_times with the real pipeline ------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The ministers met on Monday in the capital.", "2024-09-16"),
        ("The ministers will meet on Monday in the capital.", "2024-09-23"),
        ("The ministers had met on Friday.", "2024-09-13"),
        ("The summit is scheduled to take place on Friday.", "2024-09-20"),
        ("The delegation is meeting its hosts on Friday.", "2024-09-20"),
        ("The border has been closed until Friday.", "2024-09-20"),
        ("The border remained closed until Friday.", "2024-09-13"),
    ],
)
def test_find_times_weekday_direction_from_parse(nlp, sentence: str, value: str) -> None:  # type: ignore[no-untyped-def]
    found = find_times(nlp(sentence), anchor=WED)
    assert [m.value for m in found] == [value]


@pytest.mark.model
def test_find_times_month_year_from_tense_in_december(nlp) -> None:  # type: ignore[no-untyped-def]
    will = find_times(nlp("The envoy will return in January for a second round."), anchor=DEC)
    did = find_times(nlp("The envoy returned in January for a second round."), anchor=DEC)
    assert [m.value for m in will] == ["2025-01"]
    assert [m.value for m in did] == ["2024-01"]


@pytest.mark.model
@pytest.mark.shared
def test_find_times_seed_article(nlp, shared_dir) -> None:  # type: ignore[no-untyped-def]
    text = (shared_dir / "seeds" / "000_f3b39907454f2138.txt").read_text(encoding="utf-8")
    found = find_times(nlp(text), anchor=WED)
    by_text = {m.text: m for m in found}
    assert by_text["Monday, September 16"].value == "2024-09-16"
    forum = by_text["September 18 to 20"]
    assert (forum.range_start, forum.range_end) == ("2024-09-18", "2024-09-20")
    week = [m for m in found if m.text == "this week"]
    assert week and all((m.value, m.range_start, m.range_end) == ("2024-W38", "2024-09-16", "2024-09-22") for m in week)
    assert (by_text["Earlier in 2023"].value, by_text["Earlier in 2023"].range_start) == ("2023", "2023-01-01")
    assert by_text["September 18"].value == "2024-09-18"
    assert by_text["recent years"].value == "PAST_REF"
    earlier = by_text["earlier this week"]
    assert (earlier.range_start, earlier.range_end) == ("2024-09-16", "2024-09-18")
    for mention in found:
        assert text[mention.start:mention.end] == mention.text
    assert not any(m.text in ("may", "Hui") for m in found)
