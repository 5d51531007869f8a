"""Property: extraction never raises on arbitrary text, and every offset it returns is in
bounds and points at the text it claims."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

# Words from diplomatic news mixed with arbitrary text, so that the rules actually fire.
WORDS = st.sampled_from(
    "Putin met Xi in Beijing on Monday . The foreign minister will visit Paris next week "
    "and is not expected to hold talks with her counterpart , “ no meeting is planned , ” "
    "she said . If they were to meet , Moscow said . Kremlin spokesman Dmitry Peskov "
    "denied that Biden visited Kyiv in 2023 \n Headline Here \n".split(" "))
TEXTS = st.one_of(
    st.lists(WORDS, min_size=1, max_size=60).map(" ".join),
    st.text(min_size=1, max_size=300),
)


def _check_spans(text: str, doc: dict) -> None:
    for event in doc["events"]:
        ev = event["evidence"]
        assert 0 <= ev["start"] <= ev["end"] <= len(text)
        trig = ev["trigger"]
        assert text[trig["start"]:trig["end"]] == trig["text"]
        for actor in event["actors"] + event["recipients"]:
            if actor.get("span"):
                assert text[actor["span"]["start"]:actor["span"]["end"]] == actor["text"]
    for layer in ("times", "places", "entities", "quotes"):
        for item in doc[layer]:
            assert 0 <= item["start"] <= item["end"] <= len(text)
            if layer != "quotes":
                assert text[item["start"]:item["end"]] == item["text"]


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=TEXTS)
def test_extract_never_raises_and_offsets_hold(pipeline, text):
    if not text.strip():
        return
    doc = pipeline.extract_text(text, published="2024-09-18").to_dict()
    _check_spans(text, doc)
