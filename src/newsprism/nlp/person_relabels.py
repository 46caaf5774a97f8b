"""People the model typed as organisations or places, or missed, in an article that names them.

The entity repairs' second step: a surname of a person named in the article is a person whatever
label it got ("Psaki" tagged ORG after "Jen Psaki"), a full name typed GPE beside a person's given
name or surname is a person, an organisation's short name typed PERSON is the organisation, and
"NBC News's Lester Holt" typed ORG is an organisation and a person.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from spacy.tokens import Doc

from newsprism.nlp import lexicon
from newsprism.nlp.entity_cleaning import Repaired, looks_like_name, name_text
from newsprism.nlp.entity_glue import in_hyphen_chain
from newsprism.nlp.entity_lists import (
    after_vessel_prefix,
    before_a_state,
    is_place_here,
    name_cased,
    names_a_law,
    non_person_label,
)
from newsprism.nlp.given_name_orgs import full_names_typed_org, given_names_before_orgs
from newsprism.nlp.label_lists import in_table_label
from newsprism.nlp.org_relabels import (
    acronyms_defined,
    bodies_written_with_the,
    eponyms_of_conditions,
    eponyms_of_laws,
    full_name_words,
    short_names_of_bodies,
    short_org_names,
)
from newsprism.nlp.unshown_people import (
    drop_unshown_people,
    projects_named_for_places,
    split_paired_surnames,
    things_written_with_the,
)
from newsprism.people import names, place_names, role_words
from newsprism.people.words import REGION_LABELS


def relabel_and_add_persons(doc: Doc, found: list[Repaired]) -> None:
    """A surname of a person named in this article is a person, whatever label it got."""
    for item in found:
        one_word = item.end - item.start == 1
        if item.label == "PERSON" and one_word and place_names.is_known_place(doc[item.start].text):
            item.label = "GPE"  # "Kyiv" tagged PERSON
    short_org_names(doc, found)
    acronyms_defined(doc, found)
    _given_names_typed_places(doc, found)
    given_names_before_orgs(doc, found)  # "commentator Ana Navarro" with "Navarro" typed ORG
    full_names_typed_org(doc, found)  # "Charles Couch" typed ORG, then "Couch said"
    eponyms_of_laws(doc, found)
    _named_after_places(doc, found)
    short_names_of_bodies(doc, found)
    eponyms_of_conditions(doc, found)
    bodies_written_with_the(doc, found)
    drop_unshown_people(doc, found)  # "a Brexit deal", "delivering Brexit": no person
    split_paired_surnames(doc, found)
    things = things_written_with_the(doc, found)  # "the Marlowe was responsible": a ship
    found[:] = [item for item in found if item.label]
    _towns_before_a_state(doc, found)
    _furniture_labels(doc, found)
    town_parts = _parts_of_places(doc, found)  # "South Austin", then "Austin" typed PERSON
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
            if item.label in REGION_LABELS:
                place_counts[key] = place_counts.get(key, 0) + 1
    for item in found:  # "Ferguson" tagged PERSON in a story that says "in Ferguson, Missouri"
        text = names.plain(name_text(doc[item.start : item.end]))
        if item.label == "PERSON" and item.end - item.start == 1 and not any(text in pair for pair in full):
            if place_counts.get(text, 0) > parts.get(text, 0):
                item.label = "GPE"
    people_here = _places_acting_as_surnames(doc, found, full)
    for item in found:
        if item.label not in ("ORG", "GPE", "FAC", "LOC", "NORP"):
            continue
        text = name_text(doc[item.start : item.end])
        if names.plain(text) in people_here:
            item.label = "PERSON"  # "Rep. Tom Jordan ... Jordan asked": the lawmaker, not the country
            continue
        if is_place_here(doc, item.start, item.end) or in_table_label(doc, item.start, item.end):
            continue  # a place, or an entry of a table of shops ("Quality Tobacco Lake: ...")
        if item.end - item.start <= 2 and doc[item.end - 1].lower_ in town_parts:
            continue  # "Austin", "South Austin", though a misread "Austin Board" is a full name
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
    projects_named_for_places(doc, found)  # "the Trump Moscow deal" typed GPE, made a person above
    _full_names_missed(doc, found, full)
    other_names = {
        names.plain(name_text(doc[item.start : item.end])) for item in found if item.label != "PERSON"
    }
    taken = {i for item in found for i in range(item.start, item.end)}
    person_starts = {item.start for item in found if item.label == "PERSON"}
    for token in doc:
        if token.i in taken or not name_cased(token) or in_table_label(doc, token.i, token.i + 1):
            continue
        if token.i + 1 in person_starts and token.lower_ in role_words.titles():
            continue  # "Judge Brett Kavanaugh": a title of the name after it, not Mark Judge
        if token.lower_ in things or after_vessel_prefix(doc, token.i):
            continue  # "the USS John S. McCain": the ship, though named after a person of the article
        key = names.fold_word(token.text)
        of_full_name = any(key in pair for pair in full)  # then even when tagged as a verb or noun
        if not of_full_name and _part_of_a_thing(doc, token.i):
            continue  # "the Hyde Amendment", "Mar-a-Lago"; but "the Obama Doctrine" after "Barack Obama"
        known = of_full_name or (token.pos_ == "PROPN" and parts.get(key))
        if known and names.plain(token.text) not in other_names:
            start = token.i - _given_name_before(doc, token.i, taken)
            found.append(Repaired(start, token.i + 1, "PERSON"))
            taken.add(start)


def _given_name_before(doc: Doc, i: int, taken: set[int]) -> int:
    """1 when the word before a surname found untagged is a given name the model left out with it
    ("including Ivanka Trump" typed PRODUCT): a capitalised proper noun inside the sentence, no
    entity's, title or stop word, with nothing capitalised before it."""
    if i < 2 or i - 1 in taken:
        return 0
    word, before = doc[i - 1], doc[i - 2]
    shaped = word.pos_ == "PROPN" and word.is_title and word.is_alpha and not word.is_sent_start
    plain_word = word.is_stop or word.lower_ in role_words.titles()
    return int(shaped and not plain_word and not before.is_title and word.whitespace_ == " ")


def _places_acting_as_surnames(doc: Doc, found: list[Repaired], full: set[tuple[str, str]]) -> set[str]:
    """A known place's name ("Jordan", "Georgia") that is the surname of a person the article names
    in full, no demonym of it written, and whose lone mentions mostly act as a person's do (the
    subject of a verb, or after a title or honorific: "Jordan asked", "Mr. Jordan"): there the word
    is that person. A country is seldom the subject of most of its mentions in an article that also
    names someone of that surname; both are needed."""
    surnames = {last for _, last in full}
    demonyms = {place_names.demonym_place(t.text) for t in doc if t.is_title}
    acting: dict[str, list[bool]] = {}
    for item in found:
        text = names.plain(name_text(doc[item.start : item.end]))
        if item.end - item.start != 1 or item.label not in REGION_LABELS or text not in surnames:
            continue
        if not place_names.is_known_place(doc[item.start].text) or doc[item.start].text in demonyms:
            continue
        token = doc[item.start]
        before = doc[item.start - 1].lower_ if item.start else ""
        acting.setdefault(text, []).append(
            token.dep_ in ("nsubj", "nsubjpass") or before in role_words.titles() or _shown_a_person(token)
        )
    return {text for text, shown in acting.items() if len(shown) >= 2 and 2 * sum(shown) > len(shown)}


def _parts_of_places(doc: Doc, found: list[Repaired]) -> set[str]:
    """ "urban forest in South Kelby", then "Kelby's homeless", "Kelby" typed PERSON: a lone name the
    article also writes after a compass word as a place's part, which is no surname of a full name
    there (a misread "Kelby Board" leaves it a place), and none of whose lone mentions has a title
    or speaks, is the place; returns those words (lower case), which no later step makes a name."""
    compass = _compass_words()
    forms: dict[str, list[Repaired]] = {}  # "austin" -> its "South Austin", "East Austin" items
    for item in found:
        if item.end - item.start == 2 and doc[item.start].lower_ in compass and doc[item.start].is_title:
            if item.label in REGION_LABELS or item.label == "PERSON":
                forms.setdefault(doc[item.end - 1].lower_, []).append(item)
    places = {
        word
        for word, items in forms.items()
        if len(items) >= 2 or any(item.label in REGION_LABELS for item in items)
    }  # one "West Ann" typed PERSON may be a name written surname first
    if not places:
        return set()
    surnames = {
        names.parse_person(name_text(doc[item.start : item.end])).last
        for item in found
        if item.label == "PERSON" and item.end - item.start > 1 and doc[item.start].lower_ not in compass
    }
    lone: dict[str, list[Repaired]] = {}
    towns: set[str] = set()
    for item in found:
        if item.label == "PERSON" and item.end - item.start == 1 and doc[item.start].lower_ in places:
            lone.setdefault(doc[item.start].lower_, []).append(item)
    for word in sorted(places):
        items = lone.get(word, [])
        if names.fold_word(doc[forms[word][0].end - 1].text) in surnames:
            continue
        if any(item.titles or _shown_a_person(doc[item.start]) for item in items):
            continue
        for item in [*items, *forms[word]]:
            item.label = "GPE"
        towns.add(word)
    return towns


@lru_cache(maxsize=1)
def _compass_words() -> frozenset[str]:
    return frozenset(lexicon.rules("non_person_names.yaml").get("compass_words", []))


def _full_names_missed(doc: Doc, found: list[Repaired], full: set[tuple[str, str]]) -> None:
    """ "after Dallas nurse Nina Pham contracted it": a full name the article tags PERSON elsewhere,
    written here with nothing tagged, or with its given name alone tagged (typed a place), is that
    person: one mention, not a given name and a surname apart."""
    by_start = {item.start: item for item in found}
    taken = {i for item in found for i in range(item.start, item.end)}
    for token in doc[:-1]:
        following = doc[token.i + 1]
        if following.i in taken or not (token.is_title and following.is_title):
            continue
        if (names.fold_word(token.text), names.fold_word(following.text)) not in full:
            continue
        if after_vessel_prefix(doc, token.i):
            continue  # "the USS Nina Pham": a ship named after her
        item = by_start.get(token.i)
        if token.i not in taken:
            found.append(Repaired(token.i, token.i + 2, "PERSON"))
        elif item is not None and item.end == token.i + 1:  # "Nina" typed GPE (relabelled above)
            item.end, item.label = token.i + 2, "PERSON"
        else:
            continue
        taken.update((token.i, following.i))
    found.sort(key=lambda item: item.start)


def _given_names_typed_places(doc: Doc, found: list[Repaired]) -> None:
    """ "his wife, Melania,", "Melania said": a one-word GPE or LOC that is a common given name and
    no known place, and that one of its mentions in the article shows to be a person (a kin noun
    right before it, or the subject of a speech verb), is a person in every mention there. Cities
    named like people ("Orlando", "Austin") are not kin and seldom speak."""
    candidates = [
        item
        for item in found
        if item.label in REGION_LABELS
        and item.end - item.start == 1
        and names.common_given_name(doc[item.start].text)
        and not place_names.is_known_place(doc[item.start].text)
    ]
    people = {doc[item.start].text for item in candidates if _shown_a_person(doc[item.start])}
    for item in candidates:
        if doc[item.start].text in people and not is_place_here(doc, item.start, item.end):
            item.label = "PERSON"


def _shown_a_person(token) -> bool:
    """A kin noun right before the word, a comma between or not ("his wife, Melania", "daughters
    Ivanka"), or the word the subject of a speech verb ("Melania said")."""
    before = [t for t in token.doc[max(0, token.i - 2) : token.i] if t.text != ","][-1:]
    if before and role_words.is_kin_role(before[0].lemma_.lower()):
        return True
    return token.dep_ == "nsubj" and token.head.lemma_ in lexicon.speech_verbs("quote")


def _named_after_places(doc: Doc, found: list[Repaired]) -> None:
    """ "Wuhan Noodle" beside "the mayor of Wuhan": a "person" of two or more words whose first word,
    no given name, the model types as a place at least twice in the article and never as a person
    alone is a shop or a site named after the place."""
    places: Counter = Counter()
    alone: set[str] = set()  # "Trump" alone as a person: a surname, however else it is typed
    for item in found:
        key = names.plain(name_text(doc[item.start : item.end]))
        if item.label in REGION_LABELS:
            places[key] += 1
        elif item.label == "PERSON" and item.end - item.start == 1:
            alone.add(key)
    for item in found:
        first = doc[item.start]
        if item.label != "PERSON" or item.end - item.start < 2 or names.is_given_name(first.text):
            continue
        key = names.plain(first.text)
        if places[key] >= 2 and key not in alone:
            item.label = "ORG"


def _part_of_a_thing(doc: Doc, i: int) -> bool:
    return names_a_law(doc, i, i + 1) or in_hyphen_chain(doc, i, i + 1)


def _towns_before_a_state(doc: Doc, found: list[Repaired]) -> None:
    """ "in Aurora, Colo." once, then "the Aurora shootings": a lone word the article writes as a
    town before its state is that town in every lone mention, unless it is part of a person's full
    name in the article."""
    singles = [item for item in found if item.end - item.start == 1]
    towns = {doc[item.start].lower_ for item in singles if before_a_state(doc, item.start, item.end)}
    towns -= full_name_words(doc, found)
    for item in singles:
        if item.label == "PERSON" and doc[item.start].lower_ in towns:
            item.label = "GPE"


def _furniture_labels(doc: Doc, found: list[Repaired]) -> None:
    """ "Story highlights" opening a line: a name followed by a word of page furniture written in
    lower case (``junk_words`` of person_name_repair.yaml) at the start of a line is a label."""
    junk = frozenset(lexicon.rules("person_name_repair.yaml").get("junk_words", []))
    for item in found:
        if item.label != "PERSON" or item.end >= len(doc) or doc[item.end].lower_ not in junk:
            continue
        line_start = item.start == 0 or "\n" in doc[item.start - 1].text_with_ws
        if line_start and doc[item.end].is_lower:
            item.label = ""  # dropped below
