"""Word sets that the PLOVER refinements consult: objects, subjects, modifiers and complements
that re-type or rule out a trigger of `plover_lexicon` ("released the report" is no release,
"barred from entering" is a refusal, "a nuclear test" is a show of force).

Written for dipwatch from the PLOVER manual's definitions and the CAMEO code names; every set
is looked up by lemma.
"""

from __future__ import annotations

from dipwatch.stages.extract.plover_lexicon import OBJECT_SENSES

# Word sets the refinements in `plover` consult (objects, subjects, modifiers).
SKIP_ENTS = frozenset({"ORG", "EVENT", "WORK_OF_ART", "LAW"})
CONTENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "advcl", "conj", "acl",
                          "nsubjpass"})  # "the release of X was demanded"
NOT_RELEASED = frozenset({"report", "statement", "video", "document", "data", "figure", "film",
                           "album", "book", "list", "detail", "result", "information", "image",
                           "photo", "footage", "recording", "tape", "transcript", "study",
                           # information products and substances are published or emitted,
                           # not freed ("released its ruling", "the dam released water")
                           "ruling", "verdict", "decision", "finding", "budget", "forecast",
                           "plan", "schedule", "song", "single", "trailer", "update", "version",
                           "software", "draft", "text", "memo", "guideline", "estimate",
                           "survey", "poll", "audit", "analysis", "review", "record", "paper",
                           "name", "identity", "toll", "water", "gas", "smoke", "emission"})
SIGNED = frozenset({"agreement", "deal", "treaty", "accord", "memorandum", "pact", "declaration",
                     "contract", "protocol", "convention", "charter", "law", "bill", "decree",
                     "communique", "mou", "document", "letter", "statement"})
SHARED = frozenset({"information", "intelligence", "data", "experience", "technology",
                     "expertise", "knowledge", "evidence"})
ACCEPTED = frozenset({"proposal", "offer", "plan", "invitation", "request", "deal", "demand",
                       "term", "condition", "agreement", "mediation", "ceasefire", "truce"})
DISMISSED = frozenset({"claim", "report", "allegation", "accusation", "proposal", "offer",
                        "demand", "idea", "suggestion", "charge", "criticism", "call"})
MILITARY_MODS = frozenset({"military", "naval", "army", "war", "live-fire", "air", "joint",
                            "combat", "missile"})
ARMED = frozenset({"troop", "soldier", "force", "army", "police", "hacker", "fighter",
                    "militia", "recruit", "officer", "commando", "personnel", "reservist"})
VERBAL_TARGETS = frozenset({"policy", "decision", "plan", "remark", "statement", "proposal",
                             "comment", "speech", "report", "idea"})
AIR_MODS = frozenset({"air", "missile", "drone", "rocket", "military", "nuclear", "precision",
                       "preemptive", "retaliatory", "aerial", "israeli", "us", "u.s."})
TARGET_PREPS = frozenset({"on", "against", "at", "upon"})
# Prepositions that set an event in time or circumstance: the event noun they govern is not
# carried by the verb they hang on ("imposed a curfew after the clashes": the imposers did
# not clash).
CIRCUMSTANCE_PREPS = frozenset({"after", "before", "following", "since", "amid", "amidst",
                                "despite", "during", "until", "till", "throughout", "ahead",
                                "prior", "upon"})
# Where a shot or a fired weapon goes: "fired at the convoy", "rockets into the town".
FIRING_PREPS = frozenset({"at", "on", "upon", "into"})
THROWN = frozenset({"stone", "rock", "bottle", "grenade", "bomb", "cocktail", "brick",
                     "firebomb", "object", "projectile"})
OFFICIAL = frozenset({"government", "ministry", "embassy", "official", "minister", "group",
                       "organization", "organisation", "president", "spokesman",
                       "spokeswoman", "authority", "country", "state", "office"})
ACCESS = frozenset({"access", "delivery", "entry", "inspector", "observer", "aid", "passage",
                     "visit", "monitor", "peacekeeper", "convoy", "inspection"})
OBLIGATION = frozenset({"must", "should"})
RENEWING = frozenset({"renew", "reopen", "restart", "conclude", "wrap", "stag", "launch"})
QUANTITIES = frozenset({"dozen", "hundred", "thousand", "million", "number", "group", "scores",
                         "score", "some", "all", "most", "many", "several", "lot", "couple",
                         # measures and parts: "50 tonnes of supplies", "part of the debt"
                         "tonne", "ton", "kilogram", "barrel", "litre", "liter", "part",
                         "portion", "half", "batch", "consignment", "amount", "quantity"})
RIOTERS = frozenset({"protester", "protestor", "demonstrator", "rioter", "mob", "crowd",
                      "hooligan", "looter"})
RECEIVED = {"weapon": "AID", "arm": "AID", "aid": "AID", "fund": "AID", "loan": "AID",
             "assistance": "AID", "supply": "AID", "supplies": "AID", "money": "AID",
             "asylum": "AID", "assurance": "AGREE", "pledge": "AGREE", "promise": "AGREE",
             "guarantee": "AGREE", "support": "SUPPORT", "backing": "SUPPORT"}
WILLING = frozenset({"ready", "willing", "prepared", "eager", "open"})
TIES = frozenset({"relation", "tie", "talk", "talks", "negotiation", "contact", "dialogue"})
MEDIA = frozenset({"newspaper", "paper", "website", "site", "station", "channel", "radio",
                    "broadcaster", "publication", "magazine", "outlet", "internet", "network",
                    "platform", "medium", "media"})
THINGS = frozenset(set(OBJECT_SENSES) - {"ambassador", "envoy", "diplomat", "prisoner",
                                          "hostage", "troop", "force", "soldier"} | {
    "resignation", "removal", "release", "withdrawal", "ouster", "dismissal", "return",
    "pact", "accord", "treaty", "action", "control", "possession", "ceasefire", "truce",
    "effort", "treatment", "statement", "remark", "comment", "move", "attack", "amnesty",
    "pardon", "asylum", "loan", "grant", "supply", "supplies", "presence", "objection",
    "veto", "membership", "memorandum", "restraint", "explanation", "calm", "mission",
    "cooperation", "partnership", "program", "programme", "exchange", "border", "crossing",
    "airspace", "curfew", "restriction", "agreement", "deal", "treaty", "plan", "proposal",
    "policy", "decision", "law", "bill", "demand", "request", "offer", "access", "delivery",
    "entry", "weapon", "information", "intelligence", "data"})
WHEN = frozenset({"DATE", "TIME"})

NOT_ACTORS = frozenset({"who", "which", "that", "what", "it", "they", "this", "these", "those",
                         "he", "she", "we", "i", "you", "one", "some", "all", "both", "each"})
ACCESS_VERBS = frozenset({"visit", "enter", "inspect", "monitor", "deliver", "return", "land",
                          "operate", "work"})
AID_OBJECTS = frozenset({"loan", "aid", "grant", "assistance", "package", "credit", "funding",
                         "fund", "relief", "donation"})
SEARCHED = frozenset({"home", "house", "office", "building", "premises", "car", "vehicle",
                      "headquarters", "apartment", "ship", "vessel", "compound"})
WEAPONS = frozenset({"tank", "artillery", "missile", "warship", "jet", "aircraft", "bomber",
                     "weapon", "rocket", "launcher", "submarine", "carrier", "howitzer",
                     "bomb", "explosive", "munition", "ordnance"})
FALSEHOODS = frozenset({"false", "fake", "disinformation", "misinformation", "propaganda",
                        "rumor", "rumour", "lie", "falsehood"})
WITHHELD = frozenset({"electricity", "water", "power", "fuel", "food", "supply", "service",
                      "internet", "salary", "pension", "medicine"})
CYBER_TARGETS = frozenset({"network", "system", "website", "server", "computer", "database",
                           "infrastructure"})
HOSTING = frozenset({"host", "broker", "sponsor", "mediate", "facilitate", "organize",
                     "organise", "convene"})
# Violence that crowds of civilians commit in riots (PROTEST riot when they are the doers).
STREET_VIOLENCE = frozenset({"clash", "throw", "hurl", "burn", "torch", "storm", "loot",
                             "attack", "fight", "beat", "destroy", "demolish", "stone"})
TREATIES = frozenset({"talk", "talks", "treaty", "agreement", "negotiation", "deal", "accord",
                      "organization", "organisation", "alliance", "pact", "convention",
                      "process"})
# Verbs whose subject, when it is an event noun, names the harm's cause ("a car bomb killed
# 12 soldiers"): the object is the victim.
HARM_VERBS = frozenset({"kill", "wound", "injure", "destroy", "damage", "hit", "target",
                        "strike", "level", "claim", "leave", "rock"})
# Light verbs of a diplomatic (not street) protest: "lodged a formal protest".
FORMAL_PROTEST = frozenset({"lodge", "file", "register", "deliver", "voice", "send", "issue",
                            "submit", "express", "hand"})
GRANTED = {"amnesty": ("CONCEDE", None), "pardon": ("CONCEDE", None),
           "access": ("RETREAT", "access"), "permission": ("RETREAT", "access"),
           "recognition": ("SUPPORT", None), "asylum": ("AID", None)}
# What one can want of others ("Brazil wants a regular dialogue"): a request.
REQUESTABLE = frozenset({"dialogue", "talk", "talks", "negotiation", "meeting", "support",
                         "aid", "assistance", "help", "release", "withdrawal", "ceasefire",
                         "apology", "compensation", "explanation", "investigation",
                         "resignation", "guarantee", "access", "extradition"})
# Common nouns that name parties (besides named entities): who can be helped or asked.
PARTY_NOUNS = frozenset({"government", "country", "nation", "state", "people", "ally",
                         "neighbor", "neighbour", "region", "city", "community", "victim",
                         "refugee", "rebel", "farmer", "family", "authority", "army",
                         "force", "ministry", "partner", "organization", "organisation"})
# Objects of "help" that are no beneficiaries ("helped the economy").
ABSTRACT = frozenset({"economy", "effort", "process", "situation", "cause", "growth",
                      "recovery", "development", "matter", "issue", "plan", "case"})
# Verbs whose subjunctive complement is a demand ("insisted that the president step down").
INSISTING = frozenset({"insist", "demand", "urge", "ask", "propose", "suggest", "recommend",
                       "require"})
# Nouns that reduce an exchange only through what they reduce ("a halt to arms exports", "a
# reduction in aid"): no event without a SANCTION object.
REDUCTIONS = frozenset({"halt", "reduction", "decrease", "cutoff", "termination"})
# Objects of "settle" that make it an agreement ("settled their border dispute").
DISPUTES = frozenset({"dispute", "difference", "conflict", "row", "quarrel", "disagreement",
                      "feud", "standoff"})
# What can be tested as a show of force ("tested a ballistic missile", "a nuclear test").
TESTED = frozenset({"missile", "rocket", "weapon", "nuclear", "ballistic", "warhead", "bomb",
                    "torpedo"})
# What is fired at a target ("fired rockets into the town"); "fired the coach" is no event.
FIRED = frozenset({"missile", "rocket", "shell", "mortar", "bullet", "round", "projectile",
                   "grenade", "salvo", "volley", "torpedo", "artillery", "shot", "gas",
                   "teargas", "canister", "pellet"})
# Places and things captured (COERCE seize, the crosswalk's "occupy territory"), as opposed to
# people captured (ASSAULT abduct, the ontology's captured combatants).
CAPTURED_PLACES = frozenset({"town", "city", "village", "base", "airport", "hill", "territory",
                             "area", "region", "district", "province", "port", "border",
                             "crossing", "bridge", "road", "highway", "capital", "stronghold",
                             "position", "outpost", "airbase", "oilfield", "field", "building",
                             "headquarters", "island", "checkpoint", "ship", "vessel"})
# People whose reception is letting them in (CAMEO 0861/0862 "receive inspectors/peacekeepers":
# RETREAT access), not hosting a visit.
ADMITTED = frozenset({"inspector", "observer", "monitor", "peacekeeper"})
# Shows of force ("demonstrated its military might", CAMEO 150): transitive "demonstrate"
# shows something; with any other object it is no street demonstration.
SHOWN_FORCE = frozenset({"power", "force", "might", "strength", "capability", "firepower",
                         "readiness", "muscle"})
# Entry that barring refuses (the ontology: barring from entering => REJECT).
ENTRY = frozenset({"enter", "entry", "visit", "land", "travel", "access", "cross", "dock",
                   "attend"})
# Non-state armed groups: their mobilisation is PLOVER's MOBILIZE militia.
NON_STATE_ARMED = frozenset({"militia", "militiaman", "rebel", "insurgent", "militant",
                             "guerrilla", "guerilla", "paramilitary", "jihadist"})
# Mobilised personnel that names a non-state armed group ("moved fighters into Mali").
MILITIA_PERSONNEL = NON_STATE_ARMED | {"fighter", "mercenary"}
# Demands one can drop or withdraw (a concession); "demand" of a market is not dropped
# by a party ("dropped its demand for" is the party's).
DEMANDS = frozenset({"demand", "request", "precondition", "condition", "ultimatum"})
# Relief goods that are no event nouns: providing or delivering them to a party is aid
# ("provided food and medicine to displaced families"); event nouns ("provided assistance")
# are typed by the light verb.
RELIEF_GOODS = frozenset({"food", "medicine", "supplies", "supply", "shelter", "water", "tent",
                          "blanket", "vaccine", "dose", "fuel", "grain", "ration", "medication"})
# People received as guests (a visit), not things received ("received aid").
GUESTS = frozenset({"minister", "president", "prime", "premier", "chancellor", "king", "queen",
                    "prince", "envoy", "ambassador", "delegation", "chief", "secretary",
                    "counterpart", "leader", "emir", "sheikh", "foreign", "head"})
# People handed over to another state's justice: an extradition (COOPERATE).
SUSPECTS = frozenset({"suspect", "fugitive", "accused"})
# Revenge as a vowed object is a threat of violence ("vowed revenge against Israel").
REVENGE = frozenset({"revenge", "vengeance", "retaliation", "reprisal", "retribution"})
# Texts and works as subjects: they describe, they do not investigate ("the report examines").
DOCUMENTS = frozenset({"report", "study", "paper", "film", "book", "article", "documentary",
                       "survey", "analysis", "research", "review", "essay", "novel", "series"})
# Contests a "beat" is won in: a match, not a beating ("beat Brazil 2-1 in the final").
CONTESTS = frozenset({"final", "semifinal", "semi-final", "match", "game", "tournament", "race",
                      "election", "poll", "vote", "round", "league", "championship", "cup"})
# Event nouns that the definitions name but that are events only with one of these words as
# modifier or prepositional object (None: always): "intelligence sharing", "debt forgiveness",
# "a nuclear test", "an arrest warrant". "trial", "capture" and REDUCTIONS are typed in
# plover._defined_noun.
DEFINED_NOUNS: dict[str, frozenset[str] | None] = {
    "sharing": SHARED, "forgiveness": frozenset({"debt", "loan", "arrear"}),
    "test": TESTED, "warrant": frozenset({"arrest"}), "trial": None, "capture": None,
}
# Subjects that are no actors: natural forces, diseases and accidents (PLOVER codes deliberate
# acts of political actors; "the storm struck the coast", "the virus killed 300 people").
NATURAL_CAUSES = frozenset({"storm", "earthquake", "quake", "flood", "flooding", "hurricane",
                            "typhoon", "cyclone", "tornado", "tsunami", "landslide", "mudslide",
                            "avalanche", "wildfire", "blaze", "fire", "drought", "heatwave",
                            "heat", "cold", "virus", "disease", "epidemic", "pandemic",
                            "outbreak", "illness", "cancer", "cholera", "malaria", "covid",
                            "covid-19", "accident", "crash", "collapse", "lightning", "rain",
                            "snow", "wave", "eruption", "volcano", "famine", "infection"})
# Objects of "fight" that are problems or contests, not armed parties ("fighting inflation",
# "fought the charges", "will fight the election"): no assault.
ABSTRACT_FOES = frozenset({"inflation", "corruption", "poverty", "crime", "disease", "virus",
                           "unemployment", "climate", "hunger", "pandemic", "epidemic",
                           "cancer", "addiction", "fraud", "racism", "discrimination",
                           "pollution", "deforestation", "illiteracy", "extremism",
                           "misinformation", "disinformation", "fire", "wildfire", "flood",
                           "drought", "malaria", "covid", "covid-19", "obesity", "smuggling",
                           "trafficking", "impunity", "inequality", "battle", "case", "charge",
                           "election", "seat", "ban", "decision", "ruling", "law", "bill",
                           # pests fought by health campaigns
                           "mosquito", "pest", "locust", "insect", "rat", "weed", "outbreak",
                           "infection", "spread"})
# Modifiers of the noun "call" that make it no appeal ("a close call", "a wake-up call").
IDIOM_CALLS = frozenset({"close", "wake", "wake-up", "judgment", "judgement", "roll",
                         "curtain", "last", "final", "conference", "phone", "video"})
# Things offered that are words, not cooperation ("offered few details"): no promise.
NOT_OFFERED = frozenset({"detail", "comment", "explanation", "information", "insight", "view",
                         "opinion", "thought", "glimpse", "condolence", "prayer", "sympathy",
                         "congratulation", "tribute", "answer", "assessment", "evidence",
                         "reason", "figure", "estimate", "advice", "guidance", "clue",
                         "hint", "account", "perspective", "update", "remark", "word",
                         # prices and terms of trade are quoted, not promised
                         "price", "discount", "salary", "wage", "rate", "fare", "bonus"})
# Objects whose freezing is a sanction ("froze the assets of"); "froze interest rates" is
# economic policy, no event.
FROZEN = frozenset({"asset", "account", "fund", "funding", "property", "payment", "reserve",
                    "deposit", "holding", "aid", "assistance", "relation", "tie", "talk",
                    "talks", "contact", "cooperation", "membership", "program", "programme",
                    "loan", "credit", "export", "import", "trade"})
# Content that makes a warning coercive (THREATEN): the threat words of CONTENT_MODES and
# these; and hazards, whose warning is a pessimistic comment (CAMEO 012, which PLOVER drops)
# when it is neither coercive nor addressed to a party ("warned of a recession").
COERCIVE_CONTENT = frozenset({"consequence", "repercussion", "response", "respond", "measure",
                              "action", "retaliation", "reprisal", "countermeasure", "price",
                              "step", "punish", "punishment", "war", "force", "sanction",
                              "escalation", "escalate", "crush", "destroy", "annihilate",
                              "regret"})
HAZARDS = frozenset({"recession", "crisis", "storm", "heat", "heatwave", "flood", "flooding",
                     "drought", "famine", "hunger", "shortage", "inflation", "virus", "disease",
                     "outbreak", "epidemic", "pandemic", "risk", "danger", "collapse",
                     "slowdown", "downturn", "weather", "rain", "snow", "hurricane", "typhoon",
                     "cyclone", "tsunami", "earthquake", "wildfire", "fire", "pollution",
                     "smog", "scam", "fraud", "loss", "profit", "deficit", "unemployment",
                     "layoff", "delay", "disruption", "accident", "injury", "shortfall",
                     "bubble", "default", "bankruptcy", "instability", "fatigue", "avalanche"})
# Statements and feelings whose prepositional phrase is their topic ("expressed sorrow for
# the shootings", "voiced concern over the arrests"): the light verb's subject holds the
# feeling, it did not do the event named in the phrase.
STATEMENT_NOUNS = frozenset({"sorrow", "concern", "sympathy", "condolence", "appreciation",
                             "gratitude", "thanks", "hope", "shock", "grief", "sadness",
                             "satisfaction", "optimism", "pessimism", "doubt", "fear", "worry",
                             "alarm", "anger", "frustration", "disappointment", "confidence",
                             "solidarity", "surprise", "interest", "reservation", "skepticism",
                             "scepticism", "opinion", "view", "comment", "remark", "statement",
                             "question", "horror", "regret", "disgust", "pride", "joy"})
# Nouns for people and groups that can act on purpose, besides the officials, civilians,
# security forces and collectives of the other sets (see plover_parse._agent).
AGENT_NOUNS = frozenset({"government", "country", "nation", "state", "ally", "rebel",
                         "militant", "insurgent", "militia", "junta", "regime",
                         "administration", "authority", "ministry", "court", "prosecutor",
                         "company", "firm", "bank", "agency", "union", "opposition",
                         "coalition", "bloc", "organization", "organisation", "council",
                         "parliament", "congress", "senate", "cabinet", "army", "navy",
                         "leadership", "king", "queen", "premier", "chancellor", "governor",
                         "mayor", "judge", "lawmaker", "legislator", "diplomat", "envoy",
                         "negotiator", "commander", "general", "spokesperson"})
# Cooperative types whose refusal ("will not release", "would not meet") is a REJECT, with the
# REJECT mode of what is refused.
REFUSABLE: dict[str, str | None] = {
    "RETREAT": "yield", "CONCEDE": "yield", "CONSULT": "meet", "AID": "assist",
    "COOPERATE": "assist", "SUPPORT": "assist", "AGREE": None,
}
# Groups one is expelled from (SANCTION expel) rather than deported out of a country.
BODIES = frozenset({"party", "organization", "organisation", "union", "league", "alliance",
                    "parliament", "group", "club", "federation", "council", "bloc",
                    "association", "movement", "committee", "body", "assembly", "cabinet",
                    "government", "coalition", "commonwealth", "agency"})
# Permissions whose revocation restricts (COERCE restrict): "revoked the licence of".
REVOKED = frozenset({"licence", "license", "permit", "visa", "accreditation", "citizenship",
                     "passport", "registration", "credential", "nationality", "mandate"})
# Where a missile lands when it is fired or launched at nobody (a test, MOBILIZE weapons).
OPEN_WATER = frozenset({"sea", "ocean", "water", "waters", "gulf", "desert"})
# What one declines to say (CAMEO 011 "decline comment", a statement PLOVER drops).
UNSAID = frozenset({"comment", "say", "confirm", "deny", "elaborate", "disclose", "reveal",
                    "speculate", "answer", "respond", "specify", "identify", "name", "detail",
                    "explain"})
# Adjectives of unwillingness: "unwilling to lay down their arms" is a refusal (REJECT).
UNWILLING = frozenset({"unwilling", "reluctant", "loath", "loth", "unprepared", "averse"})
# Who or what can be released in PLOVER's sense (RETREAT release): people held and property
# seized; software, products and films are launched, not freed.
RELEASED = frozenset({"prisoner", "hostage", "detainee", "captive", "inmate", "activist",
                      "journalist", "soldier", "sailor", "fisherman", "crew", "worker",
                      "national", "citizen", "civilian", "student", "dissident", "opponent",
                      "protester", "demonstrator", "suspect", "person", "people", "man",
                      "woman", "child", "member", "official", "diplomat", "tourist",
                      "ship", "vessel", "tanker", "boat", "aircraft", "plane", "body",
                      "remains", "asset", "fund", "property", "territory", "pilot",
                      "personnel", "staff", "leader", "politician", "reporter", "nurse",
                      "doctor", "migrant", "refugee", "he", "she", "they", "him", "her",
                      "them", "all", "others", "rest"})
# What one agrees with when agreeing is an opinion, not a commitment ("agreed with the
# defence that ...", "agreed with her assessment").
OPINIONS = frozenset({"defence", "defense", "view", "argument", "assessment", "position",
                      "analysis", "conclusion", "finding", "claim", "opinion", "statement",
                      "point", "notion", "idea", "verdict", "ruling", "interpretation"})
# Arms given to someone: material (military) aid like relief goods ("supplied arms to").
SUPPLIED_ARMS = frozenset({"weapon", "arm", "ammunition", "munition", "missile", "rocket",
                           "tank", "drone", "artillery", "shell", "rifle", "equipment"})
# Places whose visit meets no one: "visited a clinic", "toured the factory".
PRIVATE_PLACES = frozenset({"clinic", "hospital", "school", "museum", "factory", "plant",
                            "home", "house", "grave", "shop", "store", "restaurant", "hotel",
                            "farm", "mine", "site", "zoo", "park", "church", "mosque",
                            "temple", "gallery", "studio", "office", "doctor", "gp", "ward"})
