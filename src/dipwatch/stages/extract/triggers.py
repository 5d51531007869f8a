"""Finding event triggers and their arguments in the dependency parse.

A trigger is a verb ("met", "departed for") or an event noun ("meeting", "her visit", "held
talks"). Its arguments come from the parse: subjects (inherited through "is expected to",
purpose clauses and coordinated verbs), objects, "with"/"between" phrases, possessives ("her
visit"), and compounds ("a Putin-Choe meeting").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.symbols import ADJ, NOUN, PROPN, VERB
from spacy.tokens import Doc, Token

from dipwatch.stages.extract import plover
from dipwatch.stages.extract.lexicon import (
    COLLECTIVE_NOUNS,
    CONSULT_NOUNS,
    CONSULT_VERBS,
    GATHERING_WORDS,
    LIGHT_VERBS,
    PHONE_WORDS,
    PLURAL_ONLY,
    REPORTING_VERBS,
    TriggerSense,
)
from dipwatch.stages.extract.plover_words import CIRCUMSTANCE_PREPS, PRIVATE_PLACES

_SUBJ = {"nsubj", "nsubjpass", "csubj"}
VISIT_ON = TriggerSense(type="CONSULT", mode="visit")
_CONTENT_POS = {VERB, NOUN, PROPN, ADJ}
_PARTICIPANT_PREPS = {"with", "between", "among", "by", "of"}
_DESTINATION_PREPS = {"to", "for", "in", "at", "into"}


@dataclass(slots=True)
class Trigger:
    token: Token
    sense: TriggerSense
    actors: list[Token] = field(default_factory=list)
    recipients: list[Token] = field(default_factory=list)
    destination: list[Token] = field(default_factory=list)  # where a visit goes


def find_triggers(doc: Doc, *, skip: list[tuple[int, int]] | None = None) -> list[Trigger]:
    """Every CONSULT trigger of the document outside the `skip` char ranges (headings)."""
    skip = skip or []
    found: list[Trigger] = []
    for token in doc:
        if token.pos not in _CONTENT_POS or any(s <= token.idx < e for s, e in skip):
            continue  # function words are never triggers: skip them cheaply
        sense = trigger_sense(token)
        if sense is not None:
            found.append(Trigger(token=token, sense=sense))
    covered = {t.token.i: t.sense for t in found}
    found = [t for t in found if not _absorbed(t, covered)]
    for trig in found:
        _fill_arguments(trig)
    return found


def trigger_sense(token: Token) -> TriggerSense | None:
    """The PLOVER sense of `token` (CONSULT first, then the other types), or None."""
    sense = _consult_sense(token)
    if sense is not None:
        return plover.reconsider(token, sense)
    sense = plover.other_sense(token)
    if sense is None or not _has_needs(token, sense):
        return None
    return sense


def _consult_sense(token: Token) -> TriggerSense | None:
    """The CONSULT sense of `token`, or None when it is not a trigger here."""
    if token.pos_ == "VERB":
        sense = CONSULT_VERBS.get(token.lemma_)
        if token.lemma_ == "call" and any(c.dep_ in {"prt", "prep"}
                                          and c.lower_ in {"off", "for", "up"}
                                          for c in token.children):
            return None  # "called off the summit", "called for talks": not a call
        if token.lemma_ in {"call", "pay"} and _calls_on_someone(token):
            return VISIT_ON  # "will call on the president": a visit, not a phone call
        if sense is None or not _has_needs(token, sense):
            return None
        if token.lemma_ in {"visit", "tour"} and any(
                c.dep_ == "dobj" and c.pos_ == "NOUN" and not c.ent_type_
                and c.lemma_.lower() in PRIVATE_PLACES for c in token.children):
            return None  # "visited a GP clinic": a place visited, nobody met
        if sense.mode == "visit" and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in _PRIVATE_TRAVELLERS
                for c in token.children):
            return None  # "the student travelled to Ghana": a trip, not a state visit
        if token.lemma_ == "meet" and any(c.dep_ == "dobj" and c.lemma_.lower() in _MET_TERMS
                                          for c in token.children):
            return None  # "helped Georgia meet its aspirations", "met the demands"
        if token.lemma_ == "participate" and any(
                g.lemma_.lower() in _CONTESTS
                for c in token.children if c.dep_ == "prep" and c.lower_ == "in"
                for g in c.children if g.dep_ == "pobj"):
            return None  # "participate in a debate": no consultation between parties
        if token.lemma_ == "attend" and not _attends_a_meeting(token):
            return None  # "attended a ceremony", "to attend medical camps": no consultation
        if sense.reverse and not any(c.dep_ == "dobj" and _animate(c) for c in token.children):
            return None  # "she welcomed the proposal" is no visit
        return _phone_mode(token, sense)
    if token.pos_ in {"NOUN", "PROPN"} and token.dep_ != "compound":
        lemma = PLURAL_ONLY.get(token.lower_) and token.lower_ or token.lemma_
        if token.lower_ == "talk":
            return None  # "a talk" is a lecture; "talks" are negotiations
        sense = CONSULT_NOUNS.get(lemma)
        if sense is None or token.ent_type_ in {"ORG", "EVENT", "WORK_OF_ART"}:
            return None
        if not _has_needs(token, sense):
            return None
        return _phone_mode(token, sense)
    return None


def _calls_on_someone(verb: Token) -> bool:
    """ "called on the president" (a visit), not "called Macron on Monday" (a call)."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return False
    return any(c.dep_ in {"prep", "prt"} and c.lower_ == "on" and not any(
        g.ent_type_ in {"DATE", "TIME"} for g in c.subtree) for c in verb.children)


# People whose travel is private: their trips are no visits between parties.
_PRIVATE_TRAVELLERS = frozenset({"student", "tourist", "fan", "pilgrim", "traveller",
                                 "traveler", "passenger", "patient", "holidaymaker",
                                 "backpacker", "visitor", "nurse", "doctor", "singer",
                                 "actress", "athlete", "refugee", "migrant", "asylum",
                                 "seeker", "immigrant"})

# What is met when "meet" means to satisfy, not to see someone.
_MET_TERMS = frozenset({"aspiration", "target", "goal", "demand", "need", "deadline",
                        "standard", "requirement", "criterion", "condition", "expectation",
                        "obligation", "commitment", "cost", "challenge", "threshold", "quota",
                        "criteria", "end", "payment", "fate", "death"})

# What one takes part in without consulting anyone.
_CONTESTS = frozenset({"debate", "ceremony", "game", "match", "race", "competition", "contest",
                       "festival", "election", "primary", "survey", "study", "tournament",
                       "parade", "concert", "show", "programme", "program", "course"})

# What one attends when attending is consulting: meetings, not ceremonies, games or camps.
_MEETINGS = frozenset({"summit", "conference", "meeting", "talks", "talk", "session", "forum",
                       "assembly", "congress", "convention", "dialogue", "negotiation",
                       "consultation", "gathering", "g7", "g20", "summitry", "round",
                       "ministerial", "council", "parley", "it", "them"})


def _attends_a_meeting(verb: Token) -> bool:
    """ "attended the summit", "a conference attended by 40 ministers"; the gathering may
    be named ("attended the G20"), or counted ("a series of talks")."""
    held = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        held.append(verb.head)  # "a ceremony attended by leaders"
    if not held:
        return True  # "the ministers who attended said ...": the gathering is named elsewhere
    for noun in held:
        if noun.lower_ in {"series", "round", "number"}:
            noun = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj"), noun)
        if noun.lemma_.lower() in _MEETINGS or noun.lower_ in _MEETINGS \
                or noun.ent_type_ in {"ORG", "EVENT"}:
            return True
    return False


def _phone_mode(token: Token, sense: TriggerSense) -> TriggerSense:
    """ "spoke by telephone with", "held talks by video link": the phone mode."""
    if sense.mode is not None or sense.type != "CONSULT":
        return sense
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in {"by", "over", "on", "via"} and any(
                g.lemma_ in PHONE_WORDS for g in child.subtree) or (
                token.pos_ == "NOUN" and child.dep_ in {"compound", "amod"}
                and child.lemma_ in PHONE_WORDS):  # "a telephone conversation"
            return TriggerSense(type=sense.type, mode="phone", needs=sense.needs)
    return sense


def _nested_preps(prep: Token) -> list[Token]:
    """ "spoke by telephone with X": the parser hangs "with" on "telephone"."""
    if prep.lower_ not in {"by", "over", "via", "on"}:
        return []
    return [g for pobj in prep.children if pobj.dep_ == "pobj" for g in pobj.children
            if g.dep_ == "prep"]


def _animate(token: Token) -> bool:
    return token.ent_type_ in {"PERSON", "GPE", "NORP", "ORG"} or token.pos_ in {
        "PRON", "PROPN"} or token.lemma_ in COLLECTIVE_NOUNS


def _has_needs(token: Token, sense: TriggerSense) -> bool:
    if not sense.needs:
        return True
    for child in token.children:
        if "dobj" in sense.needs and child.dep_ in {"dobj", "nsubjpass"}:
            return True
        if child.dep_ in {"prep", "prt", "agent"} and child.lower_ in sense.needs:
            return True
        if child.dep_ == "prep" and any(p.lower_ in sense.needs for p in _nested_preps(child)):
            return True
        if child.dep_ in {"compound", "amod"} and child.lower_ in sense.needs:
            return True
        if "with" in sense.needs and child.dep_ == "nsubj" and token.pos_ == "VERB" \
                and any(c.dep_ == "conj" for c in child.children) \
                and not any(c.dep_ == "prt" for c in token.children):  # not "spoke out"
            return True  # "Modi and Zelensky spoke by phone": talking with each other
    return sense.needs <= {"dobj"} and token.dep_ == "relcl"


def _absorbed(trig: Trigger, covered: dict[int, TriggerSense]) -> bool:
    """An event noun that is the object of a trigger verb of the same type ("imposed
    sanctions"), or a gathering attended ("attend the summit"), is that verb's argument, not
    an event of its own. "Ruled out a visit" keeps both: a rejection and a denied visit."""
    token = trig.token
    if token.pos_ == "VERB":
        return False
    head = token.head
    if head.dep_ == "prep" and head.head.i in covered:
        head = head.head
    verb = covered.get(head.i)
    if verb is None or head.i == token.i or head.pos_ != "VERB" \
            or token.dep_ not in {"dobj", "pobj", "nsubjpass"}:
        return False
    return verb.type == trig.sense.type or verb.mode == "multilateral"


def _fill_arguments(trig: Trigger) -> None:
    if trig.token.pos_ == "VERB":
        _verb_arguments(trig)
    else:
        _noun_arguments(trig)
    if trig.sense.reverse:
        trig.actors, trig.recipients = trig.recipients, trig.actors
    plover.adjust_arguments(trig)


# Verbs whose object, not their subject, is the understood subject of their infinitive
# (object control): "asked the minister to resign", "forced villagers to leave".
OBJECT_CONTROL = frozenset({"ask", "urge", "tell", "order", "force", "persuade", "compel",
                            "encourage", "invite", "allow", "permit", "instruct", "request",
                            "press", "pressure", "push", "require", "advise", "beg", "implore",
                            "convince", "oblige", "enable", "authorize", "authorise", "direct",
                            "command", "exhort"})


def subject_of(verb: Token, depth: int = 0) -> list[Token]:
    """The subject of a verb, inherited through control, purpose clauses and coordination."""
    for child in verb.children:
        if child.dep_ in {"nsubj", "csubj"}:
            if child.lower_ in {"who", "which", "that"} and verb.dep_ == "relcl":
                return [verb.head]
            return [_reported_speaker(child, verb) or _speakers_own(child, verb) or child]
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.dep_ == "relcl" and any(c.lower_ in {"who", "which", "that"} for c in passive):
        return []  # "troops who were wounded": the antecedent suffered it, did not do it
    if passive and verb.tag_ != "VBN" or passive and _is_raising(verb):
        return passive
    if verb.dep_ == "relcl":
        return [verb.head]
    if verb.dep_ == "xcomp" and verb.head.lemma_ in OBJECT_CONTROL:
        controller = [c for c in verb.head.children if c.dep_ == "dobj"]
        if controller:  # "urged voters to boycott the vote": the voters would boycott
            return controller
    if depth < 4 and verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep":
        prep, governor = verb.head, verb.head.head
        if governor.pos_ in {"VERB", "AUX"}:
            return _gerund_controller(prep, governor, depth)
        if governor.pos_ == "ADJ" and governor.dep_ in {"acomp", "oprd"}:
            return subject_of(governor.head, depth + 1)  # "X is guilty of violating"
        if governor.dep_ == "dobj" and prep.lower_ in _CONTROLLING_PREPS:
            return [governor]  # "accused the separatists | of shelling" hung on the object
    if depth < 4 and verb.dep_ in {"xcomp", "conj", "advcl", "ccomp", "acl"} \
            and verb.head != verb:
        if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"}:
            return [verb.head] if verb.tag_ == "VBG" else []
        return subject_of(verb.head, depth + 1)
    return passive


_CONTROLLING_PREPS = frozenset({"of", "for", "with", "from"})


def _gerund_controller(prep: Token, governor: Token, depth: int) -> list[Token]:
    """Who does a gerund under a verb's preposition: the object of "accused X of killing",
    "blamed X for shelling", "stopped X from entering", the passive subject of "X was accused
    of killing"; otherwise the verb's own subject ("after meeting Y, he flew home")."""
    if prep.lower_ in _CONTROLLING_PREPS:
        objects = [c for c in governor.children if c.dep_ == "dobj"]
        if objects:
            return objects
        passive = [c for c in governor.children if c.dep_ == "nsubjpass"]
        if passive:
            return passive
    return subject_of(governor, depth + 1)


# Speakers who speak for someone else: "her lawyer said she was released" is not the lawyer.
_PROXY_SPEAKERS = frozenset({"spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney",
                             "source", "aide", "relative", "family", "friend", "witness",
                             "official", "report", "statement", "media", "agency"})


def _reported_speaker(pronoun: Token, verb: Token) -> Token | None:
    """The speaker a personal pronoun subject of reported speech refers to, when the speaker
    is a description the person resolver does not follow ("Iran's foreign minister said he
    had discussed …", "health workers said they had begun a strike"): the pronoun agrees in
    number and the speaker does not speak for someone else. Named persons are left to the
    resolver's pronoun chains."""
    if pronoun.pos_ != "PRON" or verb.dep_ != "ccomp" or verb.head.lemma_ not in REPORTING_VERBS:
        return None
    speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.pos_ != "NOUN" or speaker.lemma_ in _PROXY_SPEAKERS:
        return None
    plural = speaker.tag_ == "NNS" or any(c.dep_ == "conj" for c in speaker.children)
    if pronoun.lower_ == "they" and plural:
        return speaker
    if pronoun.lower_ in {"he", "she"} and not plural and speaker.ent_type_ in {"", "PERSON"}:
        return speaker
    return None


def _speakers_own(subject: Token, verb: Token) -> Token | None:
    """ "Hamas officials said their delegation had met ...": a common-noun subject owned by a
    possessive pronoun in reported speech belongs to the speaker's side, named by the
    speaker's own modifier ("Hamas", "Iranian") or, failing one, by the speaker."""
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ != "PRON" or subject.pos_ != "NOUN" \
            or verb.dep_ != "ccomp" or verb.head.lemma_ not in REPORTING_VERBS:
        return None
    speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.pos_ not in {"NOUN", "PROPN"}:
        return None
    side = next((c for c in speaker.children if c.dep_ in {"compound", "amod", "poss"}
                 and c.ent_type_ in {"ORG", "GPE", "NORP"}), None)
    if side is not None:
        return side
    return speaker if speaker.pos_ == "PROPN" or speaker.lemma_ not in _PROXY_SPEAKERS \
        else None


def _is_raising(verb: Token) -> bool:
    # "Choe is expected to attend": the passive subject is the subject of the xcomp.
    return any(c.dep_ == "xcomp" for c in verb.children)


def _verb_arguments(trig: Trigger) -> None:
    verb = trig.token
    agent = [g for c in verb.children if c.dep_ == "agent" for g in c.children
             if g.dep_ == "pobj"]
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if agent or (passive and verb.tag_ == "VBN" and not _is_raising(verb)):
        trig.actors = agent
        trig.recipients = passive
    else:
        trig.actors = subject_of(verb)
    for child in verb.children:
        if child.dep_ == "dobj":
            _object(trig, child)
        elif child.dep_ in {"prep", "prt"}:
            for prep in [child, *_nested_preps(child)]:
                for pobj in _pobjs(prep):
                    _prepositional(trig, prep.lower_, pobj)
    if trig.sense.mode == "visit" and verb.lemma_ == "accompany":
        # "X accompanied her": both travel; the one accompanied leads.
        trig.actors = trig.recipients + trig.actors
        trig.recipients = []


def _object(trig: Trigger, obj: Token) -> None:
    if trig.sense.mode == "multilateral":
        trig.recipients.extend(gatherings(obj))
    elif trig.sense.mode == "visit" and not trig.sense.reverse \
            and trig.token.lemma_ != "accompany":
        trig.destination.append(obj)
        trig.recipients.append(obj)
    else:
        trig.recipients.append(obj)


def _prepositional(trig: Trigger, prep: str, pobj: Token) -> None:
    mode = trig.sense.mode
    if prep in {"with", "between", "among"}:
        trig.recipients.append(pobj)
    elif mode == "multilateral" and prep in {"in", "at"}:
        trig.recipients.extend(gatherings(pobj))
    elif mode == "visit" and prep in _DESTINATION_PREPS:
        trig.destination.append(pobj)
        if prep in {"to", "for"}:
            trig.recipients.append(pobj)
    elif prep == "on" and trig.token.lemma_ in {"call", "pay"} and mode == "visit":
        trig.recipients.append(pobj)
    elif prep == "by" and trig.token.pos_ != "VERB":
        trig.actors.append(pobj)


def _pobjs(prep: Token) -> list[Token]:
    return [c for c in prep.children if c.dep_ == "pobj"]


def gatherings(obj: Token) -> list[Token]:
    """Named gatherings inside an object phrase ("events, namely the X Forum and the Y
    Forum"); the object itself when it names none."""
    named = []
    for token in obj.subtree:
        if token.lower_ in GATHERING_WORDS and token.ent_type_ in {"ORG", "EVENT", "FAC"} \
                and token.ent_iob_ in {"I", "B"} and (token.i + 1 >= len(token.doc)
                                                      or token.doc[token.i + 1].ent_iob_ != "I"):
            named.append(token)
    if not named and obj.pos_ == "PRON":
        return []  # "attended it": a gathering named elsewhere, never a state
    return named or [obj]


def _noun_arguments(trig: Trigger) -> None:
    noun = trig.token
    for child in noun.children:
        if child.dep_ == "poss" and child.ent_type_ not in {"DATE", "TIME"}:
            trig.actors.append(child)  # not "Sunday's attack"
        elif child.dep_ == "compound" and child.ent_type_ in {"PERSON", "GPE", "NORP"}:
            # "a Putin-Choe meeting": the compound's own compounds take part too
            trig.actors.extend(t for t in child.subtree if t.ent_type_ == child.ent_type_
                               and t.dep_ in {"compound", "amod"} or t == child)
        elif child.dep_ == "prep":
            for pobj in _pobjs(child):
                _noun_prep(trig, child.lower_, pobj)
    if not trig.actors and not trig.recipients and noun.dep_ in {"nsubj", "nsubjpass"}:
        # "no meeting is planned between X and Y": the phrase hangs on the verb
        for child in noun.head.children:
            if child.dep_ == "prep" and child.lower_ in {"between", "with", "among"}:
                for pobj in _pobjs(child):
                    _noun_prep(trig, child.lower_, pobj)
    if not trig.actors:
        trig.actors = _noun_context_subject(noun)
    if trig.sense.mode is None and not trig.actors and len(trig.recipients) > 1:
        trig.actors = trig.recipients[:1]
        trig.recipients = trig.recipients[1:]


def _noun_prep(trig: Trigger, prep: str, pobj: Token) -> None:
    mode = trig.sense.mode
    if prep == "between" or prep == "among":
        trig.recipients.append(pobj)
        trig.recipients.extend(c for c in pobj.children if c.dep_ == "conj")
    elif prep == "with":
        trig.recipients.append(pobj)
        if pobj.lemma_ == "counterpart":
            # "discussions with her counterpart": the owner of the counterpart takes part
            trig.actors.extend(c for c in pobj.children if c.dep_ == "poss")
    elif prep in {"of", "by"} and mode == "visit":
        trig.actors.append(pobj)
        for inner in pobj.children:  # "a visit by Putin to Ulaanbaatar"
            if inner.dep_ == "prep" and inner.lower_ in {"to", "for"}:
                for target in _pobjs(inner):
                    _noun_prep(trig, inner.lower_, target)
    elif mode == "visit" and prep in _DESTINATION_PREPS:
        trig.destination.append(pobj)
        if prep in {"to", "for"}:
            trig.recipients.append(pobj)
    elif mode is None and prep in {"in", "at"} and trig.token.lemma_ == "summit":
        trig.destination.append(pobj)


def _noun_context_subject(noun: Token) -> list[Token]:
    """Who takes part when the noun has no possessor: the subject of a light verb ("held
    talks"), or the owner of the agenda it is on ("No meeting ... is on her agenda")."""
    head = noun.head
    if noun.dep_ in {"dobj", "pobj"} and _light(head, noun) and head.pos_ == "VERB":
        return subject_of(head)
    if noun.dep_ == "dobj" and head.pos_ == "VERB":
        # "Choe's visit may not include a meeting with Putin": the visitor takes part
        owners = [c for s in subject_of(head) for c in s.children if c.dep_ == "poss"]
        if owners:
            return owners
    if noun.dep_ == "pobj" and head.dep_ == "prep" and _light(head.head, noun):
        return subject_of(head.head)
    if noun.dep_ in {"nsubj", "nsubjpass", "attr"}:
        for child in head.children:
            owner = _possessor_in(child)
            if owner is not None:
                return [owner]
    return []


def _light(verb: Token, noun: Token) -> bool:
    if noun.dep_ == "pobj" and noun.head.lower_ in CIRCUMSTANCE_PREPS:
        return False  # "held a rally after the talks": the talks are the occasion
    return verb.lemma_ in LIGHT_VERBS or plover.is_light_verb(verb, noun)


def _possessor_in(token: Token) -> Token | None:
    for node in token.subtree:
        if node.dep_ == "poss" and node.head.lemma_ in {"agenda", "schedule", "itinerary",
                                                        "program", "programme", "plan"}:
            return node
    return None
