"""The status model: what a sentence asserts about the event of one trigger (DESIGN.md §4).

The model is a walk over the dependency parse. It reads the trigger's own markers (negation,
modal auxiliaries, tense and aspect, hedging adverbs, determiners and adjectives of an event
noun) into a small factuality state, then climbs the chain of predicates that embed the
trigger ("is expected to", "ruled out", "the absence of", "if ... were to") and lets each one
transform the state, the way each embedding predicate's lexical class says (``status_lexicon``).
The state is finally read off as a :class:`Status` and a score in [-3, +3].

The state separates *polarity* (does the text say it happens or not), *modality* (how sure:
certain, probable, possible, hypothetical), *time* relative to the report (past, present,
future) and *cancellation*, because embeddings act on these separately: "not expected to"
flips polarity and weakens certainty, "plans to" moves the event to the future, "said that"
leaves the clause alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from dipwatch.model.records import Status
from dipwatch.stages.extract.status_generic import is_generic
from dipwatch.stages.extract.status_lexicon import (
    ANNOUNCERS,
    CHANGE_VERBS,
    CLAUSE_ONLY,
    EMBEDDERS,
    NEGATIVE_PREPS,
    NOUN_EMBEDDERS,
    PLAN_PLACES,
    QUESTIONS,
    RESULT_VERBS,
    SUBJECT_LIGHT,
    TEMPORAL_MARKS,
    WORRY_CLAUSE_ONLY,
    Embed,
    is_adj,
    is_noun,
    is_verb,
    kids,
    lemma_of,
    reset_children,
)
from dipwatch.stages.extract.status_markers import (
    CERT,
    HYP,
    POSS,
    PROB,
    State,
    conditional_mark,
    is_infinitive,
    local_state,
)
from dipwatch.stages.extract.status_score import calibrated_score

__all__ = ["StatusDecision", "asserted_by_predicate", "assess_status", "rule_decision"]


_DOUBTS = frozenset({"doubt", "doubts", "question", "doubted"})
_MAX_DEPTH = 8  # embedding chains are short; the bound only guards against odd parses
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_ADJUNCT_PREPS = frozenset(
    {"during", "after", "before", "since", "until", "following", "amid", "amidst", "despite",
     "throughout", "at", "upon", "ahead", "prior", "with", "by", "from", "as", "like"}
)
_COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "csubj", "csubjpass"})
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "oprd", "obj"})


@dataclass(frozen=True, slots=True, kw_only=True)
class StatusDecision:
    """The status of one event mention.

    Attributes:
        status: what the text asserts about the event.
        score: factuality in [-3, +3]: -3 certainly did not / will not happen, +3 certainly
            happened (or is happening).
        cues: the words that decided it, in the order the model met them.
        generic: a generic, habitual or background statement rather than a specific event.
    """

    status: Status
    score: float
    cues: tuple[str, ...]
    generic: bool = False


def assess_status(trigger: Token | Span) -> StatusDecision:
    """Status of the event denoted by `trigger` as the text asserts it.

    The trigger is a verb, an event noun or an adjective; for a Span its syntactic head is
    used. Only the dependency parse of the trigger's sentence is read (no model is run), so
    the call is cheap and works on hand-built Docs as well as on parsed ones. The score is the
    rule score calibrated within the status's band (``status_score``).

    Args:
        trigger: the event's trigger token, or a span whose root is the trigger.

    Returns:
        The status, a factuality score in [-3, +3], the cue words and the generic flag.

    Example:
        >>> assess_status(doc[5])  # "Putin is not expected to meet her" -> "meet"
        StatusDecision(status=<Status.DENIED: 'denied'>, score=-2.5, cues=('not', 'expected'), ...)
    """
    tok = trigger.root if isinstance(trigger, Span) else trigger
    decision = rule_decision(tok)
    score = calibrated_score(tok, decision.status, decision.score, cues=decision.cues,
                             generic=decision.generic)
    return StatusDecision(status=decision.status, score=score, cues=decision.cues,
                          generic=decision.generic)


def rule_decision(trigger: Token | Span) -> StatusDecision:
    """The rules' decision alone, with the fixed score of its status (no calibration).

    Args:
        trigger: the event's trigger token, or a span whose root is the trigger.

    Returns:
        The decision as :func:`assess_status` gives it, before score calibration.
    """
    tok = trigger.root if isinstance(trigger, Span) else trigger
    reset_children()
    state = _assess(tok, 0)
    status, score = _read_off(state)
    return StatusDecision(
        status=status,
        score=score,
        cues=tuple(dict.fromkeys(state.cues)),
        generic=is_generic(tok),
    )


def asserted_by_predicate(trigger: Token) -> bool:
    """Whether a predicate states the event of `trigger` itself: "the meeting took place",
    "held talks", "attended the summit" (used by the document-level pass)."""
    reset_children()
    link = _link(trigger)
    return link is not None and link[1] in {Embed.LIGHT, Embed.PARTICIPATE, Embed.IMPL_POS}


# --------------------------------------------------------------------------- the walk


def _assess(tok: Token, depth: int) -> State:
    """The full state of `tok`'s event: its own markers, then what embeds it."""
    if tok.dep_ == "conj" and tok.head is not tok:
        first = _first_conjunct(tok)
        local = local_state(tok)
        if _has_own_markers(tok):
            # "visited Russia and held talks": a clause of its own under the same embedding.
            return _embed(local, first, depth)
        # "is expected to attend and possibly engage": shares the first conjunct's markers.
        return _merge(_assess(first, depth + 1), local)
    if tok.dep_ in {"acomp", "attr"} and is_adj(tok) and tok.head.lemma_ == "be":
        # An event adjective ("was absent") is asserted through its copula.
        return _merge(_assess(tok.head, depth + 1), local_state(tok))
    return _embed(local_state(tok, trigger=depth == 0), tok, depth)


def _embed(local: State, anchor: Token, depth: int) -> State:
    """Apply the predicate that embeds `anchor` (if any) to the state `local`."""
    if depth >= _MAX_DEPTH:
        return local
    link = _link(anchor)
    if link is None:
        if anchor.dep_ == "ROOT" and is_infinitive(anchor) and local.time is None:
            local.time = "future"  # headline infinitive: "Apple to give refunds"
            local.cues.append("to")
        if _is_question(anchor) and not _asks_about_part(anchor):
            local.weaken(POSS, "?")  # "Will they meet?" asks, it does not assert
        return local
    gov, kind, cue = link
    if kind == "adjunct":
        return local
    if is_noun(gov) and kind not in {Embed.LIGHT, Embed.CONTENT}:
        # A governing noun ("the absence of", "speculation about") is presupposed: its own
        # markers count, not the clause it sits in ("the absence of X may suggest ...").
        gov_state = local_state(gov)
    else:
        gov_state = _assess(gov, depth + 1)
    return _compose(kind, gov_state, local, cue)


def _link(tok: Token) -> tuple[Token, Embed | str, str] | None:
    """The token that embeds `tok`, how it embeds it, and the cue word."""
    dep, head = tok.dep_, tok.head
    if head is tok or dep == "ROOT":
        return None
    for child in kids(tok):
        if child.dep_ == "mark" and child.text.lower() in QUESTIONS:
            return head, Embed.QUESTION, child.text  # "whether she will meet": open
    if dep in _COMPLEMENT_DEPS:
        return _clause_link(tok, head)
    if dep in {"nsubj", "nsubjpass"} and is_noun(tok):
        raised = _raised_into(head)
        if raised is not None:
            # "The trial is set to begin", "talks are going to resume": the event noun is the
            # subject of the infinitive's light verb, planned or expected as that verb is.
            return raised, Embed.LIGHT, raised.text
    if dep == "advcl" and is_noun(head):
        return _acl_link(tok, head)  # "no plans for Putin to meet Choe" (parsed as advcl)
    if dep == "advcl":
        return _adverbial_link(tok, head)
    if dep in {"acl", "relcl"}:
        return _acl_link(tok, head)
    if dep in _OBJECT_DEPS:
        kind = _verb_kind(head) if (is_verb(head) or is_adj(head)) else None
        if head.lemma_.lower() in ANNOUNCERS:
            return head, Embed.PLAN, head.text  # "announced job cuts": cuts to come
        if kind == Embed.PLAN and head.lemma_.lower() in CLAUSE_ONLY:
            kind = None  # "set a record" is not "set to"
        if kind in {None, Embed.REPORT, Embed.FACTIVE}:
            # "announced the visit", "will cut 30,000 jobs": a nominal argument names a thing
            # or an event the text presupposes; only its own markers count.
            return head, "arg", head.text
        return head, kind, head.text
    if dep == "nsubj":
        return _subject_link(tok, head)
    if dep == "attr":
        return head, Embed.LIGHT, head.text
    if dep in {"pobj", "pcomp"} and head.dep_ in {"prep", "agent", "dative"}:
        return _prep_link(tok, head)
    return None


def _clause_link(tok: Token, head: Token) -> tuple[Token, Embed | str, str]:
    for child in kids(tok):
        if child.dep_ == "mark" and child.text.lower() == "if" and tok.dep_ == "ccomp":
            return head, Embed.QUESTION, child.text
    if is_noun(head):
        return head, NOUN_EMBEDDERS.get(head.lemma_.lower(), "adjunct"), head.text
    if head.lemma_ == "be" and tok.dep_ == "xcomp" and is_infinitive(tok):
        return head, Embed.PLAN, head.text  # "is to meet", "were to take place"
    if _changed_by(head) and is_infinitive(tok):
        return _purpose_link(tok, head)  # "dropped 9% to reach a low": a result, not a plan
    kind = _verb_kind(head)
    if kind in {Embed.REPORT, Embed.FACTIVE} and tok.dep_ == "xcomp" and any(
        c.dep_ == "auxpass" for c in kids(head)
    ):
        # "is said to be", "is reported to have met": hearsay, not the speaker's assertion.
        return head, Embed.BELIEF, _cue_text(head)
    if kind is not None:
        return head, kind, _cue_text(head)
    if tok.dep_ == "xcomp" and is_infinitive(tok):
        return _purpose_link(tok, head)  # "departed ... to participate"
    return head, Embed.REPORT, head.text


def _adverbial_link(tok: Token, head: Token) -> tuple[Token, Embed | str, str]:
    marks = [c for c in kids(tok) if c.dep_ == "mark"]
    condition = conditional_mark(tok)
    if condition is not None:
        return head, "conditional", condition.text
    if is_infinitive(tok):
        return _purpose_link(tok, head)
    if not marks and tok.tag_ in {"VBG", "VBN"} and not _has_own_markers(tok):
        return head, Embed.LIGHT, head.text  # participle clause: shares the main clause
    temporal = [m for m in marks if m.text.lower() in TEMPORAL_MARKS] + [
        # "when" is parsed as an adverb of the clause, not a mark: "when it arrives"
        c for c in kids(tok) if c.dep_ == "advmod" and c.i < tok.i
        and c.text.lower() in {"when", "whenever"}]
    if temporal and tok.tag_ in {"VBZ", "VBP"}:
        # "when you turn 21 you can ...", "once the deal closes": a present tense under a
        # temporal conjunction takes its time and modality from the main clause.
        return head, "nonfinite", temporal[0].text
    if temporal and tok.tag_ == "VBD":
        # "said the engines would be replaced before the tour commenced": a past tense shifted
        # back by a reported future; it is future only when the main clause is.
        return head, "backshift", temporal[0].text
    return head, "adjunct", ""


def _purpose_link(tok: Token, head: Token) -> tuple[Token, Embed | str, str]:
    if _changed_by(head) or tok.lemma_.lower() in RESULT_VERBS:
        # "fell 3% to end the day at ...": the infinitive states the result, not an aim.
        return head, Embed.LIGHT, head.text
    return head, "purpose", "to"


def _changed_by(verb: Token) -> bool:
    """A verb of change in value with its measure: "fell 3%", "declined sharply" (not the
    "declined to meet" of a refusal)."""
    return verb.lemma_.lower() in CHANGE_VERBS and any(
        c.dep_ in {"dobj", "npadvmod", "prep", "advmod"} for c in kids(verb)
    )


def _acl_link(tok: Token, head: Token) -> tuple[Token, Embed | str, str]:
    if is_infinitive(tok):
        kind = NOUN_EMBEDDERS.get(head.lemma_.lower())
        if kind is not None:
            return head, kind, head.text  # "plans to meet", "a refusal to attend"
        clause = _ranked_clause(head)
        if clause is not None:
            # "is the first jet to be built of composites", "will be the first woman to lead":
            # after a ranking word the infinitive is a relative clause in the time of its
            # sentence, not an aim.
            return clause, "nonfinite", "to"
        return head, "purpose", "to"
    if tok.dep_ == "acl" and any(c.dep_ == "mark" for c in kids(tok)):
        kind = NOUN_EMBEDDERS.get(head.lemma_.lower())
        if kind is not None:
            return head, kind, head.text  # "reports that they had met", "fears that ..."
    return head, "adjunct", ""


def _ranked_clause(noun: Token) -> Token | None:
    """The verb of the clause of a noun ranked by an ordinal, "only" or a superlative."""
    if not any(c.tag_ == "JJS" or c.text.lower() in _RANKS for c in kids(noun)):
        return None
    tok = noun
    for _ in range(_MAX_DEPTH):
        if is_verb(tok) or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok if is_verb(tok) else None


_RANKS = frozenset({"first", "last", "only", "second", "third", "next"})


def _subject_link(tok: Token, head: Token) -> tuple[Token, Embed | str, str] | None:
    if _verb_kind(head) == Embed.CANCEL and not any(
        c.dep_ in {"dobj", "obj"} for c in kids(head)
    ):
        # "Summit postponed after attack", "Talks called off": a headline passive; nothing
        # can postpone without an object, so the subject is what was postponed.
        return head, Embed.CANCEL, _cue_text(head)
    if head.lemma_ == "be":
        for child in kids(head):
            if child.dep_ == "prep" and child.text.lower() == "on":
                for obj in kids(child):
                    if obj.dep_ == "pobj" and obj.lemma_.lower() in PLAN_PLACES:
                        return head, Embed.PLAN, f"on {obj.text}"
            if child.dep_ == "acomp" and not _causal(child):
                kind = EMBEDDERS.get(child.lemma_.lower())
                if kind is not None and kind != Embed.LIGHT:
                    return head, kind, child.text  # "a meeting is likely / possible"
    if _verb_kind(head) == Embed.LIGHT and (
        head.lemma_.lower() in SUBJECT_LIGHT or _cue_text(head).lower() in {"take place",
                                                                           "go ahead"}
    ):
        return head, Embed.LIGHT, head.text  # "the meeting took place", "talks began"
    return None


def _raised_into(head: Token) -> Token | None:
    """The infinitive complement of `head` whose subject is an event: "is set to begin",
    "is due to be held"; not a copula ("was found to be") nor a verb with an object of its
    own ("the plan is to end the losses")."""
    for child in kids(head):
        if child.dep_ != "xcomp" or not is_infinitive(child) or child.lemma_ == "be":
            continue
        objects = [c for c in kids(child) if c.dep_ in {"dobj", "obj"}]
        if any(c.text.lower() != "place" for c in objects):
            continue
        if _verb_kind(child) == Embed.LIGHT and (
            child.lemma_.lower() in SUBJECT_LIGHT
            or _cue_text(child).lower() == "go ahead"
            or any(c.dep_ == "auxpass" for c in kids(child))
        ):
            return child
    return None


def _prep_link(tok: Token, prep: Token) -> tuple[Token, Embed | str, str] | None:
    gov = prep.head
    if gov is prep:
        return None
    p = prep.text.lower()
    if is_noun(gov):
        kind = NOUN_EMBEDDERS.get(gov.lemma_.lower())
        if kind is None or p in _ADJUNCT_PREPS:
            return None
        return gov, kind, gov.text
    phrasal = EMBEDDERS.get(f"{lemma_of(gov)} {p}")
    if p == "to" and any(c.text.lower() == "forward" for c in kids(gov)):
        phrasal = Embed.WANT  # "look forward to seeing you"
    if p in NEGATIVE_PREPS and is_noun(tok):
        return gov, Embed.NEGATIVE, prep.text  # "ended without an agreement"
    if phrasal is not None and (is_verb(gov) or is_adj(gov)):
        return gov, phrasal, f"{gov.text} {prep.text}"  # "thinking of converting", "called for"
    if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and not _has_own_markers(tok):
        # "before heading back", "instead of taking a plane": a non-finite clause shares the
        # time and modality of its clause; "without"/"instead of" deny it.
        before = prep.doc[prep.i - 1].text.lower() if prep.i > 0 else ""
        negative = p in NEGATIVE_PREPS or before == "instead"
        return gov, "nonfinite_neg" if negative else "nonfinite", prep.text
    if not (is_verb(gov) or is_adj(gov)) or p in _ADJUNCT_PREPS:
        return gov, "adjunct", ""
    if gov.lemma_ == "be" or _causal(gov):
        return gov, "adjunct", ""
    if gov.lemma_.lower() in WORRY_CLAUSE_ONLY or gov.lower_ in WORRY_CLAUSE_ONLY:
        return gov, "arg", gov.text  # "concerned about the violence": what has happened
    kind = _verb_kind(gov)
    if kind in {None, Embed.REPORT, Embed.FACTIVE}:
        return gov, "arg", gov.text
    return gov, kind, f"{gov.text} {prep.text}"


# --------------------------------------------------------------------------- composition


def _compose(kind: Embed | str, gov: State, local: State, cue: str) -> State:
    """The embedded event's state, given the embedding kind and the governor's state."""
    out = State(
        pol=local.pol, mod=local.mod, time=local.time, cancelled=local.cancelled,
        would=local.would, cues=[*gov.cues, *local.cues] if _inherits_cues(kind) else local.cues,
    )
    if kind in _FOLDING_KINDS:
        _fold(kind, out, gov, local, cue)
    else:
        _scope(kind, out, gov, local, cue)
    return out


# Embeddings whose governor's own state carries over to the embedded event (with changes).
_FOLDING_KINDS = frozenset({"arg", "backshift", "nonfinite", "nonfinite_neg", "purpose",
                            Embed.PARTICIPATE,
                            Embed.IMPL_NEG, Embed.LIGHT, Embed.IMPL_POS, Embed.ABLE,
                            Embed.PLAN, Embed.EXPECT, Embed.WANT, Embed.UNLIKELY})


def _fold(kind: Embed | str, out: State, gov: State, local: State, cue: str) -> None:
    """Light verbs, implicatives, plans and aims: fold the governor's state into `out`."""
    if kind == "arg":
        return  # a nominal argument keeps its own markers ("will cut 30,000 jobs")
    if kind == "backshift":
        if gov.time == "future":
            _inherit(out, gov, negate=False, keep_pol=True)
            out.time = "future"
            out.cues[:0] = gov.cues
        return
    if kind in {"nonfinite", "nonfinite_neg"}:
        _inherit(out, gov, negate=kind == "nonfinite_neg", keep_pol=True)
        out.time = "future" if gov.time == "future" else local.time or gov.time
    elif kind == Embed.PARTICIPATE:
        # "will attend the summit": the gathering is as planned or as possible as the taking
        # part, but "did not attend the summit" says nothing against the summit.
        _inherit(out, gov, negate=False, keep_pol=True)
    elif kind == Embed.IMPL_NEG and gov.pol < 0:
        # "did not rule out a meeting", "did not refuse to meet": left open, not asserted.
        _inherit(out, gov, negate=True, keep_pol=False)
        out.weaken(POSS, cue)
    elif kind in {Embed.LIGHT, Embed.IMPL_POS, Embed.IMPL_NEG}:
        _inherit(out, gov, negate=kind == Embed.IMPL_NEG, keep_pol=False)
        if kind == Embed.IMPL_NEG:
            out.cues.append(cue)
    elif kind == Embed.ABLE and gov.time == "future" and gov.pol > 0:
        # "will be able to set", "will allow developers to create": a plan, not a capacity.
        _inherit(out, gov, negate=False, keep_pol=False)
        out.cues.append(cue)
    else:  # PLAN, EXPECT, UNLIKELY, WANT, ABLE, purpose
        level = {Embed.PLAN: CERT, Embed.EXPECT: PROB, Embed.UNLIKELY: PROB,
                 "purpose": CERT}.get(kind, POSS)
        _inherit(out, gov, negate=kind == Embed.UNLIKELY, keep_pol=kind == "purpose")
        out.weaken(level, cue)
        # The embedded event lies ahead of the plan or hope, whatever the governor's tense,
        # unless the clause places it back itself ("is believed to have met").
        out.time = "past" if local.time == "past" else "future"
        out.would = False


def _scope(kind: Embed | str, out: State, gov: State, local: State, cue: str) -> None:
    """Reports, beliefs, questions, conditions, cancellations: the embedded clause keeps its
    own state, which the embedding weakens, negates or cancels."""
    if kind in {Embed.REPORT, Embed.FACTIVE}:
        if local.would and gov.time in {"past", None}:
            out.would, out.time = False, "future"  # "said she would attend"
        if kind == Embed.REPORT and (gov.pol < 0 or gov.mod < CERT):
            out.weaken(POSS, cue)  # "did not say that", "may announce that"
    elif kind in {Embed.BELIEF, Embed.QUESTION} and gov.pol < 0 and cue.lower() in _DOUBTS:
        out.cues.append(cue)  # "there is no doubt that X": X asserted
    elif kind in {Embed.BELIEF, Embed.QUESTION}:
        out.weaken(POSS, cue)
        out.would = False  # "asked whether she would visit": the future of the question
        if gov.mod == HYP:
            out.mod = HYP
    elif kind == "conditional":
        out.weaken(HYP, cue)
    elif kind == Embed.CANCEL:
        _compose_cancel(out, gov, cue)
    elif kind == Embed.CONTENT:
        # "denied reports that they had met": the clause stands or falls with the report.
        _inherit(out, gov, negate=False, keep_pol=False)
        out.time = local.time or out.time
    elif kind == Embed.NEGATIVE:
        out.pol = -out.pol * gov.pol
        out.mod = min(out.mod, gov.mod)
        out.cues.append(cue)


def _inherits_cues(kind: Embed | str) -> bool:
    return kind not in {Embed.REPORT, Embed.FACTIVE, "adjunct", "backshift"}


def _inherit(out: State, gov: State, *, negate: bool, keep_pol: bool) -> None:
    """Fold the governor's state into `out` (light verbs, implicatives, arguments)."""
    if not keep_pol:
        out.pol *= gov.pol
    if negate:
        out.pol = -out.pol
    out.mod = min(out.mod, gov.mod)
    if out.time is None or gov.time == "future":
        out.time = gov.time
    out.cancelled = out.cancelled or (gov.cancelled and not keep_pol)
    out.would = out.would or gov.would


def _compose_cancel(out: State, gov: State, cue: str) -> None:
    if gov.pol < 0:
        return  # "the visit was not postponed": as the clause otherwise says
    out.cues.append(cue)
    if gov.mod >= PROB:
        out.cancelled = True
    else:
        out.mod = min(out.mod, POSS)


def _merge(base: State, extra: State) -> State:
    """A conjunct or adjective that shares `base`'s markers but may add its own."""
    return State(
        pol=base.pol * extra.pol,
        mod=min(base.mod, extra.mod),
        time=extra.time or base.time,
        cancelled=base.cancelled or extra.cancelled,
        would=base.would or extra.would,
        cues=[*base.cues, *extra.cues],
    )


def _read_off(state: State) -> tuple[Status, float]:
    """Map the final state to a status and a factuality score.

    The score answers "did it happen (or is it happening)?": an event still to come has not
    happened, so plans score below zero, above denials.
    """
    mod = state.mod
    if state.would and mod > HYP:
        # A "would" outside any conditional or report: an anticipated consequence or plan
        # ("two models would be discontinued"), weaker than "will".
        mod, state.time = min(mod, PROB), "future"
    if state.cancelled and state.pol > 0:
        return Status.CANCELLED, -2.5
    if state.pol < 0:
        if mod >= PROB:
            return Status.DENIED, -3.0 if mod == CERT else -2.5
        if mod == HYP:
            return Status.HYPOTHETICAL, -2.0
        return Status.POSSIBLE, -2.0
    if mod == HYP:
        return Status.HYPOTHETICAL, -1.5
    if mod == POSS:
        return Status.POSSIBLE, -0.5
    if mod == PROB:
        if state.time == "past":
            return Status.POSSIBLE, 1.0  # "is believed to have met"
        return Status.EXPECTED, -1.0
    if state.time == "future":
        return Status.SCHEDULED, -1.0
    if state.time == "present":
        return Status.ONGOING, 2.5
    return Status.OCCURRED, 3.0


# --------------------------------------------------------------------------- helpers


def _verb_kind(tok: Token) -> Embed | None:
    """The lexical class of a predicate, trying particle verbs first ("call off")."""
    lemma = lemma_of(tok)
    for child in kids(tok):
        if child.dep_ == "prt":
            kind = EMBEDDERS.get(f"{lemma} {child.text.lower()}")
            if kind is not None:
                return kind
        if child.dep_ == "dobj" and child.text.lower() == "place" and lemma == "take":
            return Embed.LIGHT
    return EMBEDDERS.get(lemma)


def _is_question(root: Token) -> bool:
    """The clause of `root` (a sentence root) ends in a question mark, closing quotes aside."""
    doc, i = root.doc, root.right_edge.i
    while i > root.i and (doc[i].is_space or doc[i].text in _CLOSERS):
        i -= 1
    return doc[i].text.endswith("?")


def _asks_about_part(root: Token) -> bool:
    """A wh-question ("Who attacked the convoy?", "Why did Israel bomb it?", "When will they
    meet?") presupposes its event and asks only for a participant or a circumstance; a
    yes/no question ("Will they meet?") leaves the event open."""
    words = [t for t in root.subtree if not (t.is_punct or t.is_space)][:2]
    if words and words[0].pos_ == "ADP":
        words = words[1:]  # "In which city will they meet?"
    return bool(words) and words[0].tag_ in {"WP", "WRB", "WDT", "WP$"} \
        and words[0].lower_ not in {"whether", "if"}


_CLOSERS = frozenset({'"', "'", "\u201d", "\u2019", "''", ")"})


def _causal(tok: Token) -> bool:
    """"due to the crisis" is a cause, not a schedule."""
    return tok.lemma_.lower() == "due" and any(
        c.dep_ == "prep" and c.text.lower() == "to" for c in kids(tok)
    )


def _cue_text(tok: Token) -> str:
    parts = [tok.text] + [c.text for c in kids(tok) if c.dep_ == "prt"]
    return " ".join(parts)


def _has_own_markers(tok: Token) -> bool:
    if tok.tag_ in _FINITE_TAGS:
        return True
    return any(c.dep_ in {"aux", "auxpass", "neg", "nsubj", "nsubjpass"} for c in kids(tok))


def _first_conjunct(tok: Token) -> Token:
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok
