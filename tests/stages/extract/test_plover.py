"""PLOVER typing through the whole pipeline. Every sentence here was written for these tests
(invented events), one or more per type and per mode, plus hard negatives."""

from __future__ import annotations

import pytest

from dipwatch.export.plover import to_plover
from dipwatch.export.plover import plover_code

pytestmark = pytest.mark.model

PUB = "2024-05-07"


def _coded(pipeline, text: str) -> list[tuple[str, str | None]]:
    doc = pipeline.extract_text(text, published=PUB).to_dict()
    out = []
    for event in doc["events"]:
        record = to_plover(event, doc)
        if record is not None:
            out.append((record["event_type"], record["event_mode"]))
    return out


# (sentence, PLOVER type, mode or None when any mode is fine)
CASES = [
    ("Chile and Peru agreed on Monday to reopen their shared border crossing.", "AGREE", None),
    ("The Estonian prime minister will visit Lisbon next week.", "AGREE", None),
    ("Norway and Indonesia held talks in Oslo on Monday.", "CONSULT", None),
    ("The Kenyan president visited Tanzania on Monday.", "CONSULT", "visit"),
    ("Spain strongly backed Morocco's plan on Monday.", "SUPPORT", None),
    ("Argentina and Uruguay signed a trade agreement in Montevideo on Monday.",
     "SUPPORT", None),
    ("The Serbian government apologized to Croatia on Monday.", "CONCEDE", None),
    ("Japan and Australia cooperated closely on maritime patrols last month.",
     "COOPERATE", None),
    ("Germany donated 40 ambulances to Moldova on Monday.", "AID", None),
    ("Colombian rebels released 12 hostages on Monday.", "RETREAT", "release"),
    ("Armenia withdrew its troops from the disputed village on Monday.", "RETREAT",
     "withdraw"),
    ("The Slovak interior minister resigned on Monday.", "RETREAT", "resign"),
    ("Hungary demanded that Ukraine release the detained Hungarian citizens.", "REQUEST",
     "yield"),
    ("The Dutch government urged Venezuela to hold talks with the opposition.", "REQUEST",
     "meet"),
    ("Pakistan accused India of violating the ceasefire on Monday.", "ACCUSE", "allege"),
    ("France condemned the coup in Niger on Monday.", "ACCUSE", "disapprove"),
    ("Brazilian prosecutors investigated the former minister last month.", "ACCUSE",
     "investigate"),
    ("Ethiopia rejected Egypt's proposal on Monday.", "REJECT", None),
    ("Iran threatened on Monday to attack Israeli ships.", "THREATEN", "violence"),
    ("Thousands of students protested in Dhaka on Monday.", "PROTEST", "demo"),
    ("Hundreds of workers rioted in Karachi on Monday.", "PROTEST", "riot"),
    ("The European Union imposed sanctions on Belarus on Monday.", "SANCTION", None),
    ("Lithuania expelled two Russian diplomats on Monday.", "SANCTION", "expel"),
    ("Russia deployed troops to the Finnish border on Monday.", "MOBILIZE", "troops"),
    ("Turkish police arrested 40 journalists in Ankara on Monday.", "COERCE", "arrest"),
    ("The Thai army imposed a curfew in Bangkok on Monday.", "COERCE", "curfew"),
    ("Hungary deported 30 migrants to Serbia on Monday.", "COERCE", "deport"),
    ("Gunmen kidnapped three aid workers in Mali on Monday.", "ASSAULT", "abduct"),
    ("Syrian forces shelled the rebel town of Idlib on Monday.", "ASSAULT", "heavy-weapons"),
    ("Militants detonated a car bomb in Mogadishu on Monday.", "ASSAULT", "explosives"),
    ("Hundreds of farmers staged a protest outside the Polish parliament on Monday.",
     "PROTEST", "demo"),
    ("The Moldovan prime minister stepped down on Monday.", "RETREAT", "resign"),
    ("Somali rebels received weapons from Eritrea last month.", "AID", None),
    ("Nigerian police dispersed the crowd with tear gas on Monday.", "ASSAULT",
     "crowd-control"),
    ("Peru said on Monday that Bolivia must release the detained fishermen.", "REQUEST",
     "yield"),
    ("Rioters torched two police stations in Lagos on Monday.", "PROTEST", None),
    ("Ecuador broke off diplomatic relations with Mexico on Monday.", "SANCTION", "withdraw"),
    ("The government declared a state of emergency in the northern provinces.", "COERCE",
     "martial-law"),
    ("The junta imposed martial law on Friday.", "COERCE", "martial-law"),
    ("Rebel forces laid down their arms on Monday.", "RETREAT", "disarm"),
    ("The troops pulled out of the town on Friday.", "RETREAT", "withdraw"),
    ("Soldiers searched the homes of suspected militants.", "COERCE", "seize"),
    ("Russia vowed to retaliate against any attack.", "THREATEN", "violence"),
    ("Japan gave Pakistan 5 million dollars in flood relief on Tuesday.", "AID", None),
    ("Mali and Niger held joint military exercises.", "COOPERATE", None),
    ("Norway hosted talks between the Colombian government and the rebels.", "CONSULT",
     "third-party"),
    ("Hackers attacked the central bank's computer network.", "COERCE", "cyber"),
    ("State media spread false reports about the election.", "COERCE", "misinformation"),
    ("The authorities cut electricity and water to the rebel-held district.", "COERCE",
     "withhold"),
    ("The junta shut down two newspapers.", "COERCE", "censor"),
    ("The army moved tanks and artillery to the border.", "MOBILIZE", "weapons"),
    ("Riot police were deployed in the capital on Monday.", "MOBILIZE", "police"),
    ("Protesters vandalized the headquarters of the ruling party.", "PROTEST", "vandalize"),
    ("Truck drivers blockaded the main highway.", "PROTEST", "obstruct"),
    ("Teachers boycotted classes in protest at low pay.", "PROTEST", "boycott"),
    ("Israel rejected calls for a ceasefire.", "REJECT", "yield"),
    ("China rejected a request to meet the Dalai Lama.", "REJECT", "meet"),
    ("The president threatened to arrest opposition leaders.", "THREATEN", "arrest"),
    ("Turkey threatened to occupy the border town.", "THREATEN", "territory"),
    ("The government threatened to expel foreign journalists.", "THREATEN", "expel"),
    ("Gunmen shot dead a police officer in Karachi.", "ASSAULT", "firearms"),
    ("Police beat demonstrators with batons.", "ASSAULT", "beat"),
    ("Prison guards tortured detainees, a rights group said.", "ASSAULT", "torture"),
    ("A drone strike killed a senior militant commander.", "ASSAULT", "drone"),
    ("A court found the former president guilty of corruption.", "SANCTION", "convict"),
    ("Russia withdrew from the arms control treaty.", "SANCTION", "withdraw"),
    ("Serbia allowed UN inspectors to visit the site.", "RETREAT", "access"),
    ("Dock workers went on strike at the port on Monday.", "PROTEST", "strike"),
    ("Opposition parties have organized a general strike.", "PROTEST", "strike"),
    ("Students clashed with police in Dhaka on Monday.", "PROTEST", "riot"),
    ("The military took control of the state broadcaster.", "COERCE", "seize"),
    ("The United States pulled out of the Paris agreement.", "SANCTION", "withdraw"),
    ("Both sides observed the ceasefire.", "RETREAT", "ceasefire"),
    ("The two countries established diplomatic relations on Monday.", "SUPPORT", None),
    ("Turkey dropped its objection to Sweden's membership.", "CONCEDE", None),
    ("The US reduced its diplomatic presence in Cuba.", "SANCTION", "withdraw"),
    ("Russia has cut its gas supplies to Ukraine.", "COERCE", "withhold"),
    ("The proposal was turned down by the rebels.", "REJECT", None),
    ("The general ruled out any negotiations with the insurgents.", "REJECT", None),
    ("Pakistan is opposed to Indian mediation.", "REJECT", None),
    ("The opposition insisted that the president step down.", "REQUEST", "change"),
    ("Poland pledged to send more troops to Lithuania.", "AGREE", None),
    # families found missing by measuring coverage on the synthetic stories
    ("The striking miners suspended their protests for two weeks.", "CONCEDE", None),
    ("The insurgents halted their offensive in the north.", "CONCEDE", None),
    ("The governor promised to lift the curfew in the capital.", "CONCEDE", None),
    ("The junta outlawed the largest opposition party.", "COERCE", "restrict"),
    ("The armed group formally disbanded its units last week.", "RETREAT", "disarm"),
    ("The rebel delegation quit the peace talks in Geneva.", "SANCTION", "withdraw"),
    ("The health minister quit after the hospital scandal.", "RETREAT", "resign"),
    ("Soldiers razed three houses in the village.", "ASSAULT", "destroy"),
    ("Bus drivers began a work stoppage on Monday.", "PROTEST", "strike"),
    ("The rebels agreed to halt their attacks on the capital.", "CONCEDE", None),
    ("The mayor agreed to the demands of the striking teachers.", "CONCEDE", None),
    ("The city council removed the curfew on Friday.", "CONCEDE", None),
    ("Vietnam and Chile boosted bilateral trade last year.", "COOPERATE", None),
    ("The two neighbours strengthened their diplomatic ties on Monday.", "SUPPORT", None),
    ("Coast guard vessels patrolled the disputed reef.", "MOBILIZE", None),
    ("The militia announced a suspension of its attacks on the oil fields.", "CONCEDE", None),
    ("Both parties agreed to end the war in the eastern provinces.", "CONCEDE", None),
    ("The governor announced the lifting of the curfew in the port city.", "CONCEDE", None),
    ("Angry villagers resorted to throwing rocks at the convoy near Kandahar.", "PROTEST",
     "riot"),
    ("Foreign hackers breached the election commission's servers.", "COERCE", "cyber"),
    ("Ankara called the raid on the consulate a provocation.", "ACCUSE", "disapprove"),
    ("Norway expressed outrage at the execution of the aid worker.", "ACCUSE", "disapprove"),
    ("Tokyo expressed regret for the collision with the Korean trawler.", "CONCEDE", None),
    ("Riot police used tear gas against the marchers in Minsk.", "ASSAULT", "crowd-control"),
    ("Government forces used chemical weapons on the besieged town.", "ASSAULT",
     "unconventional"),
    # acts the ontology, the CAMEO names or the NGEC codebook name that the lexicon lacked
    # (bench/plover_lexicon_gaps.py)
    ("Riot police cordoned off the square in front of the ministry.", "COERCE", "restrict"),
    ("North Korea test-fired two ballistic missiles on Sunday.", "MOBILIZE", "weapons"),
    ("The navy tested a new anti-ship missile off the coast.", "MOBILIZE", "weapons"),
    ("Militants fired rockets into the border town on Tuesday.", "ASSAULT", "heavy-weapons"),
    ("The insurgents captured the district headquarters overnight.", "COERCE", "seize"),
    ("The rebels captured four soldiers near the dam.", "ASSAULT", "abduct"),
    ("The tribunal issued an arrest warrant for the exiled general.", "THREATEN", "arrest"),
    ("The cabinet yielded to the demands of the striking nurses.", "CONCEDE", None),
    ("The gunmen used the passengers as human shields.", "ASSAULT", "abduct"),
    ("The two states settled their maritime dispute on Friday.", "AGREE", None),
    ("Tehran received IAEA inspectors at the enrichment site.", "RETREAT", "access"),
    ("The former governor stood trial for embezzlement.", "ACCUSE", "allege"),
    ("Farmers obstructed the motorway with tractors.", "PROTEST", "obstruct"),
    ("The ministry withheld the salaries of teachers in the north.", "COERCE", "withhold"),
    ("Belgrade barred the EU monitors from entering the province.", "REJECT", None),
    ("The electoral commission barred three opposition candidates from the race.", "COERCE",
     "restrict"),
    ("The fleet demonstrated its military might in the strait.", "MOBILIZE", None),
    ("The rebels ceded control of the airport to the army.", "RETREAT", "withdraw"),
    ("The militia mobilized hundreds of fighters around the city.", "MOBILIZE", "militia"),
    ("Berlin announced a halt to arms exports to the region.", "SANCTION", None),
    ("A man assaulted a reporter outside the court on Monday.", "ASSAULT", None),
    ("The senator raised strong objections to the arms deal.", "ACCUSE", "disapprove"),
    ("Special forces rescued 12 hostages from a farm.", "AID", None),
    ("Pyongyang carried out a nuclear test on Monday.", "MOBILIZE", "weapons"),
    ("The chancellor disapproved of the merger plan.", "ACCUSE", "disapprove"),
    ("The mayor rallied support for the new constitution.", "SUPPORT", None),
    ("The Polish president gave a warm welcome on Friday to the Chilean leader.", "CONSULT",
     "visit"),
    ("The Polish president gave the Chilean leader a warm welcome.", "CONSULT", "visit"),
    ("The EU froze the assets of five oligarchs.", "SANCTION", None),
    ("Government troops fought the rebels near the dam.", "ASSAULT", None),
    ("Norway offered to mediate between the two sides.", "AGREE", None),
    ("Fresh sanctions were imposed on the junta last week.", "SANCTION", None),
    ("Farmers who blocked the ring road demanded higher milk prices.", "PROTEST",
     "obstruct"),
    # refusals: a cooperative act the actor says it will not do (CAMEO 12x)
    ("Tehran will not release the detained fishermen, the foreign minister said.", "REJECT",
     "yield"),
    ("The prime minister said he would not meet the strike leaders.", "REJECT", "meet"),
    ("Tokyo won't send aid to the junta.", "REJECT", "assist"),
    ("The militias are unwilling to lay down their weapons.", "REJECT", "yield"),
    ("The cabinet is reluctant to resume talks with the unions.", "REJECT", "meet"),
    ("Riot police cracked down on the students in the capital.", "COERCE", "restrict"),
    ("The two armies exchanged fire along the border.", "ASSAULT", "firearms"),
    ("The two sides exchanged prisoners on Monday.", "RETREAT", "release"),
    ("The dockers' union called off the strike on Friday.", "CONCEDE", None),
    ("The insurgents abandoned their offensive on the port city.", "CONCEDE", None),
    ("The president vowed to crush the rebellion.", "THREATEN", "violence"),
    ("At least 14 were killed in the blast at the market on Monday.", "ASSAULT", None),
    ("The former mayor faces charges of bribery.", "ACCUSE", "allege"),
    ("Three were convicted of espionage on Monday.", "SANCTION", "convict"),
    ("Two senators were expelled from the ruling party.", "SANCTION", "expel"),
    ("Peru began exporting copper to Vietnam last year.", "COOPERATE", None),
    ("The junta revoked the licence of the last independent radio station.", "COERCE",
     "restrict"),
    ("Soldiers opened fire on the marchers near the palace.", "ASSAULT", "firearms"),
    ("Washington slapped tariffs on Mexican tomatoes.", "SANCTION", None),
    ("Pyongyang launched a ballistic missile into the sea on Monday.", "MOBILIZE", "weapons"),
    ("The militants launched rockets at the airport on Monday.", "ASSAULT", "heavy-weapons"),
    ("Thousands took to the streets of Tbilisi on Sunday.", "PROTEST", "demo"),
    ("The rebels handed over 20 prisoners to the Red Cross.", "RETREAT", "release"),
    ("The army issued a final warning to the rebels in the hills.", "THREATEN", None),
    ("The president warned of serious consequences if the blockade continued.", "THREATEN",
     None),
]


@pytest.mark.parametrize(("text", "type_", "mode"), CASES, ids=[c[0][:40] for c in CASES])
def test_each_type_and_mode(pipeline, text, type_, mode):
    coded = _coded(pipeline, text)
    assert any(t == type_ and (mode is None or m == mode) for t, m in coded), coded


@pytest.mark.parametrize("text", [
    "The ministry used the grant to build two new schools.",
    "The city improved its roads and increased the number of buses.",
    "The removal of the old statue angered some residents.",
    "Three officials accused of taking bribes were never tried.",
    # (written for the definition-driven words: their non-event uses)
    "The club fired its coach after the defeat.",
    "The minister demonstrated her commitment to reform.",
    "The clinical trial of the vaccine ended in May.",
    "The talks yielded no result.",
    "The photographer captured the mood of the crowd.",
    "The engineers tested the new software last week.",
    # trigger words in non-event senses: natural causes, problems fought, idioms, words
    # offered, economic policy, publications
    "The storm struck the coast on Monday night.",
    "The virus has killed 300 people in the province.",
    "Dozens of homes were destroyed by the floods.",
    "The central bank is fighting inflation with higher rates.",
    "The vote was a close call for the ruling party.",
    "The minister offered few details about the budget.",
    "The bank froze interest rates on Monday.",
    "The court released its ruling on Monday.",
    "The navy bought four new search and rescue helicopters.",
    # warnings of hazards are pessimistic comments (CAMEO 012), no threats
    "The health ministry issued a warning about the heat wave.",
    "The central bank warned of a recession next year.",
    # a denied fact, an inability and a counterfactual are no refusals
    "The government did not release the prisoners.",
    "The minister cannot release the names of the victims.",
    "The talks would not have failed without the envoy.",
    "The party won 40 of the 100 seats.",
    "The region exported two million tons of grain last year.",
    "The space agency launched a new weather satellite on Monday.",
    "An analyst said that the summit would not settle the border dispute.",
    # refusing, barring and trading need an agent and a partner
    "The new alloy would not offer much of a weight saving.",
    "The 1991 treaty, which barred the use of the port, expired last year.",
    "The company plans to import more features to its operating system.",
    # declining to comment is a statement (CAMEO 011), which PLOVER drops
    "The ministry declined to comment on the report.",
    "A spokesman refused to say whether the envoy had left.",
    "The two ministers exchanged views on trade.",
    "The government abandoned the plan.",
])
def test_non_event_senses_are_no_events(pipeline, text):
    assert _coded(pipeline, text) == []


def test_calling_someone_a_name_is_no_phone_call(pipeline):
    coded = _coded(pipeline, "The senator called the treaty a good first step.")
    assert all(t != "CONSULT" for t, _ in coded), coded


def test_police_ending_a_protest_is_no_concession(pipeline):
    coded = _coded(pipeline, "Riot police ended the protest outside parliament with tear gas.")
    assert all(t != "CONCEDE" for t, _ in coded), coded


def test_threat_reported_as_denied_is_no_threat(pipeline):
    coded = _coded(pipeline, "Iran denied that it had threatened to attack Israeli ships.")
    assert ("THREATEN", "violence") not in coded
    assert all(t != "THREATEN" for t, _ in coded), coded


def test_sanction_considered_is_not_imposed(pipeline):
    doc = pipeline.extract_text("The European Union is considering sanctions on Belarus.",
                                published=PUB).to_dict()
    sanctions = [e for e in doc["events"] if e["type"] == "SANCTION"]
    assert all(e["status"] != "occurred" for e in sanctions), sanctions


def test_historical_background_is_marked_historical(pipeline):
    text = "In 1999, NATO bombed Belgrade."
    doc = pipeline.extract_text(text, published=PUB).to_dict()
    records = [to_plover(e, doc) for e in doc["events"]]
    assaults = [r for r in records if r and r["event_type"] == "ASSAULT"]
    assert assaults and all("historical" in r["event_context"] for r in assaults)


def test_promise_of_aid_is_no_threat(pipeline):
    coded = _coded(pipeline, "Chile promised to send aid to the flood victims.")
    assert ("AGREE", None) in coded and all(t != "THREATEN" for t, _ in coded), coded


@pytest.mark.parametrize("text", [
    "A visit would help to keep calm in the Aegean.",
    "Both sides want calm in the region.",
    "The weather service issued a storm alert for the coast.",
])
def test_wishes_help_and_weather_alerts_are_no_events(pipeline, text):
    coded = _coded(pipeline, text)
    assert all(t not in {"AID", "REQUEST", "MOBILIZE"} for t, _ in coded), coded


def test_no_event_in_plain_description(pipeline):
    assert _coded(pipeline, "The weather in Oslo was mild and sunny on Monday.") == []


def test_passive_agent_is_the_actor(pipeline):
    doc = pipeline.extract_text("Two Chinese diplomats were expelled by Canada on Monday.",
                                published=PUB).to_dict()
    expel = [e for e in doc["events"] if e["type"] == "SANCTION"]
    assert expel and expel[0]["actors"][0]["country"] == "CAN"


def test_target_of_sanctions_is_the_on_phrase(pipeline):
    doc = pipeline.extract_text("The European Union imposed sanctions on Belarus on Monday.",
                                published=PUB).to_dict()
    sanction = next(e for e in doc["events"] if e["type"] == "SANCTION")
    assert [a["country"] for a in sanction["actors"]] == ["EUR"]
    assert [a["country"] for a in sanction["recipients"]] == ["BLR"]


@pytest.mark.parametrize(("type_", "status", "expected"), [
    ("CONSULT", "scheduled", ("AGREE", None, ("future",))),
    ("AID", "expected", ("AGREE", None, ("future",))),
    ("RETREAT", "scheduled", ("CONCEDE", None, ("future",))),
    ("CONSULT", "cancelled", ("REJECT", "meet", ())),
    ("ASSAULT", "hypothetical", ("THREATEN", "violence", ("hypothetical",))),
    ("SANCTION", "occurred", ("SANCTION", "discontinue", ())),
])
def test_plover_conventions(type_, status, expected):
    mode = "discontinue" if type_ == "SANCTION" else None
    assert plover_code(type_, mode, status) == expected


def test_negated_events_are_dropped():
    assert plover_code("CONSULT", None, "denied") is None


def test_old_event_is_historical():
    coded = plover_code("ASSAULT", None, "occurred", time_end="1999-03-24",
                        published="2024-05-07")
    assert coded == ("ASSAULT", None, ("historical",))


def test_take_place_is_no_abduction(pipeline):
    coded = _coded(pipeline, "The summit between Chile and Peru will take place in Lima.")
    assert all(t != "ASSAULT" for t, _ in coded), coded


def test_object_typed_verbs_have_their_checks():
    from dipwatch.stages.extract.plover_verbs import _VERB_CHECKS

    for lemma in ("step", "receive", "claim", "break", "take", "violate", "find", "stop", "allow",
                  "send", "sign", "share", "want", "protest", "strike", "expel"):
        assert lemma in _VERB_CHECKS, lemma


def test_request_target_is_inside_the_demanded_thing(pipeline):
    doc = pipeline.extract_text("The opposition demanded the resignation of the prime "
                                "minister of Ruritania.", published=PUB).to_dict()
    demand = next(e for e in doc["events"] if e["type"] == "REQUEST")
    assert demand["recipients"] and "minister" in demand["recipients"][0]["name"]


def test_light_verb_carries_the_status_of_the_noun(pipeline):
    doc = pipeline.extract_text("The European Union will impose sanctions on Belarus next "
                                "week.", published=PUB).to_dict()
    sanction = next(e for e in doc["events"] if e["type"] == "SANCTION")
    assert sanction["status"] in {"scheduled", "expected"}
    record = to_plover(sanction, doc)
    assert record["event_type"] == "SANCTION" and "future" in record["event_context"]


def test_victims_of_police_are_no_rioters(pipeline):
    coded = _coded(pipeline, "Protesters were shot by police in Lagos on Monday.")
    assert ("ASSAULT", "firearms") in coded and all(t != "PROTEST" for t, _ in coded), coded


def test_recalled_ambassador_points_to_the_host_state(pipeline):
    doc = pipeline.extract_text("Kenya withdrew its ambassador from Somalia on Monday.",
                                published=PUB).to_dict()
    event = next(e for e in doc["events"] if e["type"] == "SANCTION")
    assert [a["country"] for a in event["recipients"]] == ["SOM"]


def test_dative_recipients(pipeline):
    for text in ("Japan gave Pakistan 5 million dollars in flood relief on Tuesday.",
                 "The president granted amnesty to 500 prisoners."):
        doc = pipeline.extract_text(text, published=PUB).to_dict()
        event = next(e for e in doc["events"] if e["type"] in {"AID", "CONCEDE"})
        assert event["recipients"], text


def test_the_welcomed_guest_is_the_visitor(pipeline):
    doc = pipeline.extract_text("The Polish president extended a warm welcome to the Chilean "
                                "foreign minister.", published=PUB).to_dict()
    visits = [e for e in doc["events"] if e["type"] == "CONSULT"]
    assert visits, doc["events"]
    assert any("Chile" in a["name"] or "Chilean" in a["text"] for a in visits[0]["actors"]), \
        visits[0]
    assert all("Chile" not in r["name"] for r in visits[0]["recipients"]), visits[0]


def test_a_feeling_about_an_event_does_not_make_its_holder_the_doer(pipeline):
    doc = pipeline.extract_text("The Dutch king expressed sorrow for the deadly shootings in "
                                "the border town.", published=PUB).to_dict()
    for event in doc["events"]:
        assert all("king" not in (a.get("text") or "").lower() for a in event["actors"]) \
            or event["type"] != "ASSAULT", event


def test_who_claims_responsibility_is_the_actor(pipeline):
    doc = pipeline.extract_text("The armed group claimed responsibility for a bomb attack on "
                                "a police station.", published=PUB).to_dict()
    attacks = [e for e in doc["events"] if e["type"] == "ASSAULT"]
    assert attacks and any("armed group" in (a.get("text") or "") for a in attacks[0]["actors"])
    doc = pipeline.extract_text("No group has claimed responsibility for the bombing.",
                                published=PUB).to_dict()
    assert all(not e["actors"] for e in doc["events"]), doc["events"]


def test_raising_a_topic_is_no_light_verb(pipeline):
    doc = pipeline.extract_text("The spokesman said the president would raise cooperation on "
                                "fisheries with his Peruvian counterpart.", published=PUB)
    for event in doc.to_dict()["events"]:
        if event["type"] == "COOPERATE":
            assert all("president" not in (a.get("text") or "").lower()
                       for a in event["actors"]), event


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    ("Lawmakers asked the minister to resign.", "resign", "minister"),
    ("The opposition urged voters to boycott the election.", "boycott", "voters"),
    ("The court ordered the army to release the prisoners.", "release", "army"),
])
def test_object_control_verbs_lend_their_object(pipeline, text, trigger, actor):
    """Written for these tests: the object of "ask/urge/order X to ..." is who would act."""
    doc = pipeline.extract_text(text, published=PUB).to_dict()
    [event] = [e for e in doc["events"] if e["evidence"]["trigger"]["text"] == trigger]
    assert any(actor in a["name"] for a in event["actors"]), event["actors"]


def test_promising_someone_keeps_the_subject_as_actor(pipeline):
    """Written for these tests: "promise" is subject control despite its object."""
    text = "The rebels promised the mediators to release the hostages."
    doc = pipeline.extract_text(text, published=PUB).to_dict()
    [event] = [e for e in doc["events"] if e["evidence"]["trigger"]["text"] == "release"]
    assert [a["name"] for a in event["actors"]] == ["rebels"], event["actors"]


@pytest.mark.parametrize(("text", "trigger", "status"), [
    ("The union called off the strike.", "strike", "cancelled"),
    ("Protesters called off the march on Sunday.", "march", "cancelled"),
    ("The commission was tasked with investigating the killings.", "investigating",
     "scheduled"),
    ("Will the two leaders meet next week?", "meet", "possible"),
])
def test_event_status_of_call_offs_duties_and_questions(pipeline, text, trigger, status):
    """Written for these tests: a light verb that cancels ("called off") lends no status;
    a duty is still to be done; a yes/no question asserts nothing."""
    doc = pipeline.extract_text(text, published=PUB).to_dict()
    [event] = [e for e in doc["events"] if e["evidence"]["trigger"]["text"] == trigger]
    assert event["status"] == status


def test_calling_off_talks_is_no_request(pipeline):
    coded = _coded(pipeline, "The government called off the talks with the rebels.")
    assert all(t != "REQUEST" for t, _ in coded), coded
    assert _coded(pipeline, "Protesters called off the march.") == [("CONCEDE", None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Warplanes pummelled rebel positions near the border.", ("ASSAULT", "aerial")),
    ("The authorities imposed an internet shutdown in the north.", ("COERCE", "censor")),
    ("The government shut down social media platforms.", ("COERCE", "censor")),
    ("Hackers targeted the government's network.", ("COERCE", "cyber")),
    ("Troops from Kenya and Uganda held joint military manoeuvres.", ("COOPERATE", None)),
    ("The UN sent a relief convoy to Goma.", ("AID", None)),
    ("France and Kenya signed an aid package.", ("AID", None)),
])
def test_acts_missing_from_the_lexicon_before_round3(pipeline, text, expected):
    """Written for these tests, after categories of the synthetic headlines with no trigger."""
    assert expected in _coded(pipeline, text)


@pytest.mark.parametrize("text", [
    "The campaign targets young voters.",
    "The government shutdown ended after 35 days.",
    "The party's political manoeuvres failed.",
    "The aid agency hired new staff.",
])
def test_targets_shutdowns_and_manoeuvres_in_other_senses(pipeline, text):
    assert _coded(pipeline, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Aid agencies sent 20 tonnes of food to the flooded region of Somalia.", ("AID", None)),
    ("The Kremlin called up 150,000 reservists on Friday.", ("MOBILIZE", "troops")),
    ("Armenia deployed riot police around the parliament in Yerevan.", ("MOBILIZE", "police")),
    ("The rebel commander moved hundreds of fighters to the front near Goma.",
     ("MOBILIZE", "militia")),
    ("Hamas vowed revenge against Israel on Friday.", ("THREATEN", "violence")),
    ("Burundi withdrew from the International Criminal Court.", ("SANCTION", "withdraw")),
    ("The Estonian opposition demanded the resignation of the defence minister.",
     ("REQUEST", "change")),
    ("Syrian rockets hit an army base in the Golan Heights.", ("ASSAULT", "heavy-weapons")),
    ("North Korean hackers broke into the computer systems of a South Korean bank.",
     ("COERCE", "cyber")),
    ("Kenyan and Ugandan police launched a joint operation against cattle raiders.",
     ("COOPERATE", None)),
    ("Thousands of Greek dock workers have been on strike since Monday.", ("PROTEST", "strike")),
    ("The Iranian authorities barred female students from attending football matches.",
     ("COERCE", "restrict")),
    ("The Omani sultan received the Iranian foreign minister in Muscat on Sunday.",
     ("CONSULT", "visit")),
    ("The fugitive banker was handed over to Swiss authorities by Italian police.",
     ("COOPERATE", None)),
    ("Protesters set fire to a police station in Lahore.", ("PROTEST", "riot")),
    ("Myanmar soldiers set fire to dozens of homes in Sagaing.", ("ASSAULT", "primitive")),
    ("The Colombian rebels dropped their demand for a prisoner exchange.", ("CONCEDE", None)),
    ("Hungary withdrew its request for an exemption from the oil embargo.", ("CONCEDE", None)),
    ("The Turkish Red Crescent delivered blankets and tents to Syrian refugees in Idlib.",
     ("AID", None)),
    ("Qatar provided fuel to the Gaza Strip's power plant.", ("AID", None)),
])
def test_probe_categories_round4(pipeline, text, expected):
    """Written for these tests, after the error categories of tests/fixtures/
    plover_probes.jsonl (measures as object heads, call-ups, mobilised personnel, vowed
    revenge, leaving an organisation by name, the content of a demand)."""
    assert expected in _coded(pipeline, text)


@pytest.mark.parametrize("text", [
    "Chile beat Peru 3-0 in the semi-final on Tuesday.",
    "The incumbent mayor beat her rival in the election.",
    "The new study examines why young people leave rural Spain.",
    "The senator called up the ambassador to ask about the visa rules.",
    "Spanish troops withdrew from the NATO base in Latvia.",
    "The recession hit Spain's tourism industry hard last year.",
    "Thieves broke into the German consulate in Milan.",
    "The Peruvian army launched a military operation in the jungle.",
    "The Chilean parliament set a deadline for the pension reform.",
    "Chinese steel mills reduced their demand for Australian iron ore.",
    "The Mexican courier delivered the parcel to the embassy on Friday.",
])
def test_contests_documents_and_call_ups_in_other_senses(pipeline, text):
    assert [t for t, _m in _coded(pipeline, text) if t in {"ASSAULT", "ACCUSE", "MOBILIZE",
                                                             "SANCTION", "COERCE",
                                                             "COOPERATE", "CONCEDE",
                                                             "AID"}] == []


@pytest.mark.parametrize(("text", "type_", "actor"), [
    ("The Peruvian foreign minister said he had met the Chilean ambassador on Friday.",
     "CONSULT", "Peruvian foreign minister"),
    ("Striking miners in Bolivia said they had begun a hunger strike.", "PROTEST",
     "Striking miners"),
])
def test_pronoun_subject_of_reported_speech_is_the_speaker(pipeline, text, type_, actor):
    """Written for these tests: a described (not named) speaker is the referent of a
    number-agreeing pronoun subject of its reported clause."""
    events = pipeline.extract_text(text, published=PUB).to_dict()["events"]
    assert any(e["type"] == type_ and any(actor in (a.get("text") or "") for a in e["actors"])
               for e in events)


def test_a_spokesman_speaks_for_someone_else(pipeline):
    events = pipeline.extract_text(
        "A government spokesman said he had been released by the rebels on Friday.",
        published=PUB).to_dict()["events"]
    assert not any("spokesman" in (a.get("text") or "") for e in events
                   for a in e["actors"] + e["recipients"])


def _parties(pipeline, text: str, type_: str) -> tuple[set[str], set[str]]:
    doc = pipeline.extract_text(text, published=PUB).to_dict()
    event = next(e for e in doc["events"] if e["type"] == type_)
    return {a["name"] for a in event["actors"]}, {r["name"] for r in event["recipients"]}


@pytest.mark.parametrize(("text", "actor"), [
    ("The Malian government accused the separatists of shelling a market in Kidal.",
     "separatists"),
    ("Seoul blamed Pyongyang for launching missiles at a disputed island.", "North Korea"),
    ("The militia was accused of killing three aid workers near the border.", "militia"),
])
def test_the_accused_does_the_gerund(pipeline, text, actor):
    actors, _ = _parties(pipeline, text, "ASSAULT")
    assert any(actor in a for a in actors), actors


def test_after_a_gerund_the_subject_acts(pipeline):
    actors, _ = _parties(pipeline, "After meeting the Chilean envoy on Monday, the Bolivian "
                                   "foreign minister flew to Lima.", "CONSULT")
    assert any("Bolivia" in a or "foreign minister" in a for a in actors), actors


def test_a_fired_weapon_is_no_target(pipeline):
    actors, recipients = _parties(pipeline, "Militants fired rockets into southern Lebanon "
                                            "on Sunday.", "ASSAULT")
    assert recipients == {"Lebanon"}, recipients
    _, recipients = _parties(pipeline, "The navy fired two missiles at a cargo ship.",
                             "ASSAULT")
    assert not any("missile" in r for r in recipients), recipients


def test_an_act_demanded_is_no_party(pipeline):
    _, recipients = _parties(pipeline, "The Greek foreign minister demanded an apology from "
                                       "Albania on Tuesday.", "REQUEST")
    assert recipients == {"Albania"}, recipients
    _, recipients = _parties(pipeline, "Striking dock workers demanded compensation.",
                             "REQUEST")
    assert not recipients, recipients
