"""Document-level consolidation of person names.

The small English model splits and mislabels names that a reader resolves from the rest of the
article: "Choe Son" + "Hui", "Choe" tagged ORG, "Lavrov and Choe" tagged as one ORG,
"Vladivostok" tagged PERSON. A full name seen once tells us how to read its parts everywhere in
the document.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

_NAME_TAGS = {"NNP", "NNPS"}
# Words that can start a capitalised phrase but are never part of a personal name.
_NOT_NAME = {"president", "minister", "spokesman", "spokeswoman", "ambassador", "leader",
             "king", "queen", "prince", "general", "secretary", "chancellor", "premier",
             "the", "mr", "mrs", "ms", "dr", "foreign", "prime", "deputy", "senator",
             "defence", "defense", "interior", "finance", "trade", "vice", "state", "envoy",
             "spokesperson", "governor", "mayor", "chief", "commander", "justice", "pope",
             "sheikh", "emir", "sultan", "colonel", "lieutenant", "admiral", "senior",
             "former", "acting", "top", "diplomat", "representative", "rep", "sen", "gov"}


def _is_name_token(token: Token) -> bool:
    return (token.tag_ in _NAME_TAGS and token.is_title and token.is_alpha
            and token.lower_ not in _NOT_NAME)


def _extend(doc: Doc, ent: Span) -> Span:
    """Grow a PERSON span over directly following name tokens ("Choe Son" + "Hui")."""
    end = ent.end
    while end < len(doc) and end - ent.start < 4 and _is_name_token(doc[end]) \
            and doc[end - 1].whitespace_ and not (doc[end].ent_type_ in {"GPE", "LOC"}
                                                  and doc[end].ent_iob_ == "B"):
        end += 1
    return doc[ent.start:end] if end != ent.end else ent


def _trim_title(doc: Doc, ent: Span) -> Span:
    """ "Chilean Foreign Minister Ana Torres" tagged as one PERSON -> "Ana Torres"."""
    from dipwatch.stages.resolve.catalogue import get_catalogue

    catalogue = get_catalogue()
    start = ent.start
    while start < ent.end - 1 and (doc[start].lower_.rstrip(".") in _NOT_NAME
                                   or catalogue.country(doc[start].text) is not None
                                   or not doc[start].is_alpha):
        start += 1
    return ent if start == ent.start else Span(doc, start, ent.end, label=ent.label_)


# Auxiliaries that open a yes/no question and that the tagger takes into a following name.
_QUESTION_AUX = {"will", "would", "can", "could", "shall", "should", "may", "might", "must",
                 "did", "does", "do", "has", "have", "had", "is", "are", "was", "were"}


def _trim_question_aux(ent: Span) -> Span:
    """ "Will Putin visit Beijing?" tagged "Will Putin" -> "Putin" (a question's auxiliary)."""
    first = ent[0]
    if len(ent) < 2 or first.lower_ not in _QUESTION_AUX or not first.is_sent_start \
            or not ent.doc.has_annotation("SENT_START"):
        return ent
    last = [t for t in first.sent if not (t.is_space or t.text in {'"', "”", "'"})]
    if not last or not last[-1].text.endswith("?"):
        return ent
    return Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)


def _titled_names(doc: Doc) -> list[Span]:
    """Untagged names after a title: "Foreign Minister Ana Torres" with no entity on it."""
    found = []
    i = 0
    while i < len(doc):
        if doc[i].tag_ not in _NAME_TAGS or doc[i].ent_type_:
            i += 1
            continue
        j = i
        # Inside a titled run the tagger's GPE/ORG guesses are often names ("Tanzanian
        # President Samia Suluhu Hassan" with "Hassan" as GPE).
        while j < len(doc) and doc[j].tag_ in _NAME_TAGS and doc[j].is_alpha and (
                not doc[j].ent_type_ or (j > i and doc[j].ent_type_ in {"GPE", "ORG"})):
            j += 1
        run = doc[i:j]
        trimmed = _trim_title(doc, run) if len(run) > 1 else run
        if trimmed.start > run.start and len(trimmed) >= 2 and all(
                _is_name_token(t) for t in trimmed):
            found.append(Span(doc, trimmed.start, trimmed.end, label="PERSON"))
        i = max(j, i + 1)
    return found


def _full_names(doc: Doc, persons: list[Span]) -> dict[tuple[str, ...], str]:
    names: dict[tuple[str, ...], str] = {}
    for span in persons:
        words = tuple(t.text for t in span if t.is_alpha)
        if len(words) >= 2:
            names.setdefault(words, " ".join(words))
    # "Van Klaveren" at a sentence start, "Manuel Albares": the end of one longer name is
    # that person (not when two longer names end alike).
    for words in names:
        tail = tuple(w.lower() for w in words)
        longer = {name for other, name in names.items() if len(other) > len(words)
                  and tuple(w.lower() for w in other[-len(words):]) == tail}
        if len(longer) == 1:
            names[words] = longer.pop()
    return names


def _short_forms(full: dict[tuple[str, ...], str]) -> dict[str, str | None]:
    """First and last word of each full name -> the name (None when two names share it)."""
    short: dict[str, str | None] = {}
    for words, name in full.items():
        for word in {words[0], words[-1]}:
            if word in short and short[word] != name:
                short[word] = None
            else:
                short[word] = name
    return short


def _place_names(doc: Doc, spans: list[Span]) -> set[int]:
    """Indices of PERSON spans that are really known places (never people)."""
    from dipwatch.stages.resolve.catalogue import get_catalogue
    from dipwatch.stages.resolve.places import get_gazetteer

    gazetteer, catalogue = get_gazetteer(), get_catalogue()
    out = set()
    for i, span in enumerate(spans):
        if len(span) <= 3 and gazetteer.is_place(span.text) \
                and catalogue.person(span.text) is None:
            out.add(i)
    return out


def consolidate(doc: Doc) -> None:
    """Rewrite `doc.ents` for person names and fill `doc._.dw_names`."""
    ents = list(doc.ents)
    persons = [_extend(doc, _trim_title(doc, _trim_question_aux(e))) for e in ents
               if e.label_ == "PERSON"]
    persons = _non_overlapping(persons + _titled_names(doc))  # "Samia Suluhu" + "Hassan"
    misplaced = _place_names(doc, persons)
    relabel = [Span(doc, p.start, p.end, label="GPE") for i, p in enumerate(persons)
               if i in misplaced]
    persons = [p for i, p in enumerate(persons) if i not in misplaced]
    full = _full_names(doc, persons)
    texts = [t.text for t in doc]  # one pass: spaCy builds a Token object per access
    forced: list[Span] = list(persons)
    forced += _find_full_names(doc, full, texts)
    short = _short_forms(full)
    for i, text in enumerate(texts):
        if short.get(text) and _is_name_token(doc[i]):
            forced.append(doc[i:i + 1])
    relabel_tokens = {i for span in relabel for i in range(span.start, span.end)}
    new_persons = [p for p in _non_overlapping(forced)
                   if not any(i in relabel_tokens for i in range(p.start, p.end))]
    taken = {i for span in new_persons + relabel for i in range(span.start, span.end)}
    kept = [e for e in ents if e.label_ != "PERSON"
            and not any(i in taken for i in range(e.start, e.end))]
    persons_out = [Span(doc, s.start, s.end, label="PERSON") for s in new_persons]
    doc.ents = sorted(kept + relabel + persons_out, key=lambda s: s.start)
    doc._.dw_names = {
        (s.start_char, s.end_char): _canonical(s, full, short) for s in persons_out
    }


def _find_full_names(doc: Doc, full: dict[tuple[str, ...], str],
                     texts: list[str]) -> list[Span]:
    found = []
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for words in full:
        by_first.setdefault(words[0], []).append(words)
    for i, text in enumerate(texts):
        for words in by_first.get(text, ()):
            end = i + len(words)
            if tuple(texts[i:end]) == words:
                found.append(doc[i:end])
    return found


def _non_overlapping(spans: list[Span]) -> list[Span]:
    """Longest spans first; drop any span overlapping one already kept."""
    kept: list[Span] = []
    used: set[int] = set()
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if any(i in used for i in range(span.start, span.end)):
            continue
        kept.append(span)
        used.update(range(span.start, span.end))
    return sorted(kept, key=lambda s: s.start)


def _canonical(span: Span, full: dict[tuple[str, ...], str],
               short: dict[str, str | None]) -> str:
    words = tuple(t.text for t in span if t.is_alpha)
    if words in full:
        return full[words]
    if len(words) == 1 and short.get(words[0]):
        return str(short[words[0]])
    return " ".join(words) or span.text
