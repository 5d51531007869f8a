"""PLOVER types beyond CONSULT: trigger senses, argument tweaks, modes and contexts.

`triggers.trigger_sense` asks `other_sense` after the CONSULT lexicon (and `reconsider` for a
CONSULT sense another type overrides); `triggers` also asks `is_light_verb` (who holds
"sanctions" in "imposed sanctions") and `adjust_arguments` (the target of "sanctions on X",
"called on X to ..."), both in `plover_args`. `events` asks `contexts_for`, `status_anchor`
and `unresolved_parties`. PLOVER's coding
conventions for finished events (future meetings are AGREE, ...) live in
`dipwatch.export.plover.plover_code`.

Typing is dictionary lookups on lemmas plus a look at the trigger's direct dependents. The
trigger tables are in `plover_lexicon`, the word sets that refine them in `plover_words`, the
verb checks in `plover_verbs` (cooperative and verbal types) and `plover_force` (material
conflict), the parse helpers they share in `plover_parse`.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from dipwatch.stages.extract.lexicon import CONSULT_NOUNS, TriggerSense
from dipwatch.stages.extract.plover_args import (
    _faced,
    _light_verb,
    adjust_arguments,
    is_light_verb,
    stands_alone,
    unresolved_parties,
)
from dipwatch.stages.extract.plover_lexicon import (
    CONFLICT_ACTIONS,
    CONTENT_MODES,
    CONTEXT_WORDS,
    DEFAULT_CONTEXTS,
    LIFTED,
    NOUNS,
    OBJECT_SENSES,
    PEJORATIVE,
    VERBS,
)
from dipwatch.stages.extract.plover_parse import (
    MATERIAL_CONFLICT,
    _agent,
    _agent_lemma,
    _assault_mode,
    _content_lemmas,
    _content_mode,
    _obliged,
    _retype,
    _sense,
)
from dipwatch.stages.extract.plover_verbs import _refine_verb, hazard_warning
from dipwatch.stages.extract.plover_words import (
    AIR_MODS,
    CAPTURED_PLACES,
    DEFINED_NOUNS,
    FORMAL_PROTEST,
    IDIOM_CALLS,
    MEDIA,
    MILITARY_MODS,
    NOT_RELEASED,
    OFFICIAL,
    REDUCTIONS,
    REFUSABLE,
    RENEWING,
    SKIP_ENTS,
    UNWILLING,
    WILLING,
)
from dipwatch.stages.extract.status_lexicon import EMBEDDERS, Embed

# Aid named by what carries it: "signed an aid package", "sent a relief convoy".
AID_WORDS = frozenset({"aid", "relief", "assistance"})
AID_CARRIERS = frozenset({"package", "shipment", "convoy", "consignment", "flight",
                          "delivery", "programme", "program", "plane", "truck", "lorry"})

# The stage's interface: `triggers`, `events` and the exports call these (the argument rules
# live in `plover_args` and are re-exported here).
__all__ = ["MATERIAL_CONFLICT", "PLOVER_TYPES", "adjust_arguments", "as_refusal",
           "contexts_for", "is_light_verb", "other_sense", "reconsider", "refusal_modal",
           "stands_alone", "status_anchor", "unresolved_parties"]

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                "COERCE", "ASSAULT")


def other_sense(token: Token) -> TriggerSense | None:
    """The non-CONSULT PLOVER sense of `token`, or None when it is no trigger here.

    The caller still checks the sense's `needs` against the token's dependents.
    """
    if token.pos_ == "VERB":
        if token.dep_ == "amod":
            return None  # "detained protesters": a description, not an event
        if token.lemma_ == "call" and any(c.dep_ == "prt" and c.lower_ == "off"
                                          for c in token.children):
            if any(c.dep_ == "dobj" and c.lemma_.lower() in CONFLICT_ACTIONS
                   for c in token.children):
                return _sense("CONCEDE", None)  # "the union called off the strike"
            return None  # "called off the summit": a cancellation, never a call for
        sense = VERBS.get(token.lemma_)
        if sense is not None and sense.type == "ACCUSE" and _described_as_accused(token):
            return None  # "officials accused of playing a role": a description
        if sense is not None and _obliged(token):
            return _sense("REQUEST", _content_mode("REQUEST", [token.lemma_]))
        return as_refusal(token, _refine_verb(token, sense)) if sense is not None else None
    if token.pos_ == "ADJ" and token.lemma_ in UNWILLING and token.dep_ == "acomp":
        return _unwilling(token)
    if token.pos_ == "ADJ" and token.lemma_ in WILLING and token.dep_ == "acomp" \
            and any(c.dep_ == "xcomp" for c in token.children):
        if any(c.dep_ == "neg" for c in token.head.children) \
                or any(c.dep_ == "neg" for c in token.children):
            return _unwilling(token)  # "is not willing to meet": a refusal
        if all(c.lemma_ in _ATTITUDES for c in token.children if c.dep_ == "xcomp"):
            return None  # "people were willing to trust us": an attitude, no act offered
        return _sense("AGREE", None)  # "is ready to resume talks": willingness
    if token.lemma_ == "opposed" and token.dep_ == "acomp" and any(
            c.dep_ == "prep" and c.lower_ == "to" for c in token.children):
        return _sense("REJECT", None)  # "Pakistan is opposed to Indian mediation"
    if token.pos_ in {"NOUN", "PROPN"} and not _modifier(token):
        if token.lemma_ == "law" and any(c.lower_ == "martial" for c in token.children):
            return _sense("COERCE", "martial-law")  # (the NER may call it a LAW)
        if token.ent_type_ in SKIP_ENTS:
            return None
        if token.lemma_ == "fire" and any(c.lower_ == "cease" for c in token.children):
            return _sense("CONCEDE", None)  # "a cease-fire was declared"
        if token.lemma_ == "fire" and token.dep_ == "dobj" and token.head.lemma_ == "open":
            return _sense("ASSAULT", "firearms")  # "opened fire on the crowd"
        sense = NOUNS.get(token.lemma_)
        return as_refusal(token, _refine_noun(token, sense)) if sense is not None else None
    return None


# Complements of "willing/ready to" that offer no act to another party.
_ATTITUDES = frozenset({"trust", "believe", "wait", "listen", "die", "risk", "sacrifice",
                        "pay", "learn", "admit", "accept", "tolerate", "forgive", "forget",
                        "spend", "invest", "buy", "sell", "travel", "move", "fight"})


def _unwilling(token: Token) -> TriggerSense | None:
    """ "The rebels are unwilling to lay down their arms": a refusal of what the complement
    names (REJECT, with the mode of the refused act)."""
    for clause in token.children:
        if clause.dep_ == "xcomp" and clause.pos_ == "VERB":
            inner = other_sense(clause) or _refused_meeting(clause)
            mode = REFUSABLE.get(inner.type) if inner is not None else None
            return _sense("REJECT", mode)
    return None


def _refused_meeting(token: Token) -> TriggerSense | None:
    """The CONSULT sense of a verb, for the refusals that name a meeting ("reluctant to
    resume talks", "unwilling to meet")."""
    if token.lemma_ in {"meet", "negotiate", "talk", "visit", "discuss"}:
        return _sense("CONSULT", None)
    if token.lemma_ in RENEWING | {"resume", "hold", "start", "begin", "open"} and any(
            c.dep_ == "dobj" and (c.lemma_ in CONSULT_NOUNS or c.lower_ in CONSULT_NOUNS)
            for c in token.children):
        return _sense("CONSULT", None)
    return None


def _modifier(token: Token) -> bool:
    """A noun that modifies another: "protest songs", "search and rescue helicopters"; not
    aid named by what carries it ("an aid package", "a relief convoy")."""
    if token.dep_ == "compound" and token.lemma_ in AID_WORDS \
            and token.head.lemma_ in AID_CARRIERS:
        return False
    return token.dep_ == "compound" or (token.dep_ == "conj"
                                        and token.head.dep_ in {"compound", "nmod"})


def refusal_modal(token: Token) -> Token | None:
    """The modal of "will not / would not / won't <act>" on a verb, or on the light verb of
    an event noun ("would not give permission"): a refusal by the subject. "Did not" (a
    denied fact), "cannot" (inability) and "would not have" (a counterfactual) are none."""
    verb = token if token.pos_ == "VERB" else _light_verb(token)
    if verb is None or not any(c.dep_ == "neg" for c in verb.children) or any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "aux"
                 and c.lower_ in {"will", "would", "wo", "'ll", "shall"}), None)


def as_refusal(token: Token, sense: TriggerSense | None) -> TriggerSense | None:
    """A cooperative act the actor says it will not do is a refusal (REJECT, the ontology's
    "all rejections and refusals"; CAMEO 12x): "Iran will not release the sailors" (yield),
    "will not meet the opposition" (meet), "would not send aid" (assist)."""
    if sense is None or sense.type not in REFUSABLE or refusal_modal(token) is None:
        return sense
    verb = token if token.pos_ == "VERB" else _light_verb(token)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb else None
    if subject is None or not _agent(subject):
        return sense  # "a meeting would not settle the disputes": a prediction, no refusal
    return _retype(sense, "REJECT", REFUSABLE[sense.type])


def _described_as_accused(token: Token) -> bool:
    """ "officials accused of playing a role", "a man charged with murder": a participle that
    describes someone; the small parser often hangs it as a finite verb (acl VBD, or a ccomp
    with the described noun as subject), so the test is the missing accused party: an
    accusation as an act has an object ("accused Rwanda of") or is passive ("was accused")."""
    if token.dep_ == "acl" and token.tag_ == "VBN" and _agent_lemma(token) is None:
        return True
    has_charge = any(c.dep_ == "prep" and c.lower_ in {"of", "with"} for c in token.children)
    return has_charge and token.dep_ in {"acl", "ccomp", "relcl"} and not any(
        c.dep_ in {"dobj", "auxpass", "agent", "aux", "dative"} for c in token.children)


def _lifted(token: Token) -> TriggerSense | None:
    """ "the lifting of the curfew", "an easing of sanctions": typed by what is lifted."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                olemma = pobj.lemma_.lower()
                if pobj.dep_ == "pobj" and olemma in LIFTED:
                    found = OBJECT_SENSES.get(olemma)
                    return _sense(found.type, found.mode) if found is not None \
                        else _sense("CONCEDE", None)
    return None


# Modifiers of "demand" in its market sense.
_MARKET_MODS = frozenset({"additional", "strong", "weak", "rising", "falling", "domestic",
                          "global", "consumer", "growing", "high", "low", "market", "energy",
                          "oil", "gas", "export", "import", "seasonal", "travel", "sluggish",
                          "robust", "soft", "aggregate", "pent", "surging", "slowing"})


def _released_thing(noun: Token) -> bool:
    """ "the release of the video", "the album's release": what is released is a thing the
    coder knows is published or launched, not a person or seized property."""
    held = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"]
    held += [c for c in noun.children if c.dep_ == "poss"]
    return any(h.lemma_.lower() in NOT_RELEASED for h in held)


def _phrase_words(noun: Token) -> set[str]:
    """The lower-cased words of a noun's own phrase before it ("denial-of-service")."""
    return {t.lower_ for t in noun.doc[noun.left_edge.i:noun.i]}


def _refine_noun(token: Token, sense: TriggerSense) -> TriggerSense | None:
    lemma = token.lemma_
    mods = {c.lemma_.lower() for c in token.children if c.dep_ in {"compound", "amod", "nmod"}}
    if lemma == "release" and _released_thing(token):
        return None  # "the release of video", "the film's release": published, not freed
    if lemma == "demand" and (mods & _MARKET_MODS or token.lower_ == "demand" and (
            token.head.lemma_ in {"meet", "boost", "reduce", "increase", "satisfy", "curb",
                                  "dampen", "outstrip", "exceed", "fuel", "drive"})):
        return None  # "meet additional demand for flights": a market's demand, no request
    if lemma == "strike":
        if mods & {"lightning", "bird", "meteor", "meteorite"}:
            return None  # a natural strike
        if "hunger" in mods:
            return _sense("PROTEST", "hunger")
        if mods & AIR_MODS:
            return _sense("ASSAULT", "aerial" if mods & {"air", "aerial"} else
                          _assault_mode(token, None))
        return sense
    if lemma == "attack" and (mods & {"cyber", "hacker", "computer", "ransomware", "phishing",
                                      "hacking", "hack"}
                              or _phrase_words(token) & {"denial", "ddos", "ransomware",
                                                         "hacking"}):
        return _sense("COERCE", "cyber")  # "cyber attack", "denial-of-service attacks"
    if lemma == "protest" and (token.head.lemma_ in FORMAL_PROTEST or mods & {"formal",
                                                                              "diplomatic"}):
        return _sense("ACCUSE", "disapprove")  # "lodged a formal protest": diplomatic
    if lemma == "alert" and not (token.dep_ == "pobj" and token.head.lower_ == "on") \
            and not mods & MILITARY_MODS:
        return None  # "a storm alert" is a warning; "on high alert" is readiness
    if lemma == "operation":
        # "a joint operation against traffickers": material cooperation of its parties; any
        # other operation (military, rescue, surgical) is not typed by this noun
        return sense if mods & {"joint", "combined"} else None
    if lemma in {"exercise", "drill", "patrol", "manoeuvre", "maneuver"}:
        if not mods & MILITARY_MODS and lemma != "patrol":
            return None
        return _sense("COOPERATE", None) if "joint" in mods else sense
    if lemma in {"lifting", "removal", "easing", "relaxation"}:
        return _lifted(token)
    if lemma == "release" and mods & {"press", "news"}:
        return None
    if lemma == "shutdown" and not mods & MEDIA and not any(
            g.lemma_.lower() in MEDIA for c in token.children if c.dep_ == "prep"
            and c.lower_ == "of" for g in c.children):
        return None  # "a government shutdown" (no budget) is no repression
    if lemma == "warning" and hazard_warning(token):
        return None  # "a warning about the heat wave": a pessimistic comment (CAMEO 012)
    if lemma == "call" and mods & IDIOM_CALLS:
        return None  # "a close call", "a wake-up call": no appeal
    if lemma in {"ban", "suspension", "halt", "restriction", "freeze"}:
        for prep in token.children:  # "a ban on seafood imports": a trade sanction
            if prep.dep_ == "prep" and prep.lower_ in {"on", "of"}:
                for pobj in prep.children:
                    if lemma in {"suspension", "halt"} and \
                            pobj.lemma_.lower() in CONFLICT_ACTIONS:
                        return _sense("CONCEDE", None)  # "a suspension of attacks"
                    found = OBJECT_SENSES.get(pobj.lemma_.lower())
                    if found is not None and found.type == "SANCTION":
                        return _sense(found.type, found.mode)
    if lemma == "welcome" and token.dep_ == "dobj" and is_light_verb(token.head, token) \
            and any(c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to"
                    for c in token.head.children):
        # "gave a warm welcome to X", "gave X a warm welcome": the guest hangs on the verb
        return TriggerSense(type="CONSULT", mode="visit", reverse=True)
    if _faced(token):
        return TriggerSense(type=sense.type, mode=sense.mode)  # "faces charges of bribery"
    if lemma in REDUCTIONS or lemma in DEFINED_NOUNS:
        return _defined_noun(token, lemma, mods, sense)
    if lemma == "emergency" and not (token.head.dep_ == "prep"
                                     and token.head.head.lemma_ == "state"):
        return None
    if sense.type == "ASSAULT":
        return _retype(sense, "ASSAULT", _assault_mode(token, sense.mode))
    if sense.type in CONTENT_MODES:
        return _retype(sense, sense.type, _content_mode(sense.type, _content_lemmas(token))
                       or sense.mode)
    return sense


def _defined_noun(token: Token, lemma: str, mods: set[str],
                  sense: TriggerSense) -> TriggerSense | None:
    """Event nouns the definitions name that are events only in their typical phrase:
    "a halt to arms exports" (REDUCTIONS), "intelligence sharing", "debt forgiveness", "a
    nuclear test", "an arrest warrant", "the trial of the former minister", "the capture of
    the town" (seized) or "of three soldiers" (abducted)."""
    pobjs = [g for c in token.children if c.dep_ == "prep" and c.lower_ in {"of", "in", "to",
                                                                             "on", "for"}
             for g in c.children if g.dep_ == "pobj"]
    words = mods | {p.lemma_.lower() for p in pobjs}
    if lemma in REDUCTIONS:
        for pobj in pobjs:
            if lemma == "halt" and pobj.lemma_.lower() in CONFLICT_ACTIONS:
                return _sense("CONCEDE", None)  # "a halt to the attacks"
            found = OBJECT_SENSES.get(pobj.lemma_.lower())
            if found is not None and found.type == "SANCTION":
                return _sense(found.type, found.mode)
        return None
    if lemma == "trial":
        return sense if _brought_to_trial(token, mods, pobjs) else None
    if lemma == "capture":
        return _sense("COERCE", "seize") if any(
            p.ent_type_ in {"GPE", "LOC", "FAC"} or p.lemma_.lower() in CAPTURED_PLACES
            for p in pobjs) else sense
    wanted = DEFINED_NOUNS[lemma]
    return sense if wanted is None or words & wanted else None


def _brought_to_trial(token: Token, mods: set[str], pobjs: list[Token]) -> bool:
    """ "stood trial", "was brought to trial", "the trial of the former minister": a
    judicial accusation (ACCUSE allege); "a clinical trial" is none."""
    if mods & {"clinical", "drug", "vaccine", "field", "pilot", "free", "time"}:
        return False
    head = token.head
    if token.dep_ == "dobj" and head.lemma_ in {"stand", "face", "open", "begin", "start"}:
        return True
    if token.dep_ == "pobj" and head.lower_ in {"to", "on"}:
        return True  # "brought to trial", "put on trial", "went on trial"
    return any(p.pos_ == "PROPN" or p.ent_type_ == "PERSON" or p.lemma_.lower() in OFFICIAL
               for p in pobjs)


def reconsider(token: Token, sense: TriggerSense) -> TriggerSense | None:
    """A CONSULT sense that another PLOVER type overrides: "called on Iran to stop" is a
    request, not a visit; "called the strikes a crime" labels, it is no phone call (a
    pejorative label is disapproval, any other label no event)."""
    if token.lemma_ == "call" and any(c.dep_ in {"xcomp", "ccomp"} for c in token.children):
        return _sense("REQUEST", _content_mode("REQUEST", _content_lemmas(token)))
    if token.lemma_ == "call":
        labels = [c for c in token.children if c.dep_ == "oprd"]
        if labels:
            words = {t.lemma_.lower() for c in labels for t in c.subtree}
            return _sense("ACCUSE", "disapprove") if words & PEJORATIVE else None
    return as_refusal(token, sense)


def status_anchor(trig: Any) -> Token:
    """The token whose status is the event's: the light verb of a non-CONSULT event noun
    ("went on strike", "will impose sanctions": the verb carries tense and modality that a
    plan word like "organized" would otherwise lend the noun), else the trigger itself."""
    token = trig.token
    if trig.sense.type == "REJECT":
        modal = refusal_modal(token)
        if modal is not None:
            return modal  # "will not release": the refusal is asserted, the release denied
        if token.pos_ == "ADJ" and token.lemma_ in WILLING:
            negation = next((c for c in [*token.children, *token.head.children]
                             if c.dep_ == "neg"), None)
            if negation is not None:
                return negation  # "is not willing to meet": the refusal is asserted
    if trig.sense.type == "CONSULT" or token.pos_ not in {"NOUN", "PROPN"}:
        return token
    verb = _light_verb(token)
    if verb is not None and _cancels(verb):
        return token  # "called off the strike": the strike's own status is cancelled
    if any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return token  # "troops made no arrests": the noun's own "no" denies it
    return verb or token


def _cancels(verb: Token) -> bool:
    """ "called off", "cancelled", "postponed": the verb cancels its event noun."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return any(EMBEDDERS.get(key) == Embed.CANCEL
               for key in [verb.lemma_.lower(), *(f"{verb.lemma_.lower()} {p}" for p in particles)])


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
