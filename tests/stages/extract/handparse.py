"""Docs with a parse written by hand, for tests of rules over the parse.

Each sentence is a string of "word[:lemma]/TAG/dep/head" items, head being the index of the
head within its sentence (itself for the root), in the shape en_core_web_sm gives (ClearNLP
labels). Loaded by tests/conftest.py as `dipwatch_handparse`.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

VOCAB = Vocab()


def hand_doc(*sentences: str) -> Doc:
    """One Doc of the given sentences, sentence starts kept."""
    words, lemmas, tags, deps, heads, starts = [], [], [], [], [], []
    for spec in sentences:
        offset = len(words)
        for k, item in enumerate(spec.split()):
            word_lemma, tag, dep, head = item.rsplit("/", 3)
            word, _, lemma = word_lemma.partition(":")
            words.append(word)
            lemmas.append(lemma or word.lower())
            tags.append(tag)
            deps.append(dep)
            heads.append(offset + int(head))
            starts.append(k == 0)
    return Doc(VOCAB, words=words, tags=tags, deps=deps, heads=heads, lemmas=lemmas,
               sent_starts=starts)
