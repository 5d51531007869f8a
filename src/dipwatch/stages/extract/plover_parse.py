"""Parse helpers of the PLOVER typer: the object, subject and agent of a trigger verb as
the small parser hangs them, the content of a request or threat, and the weapon named in an
assault's phrase. Shared by `plover`, `plover_verbs` and `plover_force`; all are a look at a
token's direct dependents or a short walk up its heads.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Token

from dipwatch.stages.extract.lexicon import (
    COLLECTIVE_NOUNS,
    CONSULT_NOUNS,
    REPORTING_VERBS,
    TriggerSense,
)
from dipwatch.stages.extract.plover_lexicon import (
    ASSAULT_MODES,
    CIVILIAN_NOUNS,
    CONTENT_MODES,
    NOUNS,
    SECURITY_FORCES,
)
from dipwatch.stages.extract.plover_words import (
    AGENT_NOUNS,
    CONTENT_DEPS,
    HARM_VERBS,
    INSISTING,
    OBLIGATION,
    OFFICIAL,
    QUANTITIES,
    STATEMENT_NOUNS,
    THINGS,
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
            if child.lower_ in {"who", "which", "that"} and token.dep_ == "relcl":
                return token.head  # "farmers who blocked the highway": the antecedent
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
    return token.dep_ == "acl" and (token.tag_ == "VBD" or (
        token.tag_ == "VBN" and token.head.lemma_.lower() in CIVILIAN_NOUNS | OFFICIAL
        and not _done_to(token))) \
        and not any(c.dep_ in {"auxpass", "agent", "dobj"} for c in token.children)


def _done_to(participle: Token) -> bool:
    """A past participle that reads as a passive: "three men convicted of smuggling",
    "people killed in the attack", "activists arrested for protesting"."""
    return participle.lemma_ in _DONE_TO or any(
        c.dep_ == "prep" and c.lower_ in {"of", "for"} for c in participle.children)


_JUDGED = frozenset({"convict", "accuse", "charge", "arrest", "detain", "sentence", "jail",
                     "imprison", "kidnap", "abduct", "expel", "deport", "execute", "release",
                     "free", "hold", "suspect"})
_DONE_TO = HARM_VERBS | _JUDGED


def _subject_lemma(token: Token) -> str | None:
    subject = _subject(token)
    if subject is not None:
        return subject.lemma_.lower()
    return None


def _active_subject_lemma(token: Token) -> str | None:
    subject = _subject(token)
    if subject is None or subject.dep_ == "nsubjpass":
        return None
    return subject.lemma_.lower()


def antecedent(token: Token) -> Token:
    """What a relative pronoun argument stands for ("troops who were wounded" -> troops);
    any other token itself."""
    if token.lower_ in {"who", "which", "that"} and token.head.dep_ == "relcl":
        return token.head.head
    return token


def natural_doer(token: Token, causes: frozenset[str]) -> bool:
    """Whether a natural force or hazard does what the verb says: its subject, agent or (for
    a participle clause, "struck ..., killing 2,000") its head's, including a subject the
    parse splits ("A magnitude 6.8 earthquake" as two subjects) or names in a compound."""
    verb = token
    for _ in range(3):
        doers = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}] + [
            g for c in verb.children if c.dep_ == "agent" for g in c.children
            if g.dep_ == "pobj"]
        doers = [antecedent(d) for d in doers]  # "the famine that struck North Korea"
        if doers:
            return any(t.lemma_.lower() in causes for d in doers
                       for t in [d, *(c for c in d.children if c.dep_ == "compound")])
        if verb.dep_ not in {"advcl", "conj", "xcomp"} or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _agent_lemma(token: Token) -> str | None:
    for child in token.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj.lemma_.lower()
    return None


def _ceasefire_object(token: Token) -> bool:
    obj = _dobj(token)
    words = {t.lemma_.lower() for t in obj.subtree} if obj is not None else set()
    return bool(words & {"ceasefire", "truce", "cease", "armistice"})


def _content_lemmas(token: Token) -> list[str]:
    """Lemmas of what a request, refusal or threat is about: the complement's words."""
    out: list[str] = []
    for child in token.children:
        if child.dep_ in CONTENT_DEPS:
            out.extend(t.lemma_.lower() for t in child.subtree)
    return out


def _content_mode(type_: str, lemmas: Iterable[str]) -> str | None:
    """The mode a content word selects; a proposal, plan or policy asked for or refused is a
    change of policy when nothing more specific is named ("rejected the plan to resettle")."""
    lemmas = list(lemmas)
    table = CONTENT_MODES.get(type_, {})
    for lemma in lemmas:
        mode = table.get(lemma)
        if mode is not None:
            return mode
    if type_ in {"REQUEST", "REJECT"} and any(lemma in _POLICIES for lemma in lemmas):
        return "change"
    return None


_POLICIES = frozenset({"proposal", "plan", "policy", "law", "bill", "timetable", "roadmap",
                       "amendment", "decree", "constitution", "initiative"})


def _assault_mode(token: Token, default: str | None) -> str | None:
    if default is not None and default != "explosives":
        return default
    for node in [*token.children, *(token.head.children if token.dep_ == "pobj" else ())]:
        for t in node.subtree:
            mode = ASSAULT_MODES.get(t.lemma_.lower())
            if mode is not None and t.i != token.i:
                return mode
    return default


def _no_agent(token: Token) -> bool:
    """An event, thing or statement as subject ("a meeting", "the plan", "the law"): it can
    do nothing on purpose, so it cannot refuse."""
    lemma = token.lemma_.lower()
    return lemma in NOUNS or lemma in CONSULT_NOUNS or lemma in THINGS \
        or lemma in STATEMENT_NOUNS or token.ent_type_ in {"LAW", "EVENT", "WORK_OF_ART"}


def _agent(token: Token) -> bool:
    """Whether the subject `token` can act on purpose (refuse, promise): a named party, a
    personal pronoun, or a noun for people, officials, groups or forces. "The composite
    would not offer savings" and "a meeting would not settle it" refuse nothing."""
    lemma = token.lemma_.lower()
    return token.ent_type_ in {"PERSON", "GPE", "NORP", "ORG"} or token.pos_ == "PROPN" or (
        token.pos_ == "PRON" and lemma in {"he", "she", "they", "we", "i", "it"}) or (
        lemma in AGENT_NOUNS or lemma in COLLECTIVE_NOUNS or lemma in OFFICIAL
        or lemma in CIVILIAN_NOUNS or lemma in SECURITY_FORCES)
