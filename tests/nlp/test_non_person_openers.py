"""A command's verb, a verb after a date's colon, storms and illnesses are no people (issue 17
items 1 and 5): the repaired entities of invented sentences through the real pipeline."""

from __future__ import annotations

import pytest

from newsprism.config import Settings
from newsprism.nlp.entity_repairs import repaired_entities
from newsprism.nlp.model import load_model


@pytest.fixture(scope="module")
def nlp():
    return load_model(Settings.load().model)


def _entities(nlp, text: str) -> list[tuple[str, str]]:
    return [(span.text, span.label_) for span in repaired_entities(nlp(text))]


def test_a_commands_verb_opening_a_name_is_cut(nlp):
    found = _entities(nlp, "Condemn Grelford now. The group marched on Tuesday.")
    assert ("Grelford", "PERSON") in found
    assert all(not text.startswith("Condemn") for text, _ in found)


def test_a_given_name_opening_a_sentence_stays(nlp):
    found = _entities(nlp, "Hunt Morrowby said the vote was close.")
    assert ("Hunt Morrowby", "PERSON") in found


def test_a_verb_after_a_dates_colon_is_no_persons_name(nlp):
    text = (
        "Here is a list of her claims:\n\nMay 2, 2017: Said Grelford didn't lie when he spoke.\n\n"
        'June 1, 2017: Said, "The mayor hasn\'t said that." (He has.)'
    )
    found = _entities(nlp, text)
    assert all(not text.startswith("Said") for text, _ in found)


def test_a_storm_and_its_given_name_alone_are_no_entity(nlp):
    text = "Since Superstorm Hallie, the city has spent millions. Hallie left the subway flooded."
    assert all("Hallie" not in text for text, _ in _entities(nlp, text))
    text = "Like Hurricane Corabel, the storm hit Dunmore, Mayor Lionel Pratt said."
    found = _entities(nlp, text)
    assert all("Corabel" not in text for text, _ in found)
    assert ("Lionel Pratt", "PERSON") in found


def test_a_storm_named_by_what_it_does_is_no_entity(nlp):
    text = "Rainfall from Corabel could reach 50 inches. Corabel made landfall as a Category 4 hurricane."
    assert all("Corabel" not in text for text, _ in _entities(nlp, text))


def test_a_storms_given_name_stays_a_person_when_the_article_names_one(nlp):
    text = "After Hurricane Vance, Mayor Trudy Vance spoke. Vance said the town would rebuild."
    found = _entities(nlp, text)
    assert ("Trudy Vance", "PERSON") in found
    assert ("Hurricane Vance", "PERSON") not in found


def test_an_illness_is_no_person_place_or_body(nlp):
    for text in ("He was diagnosed with Hollis Disease last year.", "Kessler Syndrome affects thousands."):
        assert all("Hollis" not in found and "Kessler" not in found for found, _ in _entities(nlp, text))


def test_a_storms_name_run_on_into_other_words_is_no_person(nlp):
    text = (
        "The advisory shows the center of Corabel 120 miles southwest of Dunmore. "
        "Corabel made landfall as a Category 4 hurricane late Friday."
    )
    assert all("Corabel" not in text for text, _ in _entities(nlp, text))
