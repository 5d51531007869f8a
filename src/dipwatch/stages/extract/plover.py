"""PLOVER types beyond CONSULT: trigger senses, argument tweaks, modes and contexts.

`triggers.trigger_sense` asks `other_sense` after the CONSULT lexicon (and `reconsider` for a
CONSULT sense another type overrides); `triggers` also asks `is_light_verb` (who holds
"sanctions" in "imposed sanctions") and `adjust_arguments` (the target of "sanctions on X",
"called on X to ..."). `events` asks `contexts_for` and `unresolved_parties`. PLOVER's coding
conventions for finished events (future meetings are AGREE, ...) live in
`dipwatch.export.plover.plover_code`.

Typing is dictionary lookups on lemmas plus a look at the trigger's direct dependents.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from spacy.tokens import Token

from dipwatch.model.records import Actor, Span
from dipwatch.stages.extract.lexicon import CONSULT_NOUNS, REPORTING_VERBS, TriggerSense
from dipwatch.stages.extract.plover_lexicon import (
    CYBER_TARGETS,
    FALSEHOODS,
    HOSTING,
    WEAPONS,
    WITHHELD,
    ACCESS_VERBS,
    AID_OBJECTS,
    SEARCHED,
    ACCEPTED,
    ACCESS,
    AIR_MODS,
    ARMED,
    ASSAULT_MODES,
    CIVILIAN_NOUNS,
    CONTENT_DEPS,
    CONTENT_MODES,
    CONTEXT_WORDS,
    DEFAULT_CONTEXTS,
    DIPLOMATIC_TARGETS,
    DISMISSED,
    LIGHT_VERBS,
    MEDIA,
    MILITARY_MODS,
    NOT_ACTORS,
    NOT_RELEASED,
    NOUNS,
    OBJECT_DEPENDENT,
    OBJECT_SENSES,
    OBLIGATION,
    OFFICIAL,
    QUANTITIES,
    RECEIVED,
    RENEWING,
    RIOTERS,
    SHARED,
    SIGNED,
    SKIP_ENTS,
    TARGET_PREPS,
    THINGS,
    THROWN,
    TIES,
    VERBAL_TARGETS,
    VERBS,
    WHEN,
    WILLING,
)

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                "COERCE", "ASSAULT")
MATERIAL_CONFLICT = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
def other_sense(token: Token) -> TriggerSense | None:
    """The non-CONSULT PLOVER sense of `token`, or None when it is no trigger here.

    The caller still checks the sense's `needs` against the token's dependents.
    """
    if token.pos_ == "VERB":
        if token.dep_ == "amod":
            return None  # "detained protesters": a description, not an event
        sense = VERBS.get(token.lemma_)
        if sense is not None and sense.type == "ACCUSE" and token.dep_ == "acl" \
                and token.tag_ == "VBN" and _agent_lemma(token) is None:
            return None  # "officials accused of playing a role": a description
        if sense is not None and _obliged(token):
            return _sense("REQUEST", _content_mode("REQUEST", [token.lemma_]))
        return _refine_verb(token, sense) if sense is not None else None
    if token.pos_ == "ADJ" and token.lemma_ in WILLING and token.dep_ == "acomp" \
            and any(c.dep_ == "xcomp" for c in token.children):
        return _sense("AGREE", None)  # "is ready to resume talks": willingness
    if token.pos_ in {"NOUN", "PROPN"} and token.dep_ != "compound":
        if token.lemma_ == "law" and any(c.lower_ == "martial" for c in token.children):
            return _sense("COERCE", "martial-law")  # (the NER may call it a LAW)
        if token.ent_type_ in SKIP_ENTS:
            return None
        if token.lemma_ == "fire" and any(c.lower_ == "cease" for c in token.children):
            return _sense("CONCEDE", None)  # "a cease-fire was declared"
        sense = NOUNS.get(token.lemma_)
        return _refine_noun(token, sense) if sense is not None else None
    return None


@lru_cache(maxsize=512)
def _sense(type_: str, mode: str | None) -> TriggerSense:
    return TriggerSense(type=type_, mode=mode)


def _retype(sense: TriggerSense, type_: str, mode: str | None) -> TriggerSense:
    return TriggerSense(type=type_, mode=mode, reverse=sense.reverse, needs=sense.needs)


def _dobj(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ in {"dobj", "nsubjpass"}:
            return _through_quantity(child)
    return None


def _through_quantity(noun: Token) -> Token:
    """ "dozens of diplomats" -> diplomats: the quantity is not what is acted on."""
    if noun.lemma_.lower() in QUANTITIES:
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        return pobj
    return noun


def _subject(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            return child
    if _misattached(token):
        return token.head
    head = token
    if head.dep_ == "pcomp" and head.head.dep_ == "prep":
        head = head.head.head
        for child in head.children:
            if child.dep_ == "nsubj":
                return child
    while head.dep_ in {"xcomp", "conj"} and head.head.i != head.i:
        head = head.head
        for child in head.children:
            if child.dep_ == "nsubj":
                return child
    return None


def _obliged(token: Token) -> bool:
    """ "Russia said that Sudan must return the helicopter": an obligation put on another
    party in reported speech is a demand by the speaker."""
    return token.dep_ == "ccomp" and token.head.lemma_ in REPORTING_VERBS and any(
        c.dep_ == "aux" and c.lower_ in OBLIGATION for c in token.children) and any(
        c.dep_ == "nsubj" and c.pos_ != "PRON" for c in token.children)


def _misattached(token: Token) -> bool:
    """ "Thousands of students protested", "..., a rights group protested": the parser
    hangs the clause on its subject as a participle."""
    return token.dep_ == "acl" and (token.tag_ == "VBD" or token.tag_ == "VBN" and (
        token.head.lemma_.lower() in CIVILIAN_NOUNS | OFFICIAL)) and not any(
        c.dep_ in {"auxpass", "agent", "dobj"} for c in token.children)


def _subject_lemma(token: Token) -> str | None:
    subject = _subject(token)
    if subject is not None:
        return subject.lemma_.lower()
    return None


def _refine_verb(token: Token, sense: TriggerSense) -> TriggerSense | None:
    """Re-type verbs whose PLOVER type depends on their object or subject."""
    lemma = token.lemma_
    obj = _dobj(token)
    olemma = obj.lemma_.lower() if obj is not None else None
    if lemma in OBJECT_DEPENDENT:
        found = _object_sense(token, olemma)
        if found is not None:
            return _retype(sense, found.type, found.mode)
        if lemma in {"lift", "ease", "relax", "return", "release"} and olemma in NOT_RELEASED:
            return None
    checks = _VERB_CHECKS.get(lemma)
    return checks(token, sense, olemma) if checks is not None else sense


def _object_sense(token: Token, olemma: str | None) -> TriggerSense | None:
    if olemma is not None and olemma in OBJECT_SENSES:
        return OBJECT_SENSES[olemma]
    if token.lemma_ == "withdraw":
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "from":
                for pobj in child.children:
                    if pobj.lemma_ in {"talk", "talks", "treaty", "agreement", "negotiation",
                                       "deal", "accord", "organization", "organisation",
                                       "alliance", "pact"}:
                        return _sense("SANCTION", "withdraw")
    return None


def _by_object(allowed: frozenset[str]) -> Any:
    def check(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
        return sense if olemma in allowed else None
    return check


def _protest_or_accuse(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense:
    # Diplomatic protests are ACCUSE disapprove; crowds protesting are PROTEST (ontology rule).
    subject = _subject(token)
    if subject is None or subject.lemma_.lower() in CIVILIAN_NOUNS:
        return sense
    if token.lemma_ == "protest" and (subject.ent_type_ in {"GPE", "ORG", "PERSON", "NORP"}
                                      or subject.lemma_.lower() in OFFICIAL):
        return _retype(sense, "ACCUSE", "disapprove")
    return sense


def _strike(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense:
    if _subject_lemma(token) in CIVILIAN_NOUNS and olemma is None:
        return _retype(sense, "PROTEST", "strike")
    return _retype(sense, "ASSAULT", _assault_mode(token, sense.mode))


def _expel(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense:
    if olemma in DIPLOMATIC_TARGETS:
        return sense
    return _retype(sense, "COERCE", "deport")


def _block(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense:
    if _subject_lemma(token) in CIVILIAN_NOUNS:
        return sense
    return _retype(sense, "COERCE", "restrict")


def _want(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "X wants Y to act" is a request of Y; "X wants to act" is no event of its own.
    for child in token.children:
        if child.dep_ in {"ccomp", "xcomp"} and any(c.dep_ == "nsubj" for c in child.children):
            return sense
    return sense if olemma is not None and olemma not in {"peace", "war"} else None


def _train(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    return sense if olemma in ARMED else None


def _deploy(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense:
    if olemma in WEAPONS:
        return _sense("MOBILIZE", "weapons")
    return _sense("MOBILIZE", "police") if olemma == "police" else sense


def _move(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "moved tanks to the border": a deployment; other moving is none
    if olemma in WEAPONS or olemma in ARMED:
        return _deploy(token, sense, olemma)
    return None


def _spread(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    obj = _dobj(token)
    words = {t.lemma_.lower() for t in obj.subtree} if obj is not None else set()
    return sense if words & FALSEHOODS else None


def _cut(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "cut electricity to the district": withholding public goods; "cut ties": see
    # OBJECT_SENSES; "cut taxes": no event
    if olemma in WITHHELD:
        return _sense("COERCE", "withhold")
    return _curtail(token, sense, olemma)


def _resume(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "resumed trade" cooperates; "restored ties" supports (diplomatic)
    if olemma in {"trade", "cooperation", "flight", "export", "import", "aid", "exchange"}:
        return _sense("AID" if olemma == "aid" else "COOPERATE", None)
    if olemma in {"relation", "tie", "contact"}:
        return _sense("SUPPORT", None)
    return sense if token.lemma_ == "restore" else None


def _blockade(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense:
    if _subject_lemma(token) in CIVILIAN_NOUNS:
        return _sense("PROTEST", "obstruct")  # "truck drivers blockaded the highway"
    return sense


def _send(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "sent troops" mobilises, "sent aid" aids, "sent inspectors" investigates; "sent
    # personnel to investigate": the purpose is the event
    if any(c.dep_ in {"xcomp", "advcl"} and c.lemma_ in VERBS for c in token.children):
        return None
    if olemma in ARMED:
        return _sense("MOBILIZE", "police" if olemma == "police" else "troops")
    if olemma in {"aid", "food", "supplies", "supply", "medicine", "assistance", "relief",
                  "peacekeeper", "doctor", "medic", "rescuer"}:
        return _sense("AID", None)
    if olemma in {"inspector", "investigator", "monitor", "observer", "team", "mission"}:
        return _sense("ACCUSE", "investigate")
    return None


def _find(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "was found guilty", "found X guilty": a conviction
    if any(c.lower_ == "guilty" for c in token.children) or any(
            g.lower_ == "guilty" for c in token.children for g in c.children):
        return sense
    return None


def _break(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "broke off diplomatic relations"; other breaking is no PLOVER event
    return _sense("SANCTION", "withdraw") if olemma in TIES else None


def _take(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "took three engineers hostage"
    if any(c.lemma_.lower() in {"hostage", "captive"} for c in token.children
           if c.dep_ in {"oprd", "dobj", "advmod", "npadvmod", "xcomp", "ccomp"}):
        return sense
    return None


def _violate(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # breaking a ceasefire is fighting (CAMEO 196); other violations are no event here
    obj = _dobj(token)
    words = {t.lemma_.lower() for t in obj.subtree} if obj is not None else set()
    return sense if words & {"ceasefire", "truce", "cease", "armistice"} else None


def _back(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    if any(c.dep_ == "prt" and c.lower_ == "down" for c in token.children):
        return _sense("CONCEDE", None)  # "backed down"
    return sense if olemma is not None else None


def _step(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "stepped down" (the parser makes "down" a particle or an adverb)
    return sense if any(c.lower_ == "down" and c.dep_ in {"prt", "advmod"}
                        for c in token.children) else None


def _stop(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    if olemma in {"work", "production"}:
        return sense if token.lemma_ == "stop" else None  # "stopped work": a strike
    return _curtail(token, sense, olemma)


def _curtail(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "ended military cooperation", "cut off aid": a reduction of relations (SANCTION)
    found = OBJECT_SENSES.get(olemma or "")
    if found is not None and found.type == "SANCTION":
        return _sense(found.type, found.mode)
    if olemma in {"cooperation", "partnership", "program", "programme", "exchange"}:
        return _sense("SANCTION", "discontinue")
    return None


def _close(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "closed the border" restricts movement, "shut down the newspaper" censors
    if olemma in MEDIA:
        return _sense("COERCE", "censor")
    if olemma in {"border", "crossing", "airspace", "port", "road", "checkpoint", "office"}:
        return _sense("COERCE", "restrict")
    if olemma in {"embassy", "consulate", "mission"}:
        return _sense("SANCTION", "withdraw")
    return None


def _allow(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "allowed the delivery of aid", "allowed UN inspectors to visit the site"
    if olemma in ACCESS:
        return sense
    for clause in token.children:
        if clause.dep_ in {"xcomp", "ccomp"} and (clause.lemma_ in ACCESS_VERBS or any(
                c.dep_ == "nsubj" and c.lemma_.lower() in ACCESS for c in clause.children)):
            return sense
    return None


def _particle(*words: str) -> Any:
    """A verb that is an event only with one of `words` as particle or adverb ("laid down
    their arms", "pulled out of", "handed over")."""
    def check(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
        return sense if any(c.lower_ in words and c.dep_ in {"prt", "advmod", "prep"}
                            for c in token.children) else None
    return check


def _approve(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense:
    # "approved a loan for Egypt" is aid; approving a plan or a statement is support
    return _sense("AID", None) if olemma in AID_OBJECTS else sense


def _throw(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    if olemma not in THROWN:
        return None
    if _subject_lemma(token) in CIVILIAN_NOUNS:
        return _retype(sense, "PROTEST", "riot")
    return sense


def _attack(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense:
    if olemma in VERBAL_TARGETS:
        return _retype(sense, "ACCUSE", "disapprove")
    if olemma in CYBER_TARGETS or _subject_lemma(token) == "hacker":
        return _sense("COERCE", "cyber")
    return _retype(sense, "ASSAULT", _assault_mode(token, sense.mode))


def _assault(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense:
    if _subject_lemma(token) in RIOTERS or _agent_lemma(token) in RIOTERS:
        # damage done by protesters is a riot or vandalism (PROTEST), not an armed assault
        return _retype(sense, "PROTEST", "vandalize" if sense.mode == "destroy" else "riot")
    return _retype(sense, sense.type, _assault_mode(token, sense.mode))


def _agent_lemma(token: Token) -> str | None:
    for child in token.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj.lemma_.lower()
    return None


def _receive(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "X received weapons from Y": Y aids X (the receiver is the recipient)
    found = RECEIVED.get(olemma or "")
    if found is None:
        return None
    return TriggerSense(type=found, mode=None, reverse=True, needs=sense.needs)


def _claim(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "The US claimed that ISIL had attacked Iraq": claiming another's attack accuses it
    for child in token.children:
        if child.dep_ == "ccomp" and child.lemma_ in VERBS \
                and VERBS[child.lemma_].type in MATERIAL_CONFLICT \
                and any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in child.children):
            return sense
    return None


def _vow(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense:
    # "vowed to retaliate" threatens; "vowed to help", "promised to send aid" promise.
    for clause in token.children:
        if clause.dep_ in {"xcomp", "ccomp"} and clause.pos_ == "VERB":
            inner = other_sense(clause)
            if inner is not None and inner.type in MATERIAL_CONFLICT:
                return _retype(sense, "THREATEN", _content_mode(
                    "THREATEN", _content_lemmas(token)) or _threat_content(inner))
    return sense


def _threat_content(inner: TriggerSense) -> str:
    if inner.type == "COERCE":
        return "arrest" if inner.mode == "arrest" else "restrict"
    return "violence" if inner.type in {"ASSAULT", "MOBILIZE"} else "restrict"


def _content_mode_check(token: Token, sense: TriggerSense,
                        olemma: str | None) -> TriggerSense | None:
    if token.lemma_ == "ask" and not any(
            c.dep_ in {"dobj", "xcomp", "ccomp"} or c.lower_ == "for" for c in token.children):
        return None  # "when asked about it": a question, not a request
    if sense.type not in CONTENT_MODES:
        return sense
    return _retype(sense, sense.type, _content_mode(sense.type, _content_lemmas(token))
                   or sense.mode)


_VERB_CHECKS: dict[str, Any] = {
    "protest": _protest_or_accuse, "strike": _strike, "expel": _expel, "block": _block,
    "want": _want, "train": _train, "send": _send, "deploy": _deploy, "stop": _stop,
    "find": _find, "allow": _allow, "receive": _receive, "claim": _claim, "permit": _allow,
    "attack": _attack, "throw": _throw, "hurl": _throw, "break": _break, "take": _take,
    "violate": _violate, "breach": _violate, "back": _back, "step": _step,
    "lay": _particle("down"), "pull": _particle("out", "back"), "hand": _particle("over"),
    "approve": _approve, "search": _by_object(SEARCHED), "vow": _vow,
    "move": _move, "spread": _spread, "cut": _cut, "resume": _resume, "restore": _resume,
    "expand": _resume, "blockade": _blockade,
    "end": _curtail, "terminate": _curtail, "curtail": _curtail, "reduce": _curtail,
    "close": _close, "shut": _close,
    "sign": _by_object(SIGNED), "share": _by_object(SHARED),
    "accept": _by_object(ACCEPTED), "dismiss": _by_object(DISMISSED),
    "pledge": _vow, "promise": _vow, "request": _content_mode_check,
    "demand": _content_mode_check, "ask": _content_mode_check, "urge": _content_mode_check,
    "call": _content_mode_check, "appeal": _content_mode_check, "seek": _content_mode_check,
    "reject": _content_mode_check, "refuse": _content_mode_check,
    "decline": _content_mode_check, "oppose": _content_mode_check,
    "threaten": _content_mode_check, "warn": _content_mode_check,
}
for _lemma, _entry in VERBS.items():
    if _entry.type == "ASSAULT" and _lemma not in _VERB_CHECKS:
        _VERB_CHECKS[_lemma] = _assault


def _content_lemmas(token: Token) -> list[str]:
    """Lemmas of what a request, refusal or threat is about: the complement's words."""
    out: list[str] = []
    for child in token.children:
        if child.dep_ in CONTENT_DEPS:
            out.extend(t.lemma_.lower() for t in child.subtree)
    return out


def _content_mode(type_: str, lemmas: Iterable[str]) -> str | None:
    table = CONTENT_MODES.get(type_, {})
    for lemma in lemmas:
        mode = table.get(lemma)
        if mode is not None:
            return mode
    return None


def _assault_mode(token: Token, default: str | None) -> str | None:
    if default is not None and default != "explosives":
        return default
    for node in [*token.children, *(token.head.children if token.dep_ == "pobj" else ())]:
        for t in node.subtree:
            mode = ASSAULT_MODES.get(t.lemma_.lower())
            if mode is not None and t.i != token.i:
                return mode
    return default


def _refine_noun(token: Token, sense: TriggerSense) -> TriggerSense | None:
    lemma = token.lemma_
    mods = {c.lemma_.lower() for c in token.children if c.dep_ in {"compound", "amod", "nmod"}}
    if lemma == "strike":
        if "hunger" in mods:
            return _sense("PROTEST", "hunger")
        if mods & AIR_MODS:
            return _sense("ASSAULT", "aerial" if mods & {"air", "aerial"} else
                          _assault_mode(token, None))
        return sense
    if lemma == "attack" and mods & {"cyber", "hacker", "computer"}:
        return _sense("COERCE", "cyber")
    if lemma in {"exercise", "drill", "patrol"}:
        if not mods & MILITARY_MODS and lemma != "patrol":
            return None
        return _sense("COOPERATE", None) if "joint" in mods else sense
    if lemma == "release" and mods & {"press", "news"}:
        return None
    if lemma in {"ban", "suspension", "halt", "restriction", "freeze"}:
        for prep in token.children:  # "a ban on seafood imports": a trade sanction
            if prep.dep_ == "prep" and prep.lower_ in {"on", "of"}:
                for pobj in prep.children:
                    found = OBJECT_SENSES.get(pobj.lemma_.lower())
                    if found is not None and found.type == "SANCTION":
                        return _sense(found.type, found.mode)
    if lemma == "emergency" and not (token.head.dep_ == "prep"
                                     and token.head.head.lemma_ == "state"):
        return None
    if sense.type == "ASSAULT":
        return _retype(sense, "ASSAULT", _assault_mode(token, sense.mode))
    if sense.type in CONTENT_MODES:
        return _retype(sense, sense.type, _content_mode(sense.type, _content_lemmas(token))
                       or sense.mode)
    return sense


def is_light_verb(verb: Token, noun: Token) -> bool:
    """Whether `verb` lends its subject to the non-CONSULT event noun `noun` it governs
    ("imposed sanctions", "launched an attack")."""
    if verb.lemma_ in RENEWING and noun.lemma_ in CONSULT_NOUNS:
        return True  # "renewed negotiations": the CONSULT list has "resume", not these
    return verb.lemma_ in LIGHT_VERBS and (noun.lemma_ in NOUNS or noun.lemma_ in {"law", "fire"})


def reconsider(token: Token, sense: TriggerSense) -> TriggerSense:
    """A CONSULT sense that another PLOVER type overrides: "called on Iran to stop" is a
    request, not a visit."""
    if token.lemma_ == "call" and any(c.dep_ in {"xcomp", "ccomp"} for c in token.children):
        return _sense("REQUEST", _content_mode("REQUEST", _content_lemmas(token)))
    return sense


def adjust_arguments(trig: Any) -> None:
    """Type-specific argument rules for a filled `triggers.Trigger` (non-CONSULT types).

    "sanctions on X", "fired at X", "called on X to", "aid to X": the phrase names the
    target. "demanded that X resign": the complement's subject is the target.
    """
    sense = trig.sense
    if sense.type == "CONSULT":
        _third_party(trig)
        return
    token = trig.token
    if sense.type == "REQUEST" and token.pos_ == "VERB" and _obliged(token):
        trig.recipients = [c for c in token.children if c.dep_ == "nsubj"]
        trig.actors = [c for c in token.head.children if c.dep_ == "nsubj"]
        return
    if not trig.actors and token.dep_ == "pcomp" and token.head.head.pos_ == "VERB":
        from dipwatch.stages.extract.triggers import subject_of  # cycle: triggers imports us

        trig.actors = subject_of(token.head.head)  # "youths resorted to throwing stones"
    if not trig.actors and _misattached(token):
        trig.actors = [token.head]
    elif not trig.actors and not trig.recipients and token.dep_ == "acl" \
            and token.tag_ == "VBN" and sense.type in {"ASSAULT", "COERCE"}:
        trig.recipients = [token.head]  # "10 soldiers killed in ...": the victims
    trig.recipients[:] = [r for r in trig.recipients if r.ent_type_ not in WHEN]
    for child in token.children:
        if child.dep_ != "prep":
            continue
        prep = child.lower_
        if prep in TARGET_PREPS or (prep in {"to", "for"} and token.pos_ != "VERB"
                                     and sense.type in {"AID", "SUPPORT", "REQUEST"}) \
                or (prep == "to" and sense.type in {"AID", "RETREAT", "CONCEDE"}):
            trig.recipients.extend(c for c in child.children if c.dep_ == "pobj"
                                   and c not in trig.recipients and c.ent_type_ not in WHEN)
        elif prep == "from" and sense.reverse:
            trig.actors.extend(c for c in child.children if c.dep_ == "pobj")
        elif prep == "from" and sense.type == "RETREAT" and sense.mode == "withdraw":
            trig.recipients.extend(c for c in child.children if c.dep_ == "pobj")
    if token.pos_ == "ADJ" and not trig.actors:
        trig.actors = [c for c in token.head.children if c.dep_ == "nsubj"]
    if token.pos_ != "VERB":
        _noun_parties(trig)
    if not trig.actors and token.pos_ == "NOUN":
        trig.actors = _light_verb_subject(token)
    trig.recipients[:] = [p for r in trig.recipients for p in _party_of(r, bool(trig.actors))]
    if sense.type in {"REQUEST", "THREATEN", "REJECT"} and not trig.recipients:
        for child in token.children:
            if child.dep_ in {"ccomp", "xcomp"}:
                trig.recipients.extend(c for c in child.children if c.dep_ == "nsubj"
                                       and c.pos_ != "PRON")




def unresolved_parties(trig: Any) -> tuple[list[Actor], list[Actor]]:
    """Group actors and recipients for argument noun phrases the resolver does not know
    ("Hundreds of thousands of people", "Several people were killed"): a protest, strike or
    attack by or on people the catalogue cannot name is still an event. CONSULT keeps its
    stricter rule."""
    if trig.sense.type == "CONSULT":
        return [], []
    return _groups(trig.actors), _groups(trig.recipients)


def _groups(tokens: Iterable[Token]) -> list[Actor]:
    out: list[Actor] = []
    for token in tokens:
        if token.pos_ not in {"NOUN", "PROPN"} or token.lower_ in NOT_ACTORS:
            continue
        phrase = token.doc[token.left_edge.i:token.i + 1]
        out.append(Actor(name=phrase.text.removeprefix("the ").removeprefix("The "),
                         kind="group", text=phrase.text,
                         span=Span(start=phrase.start_char, end=phrase.end_char)))
    return out


def _third_party(trig: Any) -> None:
    """ "Norway hosted talks between the government and the rebels": a meeting of others
    hosted by a third party (the host is no participant)."""
    token = trig.token
    if token.pos_ == "VERB" or token.head.lemma_ not in HOSTING or not any(
            c.dep_ == "prep" and c.lower_ in {"between", "among"} for c in token.children):
        return
    trig.sense = _sense("CONSULT", "third-party")
    trig.actors = [r for r in trig.recipients]
    trig.recipients = []


def _party_of(token: Token, has_actor: bool) -> list[Token]:
    """An object that names a thing, not a party ("ended military cooperation with Norway",
    "closed its border with Syria", "demanded the resignation of the minister"): the party is
    in its own phrase; without one the thing is kept only when nobody else takes part."""
    if token.lemma_.lower() not in THINGS:
        return [token]
    parties = [c for c in token.children if c.dep_ == "poss"] + [
        g for c in token.children if c.dep_ == "prep" and c.lower_ in {
            "with", "to", "on", "against", "of"} for g in c.children if g.dep_ == "pobj"]
    return parties or ([] if has_actor else [token])


def _light_verb_subject(noun: Token) -> list[Token]:
    """ "gave Pakistan 5 million dollars in flood relief", "declared a state of emergency":
    the light verb governs the event noun from further up the phrase."""
    from dipwatch.stages.extract.triggers import subject_of  # cycle: triggers imports us

    for depth, head in enumerate(noun.ancestors):
        if head.pos_ in {"VERB", "AUX"}:
            return subject_of(head) if is_light_verb(head, noun) else []
        if depth > 3 or head.dep_ not in {"pobj", "dobj", "prep", "attr"}:
            return []
    return []


def _noun_parties(trig: Any) -> None:
    """ "an attack by militants": the agent; "a car bomb killed 12 soldiers": the victims;
    "provided aid to Haiti": the light verb's beneficiary."""
    token = trig.token
    verb = next((a for a in token.ancestors if a.pos_ == "VERB"), None)
    if trig.sense.type == "AID" and not trig.recipients and verb is not None:
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "to" and prep.i != token.head.i:
                trig.recipients.extend(c for c in prep.children if c.dep_ == "pobj")
    if verb is not None and token.dep_ in {"dobj", "pobj"} and trig.actors and all(
            a.dep_ == "nsubjpass" and a.head.i == verb.i for a in trig.actors):
        # "was placed under house arrest by police": the passive subject is the target
        trig.recipients = trig.actors + trig.recipients
        trig.actors = [g for c in verb.children if c.dep_ == "agent" for g in c.children
                       if g.dep_ == "pobj"]
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            trig.actors.extend(c for c in child.children if c.dep_ == "pobj"
                               and c not in trig.actors)
    if not trig.recipients and token.dep_ == "nsubj" and token.head.pos_ == "VERB" \
            and trig.sense.type in MATERIAL_CONFLICT:
        trig.recipients.extend(c for c in token.head.children if c.dep_ == "dobj")


def contexts_for(token: Token, type_: str, mode: str | None = None) -> tuple[str, ...]:
    """PLOVER contexts of an event: words of its sentence, else the type's default."""
    found: list[str] = []
    for t in token.sent:
        context = CONTEXT_WORDS.get(t.lemma_.lower())
        if context is not None and context not in found:
            found.append(context)
    if mode == "cyber" and "cyber" not in found:
        found.append("cyber")
    if mode == "unconventional" and "cbrn" not in found:
        found.append("cbrn")
    if type_ == "CONSULT" and "diplomatic" not in found:
        found.insert(0, "diplomatic")  # every meeting is diplomatic, whatever it is about
    return tuple(found) or DEFAULT_CONTEXTS.get(type_, ())
