"""A person's name inside an organisation the model tagged: "AG Barr", "DNI Grenell" (an office's
initials before a surname) and "National Intelligence Richard Grenell" (the end of "Director of
National Intelligence" run into a full name), typed ORG.

An entity repairs step, run before the surname relabels. A title before a name the article names
(the same full name, the surname of a full name typed PERSON, or a word it types PERSON alone) is
that person's title. A common
given name and a surname at the end of a longer organisation (or any full name the article types
PERSON elsewhere: "Homeland Security Kirstjen Nielsen") are a person when the article names
them (or writes the surname alone, whatever its label, and it is no known place): the office words
before stay an organisation of their own. A known body's name ("Washington Post") or words glued to
the office by a hyphen ("ABC News-Washington Post", a pollster's pair) are never taken for a person.
When the words before the name are themselves a title ("First Lady", whose "Lady" is no given
name), the whole entity is the person and the words are the title.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsprism.nlp import lexicon
from newsprism.nlp.entity_cleaning import Repaired, looks_like_name, name_text
from newsprism.nlp.entity_lists import non_person_label
from newsprism.people import names, place_names, role_words

MAX_NAME_WORDS = 3
TITLE_WORDS = 4  # "secretary of state": the longest title end read before a given name


def split_office_from_person(doc: Doc, found: list[Repaired]) -> None:
    """Cut a title off, or split an office off, a person's name the model typed ORG/GPE/FAC."""
    full_names, surnames = _people_named(doc, found)
    alone = {
        names.plain(doc[item.start].text)
        for item in found
        if item.end - item.start == 1 and not place_names.is_known_place(doc[item.start].text)
    }
    lone_people = {  # "Barr" typed PERSON alone: "AG Barr" typed ORG is that person too
        names.parse_person(doc[item.start].text).last
        for item in found
        if item.label == "PERSON" and item.end - item.start == 1
    }
    if not surnames and not alone and not any(item.end - item.start >= 3 for item in found):
        return  # nothing to split: no name the article types and no entity long enough to hold one
    for item in list(found):
        if item.label not in ("ORG", "GPE", "FAC") or item.end - item.start < 2:
            continue
        first = doc[item.start]
        rest = doc[item.start + 1 : item.end]
        if first.lower_ in role_words.titles() and _a_named_person(rest, full_names, surnames | lone_people):
            item.start, item.label = item.start + 1, "PERSON"  # "AG Barr"
            item.titles = [first.text]
            continue
        tail = _name_tail(doc, item.start, item.end)
        hyphened = _hyphened_full_name(doc, item.start, item.end)  # "... Ann Rawl-Bly"
        if hyphened is not None and (
            names.plain(name_text(hyphened)) in full_names or _titled_given_name(doc, hyphened.start)
        ):
            tail = hyphened
        elif not (
            item.end - item.start >= 3
            and looks_like_name(tail)
            and (names.common_given_name(tail[0].text) or names.plain(name_text(tail)) in full_names)
            and (
                _a_named_person(tail, full_names, surnames)
                or names.plain(tail[-1].text) in alone
                or _titled_given_name(doc, tail.start)
            )
        ):
            continue
        if _body_after_hyphen(doc, tail) or non_person_label(name_text(tail)) is not None:
            continue  # "ABC News-Washington Post": two bodies joined, no office before a name
        start = tail.start
        while (
            start - 1 > item.start and _given_or_initial(doc[start - 1]) and not _title_word(doc[start - 1])
        ):
            start -= 1  # "Marie Louise X"; not "Lady" of "First Lady Jane Roe"
        office = doc[item.start : start].text
        if office.lower() in role_words.titles():  # "First Lady Jane Roe" typed ORG: one titled person
            item.start, item.label, item.titles = start, "PERSON", [office]
            continue
        if _completes_title_or_party(doc, start):  # "(Secretary of) State Ann Lee Roe": no office of its own
            item.start, item.label = start, "PERSON"
            continue
        found.append(Repaired(start, tail.end, "PERSON"))  # "... Richard Grenell"
        item.end = start
    found.sort(key=lambda f: f.start)


def _people_named(doc: Doc, found: list[Repaired]) -> tuple[set[str], set[str]]:
    """The article's full names typed PERSON and their surnames (folded), save known places."""
    full_names, surnames = set(), set()
    for item in found:
        if item.label != "PERSON" or item.end - item.start < 2:
            continue
        text = name_text(doc[item.start : item.end])
        parsed = names.parse_person(text)
        if parsed.is_single or place_names.is_known_place(parsed.last):
            continue
        full_names.add(names.plain(text))
        surnames.add(parsed.last)
    return full_names, surnames


def _a_named_person(span, full_names: set[str], surnames: set[str]) -> bool:
    """Is the span one of the article's full names, or the bare surname of one?"""
    if not 1 <= len(span) <= MAX_NAME_WORDS or not all(t.is_title and t.is_alpha for t in span):
        return False
    text = name_text(span)
    if names.plain(text) in full_names:
        return True
    return len(span) == 1 and names.parse_person(text).last in surnames


def _titled_given_name(doc: Doc, at: int) -> bool:
    """ "Baltimore Mayor Ann Reyes": a common given name right after a title word of the entity (or
    the end of a title begun before it, "Secretary of State Ann Reyes", or a party member noun)."""
    return _completes_title_or_party(doc, at) and bool(names.common_given_name(doc[at].text))


def _completes_title_or_party(doc: Doc, at: int) -> bool:
    """The words right before ``at`` are a title ("Mayor"), end one ("Secretary of State", whose
    "State" the model put in the entity) or name a party member ("Democrat Ann Reyes")."""
    if at == 0:
        return False
    before = [t.lower_ for t in doc[max(0, at - TITLE_WORDS) : at]]
    return (
        before[-1] in role_words.titles()
        or before[-1] in _party_members()
        or role_words.ends_in_title(before)
    )


def _party_members() -> frozenset[str]:
    return frozenset(lexicon.rules("person_name_repair.yaml").get("party_members", []))


def _name_tail(doc: Doc, start: int, end: int):
    """The full name that may end an entity: its last two words, or three when the third from the
    end is a common given name and the second is none ("State Ann Lundy Roe": a middle name or a
    first surname, so "Lundy Roe" alone is no full name)."""
    tail = doc[end - 2 : end]
    if end - start >= 4 and not names.common_given_name(doc[end - 2].text):
        wider = doc[end - 3 : end]
        if names.common_given_name(wider[0].text) and all(t.is_title and t.is_alpha for t in wider):
            return wider
    return tail


def _hyphened_full_name(doc: Doc, start: int, end: int):
    """A given name and a hyphened surname ending the entity ("Mayor Ann Rawl-Bly"), or None."""
    if end - start < 5 or doc[end - 2].text != "-" or doc[end - 3].whitespace_ or doc[end - 2].whitespace_:
        return None
    return doc[end - 4 : end] if doc[end - 4].is_title and doc[end - 4].whitespace_ else None


def _body_after_hyphen(doc: Doc, tail) -> bool:
    """The tail is glued by a hyphen to the words before ("ABC News-Washington Post poll", "NBC
    News-Wall Street Journal"): a body joined to a body, as pollsters are named, not a name."""
    at = tail.start
    return at > 1 and doc[at - 1].text == "-" and not doc[at - 1].whitespace_ and not doc[at - 2].whitespace_


def _title_word(token) -> bool:
    """A capitalised word of the titles list ("Lady", "Sen."): never a given name before a surname."""
    return token.is_title and token.lower_ in role_words.titles()


def _given_or_initial(token) -> bool:
    """A given name or a middle initial ("J.") before the rest of a full name."""
    text = token.text
    return (len(text) == 2 and text[0].isupper() and text[1] == ".") or bool(names.given_name_gender(text))
