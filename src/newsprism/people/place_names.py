"""Places and the lookup keys of names that are no person's.

Read from ``demonyms.tsv`` and ``place_aliases.tsv``: "U.S." and "United States" are one place,
"Ukrainians" names Ukraine, and an organisation is also found by its acronym.
"""

from __future__ import annotations

from functools import lru_cache

from newsprism.nlp import lexicon
from newsprism.people.names import acronym_of, is_acronym, plain, strip_leading_article


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """``{"chinese": "China", ...}``."""
    return lexicon.pairs("demonyms.tsv")


@lru_cache(maxsize=1)
def place_aliases() -> dict[str, str]:
    """``{"us": "United States", "britain": "United Kingdom", ...}``."""
    return lexicon.pairs("place_aliases.tsv")


def demonym_place(text: str) -> str | None:
    """The place a demonym names, plural or not: ``Ukrainians`` -> ``Ukraine``."""
    key = plain(text)
    places = demonyms()
    if key in places:
        return places[key]
    if key.endswith("s") and key[:-1] in places:
        return places[key[:-1]]
    return None


def demonym_singular(text: str) -> str:
    key = plain(text)
    if key not in demonyms() and key.endswith("s") and key[:-1] in demonyms():
        return text[:-1]
    return text


def canonical_place(text: str) -> str:
    """``U.S.`` -> ``United States``; unknown places come back as written, minus a leading 'the'."""
    key = plain(text)
    if key in place_aliases():
        return place_aliases()[key]
    if key.startswith("the ") and key[4:] in place_aliases():
        return place_aliases()[key[4:]]
    return strip_leading_article(text)


def is_known_place(text: str) -> bool:
    """A country or region from the data files (so "Jordan" alone is not taken for a surname)."""
    key = plain(text)
    return key in place_aliases() or key in _place_names()


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    return frozenset(plain(p) for p in list(demonyms().values()) + list(place_aliases().values()))


def name_keys(name: str, label: str) -> list[str]:
    """Lookup keys of a non-person name: the folded name and, for organisations, its acronym."""
    if label == "ORG":
        keys = []
        if is_acronym(name):
            keys.append(f"oa:{name.replace('.', '').lower()}")
        else:
            keys.append(f"on:{plain(strip_leading_article(name))}")
            acronym = acronym_of(strip_leading_article(name))
            if len(acronym) >= 2:
                keys.append(f"oa:{acronym}")
            elif acronym_in_title_case(name):
                keys.append(f"oa:{name.lower()}")  # "Nato", "Daca": the house style of "NATO"
            short = _without_last_conjunct(strip_leading_article(name))
            if short:  # "Centers for Disease Control" and "... and Prevention" are one body
                keys += [f"on:{plain(short)}", f"oa:{acronym_of(short)}"]
        return keys
    if label in ("GPE", "LOC"):
        place = canonical_place(name)
        keys = [f"g:{plain(place)}"]
        if is_acronym(name):
            keys.append(f"ga:{name.replace('.', '').lower()}")
        elif acronym_of(place):
            keys.append(f"ga:{acronym_of(place)}")
        return keys
    if label == "NORP":
        return [f"n:{plain(demonym_singular(name))}"]
    return [f"x:{label.lower()}:{plain(strip_leading_article(name))}"]


_PREPOSITIONS = frozenset({"of", "for", "on"})


def acronym_in_title_case(name: str) -> bool:
    """One short capitalised word, as some outlets write an acronym ("Nato", "Daca", "Unesco")."""
    return 4 <= len(name) <= 6 and name.isalpha() and name[0].isupper() and name[1:].islower()


def _without_last_conjunct(name: str) -> str:
    """An institution's name less a last one-word conjunct ("Centers for Disease Control" of
    "Centers for Disease Control and Prevention"), when three or more words with a preposition
    inside are left; "" otherwise ("Department of Health and Human Services" keeps its two words)."""
    words = name.split()
    if len(words) < 5 or words[-2].lower() != "and" or not words[-1][:1].isupper():
        return ""
    head = words[:-2]
    return " ".join(head) if any(w.lower() in _PREPOSITIONS for w in head[1:-1]) else ""
