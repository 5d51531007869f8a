"""Verb senses of the PLOVER types that depend on the verb's object, subject or clause
("withdraw troops" vs "withdraw from the treaty", "vowed to retaliate" vs "vowed to help"):
the cooperative and verbal types here, the material-conflict ones in `plover_force`, the
senses that name no political act in `plover_senses`, and `_refine_verb`, which dispatches to
them through `_VERB_CHECKS`.

Each check takes (token, default sense, object lemma) and returns the sense, another sense or
None (no event). All are dictionary lookups and a look at the verb's direct dependents.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from dipwatch.stages.extract.lexicon import TriggerSense
from dipwatch.stages.extract.plover_force import (
    _arrest,
    _assault,
    _ban,
    _bomb,
    _sanction,
    _attack,
    _bar,
    _block,
    _blockade,
    _capture,
    _close,
    _curtail,
    _cut,
    _demonstrate,
    _deploy,
    _expel,
    _fight,
    _find,
    _fire,
    _move,
    _send,
    _spread,
    _strike,
    _take,
    _target,
    _test,
    _beat,
    _break_in,
    _hit,
    _personnel_mode,
    _set,
    _throw,
    _train,
    _use,
    _violate,
)
from dipwatch.stages.extract.plover_lexicon import (
    CIVILIAN_NOUNS,
    CONCESSIONS,
    CONFLICT_ACTIONS,
    CONTENT_MODES,
    LIFTED,
    OBJECT_DEPENDENT,
    OBJECT_SENSES,
    SECURITY_FORCES,
    VERBS,
)
from dipwatch.stages.extract.plover_parse import (
    MATERIAL_CONFLICT,
    _ceasefire_object,
    _content_lemmas,
    _content_mode,
    _dobj,
    _agent,
    _no_agent,
    _retype,
    _sense,
    _subject,
    _subject_lemma,
    natural_doer,
)
from dipwatch.stages.extract.plover_senses import (
    _PATHOGENS,
    _blame,
    _demanded_by_protest,
    _evacuate,
    _execute,
    _in_accident,
    _met_demands,
    _recall,
    _release,
    _supporter,
)
from dipwatch.stages.extract.plover_words import (
    ABSTRACT,
    ACCEPTED,
    ACCESS,
    ACCESS_VERBS,
    ADMITTED,
    AID_OBJECTS,
    ARMED,
    COERCIVE_CONTENT,
    DEMANDS,
    DISMISSED,
    DOCUMENTS,
    DISPUTES,
    FROZEN,
    GRANTED,
    GUESTS,
    HAZARDS,
    NATURAL_CAUSES,
    NON_STATE_ARMED,
    NOT_OFFERED,
    NOT_RELEASED,
    OFFICIAL,
    OPINIONS,
    PARTY_NOUNS,
    RECEIVED,
    RELIEF_GOODS,
    SUPPLIED_ARMS,
    REQUESTABLE,
    REVENGE,
    REVOKED,
    SEARCHED,
    SHARED,
    SIGNED,
    SUSPECTS,
    TIES,
    TREATIES,
    UNSAID,
)


def _refine_verb(token: Token, sense: TriggerSense) -> TriggerSense | None:
    """Re-type verbs whose PLOVER type depends on their object or subject."""
    lemma = token.lemma_
    obj = _dobj(token)
    if obj is None and token.dep_ == "relcl" and token.head.pos_ == "NOUN" and any(
            c.dep_ == "nsubj" and c.lower_ not in {"who", "which", "that"}
            for c in token.children):
        obj = token.head  # "the price Ford offers": the antecedent is the object
    olemma = obj.lemma_.lower() if obj is not None else None
    if olemma in CONFLICT_ACTIONS and lemma in OBJECT_DEPENDENT | {"stop"}:
        return _halted_conflict(token, sense)
    if lemma in OBJECT_DEPENDENT:
        found = _object_sense(token, olemma)
        if found is not None:
            return _retype(sense, found.type, found.mode)
        if lemma in {"lift", "ease", "relax", "return", "release"} and olemma in NOT_RELEASED:
            return None
        if lemma == "lift" and olemma not in LIFTED:
            return None  # "the rally lifted shares", "lifted the trophy": nothing conceded
    checks = _VERB_CHECKS.get(lemma)
    found = checks(token, sense, olemma) if checks is not None else sense
    if found is not None and found.type == "ASSAULT" and _in_accident(token):
        return None  # "71 killed in the crash of a plane": an accident, no attack
    if found is not None and found.type == "ASSAULT" and olemma in _PATHOGENS:
        return None  # "cooked hot enough to destroy any viruses", "kill the mosquitoes"
    if found is not None and found.type == "REQUEST" and _demanded_by_protest(token):
        return None  # the ontology: demands made by demonstrating are the PROTEST
    if found is not None and found.type in MATERIAL_CONFLICT \
            and natural_doer(token, NATURAL_CAUSES):
        return None  # "the storm struck the coast", "killed by the virus": no actor
    if found is not None and found.type == "ACCUSE" and found.mode == "investigate" \
            and _subject_lemma(token) in DOCUMENTS:
        return None  # "the report examines how …": a text describes, it investigates nothing
    if found is not None and found.type == "MOBILIZE" and found.mode == "troops" \
            and _subject_lemma(token) in NON_STATE_ARMED:
        return _retype(found, "MOBILIZE", "militia")  # a non-state armed group mobilises
    return found


def _halted_conflict(token: Token, sense: TriggerSense) -> TriggerSense | None:
    """ "suspended its protests", "halted the offensive": a concession by whoever protested or
    attacked; police "ending" a protest is no concession (the repression is typed apart)."""
    if _subject_lemma(token) in SECURITY_FORCES:
        return None
    return _retype(sense, "CONCEDE", None)


def _object_sense(token: Token, olemma: str | None) -> TriggerSense | None:
    if olemma is not None and olemma in OBJECT_SENSES:
        return OBJECT_SENSES[olemma]
    if token.lemma_ == "return" and olemma == "fire":
        return _sense("ASSAULT", "firearms")  # "came under attack and returned fire"
    if token.lemma_ in {"withdraw", "pull"} and _leaves_treaty(token):
        return _sense("SANCTION", "withdraw")
    if token.lemma_ in {"drop", "withdraw", "abandon"} and olemma in DEMANDS:
        return _sense("CONCEDE", None)  # the ontology: "withdrawing a demand => CONCEDE"
    return None


def _leaves_treaty(token: Token) -> bool:
    """ "withdrew from the talks", "pulled out of the Paris agreement"; a party leaving an
    organisation by name ("Mali withdrew from the Economic Community of West African
    States"), unless it withdraws something (troops) or is itself an armed force."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in {"from", "of", "out"}:
            for node in child.subtree:
                if node.dep_ == "pobj" and node.lemma_.lower() in TREATIES:
                    return True
                if node.dep_ == "pobj" and node.head.i == child.i and node.ent_type_ == "ORG" \
                        and _dobj(token) is None and _subject_lemma(token) not in ARMED:
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


def _resume(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "resumed trade" cooperates; "restored ties" supports (diplomatic)
    if olemma in {"trade", "cooperation", "flight", "export", "import", "aid", "exchange",
                  "investment"}:
        return _sense("AID" if olemma == "aid" else "COOPERATE", None)
    if olemma in {"relation", "tie", "contact", "partnership", "dialogue"}:
        return _sense("SUPPORT", None)
    return sense if token.lemma_ == "restore" else None


def _break(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "broke off diplomatic relations"; "broke into networks" (cyber); other breaking is no
    # PLOVER event
    if olemma is None:
        return _break_in(token)
    return _sense("SANCTION", "withdraw") if olemma in TIES else None


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
    granted = {c.lemma_.lower() for c in token.children if c.dep_ in {"dobj", "nsubjpass"}}
    if found is None and granted & _PAPERS:
        return None  # "was granted a U.S. visa": an administrative act, no aid
    return _sense(found[0], found[1]) if found is not None else sense


_PAPERS = frozenset({"visa", "permit", "licence", "license", "passport", "citizenship",
                     "residency", "permission", "patent", "bail", "extension", "waiver"})


def _ties(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "established/upgraded diplomatic relations": diplomatic cooperation (SUPPORT)
    return sense if olemma in {"relation", "tie", "partnership", "contact"} else None


def _drop(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # only dropping one's own demand or charge concedes (handled by OBJECT_SENSES);
    # "dropped barrel bombs on the town" is an attack by its means
    if olemma in _DROPPED_ARMS:
        return _assault(token, _sense("ASSAULT", "explosives"), olemma)
    return None


_DROPPED_ARMS = frozenset({"bomb", "explosive", "grenade", "munition", "ordnance", "shell"})
_TERRITORY = frozenset({"village", "territory", "town", "land", "region", "area", "island",
                        "district", "province", "city", "base", "outpost", "position", "post",
                        "checkpoint", "crossing", "enclave", "border"})


def _decline(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "declined the offer", "declined to attend" refuse; "unemployment declining" falls
    if olemma is None and not any(c.dep_ in {"xcomp", "ccomp"} for c in token.children):
        return None
    return _refuse(token, sense, olemma)


def _write_off(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "wrote off 23 loans owed by African countries": debt forgiveness, material aid
    if olemma in {"debt", "loan", "arrear"} and _particle("off")(token, sense, olemma):
        return sense
    return None


def _turn(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    if _particle("down")(token, sense, olemma) is None:  # "turned down the proposal"
        return None
    return _content_mode_check(token, sense, olemma)


def _pull(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    if _leaves_treaty(token):
        return _sense("SANCTION", "withdraw")  # "pulled out of the agreement"
    return _particle("out", "back")(token, sense, olemma)


def _approve(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense:
    # "approved a loan for Egypt" is aid; approving a plan or a statement is support
    return _sense("AID", None) if olemma in AID_OBJECTS else sense


def _receive(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "X received weapons from Y": Y aids X (the receiver is the recipient); "received UN
    # inspectors" lets them in (CAMEO 0861/0862: RETREAT access)
    if olemma in ADMITTED:
        return _sense("RETREAT", "access")
    guest = _dobj(token)
    if guest is not None and (guest.ent_type_ == "PERSON" or guest.lemma_.lower() in GUESTS):
        # "was received by the Saudi crown prince", "received the Kenyan delegation": a
        # visit hosted by the receiver (the guest is the actor, as with "host")
        return TriggerSense(type="CONSULT", mode="visit", reverse=True, needs=sense.needs)
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
    if olemma in REVENGE:
        return _retype(sense, "THREATEN", "violence")  # "vowed revenge against Israel"
    return sense


def _agree(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # the ontology: agreeing to a retreat or a concession ("agreed to withdraw", "agreed to
    # halt the protests", "agreed to the demands") is CONCEDE, not AGREE; agreeing with an
    # opinion ("the judge agreed with the defence that ...") commits to nothing
    from dipwatch.stages.extract.plover import other_sense  # the caller's module

    if any(c.dep_ == "prep" and c.lower_ == "with" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in OPINIONS for g in c.children)
           for c in token.children):
        return None
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


def _call(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "called up 300,000 reservists" mobilises armed personnel; "called up the minister"
    # (a phone call) or "called up a file" is none; "called for/on" requests
    if any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children):
        if olemma in ARMED:
            return _sense("MOBILIZE", _personnel_mode(token) or "troops")
        return None
    return _content_mode_check(token, sense, olemma)


def _content_mode_check(token: Token, sense: TriggerSense,
                        olemma: str | None) -> TriggerSense | None:
    if token.lemma_ == "ask" and not any(
            c.dep_ in {"dobj", "xcomp", "ccomp"} or c.lower_ == "for" for c in token.children):
        return None  # "when asked about it": a question, not a request
    if sense.type not in CONTENT_MODES:
        return sense
    return _retype(sense, sense.type, _content_mode(sense.type, _content_lemmas(token))
                   or sense.mode)


def _warn(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # a warning of a hazard ("warned of a recession") that is neither addressed to a party
    # nor says what the speaker would do is a pessimistic comment (CAMEO 012), no threat
    if hazard_warning(token) or _subject_lemma(token) in _FORECASTERS:
        return None  # "some analysts warn ...": a forecast, not a threat by a party
    return _content_mode_check(token, sense, olemma)


# Speakers whose warnings are forecasts: they threaten nobody with their own acts.
_FORECASTERS = frozenset({"analyst", "expert", "observer", "economist", "scientist",
                          "researcher", "critic", "commentator", "forecaster", "scholar",
                          "academic", "diplomat", "leader"})


def hazard_warning(token: Token) -> bool:
    """Whether the warning verb or noun `token` only warns of a hazard: its complements name
    one, no coercive content, and it is addressed to no party; or it says what a thing
    (not a party) would do ("warns the costs would skyrocket")."""
    if any(c.dep_ == "ccomp" and any(s.dep_ == "nsubj" and s.pos_ == "NOUN" and not _agent(s)
                                     for s in c.children)
           for c in token.children) and not any(c.dep_ in {"dobj", "dative"}
                                                for c in token.children):
        return True
    words = set(_content_lemmas(token))
    if not words & HAZARDS or words & (COERCIVE_CONTENT | set(CONTENT_MODES["THREATEN"])):
        return False
    return not (any(c.dep_ in {"dobj", "dative"} and _is_party(c) for c in token.children)
                or any(c.dep_ == "prep" and c.lower_ in {"to", "against"} and any(
                    _is_party(g) for g in c.children if g.dep_ == "pobj")
                    for c in token.children))


def _refuse(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "declined to comment", "refused to say whether": CAMEO 011 (decline comment), a public
    # statement that PLOVER drops; "refused to release the hostages" is a refusal
    if any(c.dep_ == "xcomp" and c.lemma_ in UNSAID for c in token.children):
        return None
    return _content_mode_check(token, sense, olemma)


def _offer(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "offered help/talks/to mediate" promises; "offered few details" only speaks (CAMEO 01x).
    # An offer stays AGREE even of concessions: the AGREE definition names offers
    return None if olemma in NOT_OFFERED else sense


def _own_conflict(token: Token, sense: TriggerSense, olemma: str | None) -> None:
    # cancel/abandon + anything that is not one's own protest or attack (handled before the
    # checks, in _refine_verb) or talks (OBJECT_SENSES) is no event
    return None


def _exchange(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "exchanged prisoners" releases on both sides; "exchanged fire" fights; "exchanged
    # views" is none
    if olemma in {"fire", "gunfire", "shot"}:
        return _sense("ASSAULT", "firearms")
    found = OBJECT_SENSES.get(olemma or "")
    return sense if found is not None and found.mode == "release" else None


def _freeze(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "froze the assets of", "froze ties" reduce an exchange; "froze interest rates" is policy
    return sense if olemma in FROZEN else None


def _trade(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "exported copper to China", "imported wheat from Ukraine": an exchange with a partner;
    # "exported 2 million tons" names none
    return sense if any(c.dep_ == "prep" and c.lower_ in {"to", "from"} and any(
        _is_party(g) for g in c.children if g.dep_ == "pobj") for c in token.children) \
        else None  # (a partner, not "features to the operating system")


def _hand_over(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "handed over 20 prisoners" (release), "handed over their weapons" (disarm); "handed
    # four villages back to Azerbaijan": ceded territory or returned property
    if _particle("back")(token, sense, olemma) is not None:
        return _retype(sense, "RETREAT", "withdraw" if olemma in _TERRITORY else None)
    if _particle("over")(token, sense, olemma) is None:
        return None
    found = OBJECT_SENSES.get(olemma or "")
    to_justice = any(c.dep_ == "prep" and c.lower_ == "to" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in {"authority", "police", "prosecutor", "court",
                                                   "justice", "tribunal"} for g in c.children)
        for c in token.children)
    if olemma in SUSPECTS or (to_justice and not (found is not None and found.type == "RETREAT")):
        return _sense("COOPERATE", None)  # "handed the suspect over to French police": an
        # extradition (the ontology's judicial cooperation), not a release of captives
    return _retype(sense, "RETREAT", found.mode) if found is not None \
        and found.type == "RETREAT" else sense


def _settle(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "settled their border dispute": an agreement; "settled in Berlin" is none, and so is
    # "a meeting would not settle the disputes" (no agent)
    subject = _subject(token)
    return sense if olemma in DISPUTES and not (subject is not None and _no_agent(subject)) \
        else None


def _provide(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "provided food and medicine to thousands of displaced families", "delivered vaccines
    # to Cambodia": relief goods given to someone; other providing is none (event nouns such
    # as "provided assistance" are typed as nouns of the light verb)
    to_someone = any(c.dep_ in {"prep", "dative"} and c.lower_ in {"to", "for"}
                     for c in token.children)
    return sense if (olemma in RELIEF_GOODS or olemma in SUPPLIED_ARMS) and to_someone \
        else None


def _threaten(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "this threatens the entire growth story", "the drought threatens crops": a danger, not
    # a threat made by a party
    subject = _subject(token)
    if subject is not None and (subject.lower_ in {"this", "that", "which", "what"}
                                or subject.pos_ == "NOUN" and not _agent(subject)):
        return None
    return _content_mode_check(token, sense, olemma)


def _forgive(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense:
    # forgiving a debt is material aid (the ontology's "debt forgiveness"); forgiving a
    # person or an act is verbal (SUPPORT)
    return _sense("AID", None) if olemma in {"debt", "loan", "arrear"} else sense


def _rally(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense:
    # "rallied support for the plan" (CAMEO 053, SUPPORT), "rallied opposition against"
    # (CAMEO 113, ACCUSE); rallying people, or rallying, is a demonstration
    if olemma in {"support", "backing"}:
        return _sense("SUPPORT", None)
    if olemma in {"opposition", "resistance"}:
        return _sense("ACCUSE", "disapprove")
    return sense


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
    "lay": _particle("down"), "pull": _pull,
    "approve": _approve, "search": _by_object(SEARCHED), "vow": _vow,
    "move": _move, "spread": _spread, "cut": _cut, "resume": _resume, "restore": _resume,
    "expand": _resume, "boost": _resume, "strengthen": _resume, "deepen": _resume,
    "enhance": _resume, "bolster": _resume, "increase": _resume, "improve": _resume, "blockade": _blockade,
    "end": _curtail, "terminate": _curtail, "curtail": _curtail, "reduce": _curtail,
    "close": _close, "shut": _close, "target": _target,
    "sign": _by_object(SIGNED), "share": _by_object(SHARED),
    "accept": _by_object(ACCEPTED), "dismiss": _by_object(DISMISSED),
    "pledge": _vow, "promise": _vow, "agree": _agree, "remove": _remove, "request": _content_mode_check,
    "demand": _content_mode_check, "ask": _content_mode_check, "urge": _content_mode_check,
    "call": _call, "appeal": _content_mode_check, "seek": _content_mode_check,
    "reject": _content_mode_check, "refuse": _refuse,
    "oppose": _content_mode_check,
    "threaten": _threaten, "warn": _warn, "execute": _execute, "supply": _provide,
    "fire": _fire, "test": _test, "capture": _capture, "bar": _bar, "demonstrate": _demonstrate,
    "obstruct": _block, "withhold": _cut, "settle": _settle, "forgive": _forgive,
    "provide": _provide, "deliver": _provide,
    "rally": _rally, "offer": _offer, "freeze": _freeze, "fight": _fight,
    "beat": _beat, "hit": _hit, "set": _set,
    "export": _trade, "import": _trade, "cancel": _own_conflict, "abandon": _own_conflict,
    "exchange": _exchange, "crack": _particle("down"), "launch": _fire, "revoke": _by_object(REVOKED),
    "hand": _hand_over, "write": _write_off, "release": _release, "decline": _decline,
    "support": _supporter, "back": _supporter, "endorse": _supporter, "evacuate": _evacuate,
    "defend": _supporter, "meet": _met_demands, "recall": _recall, "blame": _blame,
    "commute": _by_object(frozenset({"sentence", "penalty", "term"})), "ban": _ban, "arrest": _arrest, "sanction": _sanction, "bomb": _bomb,
}


for _lemma, _entry in VERBS.items():
    if _entry.type == "ASSAULT" and _lemma not in _VERB_CHECKS:
        _VERB_CHECKS[_lemma] = _assault
