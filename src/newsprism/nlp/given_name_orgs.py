"""A surname typed ORG after a given name the model left out is a person where a person stands.

"CNN commentator Ana Navarro, a vocal critic, acknowledged ...": the model types "Navarro" ORG and
leaves "Ana" out of every entity, so the article names no person and "Navarro told The Hill" is an
organisation's quotation. A title-case one- or two-word ORG with no organisation noun, right after
a title-case given name (given-names data) that no entity holds, is the person "Ana Navarro" when
the name stands where a person stands: after a role noun ("commentator Ana Navarro",
"strategist Ana Navarro") or as the subject of a speech verb ("Ana Navarro said").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsprism.nlp import lexicon
from newsprism.nlp.entity_cleaning import Repaired
from newsprism.nlp.entity_lists import non_person_label
from newsprism.people import names, place_names, role_words

MAX_WORDS = 2  # "Navarro", "Van Susteren": a surname, not an organisation's long name


def given_names_before_orgs(doc: Doc, found: list[Repaired]) -> None:
    """Widen such an ORG over the given name before it and type it PERSON (in place)."""
    taken = {i for item in found for i in range(item.start, item.end)}
    for item in found:
        if item.label != "ORG" or item.with_article or item.start == 0 or item.end - item.start > MAX_WORDS:
            continue
        span = doc[item.start : item.end]
        given = doc[item.start - 1]
        if given.i in taken or not _title_propn(given) or not names.given_name_gender(given.text):
            continue
        if not all(_title_propn(t) for t in span) or place_names.is_known_place(span.text):
            continue
        words = span.text.lower().split()
        if any(w in role_words.org_nouns() for w in words) or non_person_label(span.text) is not None:
            continue
        if _after_a_role(doc, given.i) or _says(span.root):
            item.start -= 1
            item.label = "PERSON"
            taken.add(given.i)


def _title_propn(token: Token) -> bool:
    return token.is_title and token.is_alpha and token.pos_ == "PROPN"


def _after_a_role(doc: Doc, i: int) -> bool:
    """A lower-case noun or a title word right before the given name ("commentator Ana")."""
    if i == 0:
        return False
    before = doc[i - 1]
    return (before.is_lower and before.pos_ == "NOUN") or before.lower_ in role_words.title_words()


def _says(token: Token) -> bool:
    return token.dep_ == "nsubj" and token.head.lemma_ in lexicon.speech_verbs("quote")


def full_names_typed_org(doc: Doc, found: list[Repaired]) -> None:
    """ "Charles Couch agreed ... 'We lost,' Couch said": a two-word ORG of a common given name and
    a title-case word (no organisation noun, no place, nothing ``non_person_label`` knows) whose last
    word the article writes alone as the subject of a speech verb is the person, who speaks under
    that surname; typed PERSON in place (a surname that is a common word, "Couch", is no body)."""
    taken = {i for item in found for i in range(item.start, item.end)}
    for item in found:
        if item.label != "ORG" or item.with_article or item.end - item.start != 2:
            continue
        given, last = doc[item.start], doc[item.end - 1]
        if not (_title_propn(given) and _title_propn(last)) or not names.common_given_name(given.text):
            continue
        text = doc[item.start : item.end].text
        if last.lower_ in role_words.org_nouns() or non_person_label(text) is not None:
            continue
        if place_names.is_known_place(last.text):
            continue
        if any(t.text == last.text and t.i not in taken and _says(t) for t in doc):
            item.label = "PERSON"
