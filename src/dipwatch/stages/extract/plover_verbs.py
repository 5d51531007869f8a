"""Verb senses of the PLOVER types that depend on the verb's object, subject or clause
("withdraw troops" vs "withdraw from the treaty", "protesters struck" vs "jets struck"), and
the parse helpers they share with `dipwatch.stages.extract.plover`.

Each check takes (token, default sense, object lemma) and returns the sense, another sense or
None (no event). All are dictionary lookups and a look at the verb's direct dependents.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from spacy.tokens import Token

from dipwatch.stages.extract.lexicon import REPORTING_VERBS, TriggerSense
from dipwatch.stages.extract.plover_lexicon import (
    ACCEPTED,
    ACCESS,
    ACCESS_VERBS,
    AID_OBJECTS,
    ARMED,
    ASSAULT_MODES,
    CIVILIAN_NOUNS,
    CONCESSIONS,
    LIFTED,
    CONFLICT_ACTIONS,
    CONTENT_DEPS,
    CONTENT_MODES,
    CYBER_TARGETS,
    DIPLOMATIC_TARGETS,
    DISMISSED,
    SECURITY_FORCES,
    USED_WEAPONS,
    FALSEHOODS,
    MEDIA,
    NOT_RELEASED,
    OBJECT_DEPENDENT,
    OBJECT_SENSES,
    OBLIGATION,
    OFFICIAL,
    QUANTITIES,
    RECEIVED,
    RIOTERS,
    ABSTRACT,
    GRANTED,
    INSISTING,
    PARTY_NOUNS,
    REQUESTABLE,
    STREET_VIOLENCE,
    TREATIES,
    SEARCHED,
    SHARED,
    SIGNED,
    THROWN,
    TIES,
    VERBAL_TARGETS,
    VERBS,
    WEAPONS,
    WITHHELD,
)

MATERIAL_CONFLICT = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})


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
    # the controlling verb may itself be hung on its subject ("youths resorted to throwing
    # stones" parsed as a participle of "youths")
    return head.head if head is not token and _misattached(head) else None


def _obliged(token: Token) -> bool:
    """ "Russia said that Sudan must return the helicopter": an obligation put on another
    party in reported speech is a demand by the speaker."""
    if token.dep_ != "ccomp" or not any(c.dep_ == "nsubj" and c.pos_ != "PRON"
                                        for c in token.children):
        return False
    if token.head.lemma_ in INSISTING and token.tag_ == "VB" and not any(
            c.dep_ == "aux" for c in token.children):
        return True  # "insisted that the president step down" (a subjunctive)
    return token.head.lemma_ in REPORTING_VERBS and any(
        c.dep_ == "aux" and c.lower_ in OBLIGATION for c in token.children)


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
    if olemma in CONFLICT_ACTIONS and lemma in OBJECT_DEPENDENT | {"stop"}:
        return _halted_conflict(token, sense)
    if lemma in OBJECT_DEPENDENT:
        found = _object_sense(token, olemma)
        if found is not None:
            return _retype(sense, found.type, found.mode)
        if lemma in {"lift", "ease", "relax", "return", "release"} and olemma in NOT_RELEASED:
            return None
    checks = _VERB_CHECKS.get(lemma)
    return checks(token, sense, olemma) if checks is not None else sense


def _halted_conflict(token: Token, sense: TriggerSense) -> TriggerSense | None:
    """ "suspended its protests", "halted the offensive": a concession by whoever protested or
    attacked; police "ending" a protest is no concession (the repression is typed apart)."""
    if _subject_lemma(token) in SECURITY_FORCES:
        return None
    return _retype(sense, "CONCEDE", None)


def _object_sense(token: Token, olemma: str | None) -> TriggerSense | None:
    if olemma is not None and olemma in OBJECT_SENSES:
        return OBJECT_SENSES[olemma]
    if token.lemma_ in {"withdraw", "pull"} and _leaves_treaty(token):
        return _sense("SANCTION", "withdraw")
    return None


def _leaves_treaty(token: Token) -> bool:
    """ "withdrew from the talks", "pulled out of the Paris agreement"."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in {"from", "of", "out"}:
            for node in child.subtree:
                if node.dep_ == "pobj" and node.lemma_.lower() in TREATIES:
                    return True
    return False


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
    # "X wants Y to act" is a request of Y; "X wants talks/aid" requests them; "X wants to
    # act", "both sides want calm" and "we want the same rules to apply" are no requests
    for child in token.children:
        if child.dep_ in {"ccomp", "xcomp"} and any(
                c.dep_ == "nsubj" and _is_party(c) for c in child.children):
            return sense
    return sense if olemma in REQUESTABLE else None


def _is_party(token: Token) -> bool:
    return token.ent_type_ in {"PERSON", "GPE", "NORP", "ORG"} or token.pos_ == "PROPN" \
        or token.lemma_.lower() in PARTY_NOUNS


def _help(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "helped Ukraine", "is helping the Caribbean nation": aid to a party; "a visit would
    # help to keep calm" is none
    obj = _dobj(token)
    if obj is None or obj.lower_ in {"it", "this", "that"} or obj.lemma_.lower() in ABSTRACT:
        return None
    return sense


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
    if olemma in {"trade", "cooperation", "flight", "export", "import", "aid", "exchange",
                  "investment"}:
        return _sense("AID" if olemma == "aid" else "COOPERATE", None)
    if olemma in {"relation", "tie", "contact", "partnership", "dialogue"}:
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
    # "took three engineers hostage"; "took control of the broadcaster" seizes it
    if olemma in {"control", "possession"}:
        return _sense("COERCE", "seize")
    if any(c.lemma_.lower() in {"hostage", "captive"} for c in token.children
           if c.dep_ in {"oprd", "dobj", "advmod", "npadvmod", "xcomp", "ccomp"}):
        return sense
    return None


def _ceasefire_object(token: Token) -> bool:
    obj = _dobj(token)
    words = {t.lemma_.lower() for t in obj.subtree} if obj is not None else set()
    return bool(words & {"ceasefire", "truce", "cease", "armistice"})


def _violate(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # breaking a ceasefire is fighting (CAMEO 196); other violations are no event here
    if token.lemma_ == "breach" and (olemma in CYBER_TARGETS
                                     or _subject_lemma(token) in {"hacker", "attacker"}):
        return _sense("COERCE", "cyber")  # "hackers breached the ministry's network"
    return sense if _ceasefire_object(token) else None


def _honour(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "both sides observed the ceasefire": an implemented ceasefire (RETREAT)
    return sense if _ceasefire_object(token) else None


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


def _grant(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense:
    # what is granted decides: amnesty concedes, access retreats, recognition supports
    found = GRANTED.get(olemma or "")
    return _sense(found[0], found[1]) if found is not None else sense


def _ties(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "established/upgraded diplomatic relations": diplomatic cooperation (SUPPORT)
    return sense if olemma in {"relation", "tie", "partnership", "contact"} else None


def _drop(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # only dropping one's own demand or charge concedes (handled by OBJECT_SENSES)
    return None


def _turn(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    return _particle("down")(token, sense, olemma)  # "turned down the proposal"


def _pull(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    if _leaves_treaty(token):
        return _sense("SANCTION", "withdraw")  # "pulled out of the agreement"
    return _particle("out", "back")(token, sense, olemma)


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
    doer = _agent_lemma(token) or _active_subject_lemma(token)
    if doer in RIOTERS or (doer in CIVILIAN_NOUNS and token.lemma_ in STREET_VIOLENCE):
        # violence or damage done by protesters or crowds is a riot or vandalism (PROTEST),
        # not an armed assault; their victims ("protesters were shot") are no doers
        return _retype(sense, "PROTEST", "vandalize" if sense.mode == "destroy" else "riot")
    return _retype(sense, sense.type, _assault_mode(token, sense.mode))


def _use(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "used tear gas on protesters": an assault by its means; "used the money": nothing
    if olemma not in USED_WEAPONS:
        return None
    if olemma == "force" and not any(c.lemma_.lower() in {"excessive", "lethal", "deadly",
                                                          "military", "brutal"}
                                     for c in _dobj(token).children):
        return None  # "the law will come into force", "used its force of argument"
    return _retype(sense, "ASSAULT", _assault_mode(token, None))


def _active_subject_lemma(token: Token) -> str | None:
    subject = _subject(token)
    if subject is None or subject.dep_ == "nsubjpass":
        return None
    return subject.lemma_.lower()


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
            from dipwatch.stages.extract.plover import other_sense  # the caller's module

            inner = other_sense(clause)
            if inner is not None and inner.type in MATERIAL_CONFLICT - {"MOBILIZE"}:
                # (a pledge to send troops is no threat; a pledge to strike is)
                return _retype(sense, "THREATEN", _content_mode(
                    "THREATEN", _content_lemmas(token)) or _threat_content(inner))
            if inner is not None and inner.type in {"RETREAT", "CONCEDE"}:
                # the ontology: promised retreats and concessions stay CONCEDE, not AGREE
                return _retype(sense, "CONCEDE", None)
    if olemma in CONCESSIONS:
        return _retype(sense, "CONCEDE", None)  # "promised concessions to the opposition"
    return sense


def _agree(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense:
    # the ontology: agreeing to a retreat or a concession ("agreed to withdraw", "agreed to
    # halt the protests", "agreed to the demands") is CONCEDE, not AGREE
    from dipwatch.stages.extract.plover import other_sense  # the caller's module

    for child in token.children:
        if child.dep_ in {"xcomp", "ccomp"} and child.pos_ == "VERB":
            inner = other_sense(child)
            if inner is not None and inner.type in {"RETREAT", "CONCEDE"}:
                return _retype(sense, "CONCEDE", None)
        if child.dep_ == "prep" and child.lower_ == "to" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in CONCESSIONS | {"demand"}
                for g in child.children):
            return _retype(sense, "CONCEDE", None)
    return sense


def _remove(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "removed the curfew" lifts it; removing anything else is no event here
    if olemma not in LIFTED:
        return None
    found = OBJECT_SENSES.get(olemma or "")
    return _retype(sense, found.type, found.mode) if found is not None else sense


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
    "attack": _attack, "throw": _throw, "use": _use, "hurl": _throw, "break": _break, "take": _take,
    "violate": _violate, "breach": _violate, "back": _back, "step": _step,
    "establish": _ties, "upgrade": _ties, "drop": _drop, "turn": _turn,
    "rule": _particle("out"),
    "grant": _grant, "help": _help, "assist": _help, "observe": _honour, "respect": _honour,
    "honour": _honour, "honor": _honour,
    "lay": _particle("down"), "pull": _pull, "hand": _particle("over"),
    "approve": _approve, "search": _by_object(SEARCHED), "vow": _vow,
    "move": _move, "spread": _spread, "cut": _cut, "resume": _resume, "restore": _resume,
    "expand": _resume, "boost": _resume, "strengthen": _resume, "deepen": _resume,
    "enhance": _resume, "bolster": _resume, "increase": _resume, "improve": _resume, "blockade": _blockade,
    "end": _curtail, "terminate": _curtail, "curtail": _curtail, "reduce": _curtail,
    "close": _close, "shut": _close,
    "sign": _by_object(SIGNED), "share": _by_object(SHARED),
    "accept": _by_object(ACCEPTED), "dismiss": _by_object(DISMISSED),
    "pledge": _vow, "promise": _vow, "agree": _agree, "remove": _remove, "request": _content_mode_check,
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
