"""PLOVER word senses and parties added after the error categories of the second probe set
(tests/fixtures/plover_probes2.jsonl, tuning half). Every sentence here was written for these
tests (invented events) and differs from the probe sentences."""

from __future__ import annotations

import pytest

from dipwatch.export.plover import to_plover

pytestmark = pytest.mark.model

PUB = "2024-05-07"


def _events(pipeline, text: str) -> list[dict]:
    return pipeline.extract_text(text, published=PUB).to_dict()["events"]


def _coded(pipeline, text: str) -> list[tuple[str, str | None]]:
    doc = pipeline.extract_text(text, published=PUB).to_dict()
    return [(r["event_type"], r["event_mode"]) for e in doc["events"]
            if (r := to_plover(e, doc)) is not None]


def _parties(pipeline, text: str, type_: str) -> tuple[set[str], set[str]]:
    event = next(e for e in _events(pipeline, text) if e["type"] == type_)
    return {a["name"] for a in event["actors"]}, {r["name"] for r in event["recipients"]}


@pytest.mark.parametrize(("text", "expected"), [
    # an intransitive strike by unarmed people is a labour strike; armed means attack
    ("Port workers in Antwerp struck on Monday over pension cuts.", ("PROTEST", "strike")),
    ("Hospital pharmacists struck across Portugal for a second day.", ("PROTEST", "strike")),
    ("Israeli warplanes struck overnight near the Lebanese border.", ("ASSAULT", "aerial")),
    # fired crowd-control means
    ("Police in Lima fired tear gas at students marching on Congress.",
     ("ASSAULT", "crowd-control")),
    # an embassy or consular post names a diplomat
    ("Estonia expelled a Russian consular officer on Tuesday.", ("SANCTION", "expel")),
    # banning an exchange is an economic sanction
    ("Slovakia banned imports of Ukrainian sugar on Friday.", ("SANCTION", "discontinue")),
    ("Exports of rice to Bangladesh were banned by India last week.",
     ("SANCTION", "discontinue")),
    # a commuted sentence is a concession like a pardon
    ("The Belarusian president commuted the prison sentences of two opposition activists.",
     ("CONCEDE", None)),
    # disbursed funds and written-off loans are material aid
    ("The World Bank disbursed $300 million to Malawi for drought relief.", ("AID", None)),
    ("Japan wrote off loans owed by Myanmar worth 100 billion yen.", ("AID", None)),
    # returned territory
    ("Tajikistan handed two border posts back to Kyrgyzstan on Sunday.",
     ("RETREAT", "withdraw")),
    # bombs dropped on a target
    ("Sudanese army aircraft dropped bombs on a market in Nyala.", ("ASSAULT", "aerial")),
    # denial-of-service attacks are cyber coercion
    ("Hackers paralysed Lithuanian ministry websites with denial-of-service attacks.",
     ("COERCE", "cyber")),
    # talking with each other: a coordinated subject meets the "with" need
    ("Erdogan and Zelensky spoke by telephone on Saturday.", ("CONSULT", "phone")),
])
def test_senses_from_probe_categories(pipeline, text, expected):
    assert expected in _coded(pipeline, text)


def test_an_event_after_which_another_happens_is_not_its_doer(pipeline):
    """ "imposed a curfew after the clashes": the imposer did not clash."""
    events = _events(pipeline, "The Guinean army imposed a curfew in Conakry after the "
                               "clashes.")
    assert not any(e["type"] == "ASSAULT" and e["actors"] for e in events)
    actors, _ = _parties(pipeline, "Dutch farmers held a rally in The Hague after the "
                                   "negotiations.", "PROTEST")
    assert any("farmers" in a for a in actors), actors
    assert not any(e["type"] == "CONSULT" and any("farmers" in a["name"] for a in e["actors"])
                   for e in _events(pipeline, "Dutch farmers held a rally in The Hague "
                                              "after the negotiations."))


def test_aid_given_is_given_by_its_source(pipeline):
    actors, recipients = _parties(pipeline, "Emergency aid from Norway reached 40,000 "
                                            "displaced people in Cabo Delgado.", "AID")
    assert actors == {"Norway"}, actors
    assert any("people" in r for r in recipients), recipients
    actors, _ = _parties(pipeline, "Moldova received financial support from Romania.",
                         "SUPPORT")
    assert "Romania" in actors and not any("support" in a for a in actors), actors
    # only asked for: the source gave nothing
    assert not any(e["type"] == "AID" and any("Norway" in a["name"] for a in e["actors"])
                   for e in _events(pipeline, "Lebanon sought aid from Norway after the "
                                              "floods."))


def test_a_party_named_on_an_act_is_its_doer(pipeline):
    actors, _ = _parties(pipeline, "Kenya received Turkish aid worth $3 million.", "AID")
    assert actors == {"Turkey"}, actors


def test_the_subject_of_guilty_of_does_the_gerund(pipeline):
    actors, _ = _parties(pipeline, "The Burundian police were guilty of killing two "
                                   "protesters, a rights group said.", "ASSAULT")
    assert any("police" in a for a in actors), actors


def test_their_side_in_reported_speech(pipeline):
    actors, _ = _parties(pipeline, "Taliban officials said their delegation had met "
                                   "Pakistani envoys in Doha.", "CONSULT")
    assert any("Taliban" in a for a in actors), actors


def test_an_attack_as_the_means_of_a_verb(pipeline):
    actors, recipients = _parties(pipeline, "A criminal gang disrupted Portuguese hospital "
                                            "networks with a series of ransomware attacks.",
                                  "COERCE")
    assert any("gang" in a for a in actors), actors
    assert any("networks" in r for r in recipients), recipients


def test_a_request_submitted_by_its_author(pipeline):
    actors, _ = _parties(pipeline, "A request for talks with the Serbian president was "
                                   "submitted by the Kosovo government.", "REQUEST")
    assert any("Kosovo" in a for a in actors), actors


@pytest.mark.parametrize(("text", "type_"), [
    ("Riots broke out across Dakar after the court ruling.", "PROTEST"),
    ("Heavy clashes erupted in the Libyan capital on Sunday night.", "ASSAULT"),
    ("A state of emergency was declared in three Ecuadorian provinces.", "COERCE"),
])
def test_unowned_conflict_is_recorded_without_parties(pipeline, text, type_):
    """The text asserts that it happened and says nobody did it: the record keeps the event
    with no parties rather than inventing one."""
    event = next(e for e in _events(pipeline, text) if e["type"] == type_)
    assert event["actors"] == [] and event["recipients"] == []
    assert event["status"] == "occurred"


@pytest.mark.parametrize("text", [
    "Negotiations resumed in Vienna on Monday.",
    "The export restrictions will expire at the end of June.",
])
def test_unowned_cooperation_and_states_are_no_events(pipeline, text):
    assert _events(pipeline, text) == []


@pytest.mark.parametrize(("text", "type_"), [
    ("Had the rebels signed the accord, the fighting might have stopped, an analyst said.",
     "SUPPORT"),
    ("Should Azerbaijan attack the enclave, Armenia would respond, its minister said.",
     "ASSAULT"),
    ("Were Hungary to veto the package, the EU would find other ways to help Ukraine.",
     "REJECT"),
])
def test_an_inverted_condition_is_hypothetical(pipeline, text, type_):
    """A condition put by an auxiliary before its subject, without "if"."""
    statuses = {e["status"] for e in _events(pipeline, text) if e["type"] == type_}
    assert statuses == {"hypothetical"}, statuses


def test_an_inverted_question_is_no_condition(pipeline):
    statuses = {e["status"] for e in _events(pipeline, "Tunisia and Libya signed a border "
                                                       "accord on Monday.")}
    assert statuses == {"occurred"}


@pytest.mark.parametrize(("text", "expected"), [
    ("The release of the detained fishermen was demanded by the Sri Lankan government.",
     ("REQUEST", "yield")),
    ("Niger turned down an offer of military assistance from Algeria.", ("REJECT", "assist")),
    ("Serbia rejected the plan to redraw the border around the enclave.",
     ("REJECT", "change")),
    ("The nurses' union threatened a nationwide strike over unpaid overtime.",
     ("THREATEN", "restrict")),
    ("The Polish president held a telephone conversation with his Lithuanian counterpart.",
     ("CONSULT", "phone")),
])
def test_modes_from_the_content_of_the_act(pipeline, text, expected):
    assert expected in _coded(pipeline, text)


def test_an_unowned_event_is_placed_by_its_clause(pipeline):
    events = _events(pipeline, "Violent riots broke out across Senegal on Thursday.")
    event = next(e for e in events if e["type"] == "PROTEST")
    assert event["place"] is not None and event["place"]["country"] == "SEN", event["place"]


def test_people_convicted_are_the_recipients(pipeline):
    _, recipients = _parties(pipeline, "A Cairo court jailed four activists convicted of "
                                       "organising a protest.", "SANCTION")
    assert any("activists" in r for r in recipients), recipients


@pytest.mark.parametrize(("text", "expected"), [
    ("The Peruvian president said he was not willing to meet the protest leaders.",
     ("REJECT", "meet")),
    ("The government finally met the demands of the striking nurses.", ("CONCEDE", None)),
    ("The junta would not meet the demands of the protesters.", ("REJECT", "yield")),
    ("Russia denied any role in the hacking attacks on Polish ministries.", None),
    ("The talks in Doha failed to produce an agreement between the two sides.", None),
])
def test_refusals_concessions_and_failures(pipeline, text, expected):
    coded = _coded(pipeline, text)
    if expected is None:  # denied or failed: PLOVER codes nothing
        assert not any(t in {"ASSAULT", "COERCE", "AGREE"} for t, _m in coded), coded
    else:
        assert expected in coded, coded


def test_a_demand_made_by_protesting_is_the_protest(pipeline):
    """The ontology: demands via demonstrations are PROTEST."""
    coded = _coded(pipeline, "Hundreds of farmers protested outside parliament in Warsaw, "
                             "demanding higher grain prices.")
    assert ("PROTEST", "demo") in coded and not any(t == "REQUEST" for t, _m in coded)


def test_hacking_attacks_are_cyber(pipeline):
    events = _events(pipeline, "Hacking attacks on Estonian banks disrupted payments for "
                               "two days.")
    assert any(e["type"] == "COERCE" and e["mode"] == "cyber" for e in events), events


@pytest.mark.parametrize(("text", "type_", "actor"), [
    ("The striking dockers repeated their demand for a pay rise.", "REQUEST", "dockers"),
    ("The Sudanese army stepped up its attacks on the paramilitary forces.", "ASSAULT",
     "army"),
])
def test_a_possessive_pronoun_on_a_carried_event_is_the_subject(pipeline, text, type_, actor):
    actors, _ = _parties(pipeline, text, type_)
    assert any(actor in a for a in actors), actors


def test_no_arrests_were_made(pipeline):
    statuses = {e["status"] for e in _events(pipeline, "Police made no arrests during the "
                                                       "march in Nairobi, a spokesman said.")
                if e["type"] == "COERCE"}
    assert statuses <= {"denied"}, statuses


def test_an_attack_blamed_on_someone_is_theirs(pipeline):
    actors, recipients = _parties(pipeline, "Niger blamed the ambush on jihadist fighters.",
                                  "ASSAULT")
    assert any("fighters" in a for a in actors), actors
    assert not any("fighters" in r for r in recipients), recipients


def test_the_wounded_are_no_attackers(pipeline):
    _, recipients = _parties(pipeline, "Six soldiers who were wounded in Mali are being "
                                       "treated in Dakar.", "ASSAULT")
    assert any("soldiers" in r for r in recipients), recipients
    events = _events(pipeline, "Six soldiers who were wounded in Mali are being treated in "
                               "Dakar.")
    assert not any("soldiers" in a["name"] for e in events for a in e["actors"])


def test_a_day_is_no_attacker(pipeline):
    events = _events(pipeline, "Friday's attack in Kabul killed 40 people.")
    assert not any(a["name"] == "Friday" for e in events for a in e["actors"])


def test_calling_for_is_no_phone_call(pipeline):
    coded = _coded(pipeline, "The alliance that the Polish president called for in 2015 "
                             "was never formed.")
    assert ("CONSULT", "phone") not in coded


def test_demonstrations_demanding_reforms_are_protests(pipeline):
    coded = _coded(pipeline, "Thousands joined demonstrations demanding reforms in Manama "
                             "on Friday.")
    assert any(t == "PROTEST" for t, _m in coded) and not any(t == "REQUEST" for t, _m in coded)


def test_a_date_is_no_actor(pipeline):
    events = _events(pipeline, "The settlement would have to be demolished by February 8.")
    assert not any(a["name"].startswith("February") for e in events for a in e["actors"])


def test_a_published_release_is_no_retreat(pipeline):
    assert not any(t == "RETREAT" for t, _m in _coded(
        pipeline, "Crowds gathered after the release of the video of the arrest."))
    assert ("RETREAT", "release") in _coded(
        pipeline, "The release of the two hostages was confirmed by Qatar on Monday.")



# Sentences in which a trigger word names no political act (other senses, things, forecasts,
# accidents, markets), written for these tests after the categories seen in the second probe
# set and in samples of events coded on real articles.
NO_EVENT = [
    # other senses are no events
    "The comedy bombed at the box office in its first weekend.",
    "Strong exports arrested the decline of the peso last month.",
    "The regional council sanctioned the construction of a new ferry terminal.",
    "A powerful earthquake struck western Nepal, killing at least 150 people.",
    "A magnitude 7.1 earthquake struck eastern Taiwan on Wednesday.",
    "Spain and Portugal spoke out against the fishing quotas.",
    "The novelist wrote a letter to the Chilean president.",
    # no unowned event in other senses
    "A strong rally lifted the shares of Brazilian banks on Thursday.",
    "A lightning strike killed three cattle herders in Lesotho.",
    # real text false events
    # products are launched, not freed
    "Samsung released a new version of its smartwatch software on Tuesday.",
    "The new tablet will be released in Japan next spring.",
    # falling figures decline nothing
    "Exports from Chile kept declining through the third quarter.",
    # a product's support, an opinion agreed with
    "The new router supports faster connections.",
    "The appeals judge agreed with the prosecution's argument that the contract was void.",
    # people moved out of a building by civil authorities
    "Firefighters evacuated a school in Porto after a gas leak.",
    # pests fought by health campaigns
    "Towns in Florida stepped up their efforts to fight mosquito populations.",
    # business and danger senses are no events
    # business supply contracts, quoted prices, plans carried out
    "Siemens will supply turbines to the new power station.",
    "The analyst said the price Airbus offers is too low.",
    "The board expects the managers to keep executing the expansion plans.",
    # dangers, not threats made by a party
    "Rising debt threatens the whole recovery, the central bank said.",
    # attending what is no consultation; visiting a place where nobody is met
    "The student travelled to Ghana to attend a series of dental camps.",
    "In a ceremony attended by two ministers, the carmaker opened its new plant.",
    "The singer visited a children's hospital in Manila on Sunday.",
    # products shown, not street demonstrations
    "Among the phones demonstrated were two folding models.",
    # unseen sample false events
    # written after reading a sample of events coded on articles the rules had not seen
    "The new funding will help Moldova meet its targets for renewable energy.",
    "The economist warns the costs of the programme would double by 2030.",
    "The spray is strong enough to kill any bacteria on the surface.",
    "Thousands of ducks have been killed to contain the bird flu outbreak.",
    "The Kenyan student was granted a British visa last month.",
    "If you want to defend the country, you need a strong economy.",
    "We continue to support free speech on campus, the rector said.",
    # market demand is no request
    "The airline said the new jets would meet rising demand for regional flights.",
    "Global demand for copper fell sharply in March.",
    # second unseen sample false events
    # written after reading a second sample of events on articles the rules had not seen
    "Remembering the events of that night, the officer said he was still in shock.",
    "The cholera outbreak has been blamed on poor sanitation in the camps.",
    "Voters were willing to trust the new mayor, a pollster said.",
    "Soldiers rushed to evacuate thousands of residents from the flooded valley.",
    "More than 20,000 migrants arrived in Italy last month.",
    "The small states are in no position to defend themselves against the cartels.",
    # accidents are no attacks
    # written after reading a third sample of events on articles the rules had not seen
    "At least 40 people were killed when a bus crashed near Kisumu.",
    "Twelve miners were killed in a collision underground in Zambia.",
    # fourth unseen sample false events
    # written after reading a fourth sample of events on articles the rules had not seen
    "This photograph is striking.",
    "The drought that struck Somalia in 2011 killed a quarter of a million people.",
    "Three candidates participate in a televised presidential debate tonight.",
    "The ministry deployed a team of six inspectors to the poultry farm.",
    "Prices will keep rising next year, some economists warn.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_no_political_event(pipeline, text):
    assert _coded(pipeline, text) == []


# The same verbs in their political senses (type, and mode when it matters).
POLITICAL = [
    # the same verbs in their political senses
    ("Belarus released the jailed mayor of Grodno on Friday.", ("RETREAT", "release")),
    ("Iran released the seized cargo ship and its crew.", ("RETREAT", "release")),
    ("Serbia declined the invitation to the summit in Brussels.", ("REJECT", None)),
    ("Greek troops evacuated the border post after the shelling.", ("RETREAT", "withdraw")),
    ("The Dutch government strongly supports the Ukrainian peace plan.", ("SUPPORT", None)),
    # the same verbs in their political senses 2
    ("Germany supplied air defence missiles to Ukraine last week.", ("AID", None)),
    ("The Iraqi authorities executed eleven men convicted of terrorism.",
     ("ASSAULT", "targeted")),
    ("Iran threatened to close the Strait of Hormuz.", ("THREATEN", "restrict")),
    ("Foreign ministers from 20 countries attended the conference in Geneva.",
     ("CONSULT", "multilateral")),
    # the same verbs in their political senses 3
    ("Afghan border guards came under fire and returned fire.", ("ASSAULT", "firearms")),
    ("Lithuania recalled its ambassador from Minsk on Monday.", ("SANCTION", "withdraw")),
    ("The president defended his envoy against the accusations.", ("SUPPORT", None)),
    # the same verbs in their political senses 4
    ("Bus drivers are striking in Lisbon over unpaid wages.", ("PROTEST", "strike")),
    ("A Syrian jet struck overnight near the Turkish border.", ("ASSAULT", "aerial")),
    ("Armenia deployed troops to the border with Azerbaijan.", ("MOBILIZE", "troops")),
]


@pytest.mark.parametrize(("text", "expected"), POLITICAL)
def test_political_sense(pipeline, text, expected):
    type_, mode = expected
    assert any(t == type_ and (mode is None or m == mode) for t, m in _coded(pipeline, text))


@pytest.mark.parametrize(("text", "type_", "role", "party"), [
    ("Thousands of nurses protested outside the health ministry in Accra.", "PROTEST",
     "actors", "nurses"),
    ("Police detained dozens of opposition supporters in Kampala.", "COERCE", "recipients",
     "opposition supporters"),
])
def test_counted_people_are_the_party(pipeline, text, type_, role, party):
    """ "Thousands of nurses": the nurses, not the number, protest."""
    event = next(e for e in _events(pipeline, text) if e["type"] == type_)
    assert any(party in p["name"] for p in event[role]), event[role]
