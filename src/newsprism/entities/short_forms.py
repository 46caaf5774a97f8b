"""Short forms of a full name that are no plain surname, read inside one article: initials written
as an acronym ("MBS" for Mohammed bin Salman, "RBG", "AOC") and the last word of a surname that
starts with a particle ("Salman" for "bin Salman").

``entities.mentions`` tries them only when no full name of the article has the word as its
surname or given name; a word the article also writes under a regnal title ("King Salman") is
that sovereign's name, never a particle surname's tail.
"""

from __future__ import annotations

import re

from newsprism.people import names

_WORD_BREAK = re.compile(r"[\s\-]+")


def initials(written: str) -> str:
    """Every word's first letter, particles included: Mohammed bin Salman -> mbs."""
    return "".join(w[0] for w in _WORD_BREAK.split(written) if w and w[0].isalpha()).lower()


def short_form_owners(text: str, full: list, written: list[str], regnal_words: set[str]) -> list:
    """The people of the article's full names (``written[p.group]`` is how each was written) that
    ``text`` is a short form of."""
    if names.is_acronym(text) and "." not in text:
        key = text.lower()
        return [
            p
            for p in full
            if len(_WORD_BREAK.split(written[p.group])) >= 2 and initials(written[p.group]) == key
        ]
    word = names.plain(text)
    if not word or " " in word or names.parse_person(text).last in regnal_words:
        return []
    particles = names.name_rules()["particles"]
    found = []
    for person in full:
        words = names.plain(written[person.group]).split()
        if len(words) >= 3 and words[-1] == word and words[-2] in particles:
            found.append(person)
    return found
