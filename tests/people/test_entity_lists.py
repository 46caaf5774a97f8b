"""A list of people the model read as one person is split into one name each."""

from __future__ import annotations

from spacy.tokens import Doc

from newsprism.nlp.entity_lists import person_list_parts
from newsprism.nlp.entity_repairs import repaired_entities

WORDS = ["Guests", "included", "Mara", "Velt", "Jr", "and", "Ines", "Velt", ",", "who", "left", "."]
POS = ["NOUN", "VERB", "PROPN", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "PUNCT", "PRON", "VERB", "PUNCT"]


def _doc(nlp, label: str) -> Doc:
    """A parse given by hand (not one model's reading): the names as one entity of ``label``."""
    return Doc(
        nlp.vocab, words=WORDS, pos=POS, ents=["O", "O", f"B-{label}"] + [f"I-{label}"] * 5 + ["O"] * 4
    )


def test_a_person_span_joining_names_is_one_range_each(nlp):
    doc = _doc(nlp, "PERSON")
    assert person_list_parts(doc, 2, 8, "PERSON") == [(2, 5), (6, 8)]
    assert person_list_parts(doc, 2, 5, "PERSON") == [(2, 5)]  # no separator: itself
    assert person_list_parts(doc, 2, 8, "ORG") == [(2, 8)]  # "Procter and Gamble" is one company


def test_a_part_without_a_proper_noun_keeps_the_span_whole(nlp):
    doc = Doc(nlp.vocab, words=["Mara", "Velt", "and", "friends"], pos=["PROPN", "PROPN", "CCONJ", "NOUN"])
    assert person_list_parts(doc, 0, 4, "PERSON") == [(0, 4)]


def test_the_repairs_write_each_person_of_the_list(nlp):
    doc = _doc(nlp, "PERSON")
    people = [(span.text, span.label_) for span in repaired_entities(doc)]
    assert people == [("Mara Velt Jr", "PERSON"), ("Ines Velt", "PERSON")]


def test_one_word_names_between_commas_typed_org_are_one_name_each(nlp):
    words = ["fired", "at", "Velt", ",", "Oskin", "said", "."]
    doc = Doc(nlp.vocab, words=words, pos=["VERB", "ADP", "PROPN", "PUNCT", "PROPN", "VERB", "PUNCT"])
    assert person_list_parts(doc, 2, 5, "ORG") == [(2, 3), (4, 5)]
    doc = Doc(nlp.vocab, words=["Procter", "and", "Gamble"], pos=["PROPN", "CCONJ", "PROPN"])
    assert person_list_parts(doc, 0, 3, "ORG") == [(0, 3)]


def test_surnames_of_people_named_in_full_typed_org_are_one_name_each(nlp):
    """ "Cooper and Hale's testimony" typed ORG, after "Laura Cooper" and "David Hale": two people."""
    doc = nlp(
        "Laura Cooper and David Hale testified. After Cooper and Hale spoke, Procter and Gamble said so."
    )
    found = [(s.text, s.label_) for s in repaired_entities(doc)]
    assert ("Cooper", "PERSON") in found and ("Hale", "PERSON") in found
    assert ("Cooper and Hale", "ORG") not in found


def test_two_names_around_a_headline_speech_verb_are_two_names(nlp):
    """ "Barr Says Mueller Did Not Find Collusion" read as one PERSON "Barr Says Mueller"."""
    from newsprism.nlp.entity_lists import person_list_parts

    doc = nlp("Barr Says Mueller Did Not Find Collusion")
    assert person_list_parts(doc, 0, 3, "PERSON") == [(0, 1), (2, 3)]
    doc = nlp("Mary Sayers spoke on Monday.")  # no verb inside a name
    assert person_list_parts(doc, 0, 2, "PERSON") == [(0, 2)]
