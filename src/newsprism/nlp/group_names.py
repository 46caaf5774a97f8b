"""Names the model types PERSON whose shape in the article shows a group or a thing (a March 2020
read): a plural the article writes as a noun phrase of its own ("the Bruins", "the Beatles": a team,
a band), a word in capitals that spells no full name of the article ("ROTC"), a substance named by a
chemical ending ("Isotonitazene"), an abstract noun of the dictionary ("Kindness"), and a phrase of
dictionary words with no name in it ("Kindness Contagion", "Valid Arizona"). Names that are given
names or listed family names are never taken."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from newsprism.nlp import lexicon
from newsprism.nlp.entity_lists import is_place_name
from newsprism.people import names
from newsprism.people.dictionary import common_words
from newsprism.people.words import HONORIFICS, POSSESSIVE_S

_ARTICLES = frozenset({"the", "a", "an"})


@lru_cache(maxsize=1)
def _substance_endings() -> tuple[str, ...]:
    return tuple(lexicon.rules("non_person_names.yaml").get("substance_endings", []))


@lru_cache(maxsize=1)
def _abstract_endings() -> tuple[str, ...]:
    return tuple(lexicon.rules("non_person_names.yaml").get("abstract_noun_endings", []))


def _person_words(doc: Doc) -> set[str]:
    """Every word of the article's PERSON names of two or more words ("Hillary Clinton")."""
    return {t.text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e}


def group_label(doc: Doc, start: int, end: int) -> str | None:
    """ "ORG" for a team, band or body ("Bruins", "ROTC"), "" for no entity (a substance, a phrase of
    common words), None when the PERSON name may be a person's."""
    furniture = _furniture_label([t.text for t in doc[start:end]])
    if furniture is not None:
        return furniture
    if end - start == 1:
        word = doc[start].text
        if not word.isalpha() or names.is_name_word(word) or names.is_name_word(word.title()):
            return None
        if _plural_group(doc, word) or _acronym(doc, start, word):
            return "ORG"
        low = word.lower()
        if len(low) > 6 and low.endswith(_substance_endings()) and low not in common_words():
            return ""
        if low in common_words() and word not in _named_people_words(doc) and _written_lower(doc, low):
            if not _titled(doc, word):  # "President Thistle" names a person, whatever "a thistle" is
                return ""  # "our Border" in an article that writes "the border": the common word
        return "" if low.endswith(_abstract_endings()) and low in common_words() else None
    return "" if _common_phrase(doc, start, end) else None


def _named_people_words(doc: Doc) -> set[str]:
    """Every word of the article's PERSON names that open with a given name ("Tom Cotton")."""
    return {
        t.text
        for e in doc.ents
        if e.label_ == "PERSON" and len(e) > 1 and names.is_given_name(e[0].text)
        for t in e
    }


def _written_lower(doc: Doc, low: str) -> bool:
    return any(t.lower_ == low and t.is_lower for t in doc)


def _titled(doc: Doc, word: str) -> bool:
    """The article puts a title before the word somewhere ("President Thistle", "Mr. Thistle"):
    the capitalised word is a person's name there."""
    return any(t.text == word and t.i and doc[t.i - 1].lower_ in HONORIFICS for t in doc)


def _furniture_label(words: list[str]) -> str | None:
    """A site's furniture typed PERSON: a widget word in capitals ("MORE", "CLOSE") is no entity; a
    news agency or outlet written in capitals, alone or after a share-bar word ("AP", "Follow AP's
    coverage"), is an ORG (``widget_words``, ``edge_junk_words``, ``media_names.txt``); never a
    name a person bears too ("Bloomberg")."""
    repairs = lexicon.rules("person_name_repair.yaml")
    if len(words) == 1 and words[0].isupper() and words[0].lower() in repairs["widget_words"]:
        return ""
    if len(words) > 1 and words[0].istitle() and words[0].lower() in repairs["edge_junk_words"]:
        words = words[1:]
    name = " ".join(w for w in words if w not in POSSESSIVE_S).lower()
    acronym = all(w.isupper() for w in words if w not in POSSESSIVE_S)
    return "ORG" if name and acronym and name in lexicon.words("media_names.txt") else None


def _plural_group(doc: Doc, word: str) -> bool:
    """A plural that heads a noun phrase with an article somewhere in the article ("The Bruins
    played"), whose singular is no surname of a person named there ("the Clintons" are people)."""
    if len(word) < 4 or not word.endswith("s") or word.isupper() or names.is_name_word(word[:-1]):
        return False
    person_words = _person_words(doc)
    if word[:-1] in person_words or word in person_words:
        return False
    return any(
        t.text == word and any(c.dep_ == "det" and c.lower_ in _ARTICLES for c in t.children) for t in doc
    )


def _acronym(doc: Doc, start: int, word: str) -> bool:
    """Three or more capitals that are not a line in capitals, no word the article writes in lower
    case letters ("TRUMP:" in a transcript where "Trump" is written too), and no initials of a full
    name of the article ("MBS" for Mohammed bin Salman)."""
    if len(word) < 3 or not word.isupper():
        return False
    around = [doc[i] for i in (start - 1, start + 1) if 0 <= i < len(doc) and doc[i].is_alpha]
    if any(t.is_upper and len(t) > 1 for t in around):
        return False
    if any(t.text.lower() == word.lower() and not t.is_upper for t in doc):
        return False
    return not any(_initials_at(doc, i, word) for i, t in enumerate(doc) if t.text[:1] == word[0])


def _initials_at(doc: Doc, i: int, word: str) -> bool:
    """The words from ``i``, a given name first, spell ``word`` ("Mohammed bin Salman": "MBS")."""
    if not names.is_given_name(doc[i].text):
        return False
    letters = [t.text[0] for t in doc[i : i + 2 * len(word)] if t.is_alpha]
    return "".join(letters[: len(word)]).upper() == word


def _common_phrase(doc: Doc, start: int, end: int) -> bool:
    """Dictionary words none of which is a common given name, the last a place ("Valid Arizona") or
        a word that is nobody's name ("Kindness Contagion"), no word of it the end of another person's
        name in the article or written alone as one (a headline word after "Trump" is cut later), unless the
    article writes that word in lower case too ("Border" tagged alone beside "the border").
        After a possessive only the words after it count ("St. Patrick's Day Parade": "Day Parade")."""
    owned = [t.i + 1 for t in doc[start:end] if t.lower_ in POSSESSIVE_S]
    first = max([start, *owned])
    words = [t.text for t in doc[first:end] if t.is_alpha]
    if len(words) < 2 or len(words) != end - first:
        return False
    last = words[-1]
    if not (is_place_name(last) or (last.lower() in common_words() and not names.is_name_word(last))):
        return False
    if not all(w.lower() in common_words() and not names.common_given_name(w) for w in words[:-1]):
        return False
    phrase = doc[start:end].text  # the same phrase written again is no other person
    others = [e for e in doc.ents if e.label_ == "PERSON" and e.text != phrase]
    surnames = {e[-1].text for e in others if len(e) > 1}  # "Trump Listen" where "Trump" is a person
    alone = {  # not a word the article writes in lower case too ("the border")
        e.text
        for e in others
        if len(e) == 1
        and not e.text.lower().endswith(_abstract_endings())
        and not _written_lower(doc, e.text.lower())
    }
    return not any(w in surnames or w in alone for w in words)
