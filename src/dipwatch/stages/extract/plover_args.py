"""Arguments of PLOVER events other than meetings: who acts and who is acted on when the
parse hangs them elsewhere ("sanctions were imposed on the regime", "at least 11 were
killed", "the minister stood trial", "al-Shabab claimed responsibility for the attack"), and
the light verbs that lend their subject to an event noun ("imposed sanctions").

`plover` re-exports `adjust_arguments`, `unresolved_parties` and `is_light_verb`, which
`triggers` and `events` call.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Token

from dipwatch.model.records import Actor, Span
from dipwatch.stages.extract.lexicon import CONSULT_NOUNS
from dipwatch.stages.extract.plover_lexicon import LIGHT_VERBS, NOUNS
from dipwatch.stages.extract.plover_parse import (
    MATERIAL_CONFLICT,
    _misattached,
    _obliged,
    _sense,
    _through_quantity,
    antecedent,
)
from dipwatch.stages.extract.plover_words import (
    CIRCUMSTANCE_PREPS,
    FIRED,
    FIRING_PREPS,
    HARM_VERBS,
    HOSTING,
    NOT_ACTORS,
    QUANTITIES,
    RENEWING,
    STATEMENT_NOUNS,
    TARGET_PREPS,
    THINGS,
    WEAPONS,
    WHEN,
)

_ARMS = FIRED | WEAPONS  # fired or wielded: the means of an attack, never its target
_FIRED_OR_ARMS = _ARMS | {"fire"}  # "returned fire"
_RECEIVING = frozenset({"receive", "get", "accept", "welcome", "obtain", "secure", "win"})
_ARRIVING = frozenset({"reach", "arrive", "flow", "pour", "get"})  # aid reaching its recipients


def is_light_verb(verb: Token, noun: Token) -> bool:
    """Whether `verb` lends its subject to the non-CONSULT event noun `noun` it governs
    ("imposed sanctions", "launched an attack")."""
    if noun.dep_ == "pobj" and noun.head.lower_ in CIRCUMSTANCE_PREPS:
        return False  # "imposed a curfew after the clashes": the clashes are the occasion
    if verb.lemma_ in RENEWING and noun.lemma_ in CONSULT_NOUNS:
        return True  # "renewed negotiations": the CONSULT list has "resume", not these
    if noun.dep_ == "pobj" and any(c.dep_ == "dobj" and c.i != noun.i and _topic_holder(c)
                                   for c in verb.children):
        return False  # "expressed sorrow for the shootings" with "for" hung on the verb
    if verb.lemma_ == "be" and noun.dep_ == "pobj" and noun.head.lower_ == "on" \
            and noun.lemma_ in {"strike", "boycott", "walkout"}:
        return True  # "workers are on strike", "has been on hunger strike": the state of it
    if verb.lemma_ == "raise":
        # "raised objections", "raised the alert"; "raised cooperation" only brings it up
        return noun.lemma_ in NOUNS and NOUNS[noun.lemma_].type in {"ACCUSE", "MOBILIZE"}
    return verb.lemma_ in LIGHT_VERBS and (noun.lemma_ in NOUNS or noun.lemma_ in {"law", "fire"})


def _names_event(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and (lemma in NOUNS or lemma in CONSULT_NOUNS)


def _modifying_parties(noun: Token) -> list[Token]:
    """The parties named as modifiers of an event noun: "government loans", "Japanese aid",
    "US support"."""
    return [c for c in noun.children if c.dep_ in {"compound", "amod", "poss"} and (
        c.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"} or c.lemma_.lower() in {
            "government", "state", "army", "military", "police"})]


def _topic_holder(noun: Token) -> bool:
    """A noun whose prepositional phrase is its topic, not its part: an event noun of its own
    ("support for the attack") or a statement or feeling ("sorrow for the shootings")."""
    lemma = noun.lemma_.lower()
    return lemma in NOUNS or lemma in CONSULT_NOUNS or lemma in STATEMENT_NOUNS


def _light_verb(noun: Token) -> Token | None:
    for depth, head in enumerate(noun.ancestors):
        if head.pos_ in {"VERB", "AUX"}:
            return head if is_light_verb(head, noun) else None
        if depth > 3 or head.dep_ not in {"pobj", "dobj", "prep", "attr"}:
            return None
        if head.pos_ == "NOUN" and _topic_holder(head):
            return None  # "expressed sorrow for the shootings": the verb holds the sorrow
    return None


def _light_verb_subject(noun: Token) -> list[Token]:
    """ "gave Pakistan 5 million dollars in flood relief", "declared a state of emergency":
    the light verb governs the event noun from further up the phrase."""
    from dipwatch.stages.extract.triggers import subject_of  # cycle: triggers imports us

    verb = _light_verb(noun)
    return subject_of(verb) if verb is not None else []


def adjust_arguments(trig: Any) -> None:
    """Type-specific argument rules for a filled `triggers.Trigger` (non-CONSULT types).

    "sanctions on X", "fired at X", "called on X to", "aid to X": the phrase names the
    target. "demanded that X resign": the complement's subject is the target.
    """
    sense = trig.sense
    if sense.type == "CONSULT":
        _third_party(trig)
        _welcomed_guest(trig)
        return
    token = trig.token
    if sense.type == "REQUEST" and token.pos_ == "VERB" and _obliged(token):
        trig.recipients = [c for c in token.children if c.dep_ == "nsubj"]
        trig.actors = [c for c in token.head.children if c.dep_ == "nsubj"]
        return
    _misparsed_parties(trig)
    # "Thousands of students protested": the students, counted, are the party
    trig.actors[:] = [_through_quantity(a) for a in trig.actors]
    trig.recipients[:] = [_through_quantity(r) for r in trig.recipients]
    # "troops who were wounded": the relative pronoun stands for its antecedent
    trig.recipients[:] = [antecedent(r) for r in trig.recipients if r.ent_type_ not in WHEN]
    for child in token.children:
        _phrase_party(trig, child)
        if child.dep_ in {"advmod", "prt"} and child.lower_ in {"back", "over", "away"}:
            for inner in child.children:  # "handed the villages back to Azerbaijan"
                _phrase_party(trig, inner)
    if token.pos_ == "ADJ" and (not trig.actors or all(a.pos_ == "PRON" for a in trig.actors)):
        from dipwatch.stages.extract.triggers import subject_of  # cycle: triggers imports us

        # "the president said he was not willing to ...": the speaker, through the pronoun
        trig.actors = subject_of(token.head) or trig.actors
    if token.pos_ == "NOUN" and trig.actors and all(
            a.dep_ == "poss" and a.pos_ == "PRON" and a.head.i == token.i for a in trig.actors) \
            and token.dep_ in {"dobj", "pobj"}:
        from dipwatch.stages.extract.triggers import subject_of  # cycle: triggers imports us

        verb = token.head if token.dep_ == "dobj" else token.head.head
        carries = verb.lemma_ in LIGHT_VERBS or verb.lemma_ in _ASPECTUAL
        owners = [s for s in subject_of(verb) if s.pos_ != "PRON"] \
            if verb.pos_ == "VERB" and carries else []
        # "the strikers repeated their demand", "the army stepped up its attacks"
        trig.actors = owners or trig.actors
    if token.pos_ != "VERB":
        _noun_parties(trig)
        _blamed_parties(trig)
        _light_verb_parties(trig)
        _claimed_parties(trig)
    trig.recipients[:] = [p for r in trig.recipients for p in _party_of(r, bool(trig.actors))]
    if sense.type in {"ASSAULT", "MOBILIZE"}:
        # "fired rockets into northern Israel": the weapon is the means, not the target; a
        # target the parse hangs on the weapon is the event's.
        weapons = [r for r in trig.recipients if r.lemma_.lower() in _FIRED_OR_ARMS]
        trig.recipients[:] = [r for r in trig.recipients if r not in weapons]
        if sense.type == "ASSAULT":  # "fired into the crowd", "rockets into Israel"
            weapons.append(token)
        trig.recipients.extend(g for w in weapons for c in w.children
                               if c.dep_ == "prep" and c.lower_ in FIRING_PREPS
                               for g in c.children
                               if g.dep_ == "pobj" and g.ent_type_ not in WHEN
                               and g not in trig.recipients and g not in trig.actors)
    if token.pos_ == "NOUN" and (token.lemma_ == "trial" or _faced(token)):
        _tried_parties(trig)
    if sense.type in {"REQUEST", "THREATEN", "REJECT"} and not trig.recipients:
        for child in token.children:
            if child.dep_ in {"ccomp", "xcomp"}:
                trig.recipients.extend(c for c in child.children if c.dep_ == "nsubj"
                                       and c.pos_ != "PRON")
            if sense.type == "REJECT" and token.pos_ == "ADJ" and child.dep_ == "xcomp":
                # "not willing to meet the HDP leader": whom the refused act was for
                trig.recipients.extend(g for c in child.children for g in (
                    [c] if c.dep_ == "dobj" else c.children if c.dep_ == "prep"
                    and c.lower_ == "with" else []) if g.dep_ in {"dobj", "pobj"})
    if sense.type == "AID" and token.dep_ == "nsubj" and token.head.lemma_ in _ARRIVING:
        # "food aid reached 200,000 people", "the aid arrived in Gaza": who it reached
        verb = token.head
        reached = [c for c in verb.children if c.dep_ == "dobj"] or [
            g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"in", "to", "into"}
            for g in c.children if g.dep_ == "pobj"]
        trig.recipients.extend(g for g in reached if g.ent_type_ not in WHEN
                               and g not in trig.recipients)
    trig.actors[:] = [a for a in trig.actors if a.ent_type_ not in WHEN]  # not "February"
    # an act is not its own doer, nor is another act ("received military support from X"),
    # but a party named on that act is ("received government loans": the government)
    trig.actors[:] = [p for a in trig.actors if a.i != token.i
                      for p in (_modifying_parties(a) if _names_event(a) else [a])]


def _faced(token: Token) -> bool:
    """ "the governor faces charges of bribery": an accusation whose target is the subject
    of "face" (the charge needs no "against" then)."""
    return token.dep_ == "dobj" and token.head.lemma_ == "face" \
        and token.lemma_ in NOUNS and NOUNS[token.lemma_].type == "ACCUSE"


def _tried_parties(trig: Any) -> None:
    """ "the minister stood trial", "faces charges": the subject is the accused; "prosecutors
    brought him to trial", "he was put on trial": the object or passive subject is, the
    subject accuses."""
    token = trig.token
    verb = token.head if token.dep_ == "dobj" else token.head.head
    if trig.recipients or verb.pos_ != "VERB" or token.dep_ not in {"dobj", "pobj"}:
        return
    roles = {"nsubj"} if token.dep_ == "dobj" else {"dobj", "nsubjpass"}
    accused = [c for c in verb.children if c.dep_ in roles]
    trig.recipients = accused
    trig.actors = [a for a in trig.actors if a not in accused] or (
        [c for c in verb.children if c.dep_ == "nsubj"] if token.dep_ == "pobj" else [])


def _misparsed_parties(trig: Any) -> None:
    """Subjects the parse hangs elsewhere: "youths resorted to throwing stones", "thousands
    of students protested" (a participle), "10 soldiers killed in ..." (the victims)."""
    token = trig.token
    if not trig.actors and token.dep_ == "pcomp" and token.head.head.pos_ == "VERB":
        from dipwatch.stages.extract.triggers import subject_of  # cycle: triggers imports us

        trig.actors = subject_of(token.head.head)
    if not trig.actors and token.pos_ == "VERB":
        # "Pakistan is opposed to ...": the parser may hang the subject on the auxiliary
        trig.actors = [g for c in token.children if c.dep_ in {"aux", "auxpass"}
                       for g in c.children if g.dep_ in {"nsubj", "nsubjpass"}]
    if not trig.actors and _misattached(token):
        trig.actors = [token.head]
    elif not trig.actors and not trig.recipients and token.dep_ == "acl" \
            and token.tag_ == "VBN" and trig.sense.type in {"ASSAULT", "COERCE", "SANCTION"}:
        trig.recipients = [token.head]


def _phrase_party(trig: Any, child: Token) -> None:
    """A party named by a dependent phrase of the trigger: "sanctions on X", "aid to X",
    "gave X ...", "received Y from X", "withdrew its ambassador from X"."""
    sense, token = trig.sense, trig.token
    if child.dep_ == "dative" and child.pos_ in {"NOUN", "PROPN"}:
        trig.recipients.append(child)  # "gave Pakistan 5 million dollars"
        return
    if child.dep_ not in {"prep", "dative"}:
        return
    prep = child.lower_
    pobjs = [c for c in child.children if c.dep_ == "pobj" and c.ent_type_ not in WHEN]
    if prep in TARGET_PREPS or (prep in {"to", "for"} and token.pos_ != "VERB"
                                 and sense.type in {"AID", "SUPPORT", "REQUEST"}) \
            or (prep == "to" and sense.type in {"AID", "RETREAT", "CONCEDE", "SANCTION",
                                                "COERCE"}):
        trig.recipients.extend(c for c in pobjs if c not in trig.recipients)
    elif prep in {"to", "from"} and token.lemma_ in {"export", "import"}:
        trig.recipients.extend(pobjs)  # the trading partner
    elif prep == "from" and sense.type == "REQUEST":
        trig.recipients.extend(pobjs)  # "demanded an explanation from Minsk"
    elif prep == "from" and token.pos_ == "NOUN" and sense.type in {"AID", "SUPPORT",
                                                                      "COOPERATE"} \
            and (token.dep_ == "nsubj" or token.dep_ == "dobj"
                 and token.head.lemma_ in _RECEIVING):
        # "aid from Japan arrived", "received support from the EU": given by them; not
        # "sought support from China", where it is only asked for
        trig.actors.extend(c for c in pobjs if c not in trig.actors)
    elif prep == "from" and sense.reverse:
        trig.actors.extend(pobjs)
    elif prep == "from" and (sense.mode == "withdraw" or sense.type == "COERCE"):
        if sense.type == "SANCTION":
            trig.recipients[:] = pobjs
        else:
            trig.recipients.extend(pobjs)


def _claimed_parties(trig: Any) -> None:
    """ "al-Shabab claimed responsibility for the attack": whoever claims (takes, accepts,
    admits) responsibility for an act is its actor (PLOVER codes the act, not the claim)."""
    token = trig.token
    holder = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "for" else None
    if holder is None or holder.lemma_.lower() not in {"responsibility", "credit"} \
            or holder.dep_ != "dobj" or holder.head.lemma_ not in {
                "claim", "take", "accept", "assume", "admit", "acknowledge", "bear"}:
        return
    from dipwatch.stages.extract.triggers import subject_of  # cycle: triggers imports us

    trig.actors = [a for a in subject_of(holder.head) if a.lower_ not in {"nobody", "none"}
                   and not any(c.dep_ == "det" and c.lower_ == "no" for c in a.children)]


def _light_verb_parties(trig: Any) -> None:
    token = trig.token
    if token.pos_ == "NOUN" and all(a.pos_ == "PRON" for a in trig.actors):
        # "expressed their readiness": the light verb's subject says who "their" is
        trig.actors += [a for a in _light_verb_subject(token) if a not in trig.actors]
    if token.dep_ == "nsubjpass" and token.pos_ == "NOUN" and is_light_verb(token.head, token):
        # "Evidence against Russia was presented by the US": the agent holds the event
        agents = [g for c in token.head.children if c.dep_ == "agent" for g in c.children
                  if g.dep_ == "pobj"]
        trig.actors = agents or [a for a in trig.actors if a.i != token.i]


# Nouns that count or group events: "a wave of attacks", "a series of strikes".
_SERIES = frozenset({"wave", "series", "barrage", "spate", "string", "round", "volley",
                     "campaign", "salvo", "flurry"})


def _instrument_parties(trig: Any) -> None:
    """ "hackers knocked the websites offline with a wave of attacks", "the army responded
    with airstrikes": an attack that is the means of an active verb is done by that verb's
    subject, to its object. Not through a passive ("charged with murder", "met with
    protests"): there the phrase names what someone else did or alleges."""
    from dipwatch.stages.extract.triggers import subject_of  # cycle: triggers imports us

    token = trig.token
    holder = token
    if token.dep_ == "pobj" and token.head.lower_ == "of" \
            and token.head.head.lemma_.lower() in _SERIES:
        holder = token.head.head
    prep = holder.head
    if holder.dep_ != "pobj" or prep.lower_ != "with":
        return
    verb, target = prep.head, None
    if verb.dep_ == "dobj" and verb.pos_ == "NOUN":
        verb, target = verb.head, verb  # the parse hangs "with ..." on the object
    if verb.pos_ != "VERB" or any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return
    trig.actors[:] = subject_of(verb) or trig.actors
    if not trig.recipients:
        trig.recipients.extend([target] if target is not None else
                               [c for c in verb.children if c.dep_ == "dobj"])


def _blamed_parties(trig: Any) -> None:
    """ "Kyiv blamed the attack on Russian forces": whom an act is blamed on did it."""
    token = trig.token
    if token.dep_ != "dobj" or token.head.lemma_ not in {"blame", "pin"}:
        return
    # the parser may hang "on ..." on the verb or on the act
    doers = [g for c in [*token.head.children, *token.children]
             if c.dep_ == "prep" and c.lower_ == "on"
             for g in c.children if g.dep_ == "pobj"]
    if doers:
        trig.actors = doers
        trig.recipients[:] = [r for r in trig.recipients if r not in doers]


def _noun_parties(trig: Any) -> None:
    """ "an attack by militants": the agent; "a car bomb killed 12 soldiers": the victims;
    "provided aid to Haiti": the light verb's beneficiary."""
    token = trig.token
    if not trig.actors and trig.sense.type in MATERIAL_CONFLICT:
        _instrument_parties(trig)
    verb = next((a for a in token.ancestors if a.pos_ == "VERB"), None)
    if trig.sense.type == "AID" and not trig.recipients and verb is not None:
        for prep in verb.children:
            if prep.dep_ in {"prep", "dative"} and prep.lower_ == "to" \
                    and prep.i != token.head.i:
                trig.recipients.extend(c for c in prep.children if c.dep_ == "pobj")
            elif prep.dep_ == "dative" and prep.pos_ in {"NOUN", "PROPN"}:
                trig.recipients.append(prep)  # "gave Pakistan ... in relief"
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
    if trig.sense.type in {"COERCE", "ASSAULT", "RETREAT", "SANCTION"}:
        for prep in token.children:  # "the arrest of the opposition leader"
            if prep.dep_ == "prep" and prep.lower_ == "of":
                trig.recipients.extend(c for c in prep.children if c.dep_ == "pobj"
                                       and c not in trig.recipients)
    light = _light_verb(token)
    if not trig.recipients and light is not None:
        # "sanctions were imposed on the regime", "launched an attack against the base": the
        # target hangs on the light verb
        trig.recipients.extend(g for c in light.children if c.dep_ == "prep"
                               and c.lower_ in TARGET_PREPS for g in c.children
                               if g.dep_ == "pobj" and g.ent_type_ not in WHEN)
    if not trig.recipients and token.dep_ == "nsubj" and token.head.lemma_ in HARM_VERBS \
            and trig.sense.type in MATERIAL_CONFLICT:
        trig.recipients.extend(c for c in token.head.children if c.dep_ == "dobj")


def unresolved_parties(trig: Any) -> tuple[list[Actor], list[Actor]]:
    """Group actors and recipients for argument noun phrases the resolver does not know
    ("Hundreds of thousands of people", "Several people were killed"; counted victims or
    detainees, "at least 11 were killed"): a protest, strike or attack by or on people the
    catalogue cannot name is still an event. CONSULT keeps its stricter rule."""
    if trig.sense.type == "CONSULT":
        return [], []
    counted = trig.sense.type in {"ASSAULT", "COERCE", "SANCTION"}  # "11 were killed"
    return _groups(trig.actors), _groups(trig.recipients, counted=counted)


# Verbs that go on with, renew or end their object event ("repeated their demand",
# "stepped up its attacks", "ended their strike"): the event is the subject's.
_ASPECTUAL = frozenset({"repeat", "reiterate", "renew", "step", "intensify", "escalate",
                        "expand", "continue", "resume", "end", "halt", "suspend", "stop",
                        "pursue", "press", "drop", "abandon", "withdraw", "scale", "widen",
                        "extend", "redouble", "finish", "complete", "postpone", "delay"})

# Events that happen to a place whether or not the text names who carried them out.
_UNOWNED_TYPES = frozenset({"PROTEST", "ASSAULT"})


def stands_alone(trig: Any) -> bool:
    """Whether a trigger whose arguments name nobody is still an event: a protest or attack
    named by a noun that is the subject of its own clause ("riots broke out across France",
    "clashes erupted in the capital"), or a coercive act in an agentless passive ("a curfew was
    imposed after the clashes"). The text asserts that it happened; who did it is not said,
    and the record says so (no parties). Cooperative acts need their parties: "talks began
    in Lyon" codes nothing, and "the restrictions will expire" reports no act."""
    noun = token = trig.token
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
        token = token.head.head  # "a state of emergency was declared"
    if noun.pos_ != "NOUN" or token.head.pos_ not in {"VERB", "AUX"}:
        return False
    if trig.sense.type in MATERIAL_CONFLICT and token.dep_ == "nsubjpass" \
            and is_light_verb(token.head, noun):
        return True  # "a curfew was imposed", "a state of emergency was declared"
    # an occurrence told by an intransitive verb; "a late rally arrested the slide" acts on
    # something, so its subject is some other kind of rally
    return trig.sense.type in _UNOWNED_TYPES and token.dep_ in {"nsubj", "nsubjpass"} \
        and not any(c.dep_ == "dobj" for c in token.head.children)


def _groups(tokens: Iterable[Token], *, counted: bool = False) -> list[Actor]:
    out: list[Actor] = []
    for token in tokens:
        if not (token.pos_ in {"NOUN", "PROPN"} or counted and token.pos_ == "NUM") \
                or token.lower_ in NOT_ACTORS or _names_event(token):
            continue  # an event is not a party: "a curfew ... after the clashes"
        start = token.left_edge.i
        if token.dep_ == "pobj" and token.head.lower_ == "of" \
                and token.head.head.lemma_.lower() in QUANTITIES:
            start = token.head.head.left_edge.i  # "Thousands of students", counted
        phrase = token.doc[start:token.i + 1]
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


def _welcomed_guest(trig: Any) -> None:
    """ "gave a warm welcome to X", "gave X a warm welcome": the guest (the visitor, so the
    actor) is the light verb's dative or "to" phrase; the host is its subject."""
    token = trig.token
    if token.lemma_ != "welcome" or token.pos_ != "NOUN" or trig.actors:
        return
    verb = token.head
    trig.actors = [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"] + [
        g for c in verb.children if c.dep_ in {"dative", "prep"} and c.lower_ == "to"
        for g in c.children if g.dep_ == "pobj"]


def _party_of(token: Token, has_actor: bool) -> list[Token]:
    """An object that names a thing, not a party ("ended military cooperation with Norway",
    "closed its border with Syria", "demanded the resignation of the minister"): the party is
    in its own phrase; without one the thing is kept only when nobody else takes part."""
    own = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children)
    if own:  # "withdrew its ambassador from Somalia": the actor's own people point away
        away = [g for c in token.children if c.dep_ == "prep" and c.lower_ in {
            "from", "in", "to"} for g in c.children if g.dep_ == "pobj"]
        if away:
            return away
    lemma = token.lemma_.lower()
    if lemma not in THINGS and lemma not in NOUNS:
        return [token]  # an act named by an event noun ("demanded an apology") is a thing
    if any(c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE"}
           for c in token.children):
        return [token]  # "wanted Australian support": the state is the party
    parties = [c for c in token.children if c.dep_ == "poss"] + [
        g for c in token.children if c.dep_ == "prep" and c.lower_ in {
            "with", "to", "on", "against", "of", "from"} for g in c.children if g.dep_ == "pobj"]
    return parties or ([] if has_actor else [token])
