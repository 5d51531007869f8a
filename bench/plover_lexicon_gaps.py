"""Which acts that the PLOVER and CAMEO definitions name are missing from the coder's lexicon.

Reads three definition sources (no gold items): the PLOVER ontology (type definitions, mode
descriptions, key coding rules; shared/eval/plover_gsr/plover_ontology.json), the 317 CAMEO
code names with their PLOVER crosswalk (shared/eval/cameo/) and the NGEC structured codebook
(mode definitions; shared/eval/ngec_synthetic/). Each text is parsed, and every verb and
every event noun it names is looked up in the lexicon (`plover_lexicon.VERBS`/`NOUNS` and the
CONSULT lexicon). Words that name no act of their own ("engage", "provide", "party",
"territory": light verbs, participants, objects, settings) are listed in `NOT_ACTS` and
skipped, so the count is of act words only.

    .venv/bin/python bench/plover_lexicon_gaps.py ../shared/eval [--all]

Prints, per PLOVER type, the act words the lexicon lacks (and with `--all` the words it types
differently from the source, which are often deliberate: CAMEO 055 "apologize" is SUPPORT in
the old crosswalk, the ontology makes regret CONCEDE).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from collections import defaultdict
from pathlib import Path

from dipwatch.stages.annotate.nlp import load_nlp
from dipwatch.stages.extract.lexicon import CONSULT_NOUNS, CONSULT_VERBS
from dipwatch.stages.extract.plover_lexicon import NOUNS, VERBS

TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")

# Words of the definitions that name no act by themselves: light and generic verbs, parties,
# objects, settings and qualifiers. An act word is what a news sentence would use as the
# trigger of the event ("arrest", "ceasefire", "apologize").
NOT_ACTS = frozenset({
    # light, generic, aspectual or reporting verbs
    "be", "have", "do", "make", "give", "take", "get", "engage", "provide", "conduct", "use",
    "include", "indicate", "involve", "occur", "carry", "code", "count", "stay", "result",
    "employ", "impose", "initiate", "express", "undertake", "perform", "change", "hold",
    "benefit", "accrue", "define", "fall", "note", "exclude", "increase", "improve", "expand",
    "reduce", "issue", "go", "come", "lead", "see", "say", "report", "act", "finalize",
    "finalise", "intend", "state", "place", "put", "order", "cause", "target", "flee",
    "attempt", "repeat", "administer", "guide", "add", "exist", "constitute", "direct",
    "organize", "organise", "announce", "declare", "implement", "institute", "man", "cod",
    # parties, people, organisations
    "actor", "recipient", "party", "person", "people", "individual", "organization",
    "organisation", "group", "government", "country", "official", "leader", "leadership",
    "regime", "institution", "delegation", "diplomat", "ambassador", "agency", "worker",
    "observer", "inspector", "peacekeeper", "force", "troop", "personnel", "unit", "entity",
    "police", "civilian", "combatant", "captive", "prisoner", "hostage", "refugee",
    "participant", "perpetrator", "victim", "side", "politician", "member", "alliance",
    "court", "jury", "commission", "agent", "visitor", "citizen", "army", "media", "ally",
    "authority", "union", "industry", "sector", "militia", "tribunal", "crowd", "embassy",
    # objects, means, settings and qualifiers
    "territory", "property", "weapon", "arm", "system", "readiness", "status", "power",
    "goods", "good", "service", "publication", "information", "intelligence", "policy", "law",
    "right", "freedom", "movement", "activity", "passage", "access", "location", "premise",
    "context", "medium", "phone", "telephone", "matter", "level", "form", "kind", "type",
    "part", "way", "case", "action", "consequence", "event", "category", "definition",
    "example", "rule", "mode", "tense", "future", "topic", "content", "conflict", "dispute",
    "relation", "relations", "exchange", "norm", "reform", "dissent", "engagement",
    "involvement", "responsibility", "option", "comment", "statement", "intent", "behalf",
    "crime", "corruption", "abuse", "war", "treason", "espionage", "aggression", "guilty",
    "edge", "rock", "rifle", "pistol", "mine", "ied", "car", "aircraft", "uav", "artillery",
    "rocket", "armor", "cbrn", "shield", "munition", "time", "guarantee", "gift", "credit",
    "debt", "loan", "grant", "arms", "monetary", "harm", "damage", "condition",
    "cancellation", "manner", "vehicle", "decision", "protection", "violence", "quad",
    "repercussion", "tactic", "posture", "game", "maneuver", "work", "dozen", "material",
    "area", "election", "capability", "operation", "enforcement", "food", "internet", "utility",
    "website", "supply", "behavior", "behaviour", "resource", "payment", "locale", "injury",
    "instance", "instrument", "implement", "bus", "farm", "plane", "helicopter", "tank",
    "gun", "firearm", "launcher", "machine", "cannon", "water", "gas", "chemical",
    "radiation", "explosive", "roadside", "suicide", "precision", "drone", "air", "aerial",
    "mass", "defenseless", "distinction", "flag", "speech", "assembly", "whole", "absentia",
    "labor", "labour", "hunger", "implementation", "provision", "initiation", "expression",
    "abandonment", "plan", "proposal", "peacekeeping", "control", "us", "non", "incl", "de",
    "ex-", "other", "mg", "mgs", "fifle", "off", "military", "cyber", "security", "tie", "demo",
    "coerce", "escalate", "escalation", "dismissal", "enter", "opposition", "bring", "exhibit",
    "declaration", "lathi", "uavs",
})

_WORD = re.compile(r"[a-z][a-z-]+")


def definition_texts(folder: Path) -> list[tuple[str, str, str]]:
    """(PLOVER type, source, text) for every definition, mode description, coding rule and
    CAMEO code name. A coding rule "X => TYPE" is credited to TYPE."""
    out: list[tuple[str, str, str]] = []
    ontology = json.loads((folder / "plover_gsr" / "plover_ontology.json").read_text())
    for type_, entry in ontology["event_types"].items():
        out.append((type_, "ontology", entry["definition"]))
        out.extend((type_, "ontology", _as_clause(text)) for text in entry["modes"].values())
        for rule in entry["key_coding_rules"]:
            lhs, _, rhs = rule.partition("=>")
            named = [t for t in TYPES if t in rhs]
            out.append((named[0] if named else type_, "ontology", lhs if named else rule))
    with (folder / "cameo" / "cameo_codes_with_plover_crosswalk.csv").open() as handle:
        for row in csv.DictReader(handle):
            type_ = _cameo_type(row)
            if type_ is not None:
                out.append((type_, "cameo", _as_clause(row["name"])))
    with (folder / "ngec_synthetic" / "PLOVER_structured_codebook_updated.csv").open() as handle:
        for row in csv.DictReader(handle):
            if row["event"] in TYPES:
                out.append((row["event"], "codebook", _as_clause(row["mode_def"])))
    return out


def _as_clause(phrase: str) -> str:
    """ "Physically assault", "abduct, kidnap, hijack": verb phrases without a subject, which
    the tagger reads as nouns on their own; given a subject, their verbs are tagged verbs."""
    return f"They {phrase[:1].lower()}{phrase[1:]}."


def _cameo_type(row: dict[str, str]) -> str | None:
    """The PLOVER type of a CAMEO code: the 2021 crosswalk, else the manual's table; CAMEO 02
    (appeals), dropped in the crosswalk, is PLOVER's REQUEST ("all requests"); 01 statements
    have none."""
    if row["root"] == "02":
        return "REQUEST"
    for value in (row["plover_event_2021xwalk"], row["plover_root_manual_table"]):
        first = value.split("|")[0].split(" ")[0]
        if first in TYPES:
            return first
    return None


def lexicon_types(lemma: str, pos: str) -> set[str]:
    """The types the lexicon gives `lemma` as a verb (VERB) or a noun (NOUN)."""
    tables = (VERBS, CONSULT_VERBS) if pos == "VERB" else (NOUNS, CONSULT_NOUNS)
    return {table[lemma].type for table in tables if lemma in table}


def gaps(folder: Path) -> dict[str, dict[str, set[str]]]:
    """Per type, "lemma/pos" strings of act words: in no lexicon table ('missing'), only in
    the table of the other part of speech ('other_pos': "rescue" is a verb of AID but no
    noun; the definitions' parse also mistags verbs of terse mode lists as nouns, so this
    list is read, not counted as gaps) and typed otherwise by the lexicon ('other_type')."""
    nlp = load_nlp()
    texts = definition_texts(folder)
    out: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for (type_, _source, _text), doc in zip(texts, nlp.pipe(t[2] for t in texts), strict=True):
        for token in doc:
            lemma = token.lemma_.lower()
            if token.pos_ not in {"VERB", "NOUN"} or lemma in NOT_ACTS \
                    or not _WORD.fullmatch(lemma):
                continue
            key = f"{lemma}/{token.pos_.lower()}"
            found = lexicon_types(lemma, token.pos_)
            if not found:
                other = lexicon_types(lemma, "NOUN" if token.pos_ == "VERB" else "VERB")
                out[type_]["other_pos" if other else "missing"].add(key)
            elif type_ not in found:
                out[type_]["other_type"].add(f"{key}={'|'.join(sorted(found))}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("eval_dir", type=Path, help="shared/eval")
    parser.add_argument("--all", action="store_true",
                        help="also list words of the other part of speech or typed otherwise")
    args = parser.parse_args()
    found = gaps(args.eval_dir)
    totals = {"missing": 0, "other_pos": 0, "other_type": 0}
    for type_ in TYPES:
        for kind in totals:
            words = sorted(found[type_][kind])
            totals[kind] += len(words)
            if words and (kind == "missing" or args.all):
                print(f"{type_:10} {kind:10} {len(words):3}: {' '.join(words)}")
    print("totals: " + ", ".join(f"{kind} {n}" for kind, n in totals.items()))


if __name__ == "__main__":
    main()
