"""Document-level name consolidation on hand-built Docs (tags and entities set by hand)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from dipwatch.stages.annotate.extensions import register_extensions
from dipwatch.stages.annotate.names import consolidate

register_extensions()
VOCAB = spacy.blank("en").vocab


def _doc(words: list[str], tags: list[str], ents: list[str]) -> Doc:
    spaces = [True] * len(words)
    for i, word in enumerate(words[1:], start=1):
        if word in {".", ",", "’s"}:
            spaces[i - 1] = False
    return Doc(VOCAB, words=words, spaces=spaces, tags=tags, ents=ents)


def _persons(doc: Doc) -> list[tuple[str, str]]:
    names = doc._.dw_names
    return [(e.text, names[(e.start_char, e.end_char)]) for e in doc.ents
            if e.label_ == "PERSON"]


def test_split_name_is_merged_and_short_form_linked():
    words = ["Minister", "Choe", "Son", "Hui", "arrived", ".", "Choe", "spoke", "."]
    tags = ["NNP", "NNP", "NNP", "NNP", "VBD", ".", "NNP", "VBD", "."]
    ents = ["O", "B-PERSON", "I-PERSON", "B-NORP", "O", "O", "B-ORG", "O", "O"]
    doc = _doc(words, tags, ents)
    consolidate(doc)
    assert _persons(doc) == [("Choe Son Hui", "Choe Son Hui"), ("Choe", "Choe Son Hui")]


def test_known_city_tagged_person_becomes_a_place():
    words = ["She", "left", "for", "Vladivostok", "on", "Monday", "."]
    tags = ["PRP", "VBD", "IN", "NNP", "IN", "NNP", "."]
    ents = ["O", "O", "O", "B-PERSON", "O", "B-DATE", "O"]
    doc = _doc(words, tags, ents)
    consolidate(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Vladivostok", "GPE"),
                                                      ("Monday", "DATE")]


def test_title_inside_person_entity_is_trimmed_and_untagged_titled_name_found():
    words = ["Foreign", "Minister", "Ana", "Torres", "met", "President", "Luis", "Vega", "."]
    tags = ["NNP", "NNP", "NNP", "NNP", "VBD", "NNP", "NNP", "NNP", "."]
    ents = ["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O", "O", "O", "O"]
    doc = _doc(words, tags, ents)
    consolidate(doc)
    assert [name for name, _ in _persons(doc)] == ["Ana Torres", "Luis Vega"]


def test_shared_surname_is_not_guessed():
    words = ["Kim", "Jong", "Un", "met", "Kim", "Yo", "Jong", ".", "Kim", "left", "."]
    tags = ["NNP"] * 3 + ["VBD"] + ["NNP"] * 3 + [".", "NNP", "VBD", "."]
    ents = ["B-PERSON", "I-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "I-PERSON",
            "O", "O", "O", "O"]
    doc = _doc(words, tags, ents)
    consolidate(doc)
    persons = dict((e.start_char, name) for e, (_, name) in zip(
        [e for e in doc.ents if e.label_ == "PERSON"], _persons(doc)))
    assert "Kim" not in [text for text, _ in _persons(doc)]  # ambiguous: left alone
    assert len(persons) == 2


def test_end_of_one_longer_name_is_that_person_whatever_its_case():
    words = ["Alberto", "van", "Klaveren", "arrived", ".", "Van", "Klaveren", "spoke", "."]
    tags = ["NNP", "NNP", "NNP", "VBD", ".", "NNP", "NNP", "VBD", "."]
    ents = ["B-PERSON", "I-PERSON", "I-PERSON", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    doc = _doc(words, tags, ents)
    consolidate(doc)
    assert _persons(doc) == [("Alberto van Klaveren", "Alberto van Klaveren"),
                             ("Van Klaveren", "Alberto van Klaveren")]


def test_an_ending_shared_by_two_longer_names_stays_as_written():
    words = ["Maria", "de", "Souza", "and", "Paulo", "de", "Souza", "met", ".", "De", "Souza",
             "spoke", "."]
    tags = ["NNP", "NNP", "NNP", "CC", "NNP", "NNP", "NNP", "VBD", ".", "NNP", "NNP", "VBD",
            "."]
    ents = ["B-PERSON", "I-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "I-PERSON", "O",
            "O", "B-PERSON", "I-PERSON", "O", "O"]
    doc = _doc(words, tags, ents)
    consolidate(doc)
    assert _persons(doc)[-1] == ("De Souza", "De Souza")


def _question_doc(words: list[str], ents: list[str]) -> Doc:
    tags = ["MD" if w == "Will" else "." if w == "?" else "NNP" if w[0].isupper() else "VB"
            for w in words]
    return Doc(VOCAB, words=words, tags=tags, ents=ents,
               sent_starts=[i == 0 for i in range(len(words))])


def test_question_auxiliary_is_not_part_of_the_name():
    doc = _question_doc(["Will", "Putin", "visit", "Beijing", "?"],
                        ["B-PERSON", "I-PERSON", "O", "B-GPE", "O"])
    consolidate(doc)
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Putin"]


def test_a_name_that_looks_like_an_auxiliary_stays_outside_questions():
    doc = _question_doc(["Will", "Smith", "visit", "Paris", "."],
                        ["B-PERSON", "I-PERSON", "O", "B-GPE", "O"])
    consolidate(doc)
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Will Smith"]
