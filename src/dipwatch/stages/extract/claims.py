"""Claim attribution: who asserts that an event happened (or will, or did not).

Walking up from the trigger, the first reporting verb whose complement contains it names the
source ("Peskov told reporters that …", "the embassy, which announced that …", "was confirmed by
the Russian embassy"). A trigger inside a direct quote is claimed by the quote's speaker;
"according to X" in the sentence makes X the source. Otherwise the article asserts it in its
own voice (`by: null`).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from dipwatch.model.records import Claim, Quote, Span
from dipwatch.stages.extract.lexicon import REPORTING_VERBS
from dipwatch.stages.extract.quotes import source_of
from dipwatch.stages.resolve.actors import ActorResolver

_CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "conj", "relcl", "acl", "pcomp", "pobj", "prep",
                "nsubjpass", "dobj", "attr", "nsubj", "npadvmod", "amod", "compound", "poss",
                "appos"}


def attribute(trigger: Token, *, resolver: ActorResolver, quotes: Sequence[Quote],
              published: str | None, date_of: dict[int, str]) -> Claim:
    """The claim for the event whose trigger is `trigger`.

    Args:
        trigger: the trigger token.
        resolver: the document's actor resolver.
        quotes: the document's direct and indirect quotes.
        published: the article's publication date (the claim date by default).
        date_of: token index of a verb -> ISO date of a time expression attached to it, to
            date claims like "told reporters on September 18".
    """
    for quote in quotes:
        if quote.direct and quote.speaker is not None \
                and quote.start <= trigger.idx < quote.end:
            return Claim(by=quote.speaker, cue=quote.cue, date=published,
                         span=_span(quote.cue_start, quote.cue_end))
    verb = reporting_governor(trigger)
    if verb is not None:
        source = source_of(verb, resolver)
        if source is not None and source.actor is not None:
            return Claim(by=source.actor, cue=source.cue,
                         date=date_of.get(verb.i, published),
                         span=_span(source.cue_start, source.cue_end))
    according = _according_to(trigger, resolver)
    if according is not None:
        return according
    return Claim(by=None, cue=None, date=published)


def reporting_governor(trigger: Token) -> Token | None:
    """The nearest reporting verb above `trigger` in the parse, within the same sentence."""
    node = trigger
    for _ in range(12):
        head = node.head
        if head == node:
            return None
        if head.pos_ == "VERB" and head.lemma_ in REPORTING_VERBS and node.dep_ != "nsubj" \
                and node.dep_ in _CLAUSE_DEPS:
            return head
        node = head
    return None


def _according_to(trigger: Token, resolver: ActorResolver) -> Claim | None:
    for token in trigger.sent:
        if token.lower_ == "according" and token.i + 1 < len(token.doc) \
                and token.doc[token.i + 1].lower_ == "to":
            pobjs = [c for c in token.doc[token.i + 1].children if c.dep_ == "pobj"]
            pobjs += [g for c in token.children for g in c.children if g.dep_ == "pobj"]
            for pobj in pobjs:
                actors = resolver.resolve(pobj)
                if actors:
                    cue = token.doc[token.i:token.i + 2]
                    return Claim(by=actors[0], cue=cue.text, date=None,
                                 span=_span(cue.start_char, cue.end_char))
    return None


def _span(start: int | None, end: int | None) -> Span | None:
    if start is None or end is None:
        return None
    return Span(start=start, end=end)
