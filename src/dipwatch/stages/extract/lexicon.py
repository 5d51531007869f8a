"""Trigger words for CONSULT events (PLOVER) with their modes, and reporting verbs.

Modes follow PLOVER: `visit` (the actor travels, the recipient hosts), `multilateral` (a
gathering of many), `phone`, `third-party` (mediated), and None for a plain meeting.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class TriggerSense:
    type: str
    mode: str | None
    reverse: bool = False  # the grammatical subject is the recipient (host, receive)
    needs: frozenset[str] = frozenset()  # required dependents: prep lemmas or "dobj"


_ANY: frozenset[str] = frozenset()

# Verb lemma -> sense.
CONSULT_VERBS: dict[str, TriggerSense] = {
    "meet": TriggerSense(type="CONSULT", mode=None),
    "confer": TriggerSense(type="CONSULT", mode=None),
    "consult": TriggerSense(type="CONSULT", mode=None),
    "negotiate": TriggerSense(type="CONSULT", mode=None),
    "discuss": TriggerSense(type="CONSULT", mode=None, needs=frozenset({"with"})),
    "talk": TriggerSense(type="CONSULT", mode=None, needs=frozenset({"with"})),
    "visit": TriggerSense(type="CONSULT", mode="visit"),
    "tour": TriggerSense(type="CONSULT", mode="visit", needs=frozenset({"dobj"})),
    "travel": TriggerSense(type="CONSULT", mode="visit", needs=frozenset({"to"})),
    "fly": TriggerSense(type="CONSULT", mode="visit", needs=frozenset({"to"})),
    "arrive": TriggerSense(type="CONSULT", mode="visit", needs=frozenset({"in", "at"})),
    "depart": TriggerSense(type="CONSULT", mode="visit", needs=frozenset({"for"})),
    "leave": TriggerSense(type="CONSULT", mode="visit", needs=frozenset({"for"})),
    "head": TriggerSense(type="CONSULT", mode="visit", needs=frozenset({"to"})),
    "accompany": TriggerSense(type="CONSULT", mode="visit"),
    "host": TriggerSense(type="CONSULT", mode="visit", reverse=True, needs=frozenset({"dobj"})),
    "receive": TriggerSense(type="CONSULT", mode="visit", reverse=True,
                            needs=frozenset({"dobj"})),
    "welcome": TriggerSense(type="CONSULT", mode="visit", reverse=True,
                            needs=frozenset({"dobj"})),
    "attend": TriggerSense(type="CONSULT", mode="multilateral"),
    "participate": TriggerSense(type="CONSULT", mode="multilateral", needs=frozenset({"in"})),
    "phone": TriggerSense(type="CONSULT", mode="phone", needs=frozenset({"dobj"})),
    "telephone": TriggerSense(type="CONSULT", mode="phone", needs=frozenset({"dobj"})),
    "call": TriggerSense(type="CONSULT", mode="phone", needs=frozenset({"dobj"})),
    "speak": TriggerSense(type="CONSULT", mode=None, needs=frozenset({"with"})),
}

# Words that make a conversation a phone (or video) call: "spoke by telephone with".
PHONE_WORDS = frozenset({"phone", "telephone", "video", "videoconference", "videolink",
                         "teleconference", "call"})

# Head nouns that denote people or collectives: such a phrase can be a participant even
# without a nationality ("Pacific island states", "the delegation").
COLLECTIVE_NOUNS = frozenset({
    "state", "country", "nation", "leader", "official", "delegation", "minister", "government",
    "representative", "partner", "ally", "counterpart", "diplomat", "envoy", "lawmaker",
    "negotiator", "mediator", "member", "president", "team", "side", "party", "group",
})

# Noun lemma -> sense. Plural-only readings ("talks") are checked on the surface form.
CONSULT_NOUNS: dict[str, TriggerSense] = {
    "meeting": TriggerSense(type="CONSULT", mode=None),
    "talks": TriggerSense(type="CONSULT", mode=None),
    "summit": TriggerSense(type="CONSULT", mode=None),
    "discussion": TriggerSense(type="CONSULT", mode=None),
    "consultation": TriggerSense(type="CONSULT", mode=None),
    "negotiation": TriggerSense(type="CONSULT", mode=None),
    "engagement": TriggerSense(type="CONSULT", mode=None, needs=frozenset({"with"})),
    "encounter": TriggerSense(type="CONSULT", mode=None),
    "meet": TriggerSense(type="CONSULT", mode=None),
    "visit": TriggerSense(type="CONSULT", mode="visit"),
    "trip": TriggerSense(type="CONSULT", mode="visit"),
    "tour": TriggerSense(type="CONSULT", mode="visit"),
    "journey": TriggerSense(type="CONSULT", mode="visit"),
    "departure": TriggerSense(type="CONSULT", mode="visit"),
    "call": TriggerSense(type="CONSULT", mode="phone", needs=frozenset({"with", "phone"})),
    "conversation": TriggerSense(type="CONSULT", mode=None, needs=frozenset({"with"})),
}

# Nouns that name a gathering; attending one is a multilateral CONSULT.
GATHERING_WORDS = frozenset({
    "forum", "summit", "conference", "congress", "assembly", "meeting", "session", "gathering",
    "dialogue", "convention", "ceremony", "talks", "games", "festival", "expo", "exhibition",
    "event", "events", "g7", "g20",
})

# Light verbs whose object noun carries the event: "held talks", "paid a visit".
LIGHT_VERBS = frozenset({"hold", "have", "pay", "make", "conduct", "begin", "start", "resume",
                         "continue", "open", "host", "plan", "schedule", "seek", "propose",
                         "arrange", "embark", "undertake", "engage", "cancel", "postpone",
                         "call", "convene", "organise", "organize", "delay", "request",
                         "end", "conclude", "wrap", "complete", "attend"})

# Reporting verbs: the subject is the source of what the complement clause asserts.
REPORTING_VERBS = frozenset({
    "say", "tell", "announce", "confirm", "deny", "state", "report", "add", "note", "claim",
    "insist", "stress", "acknowledge", "declare", "reveal", "explain", "warn", "write",
    "indicate", "suggest", "assert", "allege", "maintain", "argue", "emphasize", "emphasise",
    "underline", "disclose", "inform", "tweet", "post", "reiterate", "remark", "comment",
    "admit", "predict", "signal", "agree", "rule", "dismiss", "deny",
})

# Tokens that attach a source to a sentence: "according to X", "X's spokesman".
ACCORDING_TO = ("according", "to")

PLURAL_ONLY = {"talks": "talk"}
