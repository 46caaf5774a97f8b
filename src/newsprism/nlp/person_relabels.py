"""People the model typed as organisations or places, or missed, in an article that names them.

The entity repairs' second step: a surname of a person named in the article is a person whatever
label it got ("Psaki" tagged ORG after "Jen Psaki"), a full name typed GPE beside a person's given
name or surname is a person, an organisation's short name typed PERSON is the organisation, and
"NBC News's Lester Holt" typed ORG is an organisation and a person.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsprism.nlp.entity_cleaning import Repaired, looks_like_name, name_text
from newsprism.nlp.entity_lists import is_place_here, non_person_label
from newsprism.nlp.label_lists import in_table_label
from newsprism.people import names, place_names, role_words


def relabel_and_add_persons(doc: Doc, found: list[Repaired]) -> None:
    """A surname of a person named in this article is a person, whatever label it got."""
    for item in found:
        one_word = item.end - item.start == 1
        if item.label == "PERSON" and one_word and place_names.is_known_place(doc[item.start].text):
            item.label = "GPE"  # "Kyiv" tagged PERSON
    _short_org_names(doc, found)
    parts: dict[str, int] = {}  # folded given names and surnames -> PERSON mentions using them
    full: set[tuple[str, str]] = set()
    for item in found:
        if item.label == "PERSON":
            parsed = names.parse_person(name_text(doc[item.start : item.end]))
            for part in (parsed.first, parsed.last):
                if part:
                    parts[part] = parts.get(part, 0) + 1
            if not parsed.is_single:
                full.add((parsed.first, parsed.last))
    if not parts:
        return
    other_counts: dict[str, int] = {}
    place_counts: dict[str, int] = {}
    for item in found:
        if item.label != "PERSON":
            key = names.plain(name_text(doc[item.start : item.end]))
            other_counts[key] = other_counts.get(key, 0) + 1
            if item.label in ("GPE", "LOC"):
                place_counts[key] = place_counts.get(key, 0) + 1
    for item in found:  # "Ferguson" tagged PERSON in a story that says "in Ferguson, Missouri"
        text = names.plain(name_text(doc[item.start : item.end]))
        if item.label == "PERSON" and item.end - item.start == 1 and not any(text in pair for pair in full):
            if place_counts.get(text, 0) > parts.get(text, 0):
                item.label = "GPE"
    for item in found:
        if item.label not in ("ORG", "GPE", "FAC", "LOC", "NORP"):
            continue
        text = name_text(doc[item.start : item.end])
        if is_place_here(doc, item.start, item.end) or in_table_label(doc, item.start, item.end):
            continue  # a place, or an entry of a table of shops ("Quality Tobacco Lake: ...")
        parsed = names.parse_person(text)
        if parsed.is_single and (
            any(parsed.last in pair for pair in full)
            or parts.get(parsed.last, 0) >= other_counts.get(names.plain(text), 0)
        ):
            item.label = "PERSON"  # "Psaki" tagged ORG after "Jen Psaki"
        elif (
            not parsed.is_single
            and (
                (parsed.first, parsed.last) in full
                or (
                    item.label in ("GPE", "ORG")
                    and not item.with_article  # "the White House" after "Mark White": a body
                    and looks_like_name(doc[item.start : item.end])
                    and (parsed.first in parts or parsed.last in parts)
                    and not any(w in role_words.org_nouns() for w in text.lower().split())
                    and non_person_label(text) is None
                )
            )
        ):
            item.label = "PERSON"  # "Yang Jiechi" tagged GPE, "Yang" a person elsewhere
        elif "-" in text and all(names.fold_word(p) in parts for p in text.split("-")):
            item.label = ""  # "the Xi-Zelenskiy talks": two people, not an organisation
    found[:] = [item for item in found if item.label]
    other_names = {
        names.plain(name_text(doc[item.start : item.end])) for item in found if item.label != "PERSON"
    }
    taken = {i for item in found for i in range(item.start, item.end)}
    person_starts = {item.start for item in found if item.label == "PERSON"}
    for token in doc:
        if token.i in taken or not token.is_title or in_table_label(doc, token.i, token.i + 1):
            continue
        if token.i + 1 in person_starts and token.lower_ in role_words.titles():
            continue  # "Judge Brett Kavanaugh": a title of the name after it, not Mark Judge
        key = names.fold_word(token.text)
        of_full_name = any(key in pair for pair in full)  # then even when tagged as a verb or noun
        known = of_full_name or (token.pos_ == "PROPN" and parts.get(key))
        if known and names.plain(token.text) not in other_names:
            found.append(Repaired(token.i, token.i + 1, "PERSON"))


def _short_org_names(doc: Doc, found: list[Repaired]) -> None:
    """ "Kestrel" tagged PERSON after "Kestrel Brands": the organisation's short name, unless
    the word is part of a person's full name in the article."""
    multi = [item for item in found if item.end - item.start > 1]
    person_words = {
        doc[i].lower_ for item in multi if item.label == "PERSON" for i in range(item.start, item.end)
    }
    org_firsts = {doc[item.start].lower_ for item in multi if item.label == "ORG"}
    for item in found:
        word = doc[item.start].lower_
        if item.label == "PERSON" and item.end - item.start == 1 and word in org_firsts - person_words:
            item.label = "ORG"


def split_owner_from_person(doc: Doc, found: list[Repaired]) -> None:
    """ "NBC News's Lester Holt" tagged ORG: the owner stays an organisation, the full name after
    the possessive (a given name first) is a person."""
    for item in list(found):
        if item.label not in ("ORG", "GPE", "FAC"):
            continue
        mark = next((i for i in range(item.start + 1, item.end - 2) if doc[i].tag_ == "POS"), None)
        if mark is None:
            continue
        person = doc[mark + 1 : item.end]
        if looks_like_name(person) and names.given_name_gender(person[0].text):
            found.append(Repaired(mark + 1, item.end, "PERSON"))
            item.end = mark
    found.sort(key=lambda f: f.start)
