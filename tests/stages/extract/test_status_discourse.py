"""Tests of the document-level status pass. Sentences are written for these tests; parses are
built by hand in the shape en_core_web_sm gives (ClearNLP labels)."""

from __future__ import annotations

from dipwatch_handparse import hand_doc as _doc
from spacy.tokens import Doc

from dipwatch.model.records import Status
from dipwatch.stages.extract.status import assess_status
from dipwatch.stages.extract.status_discourse import DISCOURSE_CUE, resolve_discourse


# "The planned merger was announced."
PLANNED = (
    "The/DT/det/2 planned/JJ/amod/2 merger/NN/nsubjpass/4 was:be/VBD/auxpass/4 "
    "announced:announce/VBN/ROOT/4 ./././4"
)
# "The merger was delayed."  (the status comes from the clause, not from the noun)
DELAYED = (
    "The/DT/det/1 merger/NN/nsubjpass/3 was:be/VBD/auxpass/3 delayed:delay/VBN/ROOT/3 ./././3"
)
# "The merger creates the largest bank."
THE_MERGER = (
    "The/DT/det/1 merger/NN/nsubj/2 creates:create/VBZ/ROOT/2 the/DT/det/5 largest/JJS/amod/5 "
    "bank/NN/dobj/2 ./././2"
)
# "A merger creates the largest bank."
A_MERGER = (
    "A/DT/det/1 merger/NN/nsubj/2 creates:create/VBZ/ROOT/2 the/DT/det/5 largest/JJS/amod/5 "
    "bank/NN/dobj/2 ./././2"
)
# "The merger took place on Friday."
TOOK_PLACE = (
    "The/DT/det/1 merger/NN/nsubj/2 took:take/VBD/ROOT/2 place/NN/dobj/2 on/IN/prep/2 "
    "Friday/NNP/pobj/4 ./././2"
)
# "No agreement was reached."
NO_AGREEMENT = (
    "No/DT/det/1 agreement/NN/nsubjpass/3 was:be/VBD/auxpass/3 reached:reach/VBN/ROOT/3 "
    "./././3"
)
# "Its agreement covers trade."
ITS_AGREEMENT = (
    "Its/PRP$/poss/1 agreement/NN/nsubj/2 covers:cover/VBZ/ROOT/2 trade/NN/dobj/2 ./././2"
)


def _resolved(doc: Doc, indices: list[int]) -> list:
    return resolve_discourse([(doc[i], assess_status(doc[i])) for i in indices])


def test_resolve_discourse_definite_re_mention_keeps_the_planned_status() -> None:
    doc = _doc(PLANNED, THE_MERGER)
    first, later = _resolved(doc, [2, 7])
    assert assess_status(doc[7]).status == Status.OCCURRED  # alone, it reads as asserted
    assert later.status == first.status == Status.SCHEDULED
    assert later.cues[-1] == DISCOURSE_CUE


def test_resolve_discourse_possessive_re_mention_keeps_the_denial() -> None:
    doc = _doc(NO_AGREEMENT, ITS_AGREEMENT)
    _, later = _resolved(doc, [1, 6])
    assert later.status == Status.DENIED
    assert DISCOURSE_CUE in later.cues


def test_resolve_discourse_indefinite_mention_is_a_new_event() -> None:
    doc = _doc(PLANNED, A_MERGER)
    _, later = _resolved(doc, [2, 7])
    assert later == assess_status(doc[7])


def test_resolve_discourse_needs_a_status_from_the_noun_itself() -> None:
    # "The merger was delayed. The merger creates ...": the delay is the clause's, not the
    # noun's; the later mention may be another occasion.
    doc = _doc(DELAYED, THE_MERGER)
    _, later = _resolved(doc, [1, 6])
    assert DISCOURSE_CUE not in later.cues


def test_resolve_discourse_an_asserting_predicate_wins_and_resets() -> None:
    doc = _doc(PLANNED, TOOK_PLACE, THE_MERGER)
    _, took, after = _resolved(doc, [2, 7, 14])
    assert took.status == Status.OCCURRED and DISCOURSE_CUE not in took.cues
    assert DISCOURSE_CUE not in after.cues  # it took place: no longer only planned


def test_resolve_discourse_reads_mentions_in_text_order_and_returns_them_as_given() -> None:
    doc = _doc(PLANNED, THE_MERGER)
    later, first = _resolved(doc, [7, 2])
    assert first.status == Status.SCHEDULED and DISCOURSE_CUE not in first.cues
    assert later.status == Status.SCHEDULED and DISCOURSE_CUE in later.cues


def test_statuses_of_spans_reads_the_given_mentions_as_one_document() -> None:
    from dipwatch.stages.extract.events import status_of_span, statuses_of_spans

    doc = _doc(PLANNED, THE_MERGER)
    first, later = doc[2], doc[7]
    spans = [(t.idx, t.idx + len(t)) for t in (first, later)]
    assert [s for s, _ in statuses_of_spans(doc, spans)] == [Status.SCHEDULED] * 2
    assert status_of_span(doc, *spans[1])[0] == Status.OCCURRED  # alone: no antecedent
