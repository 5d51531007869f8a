"""Triggers and their arguments on hand-built parses (no trained model involved)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from dipwatch.stages.extract.triggers import find_triggers, subject_of


VOCAB = spacy.blank("en").vocab  # lexical attributes (lower_, is_title) without a model


def _doc(rows: list[tuple[str, int, str, str, str, str]], ents: list[str] | None = None) -> Doc:
    """rows: (word, head index, dep, pos, tag, lemma)."""
    words = [r[0] for r in rows]
    return Doc(VOCAB, words=words, heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               pos=[r[3] for r in rows], tags=[r[4] for r in rows],
               lemmas=[r[5] for r in rows], ents=ents or ["O"] * len(rows))


def _texts(tokens) -> list[str]:
    return [t.text for t in tokens]


def test_verb_meet_takes_subject_and_object():
    doc = _doc([
        ("Ruto", 1, "nsubj", "PROPN", "NNP", "Ruto"),
        ("met", 1, "ROOT", "VERB", "VBD", "meet"),
        ("Scholz", 1, "dobj", "PROPN", "NNP", "Scholz"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    (trig,) = find_triggers(doc)
    assert trig.sense.type == "CONSULT" and trig.sense.mode is None
    assert _texts(trig.actors) == ["Ruto"] and _texts(trig.recipients) == ["Scholz"]


def test_expected_to_attend_inherits_the_raised_subject():
    # "Vega is expected to attend the summit"
    doc = _doc([
        ("Vega", 2, "nsubjpass", "PROPN", "NNP", "Vega"),
        ("is", 2, "auxpass", "AUX", "VBZ", "be"),
        ("expected", 2, "ROOT", "VERB", "VBN", "expect"),
        ("to", 4, "aux", "PART", "TO", "to"),
        ("attend", 2, "xcomp", "VERB", "VB", "attend"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("summit", 4, "dobj", "NOUN", "NN", "summit"),
    ])
    triggers = find_triggers(doc)
    assert [t.token.text for t in triggers] == ["attend"]  # "summit" is attend's argument
    assert triggers[0].sense.mode == "multilateral"
    assert _texts(triggers[0].actors) == ["Vega"]
    assert _texts(triggers[0].recipients) == ["summit"]


def test_noun_meeting_between_two_people():
    # "no meeting between Torres and Vega"
    doc = _doc([
        ("no", 1, "det", "DET", "DT", "no"),
        ("meeting", 1, "ROOT", "NOUN", "NN", "meeting"),
        ("between", 1, "prep", "ADP", "IN", "between"),
        ("Torres", 2, "pobj", "PROPN", "NNP", "Torres"),
        ("and", 3, "cc", "CCONJ", "CC", "and"),
        ("Vega", 3, "conj", "PROPN", "NNP", "Vega"),
    ])
    (trig,) = find_triggers(doc)
    assert _texts(trig.actors) == ["Torres"] and _texts(trig.recipients) == ["Vega"]


def test_departed_for_is_a_visit_with_destination_but_left_alone_is_not():
    doc = _doc([
        ("She", 1, "nsubj", "PRON", "PRP", "she"),
        ("departed", 1, "ROOT", "VERB", "VBD", "depart"),
        ("for", 1, "prep", "ADP", "IN", "for"),
        ("Lima", 2, "pobj", "PROPN", "NNP", "Lima"),
    ])
    (trig,) = find_triggers(doc)
    assert trig.sense.mode == "visit" and _texts(trig.destination) == ["Lima"]
    doc = _doc([
        ("She", 1, "nsubj", "PRON", "PRP", "she"),
        ("departed", 1, "ROOT", "VERB", "VBD", "depart"),
        ("early", 1, "advmod", "ADV", "RB", "early"),
    ])
    assert find_triggers(doc) == []


def test_host_reverses_roles_and_held_talks_uses_light_verb_subject():
    doc = _doc([
        ("Wong", 1, "nsubj", "PROPN", "NNP", "Wong"),
        ("hosted", 1, "ROOT", "VERB", "VBD", "host"),
        ("Vieira", 1, "dobj", "PROPN", "NNP", "Vieira"),
        ("and", 1, "cc", "CCONJ", "CC", "and"),
        ("held", 1, "conj", "VERB", "VBD", "hold"),
        ("talks", 4, "dobj", "NOUN", "NNS", "talk"),
    ])
    host, talks = find_triggers(doc)
    assert _texts(host.actors) == ["Vieira"] and _texts(host.recipients) == ["Wong"]
    assert _texts(talks.actors) == ["Wong"]
    assert _texts(subject_of(doc[4])) == ["Wong"]


def test_headings_are_skipped():
    doc = _doc([
        ("Talks", 0, "ROOT", "NOUN", "NNS", "talk"),
        ("resume", 0, "dep", "VERB", "VBP", "resume"),
    ])
    assert len(find_triggers(doc)) == 1
    assert find_triggers(doc, skip=[(0, 12)]) == []


def test_a_talk_is_a_lecture_not_negotiations():
    doc = _doc([
        ("a", 1, "det", "DET", "DT", "a"),
        ("talk", 1, "ROOT", "NOUN", "NN", "talk"),
    ])
    assert find_triggers(doc) == []
