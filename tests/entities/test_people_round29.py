"""Issue 17's twenty-ninth round (helper people49): a three-word name at the end of an office typed
ORG ("Secretary of State" and "Democrat" before it), a video list's widget capitals and running
time glued to a name, a racetrack named after a place typed PERSON.

Names are invented; the rules are general (title ends, party nouns, widget words and clock times as
data or one pattern on an entity's edge)."""

from __future__ import annotations

from spacy.tokens import Span

from newsprism.entities.label_vote import singulars
from newsprism.entities.name_repair import names_a_building
from newsprism.nlp.entity_cleaning import Repaired, clean_entities
from newsprism.nlp.office_names import split_office_from_person
from newsprism.people.names import fold_word


def _split(nlp, text: str, first: str, last: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    words = [t.text for t in doc]
    found = [Repaired(words.index(first), words.index(last) + 1, "ORG")]
    split_office_from_person(doc, found)
    return [(doc[f.start : f.end].text, f.label) for f in found]


def test_the_end_of_a_title_before_a_three_word_name_typed_org_is_no_office(nlp):
    found = _split(nlp, "He faces Secretary of State Laura Quenby Hallam in the fall.", "State", "Hallam")
    assert found == [("Laura Quenby Hallam", "PERSON")]


def test_a_party_noun_before_a_three_word_name_typed_org_is_no_office(nlp):
    found = _split(nlp, "He leads Democrat Laura Quenby Hallam by two points.", "Democrat", "Hallam")
    assert found == [("Laura Quenby Hallam", "PERSON")]


def test_a_body_ending_in_a_given_name_and_a_word_stays_a_body(nlp):
    found = _split(nlp, "The State Farm Arena Grant Park Board met.", "State", "Board")
    assert all(label == "ORG" for _, label in found)


def _cleaned(nlp, text: str, first: str, last: str, label: str) -> list[str]:
    doc = nlp.make_doc(text)
    words = [t.text for t in doc]
    doc.ents = [Span(doc, words.index(first), words.index(last) + 1, label=label)]
    return [doc[f.start : f.end].text for f in clean_entities(doc, frozenset({label}))]


def test_widget_capitals_and_a_running_time_are_cut_from_a_name(nlp):
    assert _cleaned(nlp, "JUST WATCHED Tolliver remarks Replay", "WATCHED", "Tolliver", "FAC") == ["Tolliver"]
    assert _cleaned(nlp, "Congress under Tolliver 02:02 Replay", "Tolliver", "02:02", "ORG") == ["Tolliver"]
    assert _cleaned(nlp, "Watch Tolliver speak", "Watch", "Tolliver", "ORG") == ["Watch Tolliver"]


def test_a_racetrack_named_for_a_place_is_a_place():
    assert names_a_building("Quenbury Superspeedway")
    assert names_a_building("Quenbury Motor Speedway")


def test_a_surname_ending_in_es_after_no_sibilant_is_no_family_plural():
    assert singulars("Marla Quenby Grimes") == ["grime"]  # not "grim": "Grimm" has no "-es" plural
    assert fold_word("Tolliver") in singulars("the Tollivers")
    assert fold_word("Quash") in singulars("the Quashes")
