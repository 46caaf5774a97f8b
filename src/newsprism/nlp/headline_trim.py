"""Headline words run into a name in title case ("Denouncing Obama", "Comey Firing"): the entity
repairs' last step cuts them when the shorter name is written alone in the article.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsprism.nlp.entity_cleaning import Repaired, name_text
from newsprism.nlp.entity_lists import is_place_name
from newsprism.nlp.headline_words import headline_word, in_title_case_line, stems
from newsprism.people import dictionary, names
from newsprism.people.words import PRONOUN_GENDER

MAX_HEADLINE_COPIES = 2  # a headline name is written once or twice (title line, repeated teaser)


def trim_headline_words(doc: Doc, found: list[Repaired]) -> None:
    """ "Denouncing Obama", "Comey Firing", "James Comey Contradicts His Justification": a headline
    in title case runs common words into a name. When a shorter name inside it is written alone
    elsewhere in the article and the words around it are ordinary words of this article (written
    in lower case in it, or stop words), not given names, the mention is that shorter name."""
    lower = {t.lower_ for t in doc if t.is_lower and t.is_alpha}
    persons = [item for item in found if item.label == "PERSON"]
    written: dict[str, int] = {}
    for item in persons:
        key = names.plain(name_text(doc[item.start : item.end]))
        written[key] = written.get(key, 0) + 1
    for item in persons:
        size = item.end - item.start
        if size < 2 or written[names.plain(name_text(doc[item.start : item.end]))] > MAX_HEADLINE_COPIES:
            continue
        if _ends_before_next_name(doc, item, written, persons):
            continue
        for length in range(size - 1, 0, -1):
            core = next(
                (
                    (start, start + length)
                    for start in (item.start, item.end - length)
                    if written.get(names.plain(name_text(doc[start : start + length])))
                    and all(
                        _ordinary_word(doc[i], lower)
                        for i in range(item.start, item.end)
                        if not start <= i < start + length
                    )
                ),
                None,
            )
            if core:
                item.start, item.end = core
                break


def split_place_from_name(doc: Doc, found: list[Repaired]) -> None:
    """ "Photos: Obama tours Middle East Obama tours Middle East": a gallery's repeated caption runs
    a place into the name after it, typed a place ("Middle East Obama"). When the first words are
    a known place and the rest is a name the article writes alone as a person, the mention is
    that person."""
    written = {names.plain(name_text(doc[i.start : i.end])) for i in found if i.label == "PERSON"}
    for item in found:
        if item.label not in ("GPE", "LOC") or item.end - item.start < 2:
            continue
        for cut in range(item.start + 1, item.end):
            if names.plain(name_text(doc[cut : item.end])) in written and is_place_name(
                doc[item.start : cut].text
            ):
                item.start, item.label = cut, "PERSON"
                break


def _ends_before_next_name(
    doc: Doc, item: Repaired, written: dict[str, int], persons: list[Repaired]
) -> bool:
    """ "Trump Paul" (a hover card: "... Trump" then "Paul Ryan ..."): a surname written alone in
    the article, then a given name, is the end of one name and the start of another. A rare given
    name ("Megyn Kelly") whose every lone mention is the same pair cut apart elsewhere (a tweet's
    signature) is not written alone: the pair stays one name. Nor is a given name the article
    writes alone at least as often as the first word (a surname itself, "Hillary Clinton" in an
    article of "Clinton said" and one "Run, Hillary, Run!") the start of another name."""
    first = doc[item.start]
    key = names.plain(name_text(doc[item.start : item.start + 1]))
    if names.given_name_gender(first.text) or not written.get(key):
        return False
    following = doc[item.start + 1]
    if not (following.is_title and following.is_alpha and names.given_name_gender(following.text)):
        return False
    if _given_name_of_whole(doc, item, key, written, persons):
        return False
    if written.get(names.plain(following.text), 0) >= written[key]:
        return False  # "Hillary Clinton" beside "Clinton said" (x7) and "Run, Hillary": one name
    lone = [
        p.end
        for p in persons
        if p.end - p.start == 1 and p is not item and names.plain(name_text(doc[p.start : p.end])) == key
    ]
    if lone and all(end < len(doc) and doc[end].text == following.text for end in lone):
        return False
    item.end = item.start + 1
    return True


def _given_name_of_whole(
    doc: Doc, item: Repaired, key: str, written: dict[str, int], persons: list[Repaired]
) -> bool:
    """ "Ketanji Brown Jackson" beside "Brown Jackson said" and "Ketanji's intellect": when the
    words after the first are a name the article writes alone and the first word ends no other
    full name of the article (as "Trump" ends "Donald Trump" before a hover card's "Paul Ryan"),
    the first word is the given name of one name of three words, not a surname left before it."""
    if item.end - item.start < 3 or not written.get(names.plain(name_text(doc[item.start + 1 : item.end]))):
        return False
    return not any(
        p.end - p.start > 1 and p is not item and names.plain(name_text(doc[p.end - 1 : p.end])) == key
        for p in persons
    )


def _pronoun_in_running_text(token) -> bool:
    """A capitalised pronoun after a name with no capitalised word next: not a title-case headline."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        (token.pos_ == "PRON" or token.lower_ in PRONOUN_GENDER)
        and token.is_title
        and token.i > 0
        and doc[token.i - 1].is_title
        and not (following is not None and following.is_title)
    )


def _foreign_common_word(word: str) -> bool:
    """A given name only outside English use that is an English word ("Line", Danish): in an
    English headline, the word."""
    foreign = names.foreign_given_name(word)
    return bool(foreign) and foreign in dictionary.common_words()


def _ordinary_word(token, lower: set[str]) -> bool:
    """A word of the language rather than of a name: a stop word, or written in lower case in
    the article (itself or its stem: "Denouncing" after "denounced"); never a given name, unless
    one only outside English use that is a common word in a title-case line."""
    word = token.lower_
    foreign = _foreign_common_word(token.text)
    if (names.given_name_gender(token.text) and not foreign) or word in names.name_rules()["suffixes"]:
        return False
    if foreign:
        return word in lower or in_title_case_line(token)  # "Obama Must Walk Fine Line": "Line"
    if _pronoun_in_running_text(token):
        return False  # "Liu He said": a family name's given name, not a headline's "He"
    if token.is_stop or word in lower or token.is_punct or token.is_space or headline_word(token):
        return True
    return any(len(stem) >= 4 and any(w.startswith(stem) for w in lower) for stem in stems(word))
