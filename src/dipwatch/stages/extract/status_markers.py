"""The trigger's own markers, read into a factuality state (used by ``status.py``).

Negation, modal auxiliaries, tense and aspect, periphrastic futures and modals ("is going to",
"has to"), imperatives, hedging adverbs and time expressions, and the determiners and
adjectives of an event noun ("no planned meeting", "possible discussions").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from dipwatch.stages.extract.status_lexicon import (
    CONDITIONALS,
    FUTURE_TIME,
    HEDGES,
    MODALS,
    NOUN_MODIFIERS,
    PAST_TIME,
    PERIPHRASTIC_MODALS,
    PRESENT_TIME,
    is_verb,
    kids,
)

# Modality levels, ordered so that the weaker of two is their minimum.
HYP, POSS, PROB, CERT = 0, 1, 2, 3

_IMPERATIVE_DEPS = frozenset({"ROOT", "parataxis", "advcl", "dep"})


@dataclass(slots=True)
class State:
    """Factuality of one event as far as the walk has read it."""

    pol: int = 1
    mod: int = CERT
    time: str | None = None  # past | present | future, None when nothing marks it
    cancelled: bool = False
    would: bool = False  # a bare "would": hypothetical unless a past report licenses it
    cues: list[str] = field(default_factory=list)

    def weaken(self, mod: int, cue: str) -> None:
        if mod < self.mod:
            self.mod = mod
        self.cues.append(cue)


def local_state(tok: Token, *, trigger: bool = False) -> State:
    """The trigger's own markers: negation, modals, tense and aspect, hedges, noun modifiers.

    With ``trigger``, `tok` is the event asked about, not a governor on the way up: a verb of
    necessity is then a state of its own ("I need to know": the need holds), not the marker
    that makes its complement a future one.
    """
    state = State()
    if is_verb(tok):
        _verb_markers(tok, state, trigger=trigger)
    else:
        _noun_markers(tok, state)
    for child in kids(tok):
        if child.dep_ in {"advmod", "npadvmod", "tmod", "obl:tmod"}:
            _adverb(child, state)
        elif child.dep_ == "prep" and state.time is None and _future_period(child):
            state.time = "future"  # "cuts over the next four years", "talks in the coming days"
            state.cues.append(child.text)
    return state


def _modifier_word(word: str) -> str:
    """The head of a hyphenated modifier: "now-cancelled" -> "cancelled"."""
    return word.rsplit("-", 1)[-1] if "-" in word else word


def _future_period(prep: Token) -> bool:
    """A time phrase about a period still to come: "over the next four years"."""
    if prep.text.lower() not in {"over", "in", "within", "during", "for", "until", "through"}:
        return False
    for obj in kids(prep):
        if obj.dep_ == "pobj" and obj.lemma_.lower() in _PERIODS_PLURAL:
            return any(c.text.lower() in {"next", "coming", "upcoming"} for c in kids(obj))
    return False


_PERIODS_PLURAL = frozenset({"week", "month", "year", "day", "decade", "weekend", "quarter",
                             "season", "hour", "weeks", "months", "years", "days", "decades"})


def _verb_markers(tok: Token, state: State, *, trigger: bool = False) -> None:
    tense = _tense_of(tok.tag_)
    for child in kids(tok):
        dep, low = child.dep_, child.text.lower()
        if dep == "neg" and not _is_not_only(child):
            state.pol = -state.pol
            state.cues.append(child.text)
        elif dep in {"aux", "auxpass"}:
            lemma = child.lemma_.lower()
            if low in MODALS or lemma in MODALS:
                _modal(MODALS.get(low) or MODALS[lemma], child, state)
            elif lemma == "have":
                tense = "past"
            elif lemma in {"be", "do"} and child.tag_ in {"VBD", "VBZ", "VBP"}:
                tense = "past" if child.tag_ == "VBD" else "present"
    if state.time is None and tense is not None:
        state.time = "past" if tense == "past" else tense
    _periphrastic(tok, state, trigger=trigger)
    if _is_imperative(tok):
        state.weaken(POSS, "imperative")  # "Give me a call": asked for, not done
        state.time = "future"
    elif _is_bare_base(tok):
        state.weaken(POSS, "base")  # "contact Vernon and get the details": not asserted
        state.time = "future"
    if conditional_main_clause(tok) and (state.mod < CERT or state.would):
        state.mod, state.would = HYP, False
        state.cues.append("if")


def _periphrastic(tok: Token, state: State, *, trigger: bool = False) -> None:
    """"is going to", "has to", "needs to": the verb itself marks the future or a need."""
    if not any(c.dep_ == "xcomp" and is_infinitive(c) for c in kids(tok)):
        return
    lemma = tok.lemma_.lower()
    if lemma in {"have", "be"} and any(
        c.dep_ == "advmod" and c.text.lower() == "yet" for c in kids(tok)
    ):
        state.pol = -state.pol  # "has yet to meet": not so far
        state.cues.append("yet")
    elif lemma == "go" and tok.tag_ == "VBG":
        state.time = "future"
        state.cues.append(tok.text)
    elif lemma in PERIPHRASTIC_MODALS and not _past_necessity(tok) and not trigger:
        state.weaken(PROB, tok.text)
        state.time = "future"
    # A past necessity ("had to leave", "needed to sign", "has had to pay") was met: the verb
    # keeps its past.


def _past_necessity(tok: Token) -> bool:
    return tok.tag_ == "VBD" or (tok.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in kids(tok)))


def _is_imperative(tok: Token) -> bool:
    """A bare verb heading its own clause with no subject and no auxiliary but "do"
    ("Give me a call", "Please forward the file", "Don't drink it")."""
    if tok.tag_ != "VB" or tok.dep_ not in _IMPERATIVE_DEPS:
        return False
    for child in kids(tok):
        if child.dep_ in {"nsubj", "nsubjpass", "expl", "mark", "csubj"}:
            return False
        if child.dep_ in {"aux", "auxpass"} and child.lemma_.lower() != "do":
            return False
    return True


def _is_bare_base(tok: Token) -> bool:
    """A base-form verb with no subject, auxiliary, "to" or complementiser of its own, where
    the clause types that take a bare verb as a done event (``xcomp``: "helped build") do
    not apply. A base form cannot be a finite past or present verb, so such a verb is an
    order, a wish or an infinitive whose marker the parser attached elsewhere ("to take it,
    alter it, and release"); UDS dev counts about three not-happened for one happened."""
    if tok.tag_ != "VB" or tok.dep_ in _BARE_OK_DEPS:
        return False
    if tok.dep_ == "conj" and tok.head.tag_ in {"VB", "MD"}:
        return False  # "to attend and engage": the second verb shares the first one's markers
    return not any(c.dep_ in _BARE_BLOCKING for c in kids(tok))


_BARE_OK_DEPS = frozenset({"xcomp", "ROOT", "parataxis", "advcl", "dep"})
_BARE_BLOCKING = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "aux", "auxpass", "mark"})


def _modal(kind: str, child: Token, state: State) -> None:
    if kind == "future":
        state.time = "future"
        state.cues.append(child.text)
    elif kind == "would":
        state.would = True
        state.cues.append(child.text)
    else:
        state.weaken({"possible": POSS, "expected": PROB}[kind], child.text)
        if state.time is None:
            state.time = "future" if kind == "expected" else None


def _noun_markers(tok: Token, state: State) -> None:
    for child in kids(tok):
        dep, low = child.dep_, child.text.lower()
        if dep == "det" and low in {"no", "neither"}:
            state.pol = -state.pol
            state.cues.append(child.text)
        elif dep in {"amod", "compound", "nmod"} and _modifier_word(low) in NOUN_MODIFIERS:
            _noun_modifier(NOUN_MODIFIERS[_modifier_word(low)], child, state)
        elif dep in {"poss", "npadvmod", "nmod"}:
            _adverb(child, state)
        elif dep == "amod" and child.text.lower() in FUTURE_TIME:
            state.time = "future"
            state.cues.append(child.text)
        elif dep == "acl" and _reduced_passive(child) and low != "reported" and (
                NOUN_MODIFIERS.get(low) in {"future", "expected", "possible", "cancelled"}):
            # "the meeting planned for May", "test flight delayed after accident": a participle
            # after the noun says what a participle before it would ("the planned meeting");
            # "the attack reported by police" names a source, not a doubt.
            _noun_modifier(NOUN_MODIFIERS[low], child, state)


def _reduced_passive(verb: Token) -> bool:
    """A past participle with no auxiliary, subject or object of its own."""
    return verb.tag_ == "VBN" and not any(
        c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass", "dobj"} for c in kids(verb))


def _noun_modifier(kind: str, child: Token, state: State) -> None:
    if kind == "cancelled":
        state.cancelled = True
        state.cues.append(child.text)
    elif kind in {"past", "present", "future"}:
        state.time = kind
        state.cues.append(child.text)
    else:
        state.weaken({"possible": POSS, "expected": PROB}[kind], child.text)
        state.time = state.time or "future"


def _adverb(child: Token, state: State) -> None:
    """Hedges ("reportedly") and time expressions ("next week", "last year", "this week")."""
    low = child.text.lower()
    kind = HEDGES.get(low)
    if kind is None:
        kind = _time_phrase(child)
    if kind is None:
        if low in {"never"} or (low in {"nearly", "almost"} and _near_miss(child)):
            state.pol = -state.pol
            state.cues.append(child.text)
        return
    if kind in {"possible", "expected"}:
        state.weaken({"possible": POSS, "expected": PROB}[kind], child.text)
    elif state.time is None or kind == "future":
        state.time = kind
        state.cues.append(child.text)


def _near_miss(adverb: Token) -> bool:
    """"nearly broke the record", "almost collapsed": the event came close and did not
    happen; not an approximate amount hung on the verb ("rose almost 3 %")."""
    verb = adverb.head
    return is_verb(verb) and verb.tag_ != "VBG" and adverb.i < verb.i and not any(
        c.like_num or any(g.like_num for g in kids(c))
        for c in kids(verb) if c.dep_ in {"dobj", "npadvmod", "nummod", "prep"})


def _time_phrase(tok: Token) -> str | None:
    """"next week" -> future, "last year" -> past, "this week" -> present."""
    words = [tok.text.lower()] + [c.text.lower() for c in kids(tok) if c.dep_ in {"det", "amod"}]
    for word in words:
        if word in FUTURE_TIME:
            return "future"
        if word in PAST_TIME:
            return "past"
    if tok.text.lower() in {"today", "now"} or (
        any(w in PRESENT_TIME for w in words[1:]) and tok.lemma_ in _PERIODS
    ):
        return "present"
    return None


_PERIODS = frozenset({"week", "month", "year", "weekend", "morning", "afternoon", "evening",
                      "season", "summer", "winter", "spring", "autumn", "fall", "time"})


def _tense_of(tag: str) -> str | None:
    if tag == "VBD":
        return "past"
    if tag in {"VBZ", "VBP"}:
        return "present"
    return None



def is_infinitive(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.text.lower() == "to" for c in kids(tok))



def _is_not_only(neg: Token) -> bool:
    """"not only ... but also" does not negate the clause."""
    nxt = neg.nbor(1) if neg.i + 1 < len(neg.doc) else None
    return nxt is not None and nxt.text.lower() in {"only", "just", "merely"}



def conditional_main_clause(tok: Token) -> bool:
    """The main clause of a conditional: "If X were to happen, it could signal ..."."""
    return any(child.dep_ == "advcl" and conditional_mark(child) is not None
               for child in kids(tok))


def conditional_mark(clause: Token) -> Token | None:
    """The word that makes an adverbial clause a condition: "if", "unless", or the auxiliary
    of an inverted condition put before its subject ("Had the rebels accepted ...", "Should
    the talks collapse ...", "Were Russia to attack ...")."""
    for child in kids(clause):
        if child.dep_ == "mark" and child.text.lower() in CONDITIONALS:
            return child
    first = clause.doc[clause.left_edge.i]
    if first.lower_ in {"had", "should", "were"} and first.i == first.sent.start \
            and (first.head == clause and first.dep_ in {"aux", "auxpass"} or first == clause) \
            and first.sent[-1].text != "?" and clause.dep_ == "advcl":
        return first  # at the head of the sentence, before its subject; not a question
    return None
