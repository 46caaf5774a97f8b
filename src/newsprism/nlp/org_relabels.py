"""Organisations the model typed PERSON, and people inside an organisation's span.

The entity repairs' organisation side of ``person_relabels``: a short name of a body ("Kestrel" after
"Kestrel Brands"), an acronym defined in brackets, an eponym of a law or a condition, a body written
with "the", and "NBC News's Lester Holt" or "Ann Reyes of The Ledger" typed ORG split into an
organisation and a person.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from newsprism.nlp import lexicon
from newsprism.nlp.entity_cleaning import Repaired, looks_like_name, name_text
from newsprism.nlp.entity_lists import names_a_law, non_person_label
from newsprism.nlp.group_names import group_label
from newsprism.people import names, role_words
from newsprism.people.words import POSSESSIVE_S


def short_names_of_bodies(doc: Doc, found: list[Repaired]) -> None:
    """ "the Sandy Hook shooting" beside "Sandy Hook Elementary School": a "person" of two or more
    words that the article writes as the first words of a longer body's name ending in an
    organisation noun ("School", ``org_nouns.txt``; not a headline typed ORG, "Tara Reade Calls
    Out"), and never with a title, is that body's short name, unless its last word stands alone as
    a person."""
    heads: set[tuple[str, ...]] = set()
    for item in found:
        words = tuple(t.lower_ for t in doc[item.start : item.end])
        if item.label in ("ORG", "FAC") and len(words) >= 3 and words[-1] in role_words.org_nouns():
            heads.update(words[:n] for n in range(2, len(words)))
    if not heads:
        return
    alone = {
        doc[item.start].lower_ for item in found if item.label == "PERSON" and item.end - item.start == 1
    }
    people = [item for item in found if item.label == "PERSON" and item.end - item.start >= 2]
    titled = {_words(doc, item) for item in people if item.titles}
    for item in people:
        words = _words(doc, item)
        if words in heads and words not in titled and words[-1] not in alone:
            item.label = "ORG"


def _words(doc: Doc, item: Repaired) -> tuple[str, ...]:
    """The item's words in lower case, without a possessive ending."""
    return tuple(t.lower_ for t in doc[item.start : item.end] if t.lower_ not in POSSESSIVE_S)


def eponyms_of_laws(doc: Doc, found: list[Repaired]) -> None:
    """ "Hyde protections" beside "the Hyde Amendment": a lone word the article uses as the name
    of a law at least as often as alone is the law's, unless it names a person in full."""
    law_uses = Counter(names.plain(t.text) for t in doc if t.is_title and names_a_law(doc, t.i, t.i + 1))
    if not law_uses:
        return
    full_words = {
        names.plain(doc[i].text)
        for item in found
        if item.label == "PERSON" and item.end - item.start > 1
        for i in range(item.start, item.end)
    }
    singles = [item for item in found if item.label == "PERSON" and item.end - item.start == 1]
    lone = Counter(names.plain(doc[item.start].text) for item in singles)
    for item in found:
        word = names.plain(doc[item.start].text)
        if item.label == "PERSON" and item.end - item.start == 1 and word not in full_words:
            if law_uses[word] >= lone[word]:  # "the Trump Doctrine" once among fifty "Trump"s: his
                item.label = ""  # dropped below


def eponyms_of_conditions(doc: Doc, found: list[Repaired]) -> None:
    """ "had Asperger's syndrome", "autism or Asperger's": a lone word the article writes before
    "'s" and a condition noun (``condition_nouns``), and only ever in the possessive, names the
    condition, unless it is part of a person's full name in the article."""
    conditions = frozenset(lexicon.rules("non_person_names.yaml").get("condition_nouns", []))
    singles = [item for item in found if item.label == "PERSON" and item.end - item.start == 1]
    if not conditions or not singles:
        return
    full_words = full_name_words(doc, found)

    def possessive(i: int) -> bool:
        return i + 1 < len(doc) and doc[i + 1].lower_ in POSSESSIVE_S

    named = {
        doc[item.start].lower_
        for item in singles
        if possessive(item.start) and item.start + 2 < len(doc) and doc[item.start + 2].lower_ in conditions
    }
    words = {doc[item.start].lower_ for item in singles} & named
    for word in words - full_words:
        mine = [item for item in singles if doc[item.start].lower_ == word]
        if all(possessive(item.start) for item in mine):
            for item in mine:
                item.label = ""  # dropped below


def bodies_written_with_the(doc: Doc, found: list[Repaired]) -> None:
    """ "The Ku Klux Klan" typed ORG, "Ku Klux Klan" PERSON elsewhere: a name of two or more words the
    article writes after "the" as a body, its first word no common given name, is that body."""
    bodies = {
        names.plain(name_text(doc[item.start : item.end]))
        for item in found
        if item.label == "ORG" and item.with_article and item.end - item.start > 1
    }
    for item in found:
        if item.label == "PERSON" and item.end - item.start > 1 and not item.titles:
            if not names.common_given_name(doc[item.start].text):
                if names.plain(name_text(doc[item.start : item.end])) in bodies:
                    item.label = "ORG"


def acronyms_defined(doc: Doc, found: list[Repaired]) -> None:
    """ "Deferred Action for Childhood Arrivals (Daca)": a word in brackets right after capitalised
    words whose initials spell it is that body's or programme's short name, an organisation
    wherever the article writes it alone; never when the words before it are a person's name
    ("Alexandria Ocasio-Cortez (AOC)")."""
    person_tokens = {i for item in found if item.label == "PERSON" for i in range(item.start, item.end)}
    short: set[str] = set()
    for i in range(1, len(doc) - 2):
        word = doc[i + 1]
        if doc[i].text != "(" or doc[i + 2].text != ")" or not word.is_alpha or not 2 <= len(word) <= 8:
            continue
        initials, j = [], i - 1
        while j >= 0 and len(initials) < len(word) and (doc[j].is_title or doc[j].is_upper or doc[j].is_stop):
            if doc[j].is_title or doc[j].is_upper:
                if j in person_tokens:
                    break
                initials.append(doc[j].text[0].lower())
            j -= 1
        if "".join(reversed(initials)) == word.lower_ and word.text[0].isupper():
            short.add(word.lower_)
    for item in found:
        if item.label == "PERSON" and item.end - item.start == 1 and doc[item.start].lower_ in short:
            item.label = "ORG"


def full_name_words(doc: Doc, found: list[Repaired]) -> set[str]:
    """The lower-case words of the article's PERSON names of two or more words."""
    return {
        doc[i].lower_
        for item in found
        if item.label == "PERSON" and item.end - item.start > 1
        for i in range(item.start, item.end)
    }


def short_org_names(doc: Doc, found: list[Repaired]) -> None:
    """ "Kestrel" tagged PERSON after "Kestrel Brands": the organisation's short name, unless
    the word is part of a person's full name in the article."""
    multi = [item for item in found if item.end - item.start > 1]
    person_words = {
        doc[i].lower_ for item in multi if item.label == "PERSON" for i in range(item.start, item.end)
    }
    org_firsts = {
        doc[item.start].lower_ for item in multi if item.label == "ORG" and not _eponym_body(doc, item)
    }
    for item in found:
        word = doc[item.start].lower_
        if item.label == "PERSON" and item.end - item.start == 1 and word in org_firsts - person_words:
            item.label = "ORG"


EPONYM_BODY_NOUNS = lexicon.words("eponym_body_nouns.txt")


def _eponym_body(doc: Doc, item: Repaired) -> bool:
    """ "the Obama Foundation", "the Trump Organization": a body named after a person (its second
    word a noun of ``eponym_body_nouns.txt``), whose first word names the person, not the body."""
    return doc[item.start + 1].lower_ in EPONYM_BODY_NOUNS and doc[item.start].text[:1].isupper()


def split_owner_from_person(doc: Doc, found: list[Repaired]) -> None:
    """ "NBC News's Lester Holt" tagged ORG: the owner stays an organisation, the full name after
    the possessive (a given name first) is a person, unless it is a phrase of common words ("St.
    Patrick's Day Parade"); so is a full name before "of" and the body ("Ann Reyes of The Ledger")."""
    for item in list(found):
        if item.label not in ("ORG", "GPE", "FAC"):
            continue
        _split_person_of_body(doc, item, found)
        mark = next((i for i in range(item.start + 1, item.end - 2) if doc[i].tag_ == "POS"), None)
        if mark is None:
            continue
        person = doc[mark + 1 : item.end]
        if (
            looks_like_name(person)
            and names.given_name_gender(person[0].text)
            and group_label(doc, mark + 1, item.end) is None  # "St. Patrick's Day Parade"
        ):
            found.append(Repaired(mark + 1, item.end, "PERSON"))
            item.end = mark
    found.sort(key=lambda f: f.start)


def _split_person_of_body(doc: Doc, item: Repaired, found: list[Repaired]) -> None:
    """ "Ann Reyes of The Daily Ledger" typed ORG: a full name, a given name first and no title in
    it, then "of" and a capitalised body is a person of that body: the person and the body apart."""
    if item.label not in ("ORG", "GPE", "FAC"):
        return
    at = next((i for i in range(item.start + 2, item.end - 1) if doc[i].lower_ == "of"), None)
    if at is None or not doc[at + 1].is_title:
        return
    person = doc[item.start : at]
    if (
        looks_like_name(person)
        and names.common_given_name(person[0].text)
        and not any(t.lower_ in role_words.titles() for t in person)
        and not non_person_label(name_text(person))  # "Royal College of Nursing": one body
    ):
        found.append(Repaired(item.start, at, "PERSON"))
        item.start = at + 1
