"""Word senses in which a PLOVER trigger names no political act, found by reading coded
events on real articles (`bench/plover_corpus_diff.py sample`): products "released", falling
figures "declining", devices that "support" formats, evacuated residents, envoys' "recalls"
that are memories, causes "blamed", plans "executed", accidents that kill, pathogens
destroyed, demands made by demonstrating (the ontology codes the PROTEST).

`plover_verbs` dispatches to the checks here through `_VERB_CHECKS`; each takes (token,
default sense, object lemma) and returns the sense or None.
"""

from __future__ import annotations

from spacy.tokens import Token

from dipwatch.stages.extract.lexicon import TriggerSense
from dipwatch.stages.extract.plover_lexicon import (
    CIVILIAN_NOUNS,
    DIPLOMATIC_TARGETS,
    NOUNS,
    SECURITY_FORCES,
    VERBS,
)
from dipwatch.stages.extract.plover_parse import _agent, _dobj, _subject
from dipwatch.stages.extract.plover_words import ARMED, RELEASED


# What is killed or destroyed without a political victim: pathogens, pests, culled animals.
_PATHOGENS = frozenset({"virus", "disease", "bacteria", "bacterium", "germ", "pathogen",
                        "pest", "mosquito", "insect", "weed", "cancer", "infection", "cell",
                        "tumour", "tumor", "parasite", "larva", "locust", "rat", "vermin",
                        "bird", "chicken", "poultry", "duck", "goose", "pig", "hog", "swine",
                        "cattle", "cow", "sheep", "fowl", "flock", "herd", "animal"})


_ACCIDENTS = frozenset({"crash", "accident", "collision", "stampede", "derailment", "landslide",
                        "flood", "earthquake", "storm", "blaze", "avalanche", "mudslide",
                        "shipwreck", "capsizing", "cyclone", "hurricane", "typhoon", "heatwave"})


def _in_accident(token: Token) -> bool:
    """ "were killed in a plane crash", "died in the stampede": harm by an accident."""
    return any(c.dep_ == "prep" and c.lower_ in {"in", "during", "after"} and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _ACCIDENTS for g in c.children)
        or c.dep_ == "advcl" and c.lemma_ in {"crash", "collide", "capsize", "derail",
                                              "collapse", "sink"}  # "when a plane crashed"
        for c in token.children)


def _met_demands(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "met the demands of the strikers" concedes; "meet demand for flights" sells
    obj = _dobj(token)
    return sense if obj is not None and obj.lower_ in {"demands", "conditions"} else None


def _demanded_by_protest(token: Token) -> bool:
    """ "Thousands protested against the mine, demanding protection": the demand is the
    protest's (a participle or coordinated clause of a protest verb)."""
    head = token.head
    if token.dep_ == "acl" and head.pos_ == "NOUN":
        found = NOUNS.get(head.lemma_)  # "demonstrations demanding reforms"
        return found is not None and found.type == "PROTEST"
    if token.dep_ not in {"advcl", "conj", "xcomp"} or head.i == token.i \
            or head.pos_ != "VERB":
        return False
    found = VERBS.get(head.lemma_)  # the word's own sense: no refinement, no recursion
    return found is not None and found.type == "PROTEST"


def _release(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "released 12 hostages", "the tanker was released": people held, property seized;
    # "Apple released an application", "iCloud will be released": a product launch
    obj = _dobj(token)
    if obj is None or obj.ent_type_ in {"PERSON", "NORP"} or olemma in RELEASED \
            or obj.pos_ != "PROPN" and _agent(obj):  # "released the mayor of Nablus"
        return sense
    return None


def _supporter(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "a device that supports video", "continuing to support its products": only a party
    # that can take sides supports; a product's support of a format is no event
    subject = _subject(token)
    if subject is not None and not _agent(subject):
        return None
    if token.lemma_ == "defend" and any(
            c.dep_ == "dobj" and c.lower_ in {"themselves", "itself", "himself", "herself",
                                              "ourselves", "yourselves"}
            for c in token.children):
        return None  # "to defend themselves against Islamic State": by arms, not by words
        # ("defended the minister against the accusations" stays a verbal defence)
    if olemma in {"product", "format", "device", "feature", "software", "video", "customer",
                  "speech", "freedom", "democracy", "value", "principle", "idea",
                  "country", "territory", "border", "homeland", "city", "nation"}:
        return None  # a product's formats, values held, a country defended by arms
    return sense


def _evacuate(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # troops evacuating a town retreat; authorities evacuating a building move people out
    subject = _subject(token)
    obj = _dobj(token)
    if obj is not None and (obj.lemma_.lower() in RELEASED | CIVILIAN_NOUNS or _agent(obj)):
        return None  # "rushed to evacuate hundreds of thousands of people": a rescue
    if subject is not None and subject.lemma_.lower() in SECURITY_FORCES | ARMED:
        return sense
    return None


def _recall(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # only envoys are recalled in protest ("recalled its ambassador"); "recalling the events"
    # remembers them
    return sense if olemma in DIPLOMATIC_TARGETS else None


def _blame(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "blamed the attack on the rebels" accuses a party; "the outbreak has been blamed on poor
    # sanitation" names a cause
    blamed = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "on"
              for g in c.children if g.dep_ == "pobj"]
    if blamed and not any(_agent(g) or g.ent_type_ for g in blamed):
        return None
    return sense


def _execute(token: Token, sense: TriggerSense, olemma: str | None) -> TriggerSense | None:
    # "executed two prisoners", "were executed": people put to death; "executing the plans",
    # "executed the order" carry something out
    obj = _dobj(token)
    if obj is None or obj.ent_type_ in {"PERSON", "NORP"} or olemma in RELEASED \
            or obj.pos_ == "PRON" or obj.pos_ == "NOUN" and _agent(obj):
        return sense
    return None
