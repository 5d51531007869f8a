"""Grammatical gender of a person's name, for pronoun resolution.

A short list of frequent given names in international news; unknown names give None, which is
compatible with either pronoun. The list is ours; it only needs to separate common cases.
"""

from __future__ import annotations

_MALE = """
abdullah abdel ahmed ahmad ali alexander alexei aleksandr alexandr andrei andrey andrew
anthony antonio antony barack benjamin bernard bill boris carlos charles christopher dan daniel
david dmitry dmitri donald edward emmanuel enrique fernando francis francisco frank
friedrich george gerhard hassan hamad ibrahim igor ivan jacob james javier jean jeremy jim joe
john jorge jose joseph juan justin karl keir kevin khalid klaus lars luis luiz marco
mark matteo michael mikhail mohammed mohammad muhammad narendra nicolas nikolai olaf oleg omar
pablo paul pedro peter philip pierre rafael recep richard robert roberto rishi ronald salman
sebastian sergey sergei scott shinzo stephen steven thomas tony viktor vladimir
volodymyr william yair yuri
""".split()

_FEMALE = """
aleksandra alexandra alice angela ann anna anne annalena antonia barbara catherine
christine claudia elena elisabeth elizabeth ella emma eva giorgia hillary ilham irina jacinda
jane julia julie kamala kaja karin katarzyna kristalina liz maria marie marine mary
melania michelle nancy natalia natalya nicola olena olga penny samantha sanna
sarah sophie svetlana tatiana theresa ursula valentina yulia 
""".split()


def name_gender(name: str) -> str | None:
    """'m', 'f' or None from the first given name of a full name."""
    words = name.lower().replace("-", " ").split()
    if len(words) < 2:
        return None
    first = words[0]
    if first in _FEMALE and first not in _MALE:
        return "f"
    if first in _MALE and first not in _FEMALE:
        return "m"
    return None
