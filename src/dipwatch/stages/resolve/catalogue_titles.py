"""Title phrases: "Russian Ambassador to North Korea" → role, country, sector.

A title is read as ``[country | country's | seat | organ] role-words [of <state/org>]``. The
country comes from the front (adjective, name, possessive, or the seat/organ the role belongs
to: "Kremlin spokesman"); a trailing "of <state>" supplies it when the front does not ("Foreign
Minister of Russia"), but "to <state>" never does: an ambassador *to* North Korea is not North
Korean. The sector is that of the head noun unless a modifier overrides it ("opposition
leader" → OPP, "rebel commander" → REB, "former president" → ELI).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipwatch.stages.resolve.catalogue_index import fold, norm_key

if TYPE_CHECKING:
    from dipwatch.stages.resolve.catalogue import Catalogue, RoleWord, TitleInfo

_SMALL = frozenset({"of", "to", "the", "for", "and", "in", "on", "at", "a", "an"})
_DROP_FRONT = frozenset({"the", "a", "an"})
_MAX_PHRASE = 5
# Owners in "the country's foreign minister" that name no state by themselves.
_ANAPHORIC_OWNERS = frozenset({"country", "nation", "state", "government", "its", "his", "her",
                               "their", "kingdom", "republic", "regime", "island"})
_POSTED = frozenset({"ambassador", "envoy", "consul", "diplomat", "embassy", "correspondent",
                     "attache", "delegation", "representative", "mission"})
# Words that may precede the country in a title: "former U.S. President".
_PRE_MODIFIERS = frozenset({"former", "then", "acting", "outgoing", "incoming", "late", "ex",
                            "new", "interim", "current", "deputy", "senior", "top", "veteran"})  # longest country / organ name tried at the front, in words


def phrase_sector(cat: Catalogue, words: list[str]) -> str | None:
    """Sector of folded words: a modifier's if any ("opposition leader"); else the body a
    person belongs to when one is named before the head ("union leader" → LAB, "court
    official" → JUD); else the head (last) role word's."""
    head: str | None = None
    body: str | None = None
    i = 0
    while i < len(words):
        for n in (3, 2, 1):
            role = _role_word(cat, words[i:i + n]) if i + n <= len(words) else None
            if role is not None:
                if role.kind == "modifier":
                    return role.sector
                if role.kind == "group" and body is None:
                    body = role.sector
                head = role.sector
                i += n
                break
        else:
            i += 1
    return body if body is not None and head != body and _last_is_person(cat, words) else head


def _last_is_person(cat: Catalogue, words: list[str]) -> bool:
    for n in (3, 2, 1):
        role = _role_word(cat, words[-n:]) if n <= len(words) else None
        if role is not None:
            return role.kind == "person"
    return False


def _role_word(cat: Catalogue, words: list[str]) -> RoleWord | None:
    """The role entry of a phrase, also in a regular plural ("militias", "envoys")."""
    phrase = " ".join(words)
    role = cat.roles.get(phrase)
    if role is None and phrase.endswith("s") and len(phrase) > 3:
        role = cat.roles.get(phrase[:-1]) or (
            cat.roles.get(phrase[:-3] + "y") if phrase.endswith("ies") else None)
    return role


def _display(words: list[str]) -> str | None:
    out = []
    for w in words:
        if any(c.isupper() for c in w):
            out.append(w)
        elif w.lower() in _SMALL and out:
            out.append(w.lower())
        else:
            out.append(w[:1].upper() + w[1:])
    return " ".join(out) or None


def _split_words(text: str) -> tuple[list[str], list[str]]:
    """Original words and their folded forms, without a leading article or final possessive."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    orig = [w for w in text.split() if fold(w)]
    while orig and fold(orig[0]) in _DROP_FRONT:
        orig = orig[1:]
    if orig:
        last = orig[-1]
        if last.endswith("'s") or last.endswith("'"):
            orig[-1] = last[:-2] if last.endswith("'s") else last[:-1]
    return orig, [fold(w) for w in orig]


def _front(cat: Catalogue, folded: list[str]) -> tuple[str | None, int, str | None, bool]:
    """(country, words consumed, organ sector, keep-front-in-role) read from the front."""
    for i, w in enumerate(folded[:-1]):
        if w.endswith("'s") or w.endswith("'"):
            head = norm_key(" ".join(folded[: i + 1]))
            iso3 = _country_of(cat, head)
            if iso3:
                return iso3, i + 1, None, False
            if head in _ANAPHORIC_OWNERS:  # "the country's top diplomat": owner unknown here
                return None, i + 1, None, False
            break
    for n in range(min(_MAX_PHRASE, len(folded) - 1), 0, -1):
        head = " ".join(folded[:n])
        iso3 = cat.countries.adjectives.get(head) or cat.countries.names.get(head)
        if iso3:
            return iso3, n, None, False
    for n in range(min(_MAX_PHRASE, len(folded) - 1), 0, -1):
        head = " ".join(folded[:n])
        seat = cat.orgs.seats.get(head)
        if seat is not None:
            return seat.code, 0, "GOV", True
        organ = cat.orgs.organs.get(head) or cat.orgs.generic.get(head)
        if organ is not None:
            return organ.code, 0, organ.sector, True
        igo = cat.orgs.igos.get(head)
        if igo is not None:  # "NATO Secretary General": PLOVER code as the country
            return igo.code, 0, igo.sector or "GOV", True
    return None, 0, None, False


def _country_of(cat: Catalogue, head: str) -> str | None:
    iso3 = cat.country(head)
    if iso3:
        return iso3
    seat = cat.metonym(head)
    if seat is not None:
        return seat.country
    org = cat.organisation(head)
    return org.country if org is not None else None


def _of_tail(cat: Catalogue, folded: list[str]) -> tuple[int, str | None, str | None]:
    """Position of a trailing "of <state/organisation>", its country code and sector."""
    if "of" not in folded:
        return -1, None, None
    at = len(folded) - 1 - folded[::-1].index("of")
    tail = " ".join(folded[at + 1:])
    iso3 = cat.country(tail)
    if iso3:
        return at, iso3, None
    org = cat.organisation(tail)
    if org is not None:
        return at, org.country, org.sector
    return -1, None, None


def _place_country(orig: list[str], folded: list[str]
                   ) -> tuple[str | None, list[str], list[str]]:
    """Country of a trailing "in <place>" or a leading capitalised place name."""
    from dipwatch.stages.resolve.places_index import get_gazetteer

    gaz = get_gazetteer()
    # An ambassador *in* Moscow is not Russian: posted abroad, the place says nothing.
    posted = any(w.rstrip("s") in _POSTED for w in folded)
    for prep in ("of",) if posted else ("in", "of"):
        if prep in folded[:-1]:
            at = len(folded) - 1 - folded[::-1].index(prep)
            ref = gaz.lookup(" ".join(orig[at + 1:]))
            if ref is not None and ref.country and at > 0:
                return ref.country, orig[:at], folded[:at]
    for n in (3, 2, 1):
        head = orig[:n]
        if len(orig) > n and all(w[:1].isupper() for w in head):
            ref = gaz.lookup(" ".join(head))
            if ref is not None and ref.country and ref.granularity != "city":
                return ref.country, orig[n:], folded[n:]
    return None, orig, folded


def _drop_name(cat: Catalogue, orig: list[str], folded: list[str]
               ) -> tuple[list[str], list[str]]:
    """Strip a catalogued person's name trailing the title ("Russian President Vladimir
    Putin" → "Russian President"): callers sometimes pass the whole phrase."""
    for n in (3, 2, 1):
        tail = orig[-n:]
        if len(orig) > n and all(w[:1].isupper() and fold(w) not in cat.roles for w in tail) \
                and cat.person(" ".join(tail)) is not None:
            return orig[:-n], folded[:-n]
    return orig, folded


def parse_title(cat: Catalogue, text: str) -> TitleInfo | None:
    """See :meth:`Catalogue.parse_title`."""
    from dipwatch.stages.resolve.catalogue import TitleInfo

    orig, folded = _drop_name(cat, *_split_words(text))
    if not folded:
        return None
    if len(folded) == 1 or phrase_sector(cat, folded) is None:
        iso3 = cat.country(" ".join(folded))
        if iso3:  # the whole phrase is a state: "Russian", "North Korean"
            return TitleInfo(role=None, country=iso3, sector=None)
    lead = 0
    while lead < len(folded) - 1 and folded[lead] in _PRE_MODIFIERS:
        lead += 1
    country, used, organ_sector, _keep = _front(cat, folded[lead:])
    if country is None and lead:  # no country after the modifiers: read the whole phrase
        lead = 0
        country, used, organ_sector, _keep = _front(cat, folded)
    # The modifiers stay in the role: "former U.S. President" → "Former President".
    role_orig = orig[:lead] + orig[lead + used:]
    role_folded = folded[:lead] + folded[lead + used:]
    at, tail_country, tail_sector = _of_tail(cat, role_folded)
    if at >= 0 and country is None:
        country = tail_country
        if tail_sector is None:  # "of Russia" qualifies the role; "of Gazprom" is part of it
            role_orig, role_folded = role_orig[:at], role_folded[:at]
    if country is None:
        # "opposition parties in Nepal", "Darfur rebels": a place names the country.
        country, role_orig, role_folded = _place_country(role_orig, role_folded)
    sector = phrase_sector(cat, role_folded) or tail_sector or organ_sector
    if organ_sector and sector == "GOV" and organ_sector != "GOV":
        sector = organ_sector  # "Pentagon spokesman" speaks for the military
    has_role = phrase_sector(cat, role_folded) is not None or bool(organ_sector)
    if not has_role and country is None:
        return None
    return TitleInfo(role=_display(role_orig), country=country, sector=sector)
