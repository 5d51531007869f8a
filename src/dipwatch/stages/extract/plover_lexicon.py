"""Trigger words for the PLOVER types other than CONSULT, with their default modes.

Written for dipwatch from the PLOVER manual's definitions (shared/eval/plover_gsr/
plover_ontology.json). Every table is keyed on lemmas so that typing a token is one dict
lookup. Where the type depends on the object ("withdraw troops" vs "withdraw from the treaty",
"expel diplomats" vs "expel migrants") the verb's entry is a default and `OBJECT_SENSES` or
the word sets of `plover_words` refine it in `dipwatch.stages.extract.plover`.
"""

from __future__ import annotations

from dipwatch.stages.extract.lexicon import TriggerSense


def _s(type_: str, mode: str | None = None, needs: tuple[str, ...] = ()) -> TriggerSense:
    return TriggerSense(type=type_, mode=mode, needs=frozenset(needs))


# Verb lemma -> sense. `needs` lists required dependents (prep lemmas or "dobj"), as in the
# CONSULT lexicon: a bare "called" is no request, "called for"/"called on" is.
VERBS: dict[str, TriggerSense] = {
    # verbs typed only by what they take (see plover._VERB_CHECKS)
    "receive": _s("AID", needs=("dobj",)), "claim": _s("ACCUSE", "allege"),
    "break": _s("SANCTION", "withdraw", needs=("dobj", "into")),
    "hit": _s("ASSAULT", needs=("dobj",)),  # only with a weapon or armed doer (plover_force)
    "set": _s("ASSAULT", "primitive", needs=("dobj", "on")),  # set fire to / set on fire
    "end": _s("SANCTION", needs=("dobj",)), "terminate": _s("SANCTION", needs=("dobj",)),
    "curtail": _s("SANCTION", needs=("dobj",)), "reduce": _s("SANCTION", needs=("dobj",)),
    "close": _s("COERCE", needs=("dobj",)), "shut": _s("COERCE", needs=("dobj",)),
    "take": _s("ASSAULT", "abduct"),
    "violate": _s("ASSAULT"), "breach": _s("ASSAULT"),
    "mediate": _s("CONSULT", "third-party"), "lay": _s("RETREAT", "disarm"),
    "pull": _s("RETREAT", "withdraw"), "hand": _s("RETREAT"),
    "search": _s("COERCE", "seize", needs=("dobj",)), "vow": _s("AGREE"),
    "retaliate": _s("ASSAULT"), "drop": _s("CONCEDE", needs=("dobj",)),
    "turn": _s("REJECT"), "rule": _s("REJECT"),
    "establish": _s("SUPPORT", needs=("dobj",)), "upgrade": _s("SUPPORT", needs=("dobj",)),
    "observe": _s("RETREAT", "ceasefire", needs=("dobj",)),
    "respect": _s("RETREAT", "ceasefire", needs=("dobj",)),
    "honour": _s("RETREAT", "ceasefire", needs=("dobj",)),
    "honor": _s("RETREAT", "ceasefire", needs=("dobj",)), "broker": _s("CONSULT", "third-party"),
    "move": _s("MOBILIZE", "troops", needs=("dobj",)),
    "spread": _s("COERCE", "misinformation", needs=("dobj",)),
    "resume": _s("COOPERATE", needs=("dobj",)), "expand": _s("COOPERATE", needs=("dobj",)),
    # improving an exchange (the ontology's "improve or expand"): typed by the object
    "boost": _s("COOPERATE", needs=("dobj",)), "strengthen": _s("COOPERATE", needs=("dobj",)),
    "deepen": _s("COOPERATE", needs=("dobj",)), "enhance": _s("COOPERATE", needs=("dobj",)),
    "bolster": _s("COOPERATE", needs=("dobj",)), "increase": _s("COOPERATE", needs=("dobj",)),
    "improve": _s("COOPERATE", needs=("dobj",)),
    "patrol": _s("MOBILIZE", "troops", needs=("dobj",)),
    "vandalize": _s("PROTEST", "vandalize"), "vandalise": _s("PROTEST", "vandalize"),
    "ransack": _s("PROTEST", "vandalize"), "deface": _s("PROTEST", "vandalize"),
    # AGREE: willingness, promises, offers
    "agree": _s("AGREE"), "promise": _s("AGREE"), "pledge": _s("AGREE"),
    "offer": _s("AGREE"), "commit": _s("AGREE", needs=("to",)), "consent": _s("AGREE"),
    "invite": _s("AGREE", needs=("dobj",)), "accept": _s("AGREE", needs=("dobj",)),
    "volunteer": _s("AGREE"),
    # SUPPORT: verbal, non-material cooperation
    "support": _s("SUPPORT"), "back": _s("SUPPORT", needs=("dobj",)), "endorse": _s("SUPPORT"),
    "praise": _s("SUPPORT"), "commend": _s("SUPPORT"), "applaud": _s("SUPPORT"),
    "hail": _s("SUPPORT"), "approve": _s("SUPPORT"), "ratify": _s("SUPPORT"),
    "sign": _s("SUPPORT", needs=("dobj",)), "recognize": _s("SUPPORT", needs=("dobj",)),
    "recognise": _s("SUPPORT", needs=("dobj",)), "defend": _s("SUPPORT", needs=("dobj",)),
    "forgive": _s("SUPPORT"), "welcome": _s("SUPPORT", needs=("dobj",)),
    "congratulate": _s("SUPPORT"), "thank": _s("SUPPORT"),
    "normalize": _s("SUPPORT"), "normalise": _s("SUPPORT"), "restore": _s("SUPPORT"),
    # CONCEDE: verbal concessions, easing, regret
    "apologize": _s("CONCEDE"), "apologise": _s("CONCEDE"), "regret": _s("CONCEDE"), "pardon": _s("CONCEDE"),
    "concede": _s("CONCEDE"), "ease": _s("CONCEDE", needs=("dobj",)),
    "lift": _s("CONCEDE", needs=("dobj",)), "relax": _s("CONCEDE", needs=("dobj",)),
    "rescind": _s("CONCEDE"), "compromise": _s("CONCEDE"), "accede": _s("CONCEDE"),
    "relent": _s("CONCEDE"), "acquiesce": _s("CONCEDE"),
    "commute": _s("CONCEDE", needs=("dobj",)),  # a commuted sentence, like a pardon
    "meet": _s("CONCEDE", needs=("dobj",)),  # only "met the demands" (a meeting is CONSULT)
    "remove": _s("CONCEDE", needs=("dobj",)),  # only what is lifted (LIFTED)
    # COOPERATE: mutual material exchange
    "cooperate": _s("COOPERATE"), "collaborate": _s("COOPERATE"),
    "export": _s("COOPERATE", needs=("dobj",)), "import": _s("COOPERATE", needs=("dobj",)),
    "extradite": _s("COOPERATE"), "share": _s("COOPERATE", needs=("dobj",)),
    # AID: material help that benefits the recipient
    "aid": _s("AID"), "donate": _s("AID"), "supply": _s("AID", needs=("dobj",)),
    "provide": _s("AID", needs=("dobj",)), "deliver": _s("AID", needs=("dobj",)),
    "fund": _s("AID"), "finance": _s("AID"), "rescue": _s("AID"), "help": _s("AID"),
    "assist": _s("AID"), "grant": _s("AID", needs=("dobj",)), "airlift": _s("AID"),
    "disburse": _s("AID", needs=("dobj",)), "write": _s("AID", needs=("dobj",)),
    # RETREAT: concessions with immediate material consequences
    "withdraw": _s("RETREAT", "withdraw"), "retreat": _s("RETREAT", "withdraw"),
    "release": _s("RETREAT", "release", needs=("dobj",)), "free": _s("RETREAT", "release"),
    "resign": _s("RETREAT", "resign"), "disarm": _s("RETREAT", "disarm"),
    "surrender": _s("RETREAT", "disarm"), "demobilize": _s("RETREAT", "disarm"),
    "step": _s("RETREAT", "resign"), "evacuate": _s("RETREAT", "withdraw"),
    "compensate": _s("RETREAT"), "disband": _s("RETREAT", "disarm"),
    "quit": _s("RETREAT", "resign"),
    "return": _s("RETREAT", needs=("dobj",)), "allow": _s("RETREAT", "access"),
    "permit": _s("RETREAT", "access"),
    # REQUEST: requests, demands, orders
    "ask": _s("REQUEST"), "request": _s("REQUEST"), "demand": _s("REQUEST"),
    "urge": _s("REQUEST"), "appeal": _s("REQUEST"), "plead": _s("REQUEST"),
    "implore": _s("REQUEST"), "petition": _s("REQUEST"), "press": _s("REQUEST", needs=("for",)),
    "seek": _s("REQUEST", needs=("dobj",)),
    "call": _s("REQUEST", needs=("for", "on", "upon", "up")),  # "called up": see _call
    "want": _s("REQUEST"), "pressure": _s("REQUEST"),
    "pressurize": _s("REQUEST"),
    # ACCUSE: disapproval, accusations, lawsuits, investigations
    "accuse": _s("ACCUSE", "allege"), "blame": _s("ACCUSE", "allege"),
    "allege": _s("ACCUSE", "allege"), "charge": _s("ACCUSE", "allege", needs=("with",)),
    "indict": _s("ACCUSE", "allege"), "sue": _s("ACCUSE", "allege"),
    "prosecute": _s("ACCUSE", "allege"),
    "condemn": _s("ACCUSE", "disapprove"), "criticize": _s("ACCUSE", "disapprove"),
    "criticise": _s("ACCUSE", "disapprove"), "denounce": _s("ACCUSE", "disapprove"),
    "deplore": _s("ACCUSE", "disapprove"), "decry": _s("ACCUSE", "disapprove"),
    "slam": _s("ACCUSE", "disapprove"), "rebuke": _s("ACCUSE", "disapprove"),
    "censure": _s("ACCUSE", "disapprove"), "complain": _s("ACCUSE", "disapprove"),
    "lambast": _s("ACCUSE", "disapprove"), "reprimand": _s("ACCUSE", "disapprove"),
    "summon": _s("ACCUSE", "disapprove", needs=("dobj",)),
    "investigate": _s("ACCUSE", "investigate"), "probe": _s("ACCUSE", "investigate"),
    "inspect": _s("ACCUSE", "investigate"), "examine": _s("ACCUSE", "investigate"),
    "re-examine": _s("ACCUSE", "investigate"), "monitor": _s("ACCUSE", "investigate"),
    # REJECT: rejections and refusals
    "reject": _s("REJECT"), "refuse": _s("REJECT"), "decline": _s("REJECT"),
    "oppose": _s("REJECT"), "veto": _s("REJECT"), "rebuff": _s("REJECT"),
    "spurn": _s("REJECT"), "defy": _s("REJECT"), "snub": _s("REJECT"),
    "dismiss": _s("REJECT", needs=("dobj",)),
    # THREATEN: coercive warnings
    "threaten": _s("THREATEN"), "warn": _s("THREATEN"),
    # PROTEST: collective civilian action
    "protest": _s("PROTEST", "demo"), "demonstrate": _s("PROTEST", "demo"),
    "rally": _s("PROTEST", "demo"), "march": _s("PROTEST", "demo"),
    "riot": _s("PROTEST", "riot"), "picket": _s("PROTEST", "demo"),
    "boycott": _s("PROTEST", "boycott"), "block": _s("PROTEST", "obstruct", needs=("dobj",)),
    "barricade": _s("PROTEST", "obstruct"), "stop": _s("PROTEST", "strike", needs=("dobj",)),
    # SANCTION: reductions of relations
    "sanction": _s("SANCTION", "discontinue"), "embargo": _s("SANCTION", "discontinue"),
    "suspend": _s("SANCTION", "discontinue", needs=("dobj",)),
    "sever": _s("SANCTION", "discontinue"), "cut": _s("SANCTION", "discontinue",
                                                      needs=("dobj",)),
    "freeze": _s("SANCTION", "discontinue", needs=("dobj",)),
    "halt": _s("SANCTION", "discontinue", needs=("dobj",)),
    "recall": _s("SANCTION", "withdraw", needs=("dobj",)),
    "prohibit": _s("SANCTION", "discontinue"), "downgrade": _s("SANCTION", "withdraw"),
    "convict": _s("SANCTION", "convict"),
    "expel": _s("SANCTION", "expel"), "eject": _s("SANCTION", "expel"),
    # MOBILIZE: armed moves short of force
    "mobilize": _s("MOBILIZE", "troops"), "mobilise": _s("MOBILIZE", "troops"),
    "deploy": _s("MOBILIZE", "troops"), "mass": _s("MOBILIZE", "troops", needs=("dobj",)),
    "reinforce": _s("MOBILIZE", "troops"), "station": _s("MOBILIZE", "troops"),
    "train": _s("MOBILIZE", "troops", needs=("dobj",)),
    "send": _s("MOBILIZE", "troops", needs=("dobj",)),
    # COERCE: repression short of violence
    "arrest": _s("COERCE", "arrest"), "detain": _s("COERCE", "arrest"),
    "jail": _s("COERCE", "arrest"), "imprison": _s("COERCE", "arrest"),
    "sentence": _s("SANCTION", "convict"), "find": _s("SANCTION", "convict"),
    "seize": _s("COERCE", "seize"),
    "confiscate": _s("COERCE", "seize"), "raid": _s("COERCE", "seize"),
    "occupy": _s("COERCE", "seize"), "deport": _s("COERCE", "deport"),
    "ban": _s("COERCE", "restrict"), "restrict": _s("COERCE", "restrict"),
    "censor": _s("COERCE", "censor"), "suppress": _s("COERCE", "restrict"),
    "repress": _s("COERCE", "restrict"), "evict": _s("COERCE", "deport"),
    "blockade": _s("COERCE", "restrict"), "hack": _s("COERCE", "cyber"),
    "outlaw": _s("COERCE", "restrict"), "proscribe": _s("COERCE", "restrict"),
    # ASSAULT: deliberate physical harm
    "attack": _s("ASSAULT"), "kill": _s("ASSAULT"), "bomb": _s("ASSAULT", "explosives"),
    "shell": _s("ASSAULT", "heavy-weapons"), "bombard": _s("ASSAULT", "heavy-weapons"),
    "shoot": _s("ASSAULT", "firearms"), "fire": _s("ASSAULT", needs=("at", "on", "upon", "into", "dobj")),
    "strike": _s("ASSAULT"), "assassinate": _s("ASSAULT", "targeted"),
    "murder": _s("ASSAULT", "targeted"), "execute": _s("ASSAULT", "targeted"),
    "massacre": _s("ASSAULT", "targeted"), "behead": _s("ASSAULT", "targeted"),
    "kidnap": _s("ASSAULT", "abduct"), "abduct": _s("ASSAULT", "abduct"),
    "hijack": _s("ASSAULT", "abduct"), "torture": _s("ASSAULT", "torture"),
    "rape": _s("ASSAULT", "sexual"), "beat": _s("ASSAULT", "beat"),
    "disperse": _s("ASSAULT", "crowd-control", needs=("dobj",)),
    "stab": _s("ASSAULT", "primitive"), "explode": _s("ASSAULT", "explosives"),
    "detonate": _s("ASSAULT", "explosives"), "blow": _s("ASSAULT", "explosives", needs=("up",)),
    "ambush": _s("ASSAULT"), "pummel": _s("ASSAULT"), "batter": _s("ASSAULT"),
    "target": _s("COERCE", "cyber", needs=("dobj",)),  # only a network: see `_target`
    "invade": _s("ASSAULT"), "clash": _s("ASSAULT"), "fight": _s("ASSAULT"),
    "wound": _s("ASSAULT"), "injure": _s("ASSAULT"), "destroy": _s("ASSAULT", "destroy"),
    "demolish": _s("ASSAULT", "destroy"), "raze": _s("ASSAULT", "destroy"), "torch": _s("ASSAULT", "primitive"),
    "burn": _s("ASSAULT", "primitive", needs=("dobj",)),
    "throw": _s("ASSAULT", "primitive", needs=("dobj",)),
    "hurl": _s("ASSAULT", "primitive", needs=("dobj",)), "storm": _s("ASSAULT"),
    "pound": _s("ASSAULT", "heavy-weapons"), "gas": _s("ASSAULT", "unconventional"),
    "use": _s("ASSAULT", needs=("dobj",)),  # only with a weapon as object (USED_WEAPONS)
    # acts the definitions name (ontology, CAMEO names, NGEC codebook) that were missing;
    # listed by bench/plover_lexicon_gaps.py
    "assault": _s("ASSAULT"),  # CAMEO 182 "physically assault"
    "capture": _s("ASSAULT", "abduct", needs=("dobj",)),  # captured people; places: seize
    "settle": _s("AGREE", needs=("dobj",)),  # "settled their dispute" (DISPUTES only)
    "yield": _s("CONCEDE", needs=("to",)),  # "yielded to the demands" (CAMEO 08)
    "cede": _s("RETREAT", "withdraw"),  # ceding territory or control
    "disapprove": _s("ACCUSE", "disapprove"), "denigrate": _s("ACCUSE", "disapprove"),
    "bar": _s("COERCE", "restrict", needs=("dobj",)),  # barring entry: REJECT (ontology)
    "obstruct": _s("PROTEST", "obstruct", needs=("dobj",)),
    "test": _s("MOBILIZE", "weapons", needs=("dobj",)),  # only weapons (TESTED)
    "cordon": _s("COERCE", "restrict", needs=("off", "dobj")),
    "cordone": _s("COERCE", "restrict", needs=("off", "dobj")),  # the lemma of "cordoned"
    "withhold": _s("COERCE", "withhold", needs=("dobj",)),  # public goods; aid: SANCTION
    "revoke": _s("COERCE", "restrict", needs=("dobj",)),  # licences; revoked bans: CONCEDE
    "launch": _s("ASSAULT", needs=("dobj",)),  # only missiles and rockets (plover_force._fire)
    # calling off, cancelling or abandoning one's own protests or attacks (CONFLICT_ACTIONS);
    # abandoned talks are a withdrawal (OBJECT_SENSES)
    "cancel": _s("CONCEDE", needs=("dobj",)), "abandon": _s("CONCEDE", needs=("dobj",)),
    "exchange": _s("RETREAT", "release", needs=("dobj",)),  # prisoners; "exchanged fire"
    "crack": _s("COERCE", "restrict", needs=("down",)),  # "cracked down on"
    "quell": _s("COERCE", "restrict", needs=("dobj",)), "crush": _s("ASSAULT", needs=("dobj",)),
}

# Noun lemma -> sense (nominalisations and event nouns).
NOUNS: dict[str, TriggerSense] = {
    "agreement": _s("AGREE"), "deal": _s("AGREE"), "accord": _s("AGREE"),
    "readiness": _s("AGREE"), "willingness": _s("AGREE"),
    "pledge": _s("AGREE"), "promise": _s("AGREE"), "offer": _s("AGREE"),
    "invitation": _s("AGREE"), "commitment": _s("AGREE"), "treaty": _s("AGREE"),
    "support": _s("SUPPORT"), "endorsement": _s("SUPPORT"), "praise": _s("SUPPORT"),
    "recognition": _s("SUPPORT"), "ratification": _s("SUPPORT"),
    # "gave X a warm welcome", "a welcome to X": hosting a visitor
    "welcome": TriggerSense(type="CONSULT", mode="visit", reverse=True, needs=frozenset({"to"})),
    "apology": _s("CONCEDE"), "regret": _s("CONCEDE"),
    # "the lifting of the curfew": only with a lifted thing (LIFTED), see plover._lifted
    "lifting": _s("CONCEDE", needs=("of",)), "removal": _s("CONCEDE", needs=("of",)),
    "easing": _s("CONCEDE", needs=("of",)), "relaxation": _s("CONCEDE", needs=("of",)), "pardon": _s("CONCEDE"), "amnesty": _s("CONCEDE"),
    "concession": _s("CONCEDE"), "truce": _s("CONCEDE"), "ceasefire": _s("CONCEDE"),
    "cease-fire": _s("CONCEDE"), "armistice": _s("CONCEDE"),
    "cooperation": _s("COOPERATE"), "extradition": _s("COOPERATE"),
    "mediation": _s("CONSULT", "third-party"), "alert": _s("MOBILIZE", "troops"),
    "cleansing": _s("ASSAULT", "targeted"), "patrol": _s("MOBILIZE", "troops"),
    "disinformation": _s("COERCE", "misinformation"),
    "misinformation": _s("COERCE", "misinformation"),
    "propaganda": _s("COERCE", "misinformation"),
    "aid": _s("AID"), "assistance": _s("AID"), "donation": _s("AID"), "relief": _s("AID"),
    "asylum": _s("AID"), "loan": _s("AID"),
    "withdrawal": _s("RETREAT", "withdraw"), "pullout": _s("RETREAT", "withdraw"),
    "pullback": _s("RETREAT", "withdraw"), "release": _s("RETREAT", "release"),
    "resignation": _s("RETREAT", "resign"), "disarmament": _s("RETREAT", "disarm"),
    "compensation": _s("RETREAT"),
    "request": _s("REQUEST"), "demand": _s("REQUEST"), "appeal": _s("REQUEST"),
    "plea": _s("REQUEST"), "call": _s("REQUEST", needs=("for",)),
    "accusation": _s("ACCUSE", "allege"), "allegation": _s("ACCUSE", "allege"),
    "charge": _s("ACCUSE", "allege", needs=("against",)), "lawsuit": _s("ACCUSE", "allege"),
    "evidence": _s("ACCUSE", "allege", needs=("against",)),
    "case": _s("ACCUSE", "allege", needs=("against",)),
    "indictment": _s("ACCUSE", "allege"), "condemnation": _s("ACCUSE", "disapprove"),
    "criticism": _s("ACCUSE", "disapprove"), "disapproval": _s("ACCUSE", "disapprove"),
    "denunciation": _s("ACCUSE", "disapprove"),
    "outrage": _s("ACCUSE", "disapprove"), "indignation": _s("ACCUSE", "disapprove"),
    "displeasure": _s("ACCUSE", "disapprove"), "dismay": _s("ACCUSE", "disapprove"), "complaint": _s("ACCUSE", "disapprove"),
    "investigation": _s("ACCUSE", "investigate"), "probe": _s("ACCUSE", "investigate"),
    "inquiry": _s("ACCUSE", "investigate"), "inspection": _s("ACCUSE", "investigate"),
    "rejection": _s("REJECT"), "refusal": _s("REJECT"), "veto": _s("REJECT"),
    "threat": _s("THREATEN"), "ultimatum": _s("THREATEN", "relations"),
    "warning": _s("THREATEN"),
    "protest": _s("PROTEST", "demo"), "demonstration": _s("PROTEST", "demo"),
    "rally": _s("PROTEST", "demo"), "march": _s("PROTEST", "demo"),
    "riot": _s("PROTEST", "riot"), "strike": _s("PROTEST", "strike"),
    "walkout": _s("PROTEST", "strike"), "stoppage": _s("PROTEST", "strike"),
    "rioting": _s("PROTEST", "riot"), "boycott": _s("PROTEST", "boycott"),
    "sit-in": _s("PROTEST", "demo"), "blockade": _s("COERCE", "restrict"),
    "sanction": _s("SANCTION", "discontinue"), "embargo": _s("SANCTION", "discontinue"),
    "suspension": _s("SANCTION", "discontinue"), "expulsion": _s("SANCTION", "expel"),
    "conviction": _s("SANCTION", "convict"),
    "mobilization": _s("MOBILIZE", "troops"), "mobilisation": _s("MOBILIZE", "troops"),
    "deployment": _s("MOBILIZE", "troops"), "buildup": _s("MOBILIZE", "troops"),
    "build-up": _s("MOBILIZE", "troops"), "exercise": _s("MOBILIZE", "troops"),
    "operation": _s("COOPERATE"),  # only "a joint operation" (plover._refine_noun)
    "drill": _s("MOBILIZE", "troops"), "reinforcement": _s("MOBILIZE", "troops"),
    "manoeuvre": _s("MOBILIZE", "troops"), "maneuver": _s("MOBILIZE", "troops"),
    "shutdown": _s("COERCE", "censor"),  # of the internet or a medium only: `_refine_noun`
    "arrest": _s("COERCE", "arrest"), "detention": _s("COERCE", "arrest"),
    "crackdown": _s("COERCE", "restrict"), "lockdown": _s("COERCE", "restrict"),
    "repression": _s("COERCE", "restrict"), "hacking": _s("COERCE", "cyber"), "curfew": _s("COERCE", "curfew"),
    "ban": _s("COERCE", "restrict"), "restriction": _s("COERCE", "restrict"),
    "censorship": _s("COERCE", "censor"), "deportation": _s("COERCE", "deport"),
    "seizure": _s("COERCE", "seize"), "raid": _s("COERCE", "seize"),
    "emergency": _s("COERCE", "martial-law"),
    "occupation": _s("COERCE", "seize"), "cyberattack": _s("COERCE", "cyber"),
    "attack": _s("ASSAULT"), "assault": _s("ASSAULT"), "airstrike": _s("ASSAULT", "aerial"),
    "bombing": _s("ASSAULT", "explosives"), "shelling": _s("ASSAULT", "heavy-weapons"),
    "bombardment": _s("ASSAULT", "heavy-weapons"), "killing": _s("ASSAULT"),
    "assassination": _s("ASSAULT", "targeted"), "massacre": _s("ASSAULT", "targeted"),
    "execution": _s("ASSAULT", "targeted"), "ambush": _s("ASSAULT"),
    "explosion": _s("ASSAULT", "explosives"), "blast": _s("ASSAULT", "explosives"),
    "offensive": _s("ASSAULT"), "invasion": _s("ASSAULT"), "clash": _s("ASSAULT"),
    "fighting": _s("ASSAULT"), "firefight": _s("ASSAULT", "firearms"),
    "gunfight": _s("ASSAULT", "firearms"), "kidnapping": _s("ASSAULT", "abduct"),
    "abduction": _s("ASSAULT", "abduct"), "hijacking": _s("ASSAULT", "abduct"),
    "torture": _s("ASSAULT", "torture"), "rape": _s("ASSAULT", "sexual"),
    "shooting": _s("ASSAULT", "firearms"), "incursion": _s("ASSAULT"),
    # from the definitions (see VERBS); the refined ones are typed in plover._refine_noun
    "rescue": _s("AID"), "objection": _s("ACCUSE", "disapprove"),
    "trial": _s("ACCUSE", "allege"), "warrant": _s("THREATEN", "arrest"),
    "destruction": _s("ASSAULT", "destroy", needs=("of",)),
    "capture": _s("ASSAULT", "abduct", needs=("of",)), "cordon": _s("COERCE", "restrict"),
    "sharing": _s("COOPERATE"), "forgiveness": _s("AID"),
    "test": _s("MOBILIZE", "weapons"),
    "halt": _s("SANCTION", "discontinue"), "reduction": _s("SANCTION", "discontinue"),
    "decrease": _s("SANCTION", "discontinue"), "cutoff": _s("SANCTION", "discontinue"),
    "termination": _s("SANCTION", "discontinue"),
    "tariff": _s("SANCTION", "discontinue"),  # a curtailed commercial exchange
}

# Verbs whose object noun carries the event ("imposed sanctions", "launched an attack"),
# in addition to the CONSULT lexicon's light verbs.
LIGHT_VERBS = frozenset({
    "impose", "launch", "stage", "carry", "issue", "sign", "reach", "conclude", "offer",
    "provide", "send", "extend", "express", "lodge", "file", "level", "deliver", "announce",
    "declare", "mount", "order", "threaten", "give", "grant", "voice", "register", "announce",
    "organize", "organise", "call", "lead", "join", "go", "commit", "resort", "start",
    "begin", "hold", "make", "pay", "conduct", "continue", "resume", "open", "tighten",
    "present", "bring", "build", "submit",
    "yield", "produce", "achieve", "secure", "clinch",  # "failed to yield an accord"
    "place", "put",  # "placed under house arrest", "put on alert"
    "ship", "fly", "airlift", "channel",
    "stag",  # the small English model lemmatises "staged" as "stag"
    "slap",  # "slapped sanctions on"
})

# Object lemmas that re-type a verb whose meaning depends on what it acts on.
# (verb lemma, object lemma) is checked first, then the object alone for the listed verbs.
OBJECT_SENSES: dict[str, TriggerSense] = {
    # suspend / cut / halt / freeze / withdraw + ...
    "relation": _s("SANCTION", "withdraw"), "tie": _s("SANCTION", "withdraw"),
    "talk": _s("SANCTION", "withdraw"), "talks": _s("SANCTION", "withdraw"),
    "negotiation": _s("SANCTION", "withdraw"), "ambassador": _s("SANCTION", "withdraw"),
    "envoy": _s("SANCTION", "withdraw"), "diplomat": _s("SANCTION", "expel"),
    "aid": _s("SANCTION", "discontinue"), "assistance": _s("SANCTION", "discontinue"),
    "trade": _s("SANCTION", "discontinue"), "import": _s("SANCTION", "discontinue"),
    "export": _s("SANCTION", "discontinue"), "link": _s("SANCTION", "discontinue"),
    "flight": _s("SANCTION", "discontinue"), "asset": _s("SANCTION", "discontinue"),
    "account": _s("SANCTION", "discontinue"),
    # lift / ease / relax + ...
    "sanction": _s("RETREAT", "ease"), "embargo": _s("RETREAT", "ease"),
    "curfew": _s("CONCEDE"), "restriction": _s("CONCEDE"), "ban": _s("CONCEDE"),
    "blockade": _s("RETREAT", "withdraw"), "siege": _s("RETREAT", "withdraw"),
    # suspend / halt / end + one's own protests or attacks: a verbal concession (the
    # ontology's "suspending protests"); see CONFLICT_ACTIONS
    "protest": _s("CONCEDE"), "demonstration": _s("CONCEDE"), "strike": _s("CONCEDE"),
    "boycott": _s("CONCEDE"), "attack": _s("CONCEDE"), "offensive": _s("CONCEDE"),
    "hostility": _s("CONCEDE"), "fighting": _s("CONCEDE"), "bombing": _s("CONCEDE"),
    "raid": _s("CONCEDE"), "airstrike": _s("CONCEDE"), "rally": _s("CONCEDE"),
    # withdraw / drop + a claim of one's own: a concession
    "objection": _s("CONCEDE"), "veto": _s("CONCEDE"), "opposition": _s("CONCEDE"),
    "claim": _s("CONCEDE"), "charge": _s("CONCEDE"), "lawsuit": _s("CONCEDE"),
    "presence": _s("SANCTION", "withdraw"), "observer": _s("SANCTION", "expel"),
    "monitor": _s("SANCTION", "expel"), "peacekeeper": _s("SANCTION", "expel"),
    # withdraw / pull + ...
    "troop": _s("RETREAT", "withdraw"), "force": _s("RETREAT", "withdraw"),
    "soldier": _s("RETREAT", "withdraw"),
    # release / free / return + ...
    "prisoner": _s("RETREAT", "release"), "hostage": _s("RETREAT", "release"),
    "weapon": _s("RETREAT", "disarm"),
    "mediation": _s("SANCTION", "withdraw"),  # CAMEO 165 "halt mediation"
}

# Verbs whose sense OBJECT_SENSES may override.
OBJECT_DEPENDENT = frozenset({"suspend", "cut", "halt", "freeze", "withdraw", "lift", "ease",
                              "revoke", "cancel", "abandon",
                              "drop", "reduce", "quit",
                              "relax", "recall", "sever", "end", "return", "release"})

# Objects that are the actor's own protests or attacks: suspending or ending them is a
# concession, unless the one who ends them is a security force (then it is repression).
CONFLICT_ACTIONS = frozenset({"protest", "demonstration", "strike", "boycott", "attack",
                              "offensive", "hostility", "fighting", "bombing", "raid",
                              "airstrike", "rally", "war", "conflict", "violence",
                              "insurgency", "march", "walkout"})
# Objects that make "use" an assault: "used tear gas against the crowd", "used chemical
# weapons on civilians", "used excessive force".
USED_WEAPONS = frozenset({"gas", "weapon", "force", "ammunition", "bullet", "cannon",
                          "grenade", "baton", "bomb", "missile", "rocket", "artillery",
                          "drone", "firearm", "gun", "munition", "agent"})

# Labels that make "X called Y a Z" a disapproval ("called the strikes a war crime").
PEJORATIVE = frozenset({"crime", "terror", "terrorism", "terrorist", "provocation", "violation",
                        "aggression", "massacre", "genocide", "lie", "liar", "farce", "sham",
                        "mistake", "disgrace", "outrage", "insult", "threat", "criminal",
                        "barbaric", "unacceptable", "illegal", "cowardly", "atrocity"})

# Objects of a promise that make it a concession ("promised an amnesty").
CONCESSIONS = frozenset({"concession", "amnesty", "pardon", "apology", "ceasefire", "resignation",
                         "truce", "cease-fire", "withdrawal", "release"})

# Objects whose removal is lifting them (a concession, or easing sanctions).
LIFTED = frozenset({"curfew", "restriction", "ban", "sanction", "embargo", "blockade",
                    "checkpoint", "roadblock", "barricade", "siege", "quarantine", "lockdown",
                    "sentence", "suspension", "closure", "moratorium", "freeze", "control",
                    "tariff", "veto", "boycott", "cordon", "emergency", "order", "measure"})
SECURITY_FORCES = frozenset({"police", "army", "troop", "soldier", "force", "military",
                             "security", "guard", "officer", "policeman"})

# Nouns after "lift"/"ease" that make it a concession or retreat (used by OBJECT_SENSES);
# nouns after "expel" that name diplomats or organisations (SANCTION) rather than people
# deported (COERCE).
DIPLOMATIC_TARGETS = frozenset({"diplomat", "ambassador", "envoy", "attache", "attaché",
                                "mission", "observer", "inspector", "peacekeeper", "monitor",
                                "staff", "agency", "organisation", "organization", "embassy"})

# Subjects that make "protest" a civilian collective action rather than a diplomatic
# complaint (ACCUSE disapprove), and that make "strike" a labour strike.
CIVILIAN_NOUNS = frozenset({
    "protester", "protestor", "demonstrator", "student", "worker", "people", "resident",
    "youth", "crowd", "villager", "farmer", "activist", "teacher", "doctor", "nurse", "miner",
    "driver", "union", "citizen", "supporter", "thousand", "hundred", "dozen", "employee",
    "opposition", "opponent", "civilian", "woman", "man", "inhabitant", "trader", "labourer",
    "laborer",
})

# Lemmas (in the trigger's phrase) that select an ASSAULT mode.
ASSAULT_MODES: dict[str, str] = {
    "air": "aerial", "airstrike": "aerial", "aircraft": "aerial", "jet": "aerial",
    "warplane": "aerial", "helicopter": "aerial", "drone": "drone", "uav": "drone",
    "bomb": "explosives", "mine": "explosives", "ied": "explosives", "car": "explosives",
    "roadside": "explosives", "explosive": "explosives", "suicide": "suicide-attack",
    "bomber": "suicide-attack", "artillery": "heavy-weapons", "tank": "heavy-weapons",
    "rocket": "heavy-weapons", "missile": "heavy-weapons", "mortar": "heavy-weapons",
    "shell": "heavy-weapons", "gun": "firearms", "gunman": "firearms", "rifle": "firearms",
    "sniper": "firearms", "gunfire": "firearms", "knife": "primitive", "stone": "primitive",
    "rock": "primitive", "machete": "primitive", "chemical": "unconventional",
    "nerve": "unconventional", "tear": "crowd-control", "rubber": "crowd-control",
    "teargas": "crowd-control", "baton": "crowd-control", "truncheon": "crowd-control",
    "lathi": "crowd-control", "pellet": "crowd-control",  # the codebook's crowd control
}

# Lemmas in a request/rejection/threat's content that select its mode.
CONTENT_MODES: dict[str, dict[str, str]] = {
    "REQUEST": {"meet": "meet", "talk": "meet", "talks": "meet", "negotiation": "meet",
                "negotiate": "meet", "meeting": "meet", "dialogue": "meet",
                "aid": "assist", "help": "assist", "assistance": "assist", "support": "assist",
                "release": "yield", "free": "yield", "ceasefire": "yield", "lift": "yield",
                "end": "yield", "withdraw": "yield", "withdrawal": "yield", "return": "yield",
                "resign": "change", "removal": "change", "reform": "change",
                "step": "change", "change": "change", "amend": "change",
                "resignation": "change", "dismissal": "change", "ouster": "change",
                "election": "change", "send": "assist", "supply": "assist"},
    "THREATEN": {"arrest": "arrest", "detain": "arrest", "jail": "arrest", "prison": "arrest",
                 "boycott": "restrict", "strike": "restrict", "blockade": "restrict",
                 "curfew": "restrict", "ban": "restrict", "embargo": "restrict",
                 "sanction": "restrict", "expel": "expel", "relation": "relations",
                 "tie": "relations", "talk": "relations", "talks": "relations",
                 "occupy": "territory", "annex": "territory", "seize": "territory",
                 "attack": "violence", "shell": "violence", "airstrike": "violence",
                 "bomb": "violence", "war": "violence", "force": "violence",
                 "retaliate": "violence", "kill": "violence", "invade": "violence",
                 "retaliation": "violence", "tolerate": "restrict", "close": "restrict",
                 "block": "restrict", "military": "violence", "cut": "relations",
                 "contact": "relations", "revenge": "violence", "vengeance": "violence",
                 "reprisal": "violence"},
}
CONTENT_MODES["REJECT"] = CONTENT_MODES["REQUEST"]

# Sentence lemmas -> PLOVER context (ontology names).
CONTEXT_WORDS: dict[str, str] = {
    "nuclear": "cbrn", "chemical": "cbrn", "uranium": "cbrn", "biological": "cbrn",
    "troop": "military", "army": "military", "military": "military", "soldier": "military",
    "missile": "military", "navy": "military", "warship": "military", "tank": "military",
    "artillery": "military", "ceasefire": "military", "airstrike": "military",
    "economy": "economic", "economic": "economic", "trade": "economic", "tariff": "economic",
    "investment": "economic", "export": "economic", "import": "economic", "bank": "economic",
    "court": "legal", "judge": "legal", "lawsuit": "legal", "trial": "legal",
    "prosecutor": "legal", "verdict": "legal", "law": "legal", "legal": "legal",
    "election": "election", "vote": "election", "ballot": "election", "poll": "election",
    "campaign": "election", "refugee": "migration", "migrant": "migration",
    "asylum": "asylum", "terrorist": "terrorism", "terrorism": "terrorism",
    "militant": "terrorism", "al-qaeda": "terrorism", "hacker": "cyber", "cyber": "cyber",
    "woman": "gender", "gender": "gender", "abortion": "gender", "religious": "religion_ethnicity",
    "ethnic": "religion_ethnicity", "mosque": "religion_ethnicity", "church": "religion_ethnicity",
    "oil": "natural_resource", "gas": "natural_resource", "mining": "natural_resource",
    "corruption": "corruption", "bribery": "corruption", "drug": "illegal_drugs",
    "trafficking": "trafficking", "smuggling": "trafficking", "peacekeeper": "peacekeeping",
    "peacekeeping": "peacekeeping", "epidemic": "health", "vaccine": "health",
    "virus": "health", "earthquake": "disasters", "flood": "disasters",
    "humanitarian": "human_security", "food": "human_security", "famine": "human_security",
    "intelligence": "intelligence", "spy": "intelligence", "pollution": "environment",
    "climate": "environment", "territory": "territory", "border": "territory",
    "democracy": "pro_democracy", "parliament": "legislative", "rights": "human_rights",
    "press": "rights_freedoms", "journalist": "rights_freedoms",
}

# A type's context when nothing in the sentence names one.
DEFAULT_CONTEXTS: dict[str, tuple[str, ...]] = {
    "CONSULT": ("diplomatic",), "AGREE": ("diplomatic",), "SUPPORT": ("diplomatic",),
    "REQUEST": ("diplomatic",), "REJECT": ("diplomatic",), "SANCTION": ("diplomatic",),
    "MOBILIZE": ("military",), "ASSAULT": ("military",),
}

# Modes in the gold sets and the 2021 crosswalk under older names -> the ontology's names.
MODE_ALIASES: dict[str, str | None] = {
    "assassinate": "targeted", "massacre": "targeted", "riot-spon": "riot", "riot-org": "riot",
    "strike-gen": "strike", "strike-hun": "hunger", "demo-org": "demo", "demo-spon": "demo",
    "confiscate": "seize", "detain": "arrest", "host": "visit", "ban": "restrict",
    "political": "restrict", "other": None, "ease": None, "return": None,
}
