"""Document-level status: a re-mentioned event keeps the status the text first gave it.

The sentence-level model (``status.py``) reads one sentence. A news text often introduces an
event with its status ("the planned merger", "the now-cancelled deal", "no agreement") and
then refers back to it by a bare definite description ("the deal would have given ..."), whose
own sentence says nothing about whether it happened; read alone, it looks asserted.

This pass walks the event mentions of one document in text order. A mention inherits the
status of an earlier one when

- it is an event noun with a definite determiner or a possessive ("the deal", "its merger")
  and its sentence gives it no cue at all (the rules decided ``occurred``/``ongoing`` by
  default), and no predicate asserts it ("the meeting took place", "held the talks");
- an earlier mention in the same document has the same lemma and a status that is not
  factual, decided by the earlier noun's *own* modifiers ("the planned deal", "no meeting"):
  such a description names the event together with its status, while an event noun embedded
  in a clause ("the tour was delayed") may well be a different occasion.

The inherited decision keeps the earlier status and score and records the cue ``discourse``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from dipwatch.model.records import Status
from dipwatch.stages.extract.status import StatusDecision, asserted_by_predicate
from dipwatch.stages.extract.status_lexicon import is_noun

__all__ = ["DISCOURSE_CUE", "resolve_discourse"]

DISCOURSE_CUE = "discourse"

_DEFAULT = frozenset({Status.OCCURRED, Status.ONGOING})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def resolve_discourse(mentions: Sequence[tuple[Token, StatusDecision]]) -> list[StatusDecision]:
    """The decisions of one document's event mentions, re-mentions resolved.

    Args:
        mentions: each mention's trigger token (a noun, verb or adjective) with its
            sentence-level decision, all from one Doc, in any order.

    Returns:
        One decision per mention, in the order given: the sentence-level decision, or for a
        cue-less definite re-mention the decision of its antecedent with the cue
        ``discourse`` added.
    """
    order = sorted(range(len(mentions)), key=lambda k: mentions[k][0].i)
    introduced: dict[str, StatusDecision] = {}
    out: list[StatusDecision] = [d for _, d in mentions]
    for k in order:
        tok, decision = mentions[k]
        if not is_noun(tok):
            continue
        lemma = tok.lemma_.lower()
        antecedent = introduced.get(lemma)
        if antecedent is not None and _bare_definite(tok, decision):
            out[k] = replace(antecedent, cues=(*antecedent.cues, DISCOURSE_CUE),
                             generic=decision.generic)
            continue
        if decision.status not in _DEFAULT and _decided_by_own_modifiers(tok, decision):
            introduced[lemma] = decision
        elif decision.status in _DEFAULT and (decision.cues or asserted_by_predicate(tok)):
            introduced.pop(lemma, None)  # "the deal was signed": factual from here on
    return out


def _bare_definite(tok: Token, decision: StatusDecision) -> bool:
    """A definite event noun whose sentence gives no cue and no asserting predicate."""
    if decision.cues or decision.status not in _DEFAULT:
        return False
    definite = any(
        (c.dep_ == "det" and c.text.lower() in _DEFINITE) or c.dep_ == "poss"
        for c in tok.children
    )
    return definite and not asserted_by_predicate(tok)


def _decided_by_own_modifiers(tok: Token, decision: StatusDecision) -> bool:
    """The noun's own determiner or modifier is among the cues: "the planned deal"."""
    own = {c.text for c in tok.children if c.dep_ in {"det", "amod", "compound", "neg"}}
    return any(cue in own for cue in decision.cues)
