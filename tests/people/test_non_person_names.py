"""Places, legislative bodies, news outlets and slogans the model typed PERSON are no person
(nlp.entity_lists.non_person_label, data/non_person_names.yaml); invented sentences, parses given
by hand so that the test does not depend on one model's reading."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsprism.nlp.entity_lists import non_person_label
from newsprism.nlp.entity_repairs import repaired_entities


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("North Carolina", "GPE"),  # a state whose first word is also a given name
        ("West Virginia", "GPE"),
        ("North Korea", "GPE"),
        ("State House", "ORG"),  # a legislative body
        ("U.S. Senate", "ORG"),
        ("Washington Post", "ORG"),  # an outlet: its first word is a given name but also a place
        ("Dorval Evening Herald", "ORG"),
        ("Team Ravel", ""),  # a slogan or campaign name around a name: nobody
        ("Stop Grexlow", ""),
        ("Emily Post", None),  # a given name that is no place: a person who may be called so
        ("Marta Quillon", None),
        ("Ravel", None),
    ],
)
def test_non_person_label(name, label):
    assert non_person_label(name) == label


def _with_person(nlp, words: list[str], pos: list[str], start: int, end: int) -> Doc:
    """A Doc of these words and parts of speech whose one entity, words start to end, is PERSON."""
    ents = ["O"] * len(words)
    ents[start] = "B-PERSON"
    for i in range(start + 1, end):
        ents[i] = "I-PERSON"
    return Doc(nlp.vocab, words=words, pos=pos, ents=ents)


def _person_span(nlp, words: list[str], start: int, end: int) -> Doc:
    pos = ["PROPN" if start <= i < end else "VERB" if i == end else "PUNCT" for i in range(len(words))]
    return _with_person(nlp, words, pos, start, end)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["North", "Carolina", "voted", "."], [("North Carolina", "GPE")]),
        (["State", "House", "adjourned", "."], [("State House", "ORG")]),
        (["Team", "Ravel", "cheered", "."], []),
        (["Emily", "Post", "wrote", "."], [("Emily Post", "PERSON")]),
    ],
)
def test_the_repairs_relabel_what_the_model_typed_person(nlp, words, expected):
    doc = _person_span(nlp, words, 0, 2)
    assert [(span.text, span.label_) for span in repaired_entities(doc)] == expected


def _tagged(nlp, words: list[str], start: int, end: int) -> Doc:
    """A sentence with one PERSON span; proper nouns capitalised, numbers NUM, the rest verbs."""
    pos = [
        "PUNCT" if w == "." else "NUM" if w.isdigit() else "PROPN" if w[:1].isupper() else "VERB"
        for w in words
    ]
    return _with_person(nlp, words, pos, start, end)


@pytest.mark.parametrize(
    ("words", "start", "end"),
    [
        (["The", "Senate", "Bill", "71", "passed", "."], 2, 4),  # a given-name-like word and a number
        (["The", "Senate", "Bill", "71", "passed", "."], 2, 3),  # the number left outside the span
        (["Lawmakers", "weighed", "Assembly", "Bill", "today", "."], 3, 4),  # after a legislature word
        (["Then", "House", "Bill", "failed", "."], 2, 3),
    ],
)
def test_a_numbered_or_legislative_bill_is_no_person(nlp, words, start, end):
    doc = _tagged(nlp, words, start, end)
    assert [span.label_ for span in repaired_entities(doc) if span.label_ == "PERSON"] == []


def test_a_person_after_a_legislature_word_stays_a_person(nlp):
    """Only a given name alone is read as a bill: "Senate Bill Harlow" keeps the full name."""
    doc = _tagged(nlp, ["The", "Senate", "Bill", "Harlow", "spoke", "."], 2, 4)
    assert [(s.text, s.label_) for s in repaired_entities(doc)] == [("Bill Harlow", "PERSON")]


@pytest.mark.parametrize(
    ("words", "start", "end"),
    [
        (["In", "Keller", "v.", "Ohio", ",", "judges", "ruled", "."], 1, 2),  # a party before "v."
        (["In", "Ohio", "v.", "Keller", ",", "judges", "ruled", "."], 3, 4),  # a party after it
        (["Then", "Citizens", "United", "v.", "changed", "."], 1, 4),  # the span takes the mark
    ],
)
def test_a_party_of_a_court_case_is_no_person(nlp, words, start, end):
    doc = _tagged(nlp, words, start, end)
    assert [span.label_ for span in repaired_entities(doc) if span.label_ == "PERSON"] == []


def test_a_matchup_and_a_regnal_number_are_no_court_case(nlp):
    """ "Biden vs. Trump" is a race and "Henry V" a king: only "v." with its dot marks a case."""
    race = _tagged(nlp, ["Then", "Harlow", "vs.", "Keller", "polls", "."], 3, 4)
    king = _tagged(nlp, ["Then", "Henry", "V", "ruled", "."], 1, 2)
    assert [s.text for s in repaired_entities(race) if s.label_ == "PERSON"] == ["Keller"]
    assert [s.text for s in repaired_entities(king) if s.label_ == "PERSON"] == ["Henry V"]
