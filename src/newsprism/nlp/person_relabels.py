"""People the model typed as organisations or places, or missed, in an article that names them.

The entity repairs' second step: a surname of a person named in the article is a person whatever
label it got ("Psaki" tagged ORG after "Jen Psaki"), a full name typed GPE beside a person's given
name or surname is a person, an organisation's short name typed PERSON is the organisation, and
"NBC News's Lester Holt" typed ORG is an organisation and a person.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from newsprism.nlp import lexicon
from newsprism.nlp.entity_cleaning import Repaired, looks_like_name, name_text
from newsprism.nlp.entity_glue import in_hyphen_chain
from newsprism.nlp.entity_lists import (
    before_a_state,
    is_place_here,
    name_cased,
    names_a_law,
    non_person_label,
)
from newsprism.nlp.given_name_orgs import given_names_before_orgs
from newsprism.nlp.group_names import group_label
from newsprism.nlp.label_lists import in_table_label
from newsprism.nlp.unshown_people import drop_unshown_people, projects_named_for_places, split_paired_surnames
from newsprism.people import names, place_names, role_words
from newsprism.people.words import POSSESSIVE_S, REGION_LABELS


def relabel_and_add_persons(doc: Doc, found: list[Repaired]) -> None:
    """A surname of a person named in this article is a person, whatever label it got."""
    for item in found:
        one_word = item.end - item.start == 1
        if item.label == "PERSON" and one_word and place_names.is_known_place(doc[item.start].text):
            item.label = "GPE"  # "Kyiv" tagged PERSON
    _short_org_names(doc, found)
    _acronyms_defined(doc, found)
    _given_names_typed_places(doc, found)
    given_names_before_orgs(doc, found)  # "commentator Ana Navarro" with "Navarro" typed ORG
    _eponyms_of_laws(doc, found)
    _named_after_places(doc, found)
    _short_names_of_bodies(doc, found)
    _eponyms_of_conditions(doc, found)
    _bodies_written_with_the(doc, found)
    drop_unshown_people(doc, found)  # "a Brexit deal", "delivering Brexit": no person
    split_paired_surnames(doc, found)
    found[:] = [item for item in found if item.label]
    _towns_before_a_state(doc, found)
    _furniture_labels(doc, found)
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


def _short_names_of_bodies(doc: Doc, found: list[Repaired]) -> None:
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


def _part_of_a_thing(doc: Doc, i: int) -> bool:
    return names_a_law(doc, i, i + 1) or in_hyphen_chain(doc, i, i + 1)


def _eponyms_of_laws(doc: Doc, found: list[Repaired]) -> None:
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


def _eponyms_of_conditions(doc: Doc, found: list[Repaired]) -> None:
    """ "had Asperger's syndrome", "autism or Asperger's": a lone word the article writes before
    "'s" and a condition noun (``condition_nouns``), and only ever in the possessive, names the
    condition, unless it is part of a person's full name in the article."""
    conditions = frozenset(lexicon.rules("non_person_names.yaml").get("condition_nouns", []))
    singles = [item for item in found if item.label == "PERSON" and item.end - item.start == 1]
    if not conditions or not singles:
        return
    full_words = _full_name_words(doc, found)

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


def _bodies_written_with_the(doc: Doc, found: list[Repaired]) -> None:
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


def _towns_before_a_state(doc: Doc, found: list[Repaired]) -> None:
    """ "in Aurora, Colo." once, then "the Aurora shootings": a lone word the article writes as a
    town before its state is that town in every lone mention, unless it is part of a person's full
    name in the article."""
    singles = [item for item in found if item.end - item.start == 1]
    towns = {doc[item.start].lower_ for item in singles if before_a_state(doc, item.start, item.end)}
    towns -= _full_name_words(doc, found)
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


def _acronyms_defined(doc: Doc, found: list[Repaired]) -> None:
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


def _full_name_words(doc: Doc, found: list[Repaired]) -> set[str]:
    """The lower-case words of the article's PERSON names of two or more words."""
    return {
        doc[i].lower_
        for item in found
        if item.label == "PERSON" and item.end - item.start > 1
        for i in range(item.start, item.end)
    }


def _short_org_names(doc: Doc, found: list[Repaired]) -> None:
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
