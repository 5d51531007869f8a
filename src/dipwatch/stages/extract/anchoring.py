"""Which time expression and which place belong to which event.

Each time or place mention is attached to the word it modifies in the parse (through its
preposition: "on September 18" -> "told"). An event takes the nearest mention attached inside
its own clause domain: the trigger's subtree without nested event clauses and reported clauses.
Coordinated verbs share their head's modifiers ("Earlier in 2023, Kim visited Russia and held
talks with Putin").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dipwatch.model.records import PlaceMention, TimeMention

_WALK_DEPS = {"prep", "pobj", "pcomp", "advmod", "npadvmod", "nummod", "compound", "amod",
              "det", "quantmod", "case", "nmod", "appos", "cc", "conj"}
_TIME_WORDS = {"earlier", "later", "early", "late", "since", "until", "from", "to", "on", "in",
               "at", "during", "by", "before", "after", "between", "through", "throughout"}


@dataclass(frozen=True, slots=True, kw_only=True)
class Attached:
    index: int  # position in the source list
    head: int  # token index of the word the mention modifies
    prep: str | None  # the preposition that attaches it, if any
    root: int  # token index of the mention's own head word


def attach(doc: Doc, mentions: Sequence[TimeMention | PlaceMention]) -> list[Attached]:
    """The attachment point of each mention in the parse (mentions that do not align with
    tokens are skipped)."""
    out = []
    for index, mention in enumerate(mentions):
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        node: Token = span.root
        prep = None
        for _ in range(6):
            head = node.head
            if head == node:
                break
            if head.dep_ == "prep" or head.pos_ == "ADP":
                prep = head.lower_
                node = head
                continue
            if span.start <= head.i < span.end or (
                    head.pos_ == "ADV" and head.lower_ in _TIME_WORDS):
                node = head
                continue
            node = head
            break
        out.append(Attached(index=index, head=node.i, prep=prep, root=span.root.i))
    return out


def domain(trigger: Token, *, stop: set[int]) -> set[int]:
    """Token indices in the trigger's clause: its subtree, without the subtrees of other event
    triggers (`stop`) and of reported or relative clauses."""
    out: set[int] = set()
    stack = [trigger]
    while stack:
        node = stack.pop()
        out.add(node.i)
        for child in node.children:
            if child.i in stop and child.i != trigger.i and not (
                    node.dep_ == "prep" and node.lower_ in {"during", "amid", "on"}):
                continue  # "a meeting during her visit this week" is dated by the visit
            if child.dep_ in {"ccomp", "relcl", "parataxis"}:
                continue
            stack.append(child)
    return out


def nearest(trigger: Token, attached: Sequence[Attached], *, region: set[int],
            preps: set[str] | None = None) -> Attached | None:
    """The attached mention in `region` closest to the trigger (attached to it first)."""
    best: tuple[int, Attached] | None = None
    for item in attached:
        if item.head not in region:
            continue
        if preps is not None and item.prep not in preps and item.prep is not None:
            continue
        rank = 0 if item.head == trigger.i else 1 + abs(item.root - trigger.i)
        if best is None or rank < best[0]:
            best = (rank, item)
    return best[1] if best else None


def governing_verb(trigger: Token) -> Token | None:
    """For a noun trigger: the verb whose argument it is ("No meeting ... is on her agenda
    this week" -> "is"); for a coordinated verb: the first conjunct."""
    if trigger.pos_ == "VERB" or trigger.pos_ == "AUX":
        return trigger.head if trigger.dep_ == "conj" and trigger.head.pos_ in {
            "VERB", "AUX"} else None
    node = trigger
    for _ in range(4):
        if node.head == node:
            return None
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return node
    return None
