"""Generic, habitual and background statements ("leaders have attended it since its inception").

Kept apart from the status walk because genericity is independent of status: "North Korea
continues to face sanctions" is ongoing *and* generic. The flag is set from cues on the clause
that carries the event: habitual adverbs, "since its inception"/"in recent years", aspectual
verbs of persistence ("continues to", "remains"), quantified or bare-plural participants
("various leaders", "such forums").
"""

from __future__ import annotations

from spacy.tokens import Token

from dipwatch.stages.extract.status_lexicon import (
    GENERIC_DETERMINERS,
    GENERIC_TIME_NOUNS,
    GENERIC_VERBS,
    HABITUAL_ADVERBS,
    is_verb,
    kids,
)

_ARG_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "pobj"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def is_generic(tok: Token) -> bool:
    """Whether the event of `tok` is stated generically or as background, not as one event.

    Args:
        tok: the event trigger.

    Returns:
        True when the trigger itself is quantified ("such forums") or its clause carries a
        habitual or generic cue.
    """
    if _quantified(tok):
        return True
    clause = _clause_of(tok)
    if clause is None:
        return False
    if clause.dep_ in {"xcomp", "acomp", "oprd"} and clause.head.lemma_.lower() in GENERIC_VERBS:
        return True  # "continues to face sanctions", "remains embroiled in conflict"
    if clause is tok and tok.lemma_.lower() in GENERIC_VERBS and tok.tag_ in {"VBZ", "VBP"}:
        return True  # "North Korea remains a key ally": a standing state, not an event
    return any(_generic_child(child) for child in kids(clause))


def _clause_of(tok: Token) -> Token | None:
    """The verb whose clause states the event: the trigger itself, or the verb it is an
    argument of ("held talks" -> "held")."""
    if is_verb(tok):
        return tok
    cur = tok
    for _ in range(3):
        head = cur.head
        if head is cur:
            return None
        if cur.dep_ in _ARG_DEPS or cur.dep_ == "prep":
            if is_verb(head):
                return head
            cur = head
            continue
        return None
    return None


def _quantified(tok: Token) -> bool:
    return any(
        c.dep_ in {"det", "amod", "predet"} and c.text.lower() in {"such", "various", "numerous"}
        for c in kids(tok)
    )


def _generic_child(child: Token) -> bool:
    dep = child.dep_
    if dep == "advmod" and child.text.lower() in HABITUAL_ADVERBS:
        return True
    if dep in _SUBJECT_DEPS and _generic_participant(child):
        return True
    if dep in {"prep", "agent"}:
        for obj in kids(child):
            if obj.dep_ != "pobj":
                continue
            if child.text.lower() == "by" and _generic_participant(obj):
                return True  # "attended by various leaders"
            if obj.lemma_.lower() in GENERIC_TIME_NOUNS and child.text.lower() in {"since", "in", "for", "over"}:
                return True  # "since its inception", "in recent years"
            if child.text.lower() == "every" or any(c.text.lower() == "every" for c in kids(obj)):
                return True
    if dep == "npadvmod" and any(c.text.lower() == "every" for c in kids(child)):
        return True  # "every year"
    return False


def _generic_participant(tok: Token) -> bool:
    """"various leaders", "many countries", "such forums"."""
    return any(
        c.dep_ in {"det", "amod", "predet"} and c.text.lower() in GENERIC_DETERMINERS
        for c in kids(tok)
    )
