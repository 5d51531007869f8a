"""Word lists behind the status model (``status.py``).

Each list names a class of cue by what it does to the event it governs, so that the walk in
``status.py`` stays free of vocabulary. Lemmas are lower-case; multiword cues are keyed by their
head lemma plus particle (``"call off"``, ``"rule out"``).
"""

from __future__ import annotations

import threading
from enum import Enum

from spacy.tokens import Token


class Embed(Enum):
    """What an embedding predicate does to the event in its complement."""

    REPORT = "report"  # said that X: X as the clause states it; "did not say" weakens it
    FACTIVE = "factive"  # confirmed that X: X holds whatever happens to the embedding verb
    PLAN = "plan"  # plans to X, is scheduled to X: X is scheduled
    EXPECT = "expect"  # is expected to X, likely to X: X is expected
    WANT = "want"  # hopes to X, wants to X, seeks X: X is possible
    BELIEF = "belief"  # thinks that X, speculation about X: X is possible
    ABLE = "able"  # able to X: possible
    IMPL_POS = "impl_pos"  # managed to X: X has the polarity and time of "managed"
    IMPL_NEG = "impl_neg"  # failed to X, refused to X, denied X: X has the opposite polarity
    CANCEL = "cancel"  # called off X, postponed X: X is cancelled
    PARTICIPATE = "participate"  # attend X, engage in X: X shares the time and modality
    LIGHT = "light"  # held talks, began talks, the meeting took place: X is the verb's event
    QUESTION = "question"  # asked whether X, wondered if X: X is open
    NEGATIVE = "negative"  # the absence of X, the lack of X: X did not happen
    UNLIKELY = "unlikely"  # is unlikely to X: X is expected not to happen
    CONTENT = "content"  # reports that X, the news that X: X as true as the report itself


def _tag(kind: Embed, words: str) -> dict[str, Embed]:
    return {w.strip(): kind for w in words.split(",") if w.strip()}


# Verbs (and predicative adjectives) that take a clause, an infinitive or an event noun.
EMBEDDERS: dict[str, Embed] = {
    **_tag(
        Embed.REPORT,
        "say, tell, state, report, claim, add, announce, write, explain, insist, argue, "
        "declare, assert, maintain, tweet, stress, warn, reply, respond, testify, "
        "indicate, mention, inform, quote, describe, comment, remark",
    ),
    **_tag(
        Embed.REPORT,
        # Semi-factives: "did not confirm that X" no longer asserts X.
        "confirm, reveal, acknowledge, admit, show, prove, find, verify, note, demonstrate, "
        "disclose, record",
    ),
    **_tag(
        Embed.FACTIVE,
        "know, realize, realise, learn, notice, discover, regret, recall, glad, happy, pleased, delighted, proud, sorry, "
        "sad, surprised, shocked, disappointed, relieved, thrilled, honored, honoured, "
        "grateful, thankful, regretful",
    ),
    **_tag(
        Embed.PLAN,
        "plan, schedule, set, due, intend, arrange, prepare, agree, decide, promise, "
        "pledge, vow, aim, slate, resolve, commit, go, determine, organize, organise, "
        "book, sure, certain, bound, poise, guarantee, undertake, choose, elect, opt, "
        "mean, ",
    ),
    # Given a duty: "was tasked with investigating", "is mandated to monitor": the duty is
    # still to be done when it is given.
    **_tag(Embed.PLAN, "task, mandate, assign, entrust, task with, entrust with"),
    **_tag(
        Embed.EXPECT,
        "expect, anticipate, likely, probable, predict, forecast, project, tip, "
        "believe, think, presume, reckon, estimate, assume, ",
    ),
    **_tag(
        Embed.WANT,
        "want, hope, wish, seek, try, attempt, desire, propose, offer, consider, "
        "mull, weigh, urge, call, demand, need, threaten, eager, keen, ready, "
        "willing, request, plead, push, lobby, invite, encourage, press, bid, "
        "endeavour, endeavor, strive, struggle, aspire, suggest, recommend, advise, "
        "prefer, like, love, dream, pray, plot, scheme, contemplate, explore, negotiate, "
        "fight, battle, scramble, race, rush, think of, think about, dream of, "
        "aim for, hope for, wait for, call for, push for, press for, ask for, vote for, "
        "motion, order, require, "
        "instruct, interested, open, hesitant",
    ),
    **_tag(
        Embed.BELIEF,
        "speculate, rumor, rumour, suspect, allege, guess, doubt, fear, imagine, "
        "suppose, wonder, question, seem, appear, possible, conceivable, unclear, "
        "uncertain",
    ),
    # Fear of what may come: "afraid that the rebels will attack", "dread a new offensive".
    **_tag(Embed.BELIEF, "afraid, fearful, frightened, scared, apprehensive, dread, "
           "worried, nervous, anxious, concerned"),
    **_tag(Embed.ABLE, "able, can, capable, free, allow, permit, enable, authorize, authorise"),
    **_tag(
        Embed.IMPL_POS,
        "manage, succeed, remember, proceed, get, dare, bother, continue, "
        "keep, begin, start, resume, end, finish, complete, help, "
        "use, serve, tend, cause, lead, force, compel, oblige, make",
    ),
    **_tag(
        Embed.IMPL_NEG,
        "fail, refuse, decline, neglect, forget, avoid, refrain, reject, deny, "
        "rule out, unable, hesitate, prevent, block, bar, ban, forbid, prohibit, "
        "stop, cease, halt, abandon, oppose, resist, veto, spurn, rebuff, dismiss, "
        "exclude, preclude, boycott, skip, miss",
    ),
    **_tag(
        Embed.CANCEL,
        "cancel, postpone, call off, scrap, delay, suspend, shelve, put off, defer, "
        "scuttle, drop, axe, ax, annul, adjourn, push back, reschedule, abort, "
        "break off, cut short, pull out of, withdraw from",
    ),
    **_tag(
        Embed.LIGHT,
        "hold, have, take, make, pay, conduct, stage, give, convene, launch, "
        "carry out, include, involve, feature, "
        "be, become, occur, begin, start, continue, resume, end, finish, complete, "
        "take place, go ahead, get under way, kick off, happen, reach, sign, strike, "
        "conclude, seal, clinch, ink",
    ),
    **_tag(
        Embed.PARTICIPATE,
        "attend, join, host, chair, participate in, engage in, take part in, "
        "participate, engage, co-host, cohost, boycott",
    ),
    **_tag(Embed.UNLIKELY, "unlikely, improbable, doubtful"),
    **_tag(Embed.QUESTION, "ask, inquire, enquire, investigate, debate"),
}

# Nouns that govern an event noun or clause through "of", "for", "about", "on", "in", "that".
NOUN_EMBEDDERS: dict[str, Embed] = {
    **_tag(Embed.NEGATIVE, "absence, lack, denial, refusal, failure, rejection, exclusion"),
    **_tag(
        Embed.BELIEF,
        "speculation, rumor, rumour, possibility, chance, prospect, likelihood, "
        "probability, question, idea, suggestion, claim, allegation, "
        "suspicion, fear, risk, danger, threat, hint, sign, signal, theory, doubt, "
        "uncertainty, potential, option, scenario, odds, hypothesis, worry, concern, "
        "anxiety, warning, speculation",
    ),
    **_tag(
        Embed.WANT,
        "hope, wish, desire, call, demand, request, proposal, offer, bid, attempt, "
        "effort, push, appeal, invitation, plea, push, interest, readiness, "
        "willingness, need, push, quest, goal, target, ambition, "
        "campaign, drive",
    ),
    **_tag(
        Embed.PLAN,
        "plan, schedule, agenda, preparation, arrangement, intention, decision, "
        "agreement, commitment, promise, pledge, timetable, program, programme, "
        "itinerary, ",
    ),
    **_tag(Embed.EXPECT, "expectation, anticipation, forecast, prediction, projection"),
    **_tag(
        Embed.CONTENT,
        "report, news, statement, announcement, word, confirmation, information, account, "
        "story, assertion, testimony",
    ),
    **_tag(
        Embed.CANCEL,
        "cancellation, postponement, suspension, delay, cancelation, adjournment",
    ),
}

# Light verbs whose *subject* is the event ("the talks began", "the meeting took place"); the
# subject of "include" or "hold" is not ("the visit may not include a meeting").
SUBJECT_LIGHT = frozenset({"be", "become", "occur", "happen", "take", "go", "begin", "start",
                           "continue", "resume", "end", "finish", "complete", "conclude",
                           "proceed", "last", "open", "kick", "get"})

# Verbs whose nominal object is an event still to come: "announced job cuts".
ANNOUNCERS = frozenset({"announce", "unveil", "schedule", "slate", "arrange", "organize",
                        "organise", "book", "plan"})
# PLAN verbs that plan only through a clause ("is set to meet"), not through an object.
CLAUSE_ONLY = frozenset({"set", "go", "mean", "sure", "certain", "bound", "due", "choose",
                         "elect", "opt", "determine", "resolve", "guarantee", "commit"})
# Worry words that fear only through a clause ("worried that the army will shell the town");
# a worry about a thing is often about what has happened ("concerned about the violence").
WORRY_CLAUSE_ONLY = frozenset({"worried", "nervous", "anxious", "concerned"})
# Verbs of change in value whose infinitive states a result: "fell 3% to close at ...".
CHANGE_VERBS = frozenset(
    "fall rise gain drop increase decrease climb slide jump lose surge tumble plunge dip soar "
    "decline slip sink rally rebound grow shrink advance retreat edge fluctuate".split()
)
RESULT_VERBS = frozenset({"end", "finish", "close", "settle", "stand", "reach", "hit", "slip"})

# Prepositional phrases that place an event on a plan: "is on her agenda", "on the table".
PLAN_PLACES = frozenset({"agenda", "schedule", "table", "card", "calendar", "itinerary"})

# Modal auxiliaries by what they assert about the event of their verb.
MODALS: dict[str, str] = {
    "will": "future",
    "'ll": "future",
    "shall": "future",
    "wo": "future",  # the "wo" of "won't"
    "may": "possible",
    "might": "possible",
    "could": "possible",
    "can": "possible",
    "ca": "possible",  # the "ca" of "can't"
    "must": "expected",
    "should": "expected",
    "ought": "expected",
    "would": "would",  # hypothetical, or the future of a past report ("said he would")
    "'d": "would",
}

# Verbs that work as modals with an infinitive: "has to leave", "needs to sign".
PERIPHRASTIC_MODALS = frozenset({"have", "need", "ought", "got"})

NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "nobody", "none"})

# Adverbs that hedge or place an event.
HEDGES: dict[str, str] = {
    **dict.fromkeys(
        "possibly perhaps maybe reportedly allegedly apparently supposedly purportedly "
        "seemingly potentially conceivably rumoredly ostensibly".split(),
        "possible",
    ),
    **dict.fromkeys("probably likely presumably".split(), "expected"),
    **dict.fromkeys("soon shortly tomorrow tonight later".split(), "future"),
    **dict.fromkeys("yesterday already ago earlier previously once formerly".split(), "past"),
    **dict.fromkeys("now currently presently".split(), "present"),
}

# Adjectives on an event noun: "no planned meeting", "possible discussions".
NOUN_MODIFIERS: dict[str, str] = {
    **dict.fromkeys(
        "planned scheduled upcoming forthcoming future slated arranged next "
        "coming pending intended".split(),
        "future",
    ),
    **dict.fromkeys("expected anticipated likely probable imminent".split(), "expected"),
    **dict.fromkeys(
        "possible potential rumoured rumored alleged proposed prospective mooted "
        "hypothetical suggested putative would-be contemplated reported "
        "speculative envisaged envisioned".split(),
        "possible",
    ),
    **dict.fromkeys(
        "cancelled canceled postponed aborted scrapped delayed suspended "
        "called-off shelved".split(),
        "cancelled",
    ),
    **dict.fromkeys("last previous recent past former earlier".split(), "past"),
    **dict.fromkeys("ongoing continuing current present".split(), "present"),
}

# Subordinators that make an adverbial clause conditional, or a complement an open question.
CONDITIONALS = frozenset({"if", "unless", "provided", "providing", "lest", ""})
QUESTIONS = frozenset({"whether"})
TEMPORAL_MARKS = frozenset({"when", "whenever", "once", "until", "till", "before", "after",
                            "as soon as"})
NEGATIVE_PREPS = frozenset({"without", "instead"})

# Time words that locate an event relative to the report ("next week", "last year").
FUTURE_TIME = frozenset({"next", "tomorrow", "tonight", "coming", "upcoming", "later", "future"})
PAST_TIME = frozenset({"last", "yesterday", "ago", "earlier", "previous", "past"})
PRESENT_TIME = frozenset({"this", "today", "now", "currently"})

# Cues of generic, habitual or background statements.
HABITUAL_ADVERBS = frozenset(
    "often usually regularly always traditionally annually typically frequently "
    "routinely generally normally customarily habitually constantly consistently "
    "repeatedly increasingly sometimes occasionally seldom rarely ever".split()
)
GENERIC_DETERMINERS = frozenset(
    "various many several such numerous most all some every each any multiple "
    "countless".split()
)
GENERIC_VERBS = frozenset({"continue", "remain", "tend", "keep", "use"})
GENERIC_TIME_NOUNS = frozenset({"inception", "years", "decades", "centuries", "founding"})


# Word classes from the fine-grained tag first, so that Docs built by hand with tags only (no
# coarse POS) are read the same way as parsed ones.
def is_noun(tok: Token) -> bool:
    """A noun or proper noun."""
    return tok.tag_.startswith("NN") or tok.pos_ in {"NOUN", "PROPN"}


def is_verb(tok: Token) -> bool:
    """A verb or auxiliary (any verbal tag)."""
    return tok.tag_.startswith("VB") or tok.tag_ == "MD" or tok.pos_ in {"VERB", "AUX"}


def is_adj(tok: Token) -> bool:
    """An adjective."""
    return tok.tag_.startswith("JJ") or tok.pos_ == "ADJ"


def lemma_of(tok: Token) -> str:
    """The lower-cased lemma, with the final "e" the model's lemmatizer sometimes drops.

    The English model lemmatises "hoped", "hopes", "hoping" as "hop" (likewise "slated" ->
    "slat", "staged" -> "stag"), which hides cue verbs from :data:`EMBEDDERS`. When the
    model's lemma is no cue but the lemma plus "e" is, and the word form fits it ("hoped"
    starts with "hope", "hoping" is "hop" + "ing"; "hopped" fits neither), the cue is used.
    """
    lemma = tok.lemma_.lower()
    if lemma in EMBEDDERS:
        return lemma
    fixed = lemma + "e"
    text = tok.text.lower()
    if fixed in EMBEDDERS and (text.startswith(fixed) or text == lemma + "ing"):
        return fixed
    return lemma


# Children lists are read many times per assessment; spaCy builds new Token objects on every
# walk, so the lists built for the current Doc are kept (`reset_children` starts afresh, e.g.
# when a Doc may have changed between assessments).
_CACHE = threading.local()


def reset_children() -> None:
    """Forget the children lists built so far."""
    _CACHE.doc = None
    _CACHE.kids = {}


def kids(tok: Token) -> list[Token]:
    """The syntactic children of `tok`, built once per Doc and assessment."""
    doc = tok.doc
    if getattr(_CACHE, "doc", None) is not doc:
        _CACHE.doc = doc
        _CACHE.kids = {}
    cache: dict[int, list[Token]] = _CACHE.kids
    found = cache.get(tok.i)
    if found is None:
        found = cache[tok.i] = list(tok.children)
    return found
