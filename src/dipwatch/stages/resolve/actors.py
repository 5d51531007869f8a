"""Resolve argument tokens of the parse to Actors, with document-level coreference.

A `People` index is built once per document: every person named in it with the role, country
and sector the text gives ("Russian President Vladimir Putin", "Alexander Matsegora, Russian
Ambassador to North Korea"), completed from the catalogue (time-aware for the publication
date). `ActorResolver.resolve(token)` then maps a head token to an Actor: a named person, a
pronoun or descriptor ("her", "the North Korean diplomat", "the Russian leader") linked to an
earlier person, a state, a seat of government used for its government, or an organisation.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from dipwatch.model.records import Actor
from dipwatch.stages.extract.lexicon import COLLECTIVE_NOUNS
from dipwatch.model.records import Span as OffsetSpan
from dipwatch.stages.resolve.catalogue import get_catalogue
from dipwatch.stages.resolve.gender import name_gender

_FEMALE_PRON = {"she", "her", "hers", "herself"}
_MALE_PRON = {"he", "him", "his", "himself"}
_PLURAL_PRON = {"they", "them", "their", "theirs"}
_DESCRIPTOR_NOUNS = {
    "diplomat", "leader", "minister", "president", "premier", "counterpart", "spokesman",
    "spokeswoman", "spokesperson", "envoy", "ambassador", "official", "chancellor",
    "secretary", "king", "prime", "head", "chief", "delegation", "visitor", "guest", "host",
}
_TITLE_STOP_DEPS = {"det", "punct", "cc", "prep", "case"}


@dataclass(slots=True, eq=False)
class Person:
    name: str
    role: str | None = None
    country: str | None = None
    sector: str | None = None
    gender: str | None = None  # "f" | "m" | None
    mentions: list[tuple[int, int]] = field(default_factory=list)  # token (start, end)

    def actor(self, *, text: str, start: int, end: int) -> Actor:
        return Actor(name=self.name, role=self.role, country=self.country,
                     sector=self.sector or ("GOV" if self.role else None), kind="person",
                     text=text, span=OffsetSpan(start=start, end=end))


class People:
    """Every person named in a document, keyed by canonical name, in order of mention."""

    def __init__(self, doc: Doc, *, on: date | None) -> None:
        self.doc = doc
        self.on = on
        self.by_name: dict[str, Person] = {}
        self.mention_at: dict[int, Person] = {}  # token index -> person
        names = doc._.dw_names or {}
        for ent in doc.ents:
            if ent.label_ != "PERSON" and not self._known_surname(ent):
                continue
            canonical = names.get((ent.start_char, ent.end_char), ent.text)
            self._add(ent, canonical)
        for person in self.by_name.values():
            self._complete(person)

    def _known_surname(self, ent: Span) -> bool:
        """A lone surname the small model tags as a place or group ("Putin will meet Erdogan",
        "Macron met Scholz": GPE) that is exactly the surname of a catalogue person in office
        and names no country."""
        if ent.label_ not in {"GPE", "ORG", "NORP"} or len(ent) != 1 \
                or ent.root.pos_ != "PROPN":
            return False
        from dipwatch.stages.resolve.places import get_gazetteer  # loaded by the places stage

        catalogue = get_catalogue()
        if ent.text.isupper() or catalogue.country(ent.text) is not None \
                or catalogue.organisation(ent.text) is not None \
                or get_gazetteer().is_place(ent.text):
            return False  # "UN" is no Kim Jong Un, "Madrid" no Miguel de la Madrid
        known = catalogue.person(ent.text, on=self.on)
        return known is not None and known.name.split()[-1] == ent.text

    def _add(self, ent: Span, canonical: str) -> None:
        catalogue = get_catalogue()
        known = catalogue.person(canonical, on=self.on)
        if known is not None and len(canonical.split()) == 1:
            canonical = known.name  # "Putin" alone -> "Vladimir Putin"
        person = self.by_name.setdefault(canonical, Person(name=canonical))
        person.mentions.append((ent.start, ent.end))
        for i in range(ent.start, ent.end):
            self.mention_at[i] = person
        title = title_phrase(ent)
        if title and (person.role is None or person.country is None):
            info = catalogue.parse_title(title)
            if info is not None:
                person.role = person.role or info.role
                person.country = person.country or info.country
                person.sector = person.sector or info.sector
        if person.gender is None:
            person.gender = _honorific_gender(ent)

    def _complete(self, person: Person) -> None:
        known = get_catalogue().person(person.name, on=self.on)
        if known is not None:
            person.role = person.role or known.role
            person.country = person.country or known.country
            person.sector = person.sector or known.sector
        if person.country is None and person.mentions:
            # "Prime Minister Mahendra Chaudhry" in a sentence about Fiji only: the one
            # country the sentence names is the best evidence there is.
            first = self.doc[person.mentions[0][0]].sent
            countries = _countries_in(first, get_catalogue())
            if len(countries) == 1:
                person.country = countries.pop()
        if person.gender is None:
            person.gender = name_gender(person.name)

    def at(self, token: Token) -> Person | None:
        return self.mention_at.get(token.i)

    def before(self, index: int) -> list[Person]:
        """Persons mentioned before token `index`, most recent first."""
        seen: list[Person] = []
        for i in range(index - 1, -1, -1):
            person = self.mention_at.get(i)
            if person is not None and person not in seen:
                seen.append(person)
        return seen


def title_phrase(ent: Span) -> str | None:
    """The title the text gives a named person: pre-modifiers ("Russian President") or an
    apposition ("Alexander Matsegora, Russian Ambassador to North Korea")."""
    doc = ent.doc
    root = ent.root
    start = ent.start
    while start > ent.sent.start:
        prev = doc[start - 1]
        if (prev.dep_ in _TITLE_STOP_DEPS and prev.lower_ not in {"of", "for"}) \
                or prev.is_punct or prev.pos_ in {"VERB", "AUX"}:
            break
        if prev.ent_type_ == "PERSON" or prev.pos_ in {"ADV", "CCONJ"} or (
                prev.pos_ == "ADP" and prev.lower_ not in {"of", "for"}):
            break  # "Secretary of State", "Minister for Interior" keep their preposition
        if not _governed_by(prev, root, ent):
            break
        start -= 1
    if start < ent.start:
        return doc[start:ent.start].text
    for child in root.children:
        if child.dep_ == "appos" and child.ent_type_ != "PERSON":
            return _np_text(child, exclude=ent)
    if root.dep_ == "appos" and root.head.ent_type_ != "PERSON" and root.head.pos_ in {
            "NOUN", "PROPN"}:
        return _np_text(root.head, exclude=ent)
    return None


def _governed_by(token: Token, root: Token, ent: Span) -> bool:
    node = token
    for _ in range(6):
        if node.i in range(ent.start, ent.end) or node == root:
            return True
        if node.head == node:
            return False
        node = node.head
    return False


def _np_text(head: Token, *, exclude: Span) -> str | None:
    """The title phrase headed by `head`, without the person's own tokens."""
    tokens = [t for t in head.subtree if not exclude.start <= t.i < exclude.end
              and t.dep_ not in {"det", "punct"} and not t.is_punct]
    if not tokens:
        return None
    lo, hi = min(t.i for t in tokens), max(t.i for t in tokens)
    if exclude.start <= hi and lo < exclude.end:  # the name sits inside: keep the near side
        hi = exclude.start - 1 if lo < exclude.start else hi
        lo = exclude.end if lo >= exclude.start else lo
    text = head.doc[lo:hi + 1].text.strip(" ,")
    return text or None


def _honorific_gender(ent: Span) -> str | None:
    if ent.start == 0:
        return None
    prev = ent.doc[ent.start - 1].lower_.rstrip(".")
    return {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "madam": "f", "sir": "m"}.get(prev)


class ActorResolver:
    """Maps head tokens of arguments to Actors for one document."""

    def __init__(self, doc: Doc, *, on: date | None) -> None:
        self.doc = doc
        self.on = on
        self.people = People(doc, on=on)
        self.catalogue = get_catalogue()
        # doc.ents builds new Span objects on every access: index them once.
        self.ents = list(doc.ents)
        self._ent_at = {i: ent for ent in self.ents for i in range(ent.start, ent.end)}
        self._pronoun_cache: dict[int, Person | None] = {}
        self._learn_pronoun_genders()

    def resolve(self, token: Token) -> list[Actor]:
        """Actors for the noun phrase headed by `token`, its conjuncts included."""
        pair = self._the_two(token)
        if pair:
            return pair
        actors: list[Actor] = []
        for head in [token, *_conjuncts(token)]:
            actor = self._resolve_one(head)
            if actor is not None and all(a.name != actor.name for a in actors):
                actors.append(actor)
        return actors

    def _resolve_one(self, token: Token) -> Actor | None:
        person = self.people.at(token)
        if person is not None:
            span = self._mention_span(token)
            return person.actor(text=span.text, start=span.start_char, end=span.end_char)
        lower = token.lower_
        if lower in {"it", "its"}:
            return self._it(token)
        if token.pos_ == "PRON" or lower in _FEMALE_PRON | _MALE_PRON:
            return self._pronoun(token)
        for child in token.children:
            if child.dep_ == "appos":
                found = self._resolve_one(child)
                if found is not None:
                    return found
        if token.ent_type_ in {"GPE", "NORP", "LOC", "ORG", "FAC"} or token.pos_ == "PROPN":
            named = self._named(token)
            if named is not None:
                return named
        if (lower in _DESCRIPTOR_NOUNS or token.lemma_ in _DESCRIPTOR_NOUNS) \
                and _is_definite(token):
            found = self._descriptor(token)
            if found is not None:
                return found
        return self._group(token) or self._title_only(token)

    def _title_only(self, token: Token) -> Actor | None:
        """An office named without a person: "Taiwan's Vice Foreign Minister"."""
        np = self.doc[token.left_edge.i:token.i + 1]
        words = [t for t in np if t.dep_ != "det"]
        if not words or token.pos_ not in {"NOUN", "PROPN"}:
            return None
        text = self.doc[words[0].i:token.i + 1].text
        info = self.catalogue.parse_title(text)
        if info is None or info.role is None or (info.country is None and info.sector is None):
            return None
        return Actor(name=text, role=info.role, country=info.country, sector=info.sector,
                     kind="person", text=np.text,
                     span=OffsetSpan(start=np.start_char, end=np.end_char))

    def _the_two(self, token: Token) -> list[Actor]:
        """ "the two leaders/ministers/men" -> the two persons mentioned last."""
        if token.tag_ not in {"NNS", "NNPS"} or not any(
                c.lower_ in {"two", "both"} for c in token.children):
            return []
        recent = [p for p in self.people.before(token.i)
                  if _role_fits(p.role, token.lemma_)][:2]
        if len(recent) < 2:
            return []
        np = self.doc[token.left_edge.i:token.i + 1]
        return [p.actor(text=np.text, start=np.start_char, end=np.end_char) for p in recent]

    def destination(self, token: Token) -> Actor | None:
        """The state a visit goes to: "departed for Russia", "a visit to Moscow"."""
        span = self._mention_span(token)
        iso = self.catalogue.country(span.text)
        if iso is None and span.label_ not in {"GPE", "LOC", "FAC"}:
            return None
        if iso is None:
            from dipwatch.stages.resolve.places import get_gazetteer

            place = get_gazetteer().lookup(span.text)
            iso = place.country if place is not None else None
        if iso is None:
            seat = self.catalogue.metonym(span.text)  # a capital: the visit goes to its state
            iso = seat.country if seat is not None else None
        if iso is None:
            return None
        return replace(self.catalogue.state(iso), text=span.text,
                       span=OffsetSpan(start=span.start_char, end=span.end_char))

    def _mention_span(self, token: Token) -> Span:
        return self._ent_at.get(token.i) or self.doc[token.i:token.i + 1]

    def _named(self, token: Token) -> Actor | None:
        span = self._mention_span(token)
        text = span.text
        start, end = span.start_char, span.end_char
        if span.label_ == "ORG" or span.label_ == "FAC" or token.pos_ == "PROPN":
            org = self.catalogue.organisation(text) or self.catalogue.metonym(text)
            if org is not None:
                return replace(org, text=text, span=OffsetSpan(start=start, end=end))
        if span.label_ in {"GPE", "LOC"}:
            metonym = self.catalogue.metonym(text)
            iso = self.catalogue.country(text)
            if iso is None and metonym is not None:
                return replace(metonym, text=text, span=OffsetSpan(start=start, end=end))
        iso = self.catalogue.country(text)
        if iso is not None:
            return replace(self.catalogue.state(iso), text=text,
                           span=OffsetSpan(start=start, end=end))
        group = self.catalogue.group(text)
        if group is not None and group.country is not None:
            return replace(group, text=text, span=OffsetSpan(start=start, end=end))
        if span.label_ == "ORG":
            country = _country_in(span, self.catalogue)
            return Actor(name=text.removeprefix("the ").removeprefix("The "),
                         country=country, sector=self.catalogue.sector(text),
                         kind="organisation", text=text, span=OffsetSpan(start=start, end=end))
        return None

    def _people_group(self, token: Token, np: Span) -> Actor | None:
        """An ethnic or religious group as an actor ("Yoruba leaders", "ethnic Albanians in
        south Serbia"): the phrase with a following "in <place>" qualifier."""
        end = token.i + 1
        for child in token.rights:
            if child.dep_ == "prep" and child.lower_ == "in":
                end = child.right_edge.i + 1
        phrase = self.doc[np.start:end]
        found = self.catalogue.group(phrase.text)
        if found is None or found.country is None:
            return None
        return replace(found, text=np.text,
                       span=OffsetSpan(start=np.start_char, end=np.end_char))

    def _it(self, token: Token) -> Actor | None:
        """ "it"/"its": the nearest organisation or state named in this or the previous
        sentence ("Beijing announced that it had called off ...")."""
        first = token.sent.start
        if first > 0:
            first = self.doc[first - 1].sent.start
        for ent in reversed([e for e in self.ents if first <= e.start < token.i]):
            # Only a subject or possessor is a likely antecedent: in "a conference in Minsk
            # ... attended it", "it" is the conference, not Minsk.
            if ent.label_ in {"ORG", "GPE"} and ent.root.dep_ in {"nsubj", "nsubjpass", "poss"}:
                found = self._named(ent.root)
                if found is not None and found.kind != "person":
                    return replace(found, text=token.text,
                                   span=OffsetSpan(start=token.idx,
                                                   end=token.idx + len(token)))
        return None

    def _group(self, token: Token) -> Actor | None:
        """A plural or collective noun with a nationality ("Russian officials"), or a
        collective participant without one ("Pacific island states")."""
        np = self.doc[token.left_edge.i:token.i + 1]
        for ent in np.ents:
            # "UN peacekeepers", "NATO troops", "EU officials": members of an organisation
            org = self.catalogue.organisation(ent.text) if ent.label_ == "ORG" else None
            if org is not None and ent.end <= token.i:
                return replace(org, text=np.text,
                               span=OffsetSpan(start=np.start_char, end=np.end_char))
        group = self._people_group(token, np)
        if group is not None:
            return group
        country = _country_in(np, self.catalogue)
        if country is None and token.lemma_ in COLLECTIVE_NOUNS and token.tag_ in {
                "NNS", "NNPS"} and not _is_definite(token):
            return Actor(name=np.text, kind="group", text=np.text,
                         span=OffsetSpan(start=np.start_char, end=np.end_char))
        if country is None:
            return None
        text = np.text
        sector = self.catalogue.sector(token.lemma_) or "GOV"
        return Actor(name=text.removeprefix("the ").removeprefix("The "), country=country,
                     sector=sector, kind="group", text=text,
                     span=OffsetSpan(start=np.start_char, end=np.end_char))

    def _pronoun(self, token: Token) -> Actor | None:
        person = self.pronoun_person(token)
        if person is None:
            return None
        return person.actor(text=token.text, start=token.idx, end=token.idx + len(token))

    def pronoun_person(self, token: Token) -> Person | None:
        """The person a singular personal pronoun refers to: the most recently mentioned
        person whose gender fits and who is not the subject of the pronoun's own clause
        ("Vieira told her": not Vieira), where an earlier pronoun of the same gender counts
        as a mention of its own referent ("Vieira told her ... She welcomed")."""
        if token.i in self._pronoun_cache:
            return self._pronoun_cache[token.i]
        self._pronoun_cache[token.i] = None  # guards against cycles while resolving
        lower = token.lower_
        want = "f" if lower in _FEMALE_PRON else "m" if lower in _MALE_PRON else None
        found = None
        if want is not None:
            excluded = self._coreferent_excluded(token)
            last_named = -1
            for person in self.people.before(token.i)[:6]:
                if person.gender in (want, None) and person not in excluded:
                    found = person
                    last_named = max(s for s, _ in person.mentions if s < token.i)
                    break
            chain = _previous_pronoun(token, _FEMALE_PRON if want == "f" else _MALE_PRON)
            if chain is not None and chain.i > last_named:
                chained = self.pronoun_person(chain)
                if chained is not None and chained not in excluded:
                    found = chained
        self._pronoun_cache[token.i] = found
        return found

    def _coreferent_excluded(self, token: Token) -> set[Person]:
        """Persons a pronoun or descriptor cannot refer to: the subjects of the clause whose
        object it is (binding: "Ruto asked the chancellor" is not Ruto asking himself)."""
        if token.lower_ in {"herself", "himself"}:
            return set()
        out = set()
        for subject in _clause_subjects(token):
            person = self.people.at(subject)
            if person is None and subject.lower_ in _FEMALE_PRON | _MALE_PRON:
                person = self.pronoun_person(subject)
            if person is not None:
                out.add(person)
        return out

    def _learn_pronoun_genders(self) -> None:
        # "Choe ... her visit": a gendered pronoun right after the only candidate person in a
        # sentence tells that person's gender, which later disambiguates other pronouns.
        for sent in self.doc.sents:
            persons = {self.people.at(t) for t in sent if self.people.at(t) is not None}
            if len(persons) != 1:
                continue
            person = persons.pop()
            if person is None or person.gender is not None:
                continue
            for t in sent:
                if any(self.people.at(x) is person for x in _clause_subjects(t)):
                    continue  # "Vieira told her": her is someone else
                if t.lower_ in _FEMALE_PRON:
                    person.gender = "f"
                elif t.lower_ in _MALE_PRON:
                    person.gender = "m"

    def _descriptor(self, token: Token) -> Actor | None:
        """ "the North Korean diplomat", "her Russian counterpart", "the Russian leader"."""
        np = self.doc[token.left_edge.i:token.i + 1]
        country = _country_in(np, self.catalogue)
        excluded = self._coreferent_excluded(token)
        candidates = [p for p in self.people.before(np.start) if p not in excluded]
        if token.lemma_ == "counterpart":
            owner = next((c for c in token.children if c.dep_ == "poss"), None)
            owner_person = self.pronoun_person(owner) if owner is not None else None
            candidates = [p for p in candidates if p is not owner_person]
        for person in candidates[:8]:
            if country is not None and person.country != country:
                continue
            if not _role_fits(person.role, token.lemma_):
                continue  # "the chancellor" is not the president named last
            if token.lemma_ in {"leader", "president"} and person.role and not any(
                    w in person.role.lower() for w in ("president", "leader", "premier",
                                                       "prime", "chancellor", "king")):
                continue
            return person.actor(text=np.text, start=np.start_char, end=np.end_char)
        if country is not None and token.lemma_ in {"leader", "president"}:
            holder = self.catalogue.holder("President", country, on=self.on)
            if holder is not None:
                return replace(holder, text=np.text,
                               span=OffsetSpan(start=np.start_char, end=np.end_char))
        return None


_LEADERISH = ("president", "leader", "minister", "premier", "chancellor", "king", "prime",
              "head", "secretary", "emir", "sultan")


def _role_fits(role: str | None, noun: str) -> bool:
    """Can a person with `role` be called "the <noun>"? Unknown roles fit anything."""
    if role is None:
        return True
    role = role.lower()
    if noun == "leader":
        return any(w in role for w in _LEADERISH)
    if noun in {"president", "minister", "ambassador", "spokesman", "diplomat", "envoy",
                "chancellor", "premier"}:
        return noun in role or (noun == "diplomat" and any(
            w in role for w in ("minister", "ambassador", "envoy", "diplomat", "secretary")))
    return True


def _clause_subjects(token: Token) -> list[Token]:
    """The subjects of the clause in which `token` is an object, directly or through a
    preposition on the verb ("told her", "spoke with him", "asked the chancellor")."""
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif token.dep_ not in {"dobj", "dative", "iobj"}:
        return []
    if head.pos_ not in {"VERB", "AUX"}:
        return []
    return [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]


def _previous_pronoun(token: Token, forms: set[str]) -> Token | None:
    """The nearest earlier pronoun of the same gender in this or the previous sentence."""
    start = token.sent.start
    if start > 0:
        start = token.doc[start - 1].sent.start
    for i in range(token.i - 1, start - 1, -1):
        if token.doc[i].lower_ in forms:
            return token.doc[i]
    return None


def _is_definite(token: Token) -> bool:
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in {"the", "this", "that"})
               for c in token.children)


def _conjuncts(token: Token) -> list[Token]:
    out = []
    for child in token.children:
        if child.dep_ == "conj":
            out.append(child)
            out.extend(_conjuncts(child))
    return out


def _country_in(span: Span, catalogue: object) -> str | None:
    """The first country named inside a phrase: by its entities, then word by word (the
    tagger calls "Ugandan" an ORG now and then)."""
    for ent in span.ents:
        if ent.label_ in {"NORP", "GPE"}:
            iso = catalogue.country(ent.text)  # type: ignore[attr-defined]
            if iso is not None:
                return str(iso)
    for token in span:
        if token.is_title and token.pos_ in {"PROPN", "ADJ", "NOUN"}:
            iso = catalogue.country(token.text)  # type: ignore[attr-defined]
            if iso is not None:
                return str(iso)
    return None


def _countries_in(span: Span, catalogue: object) -> set[str]:
    found = set()
    for ent in span.ents:
        if ent.label_ in {"NORP", "GPE"}:
            iso = catalogue.country(ent.text)  # type: ignore[attr-defined]
            if iso is not None:
                found.add(str(iso))
    return found

