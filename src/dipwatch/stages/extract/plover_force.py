"""Verb senses of the material-conflict types (PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT)
that depend on the verb's object or subject: "jets struck" vs "workers struck", "cut
electricity" vs "cut ties", "threw stones", "used tear gas", "sent troops".

Each check takes (token, default sense, object lemma) and returns the sense, another sense or
None (no event); `plover_verbs._VERB_CHECKS` maps lemmas to them.
"""

from __future__ import annotations

from spacy.tokens import Token

from dipwatch.stages.extract.lexicon import TriggerSense
from dipwatch.stages.extract.plover_lexicon import (
    ASSAULT_MODES,
    CIVILIAN_NOUNS,
    DIPLOMATIC_TARGETS,
    OBJECT_SENSES,
    USED_WEAPONS,
    VERBS,
)
from dipwatch.stages.extract.plover_parse import (
    _active_subject_lemma,
    _agent_lemma,
    _assault_mode,
    _ceasefire_object,
    _agent,
    _dobj,
    _no_agent,
    _retype,
    _sense,
    _subject,
    _subject_lemma,
)
from dipwatch.stages.extract.plover_words import (
    FIRING_PREPS,
    ABSTRACT_FOES,
    ARMED,
    CONTESTS,
    BODIES,
    CAPTURED_PLACES,
    CYBER_TARGETS,
    ENTRY,
    FALSEHOODS,
    FIRED,
    MEDIA,
    MILITIA_PERSONNEL,
    OPEN_WATER,
    RIOTERS,
    SHOWN_FORCE,
    STREET_VIOLENCE,
    TESTED,
    THROWN,
    VERBAL_TARGETS,
    NATURAL_CAUSES,
    WEAPONS,
    WITHHELD,
)


# Subjects that strike as attackers: armed people, weapons, aircraft, forces of nature.
_ARMED_MEANS = ARMED | WEAPONS | FIRED | frozenset(ASSAULT_MODES) | NATURAL_CAUSES


# Civilian staff sent somewhere: their deployment mobilises no force.
_CIVIL_STAFF = frozenset({"investigator", "inspector", "expert", "doctor", "nurse", "engineer",
                          "scientist", "technician", "volunteer", "observer", "official",
                          "staff", "worker", "specialist", "epidemiologist", "monitor"})


def _strike(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    if token.dep_ in {"acomp", "amod"} or token.tag_ == "JJ":
        return None  # "this map is striking", "a striking resemblance"
    # "workers struck", "air traffic controllers strike in France": an intransitive strike by
    # people who carry no arms is a labour strike; "jets struck overnight" is an attack
    subject = _subject(token)
    if olemma is None and subject is not None and subject.pos_ == "NOUN" \
            and subject.lemma_.lower() not in _ARMED_MEANS \
            and not (subject.tag_ == "NNS" or _agent(subject)):
        return None  # "this map is striking": a striking thing, no strike
    if olemma is None and subject is not None and (
            subject.lemma_.lower() in CIVILIAN_NOUNS
            or subject.pos_ == "NOUN" and subject.dep_ == "nsubj" and not _targets(token)
            and subject.lemma_.lower() not in _ARMED_MEANS):
        return _retype(sense, "PROTEST", "strike")
    return _retype(sense, "ASSAULT", _assault_mode(token, sense.mode))


def _targets(token: Token) -> list[Token]:
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ in FIRING_PREPS
            for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in {"DATE", "TIME"}]


def _expel(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense:
    # diplomats, or anyone expelled from a group ("expelled from the party": the ontology's
    # "expel from group/organization"), are SANCTION expel; deported people COERCE deport
    obj = _dobj(token)
    if olemma in DIPLOMATIC_TARGETS or obj is not None and any(
            c.dep_ in {"compound", "amod"} and c.lemma_.lower() in _DIPLOMATIC_POSTS
            for c in obj.children) or any(
            c.dep_ == "prep" and c.lower_ == "from" and any(
                g.lemma_.lower() in BODIES for g in c.children if g.dep_ == "pobj")
            for c in token.children):
        return sense
    return _retype(sense, "COERCE", "deport")


# "a Russian embassy official", "a consular officer": a diplomat by the post named
_DIPLOMATIC_POSTS = frozenset({"embassy", "diplomatic", "consular", "consulate"})
# Goods and exchanges whose ban is an economic sanction, not a restriction on people.
_TRADED = frozenset({"import", "export", "trade", "sale", "shipment", "purchase", "transit"})
# What a rally, a policy or a rate can "arrest": a trend, not a person.
_TRENDS = frozenset({"slide", "decline", "fall", "drop", "slump", "spread", "rise", "growth",
                     "momentum", "trend", "downturn", "deterioration", "selloff", "loss",
                     "erosion", "exodus", "outflow"})
# What a council or a court "sanctions" when it approves: a plan or an act, not a party.
_APPROVED = frozenset({"construction", "use", "sale", "plan", "project", "deal", "purchase",
                       "merger", "building", "release", "expansion", "development", "creation",
                       "transfer", "spending", "budget", "bill", "measure", "proposal",
                       "change", "decision", "agreement", "marriage", "scheme"})


def _ban(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense:
    # "banned imports of Ukrainian grain": a curtailed exchange is SANCTION discontinue
    if olemma in _TRADED:
        return _retype(sense, "SANCTION", "discontinue")
    return sense


def _arrest(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    return None if olemma in _TRENDS else sense  # "a late rally arrested the slide"


def _sanction(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    return None if olemma in _APPROVED else sense  # "the council sanctioned the construction"


def _bomb(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "the sequel bombed at the box office": bombing without a target or victim is a flop
    if olemma is None and _agent_lemma(token) is None:
        return None
    return _assault(token, sense, olemma)


def _block(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense:
    if _subject_lemma(token) in CIVILIAN_NOUNS:
        return sense
    return _retype(sense, "COERCE", "restrict")


def _train(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    return sense if olemma in ARMED else None


def _deploy(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    if olemma in WEAPONS:
        return _sense("MOBILIZE", "weapons")
    obj = _dobj(token)
    if obj is not None and (olemma in _CIVIL_STAFF or olemma in {"team", "unit"} and any(
            g.lemma_.lower() in _CIVIL_STAFF for c in obj.children
            if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)):
        return None  # "deployed a team of ten investigators to the farm": no force
    return _sense("MOBILIZE", _personnel_mode(token) or sense.mode)


def _personnel_mode(token: Token) -> str | None:
    """The mode the mobilised personnel names: "police officers", "riot police" are police;
    "fighters", "militants" a non-state armed group (the ontology's mode is what is
    mobilised); None when the object says neither."""
    obj = _dobj(token)
    if obj is None:
        return None
    olemma = obj.lemma_.lower()
    if olemma in MILITIA_PERSONNEL:
        return "militia"
    if olemma in {"police", "policeman", "gendarme"} or (
            olemma in {"officer", "unit", "force"} and any(
                c.dep_ in {"compound", "amod"} and c.lemma_.lower() in {"police", "riot"}
                for c in obj.children)):
        return "police"
    return None


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


def _curtail(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "ended military cooperation", "cut off aid": a reduction of relations (SANCTION)
    found = OBJECT_SENSES.get(olemma or "")
    if found is not None and found.type == "SANCTION":
        return _sense(found.type, found.mode)
    if olemma in {"cooperation", "partnership", "program", "programme", "exchange"}:
        return _sense("SANCTION", "discontinue")
    return None


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
        return _sense("MOBILIZE", _personnel_mode(token) or "troops")
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


def _take(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "took three engineers hostage"; "took control of the broadcaster" seizes it
    if olemma in {"control", "possession"}:
        return _sense("COERCE", "seize")
    if any(c.dep_ == "prep" and c.lower_ == "to" and any(
            g.lemma_.lower() == "street" for g in c.children) for c in token.children):
        return _sense("PROTEST", "demo")  # "thousands took to the streets"
    if any(c.lemma_.lower() in {"hostage", "captive"} for c in token.children
           if c.dep_ in {"oprd", "dobj", "advmod", "npadvmod", "xcomp", "ccomp"}):
        return sense
    return None


def _violate(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # breaking a ceasefire is fighting (CAMEO 196); other violations are no event here
    if token.lemma_ == "breach" and (olemma in CYBER_TARGETS
                                     or _subject_lemma(token) in {"hacker", "attacker"}):
        return _sense("COERCE", "cyber")  # "hackers breached the ministry's network"
    return sense if _ceasefire_object(token) else None


def _target(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "hackers targeted the ministry's network"; other targeting is no event by itself
    if olemma in CYBER_TARGETS or _subject_lemma(token) in {"hacker", "attacker"}:
        return sense
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
    # "used tear gas on protesters": an assault by its means; "used the money": nothing;
    # "used villagers as human shields" (CAMEO 184) holds them by force: ASSAULT abduct
    if any(c.dep_ == "prep" and c.lower_ == "as" and any(g.lemma_.lower() == "shield"
                                                         for g in c.children)
           for c in token.children):
        return _sense("ASSAULT", "abduct")
    if olemma not in USED_WEAPONS:
        return None
    if olemma == "force" and not any(c.lemma_.lower() in {"excessive", "lethal", "deadly",
                                                          "military", "brutal"}
                                     for c in _dobj(token).children):
        return None  # "the law will come into force", "used its force of argument"
    return _retype(sense, "ASSAULT", _assault_mode(token, None))


def _fire(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "fired at the convoy", "fired rockets into the town": an assault; "test-fired two
    # missiles" shows force (MOBILIZE weapons); "fired the coach" is no event
    # (also "launched missiles at", "launched a missile into the sea": a test)
    targets = [g for c in token.children if c.dep_ == "prep"
               and c.lower_ in FIRING_PREPS for g in c.children
               if g.ent_type_ not in {"DATE", "TIME"}]  # not "on Monday"
    if token.lemma_ == "launch" and olemma not in FIRED or not targets and olemma not in FIRED:
        return None
    if any(c.lemma_.lower() == "test" for c in token.children) or targets and all(
            t.lemma_.lower() in OPEN_WATER for t in targets):
        return _sense("MOBILIZE", "weapons")
    return _assault(token, sense, olemma)


def _test(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "tested a new ballistic missile": a weapons show of force; "tested the system": none
    return sense if olemma in TESTED else None


def _capture(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # people captured are abducted (the ontology: captured combatants => ASSAULT abduct);
    # places captured are seized (the crosswalk: occupy territory => COERCE seize); "captured
    # the imagination" is neither
    obj = _dobj(token)
    if obj is None:
        return None
    if obj.ent_type_ in {"GPE", "LOC", "FAC"} or olemma in CAPTURED_PLACES:
        return _sense("COERCE", "seize")
    if obj.ent_type_ in {"PERSON", "NORP"} or olemma in ARMED or olemma in CIVILIAN_NOUNS \
            or olemma in {"fighter", "militant", "rebel", "commander", "leader", "hostage",
                          "prisoner", "member", "suspect", "crew", "pilot", "journalist"}:
        return sense
    return None


def _bar(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # barring from entering is a refusal (the ontology: REJECT); barring from anything else
    # ("barred from running in the election") restricts (COERCE restrict); an agreement or a
    # law that bars something is no actor
    subject = _subject(token)
    if subject is not None and _no_agent(subject):
        return None
    barred = _dobj(token)
    if barred is not None and barred.lemma_.lower() in CIVILIAN_NOUNS:
        return sense  # "barred women from attending universities": people's movement or
        # rights restricted (COERCE); the ontology's REJECT is for barred organisations
    for child in token.children:
        if child.dep_ in {"prep", "xcomp", "advcl"} and any(
                t.lemma_.lower() in ENTRY for t in child.subtree):
            return _sense("REJECT", None)
    return sense


def _demonstrate(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # transitive "demonstrate" shows something: its military might (CAMEO 150, MOBILIZE) or
    # its resolve (no event); intransitive it is a street demonstration
    if olemma is None and token.dep_ == "acl" and token.head.pos_ == "NOUN" \
            and not _agent(token.head):
        olemma = token.head.lemma_.lower()  # "the applications demonstrated were ..."
    if olemma is None:
        return sense
    return _sense("MOBILIZE", "troops") if olemma in SHOWN_FORCE else None


def _hit(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "Russian missiles hit a power plant", "was hit by a drone": an attack told by its
    # weapon or armed doer; "the sanctions hit the economy", "hit a record" are none
    doer = _agent_lemma(token) or _active_subject_lemma(token)
    if doer in WEAPONS or doer in ARMED or doer in {"shell", "drone", "airstrike", "bomb",
                                                   "strike", "mortar", "artillery"}:
        return _assault(token, sense, olemma)
    return None


def _break_in(token: Token) -> TriggerSense | None:
    """ "broke into the ministry's computer networks": a cyber attack; other breaking in
    (a house, parliament) is not typed here."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "into":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.lemma_.lower() in CYBER_TARGETS:
                    return _sense("COERCE", "cyber")
    return None


def _set(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "set fire to cars", "set the village ablaze", "was set on fire": an attack by fire
    # (by rioters a riot, see `_assault`); other setting is none
    if olemma == "fire" or any(c.lemma_.lower() in {"ablaze", "alight", "afire"} or (
            c.dep_ == "prep" and c.lower_ == "on" and any(g.lemma_ == "fire" for g in c.children))
            for c in token.children):
        return _assault(token, _retype(sense, "ASSAULT", "primitive"), olemma)
    return None


def _beat(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "beat Brazil 2-1 in the final", "beat the incumbent in the election": a contest won,
    # told by a scoreline or the contest it was won in; otherwise a beating
    for child in token.children:
        if child.like_num or (child.dep_ == "npadvmod" and any(ch.isdigit() for ch in child.text)):
            return None
        if child.dep_ == "prep" and child.lower_ in {"in", "at"} and any(
                g.dep_ == "pobj" and g.lemma_.lower() in CONTESTS for g in child.children):
            return None
    return _assault(token, sense, olemma)


def _fight(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "fighting inflation", "fought against corruption", "will fight the charges": a problem
    # or a contest, not an armed party
    foes = [g for c in token.children if c.dep_ == "prep" and c.lower_ in {"against", "for"}
            for g in c.children if g.dep_ == "pobj"]
    obj = _dobj(token)
    foes += [obj] if obj is not None else []
    # the foe or its compound ("mosquito populations", "the malaria outbreak")
    if any(w.lemma_.lower() in ABSTRACT_FOES for f in foes
           for w in [f, *(c for c in f.children if c.dep_ == "compound")]):
        return None
    return _assault(token, sense, olemma)
