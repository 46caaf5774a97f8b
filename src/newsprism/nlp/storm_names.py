"""Storms and illnesses are no person, place or body: "Hurricane Sandy" typed PERSON, "Sandy" typed
ORG in the same article, "Hurricane Harvey" typed FAC, "Lyme Disease" typed PERSON. The given name
of a storm the article names ("Sandy" after "Hurricane Sandy", "Harvey made landfall") is the storm
wherever the article writes it alone, unless it also names a person with that word ("Derek Harvey")."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from newsprism.nlp import lexicon
from newsprism.people import names


@lru_cache(maxsize=1)
def _storm_pattern() -> re.Pattern[str]:
    words = sorted(lexicon.rules("non_person_names.yaml")["storm_words"], key=len, reverse=True)
    opener = "|".join(r"\s+".join(re.escape(w.title()) for w in word.split()) for word in words)
    return re.compile(rf"\b(?:{opener}|{opener.upper()})\s+([A-Z][a-z]+)\b")


@lru_cache(maxsize=1)
def _storm_act_pattern() -> re.Pattern[str]:
    acts = lexicon.rules("non_person_names.yaml")["storm_acts"]
    return re.compile(rf"\b([A-Z][a-z]+)\s+(?:{'|'.join(re.escape(a) for a in acts)})\b")


@lru_cache(maxsize=1)
def _illness_heads() -> frozenset[str]:
    return frozenset(lexicon.rules("non_person_names.yaml")["illness_heads"])


def storm_names(doc: Doc) -> frozenset[str]:
    """The given names of the storms the article names with a storm word ("Sandy"), or writes
    doing what only a storm does ("Harvey made landfall")."""
    found = [
        m.group(1) for pattern in (_storm_pattern(), _storm_act_pattern()) for m in pattern.finditer(doc.text)
    ]
    return frozenset(found)


def _storm_named(doc: Doc, item) -> bool:
    """The name is a storm's, or a storm's given name after its storm words: "Hurricane Sandy",
    "Tropical Storm Harvey's", "Harvey" of "Hurricane Harvey"."""
    for before in range(3):
        words = names.strip_possessive(doc[max(0, item.start - before) : item.end].text).split()
        if words and _storm_pattern().fullmatch(" ".join(words)) is not None:
            return True
    return False


def _full_name(doc: Doc, item) -> bool:
    """Two or more words, each capitalised or an initial: a person's full name, not a name the
    model ran on into other words ("Harvey 120 miles")."""
    words = [t for t in doc[item.start : item.end] if not t.is_punct]
    return len(words) > 1 and all(t.text[:1].isupper() for t in words)


def drop_storms_and_illnesses(doc: Doc, found: list) -> None:
    """Remove from ``found`` (the repaired entities) the names of storms and illnesses."""
    storms = storm_names(doc)
    if not storms and not any(doc[item.end - 1].lower_ in _illness_heads() for item in found):
        return
    people = {  # words of the people the article names in full ("Derek Harvey")
        token.text
        for item in found
        if item.label == "PERSON" and _full_name(doc, item) and not _storm_named(doc, item)
        for token in doc[item.start : item.end]
    }
    kept = []
    for item in found:
        first, rest = doc[item.start].text, doc[item.start + 1 : item.end]
        alone = first in storms and first not in people and not any(t.text[:1].isupper() for t in rest)
        ill = item.end - item.start > 1 and doc[item.end - 1].lower_ in _illness_heads()
        if not (alone or ill or _storm_named(doc, item)):
            kept.append(item)
    found[:] = kept
