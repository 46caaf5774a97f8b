"""Twentieth issue-20 round (precision): interview questions put on a topic, judgements stated on a
condition, and a summary box's marker glued to a sentence."""

from __future__ import annotations

import pytest

import newsprism.events.rules as rules
from newsprism.events.extract import extract_events
from newsprism.models import Article


def events_of(nlp, text: str):
    return extract_events(nlp(text), Article(article_id="r20", source="test", text=text))


QUESTIONS = [
    "\u201cWe will look at every option,\u201d said Lindqvist, when pressed on whether sanctions would follow.",
    "The mayor seemed unsure of himself when he was asked to make his case against the union.",
]
CONDITIONAL = '"A city violates the rule only if it removes voters for no reason," the judge said.'
SUMMARY_BOX = "Story Highlights Governor Halvorsen met union leaders on Monday to discuss the strike"


@pytest.mark.parametrize("text", [*QUESTIONS, CONDITIONAL, SUMMARY_BOX])
def test_questions_rules_and_summary_boxes_are_no_events(nlp, text):
    assert events_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "group"), [(QUESTIONS[0], "interview_topics"), (CONDITIONAL, "conditional_judgements")]
)
def test_each_rule_group_is_what_keeps_them_quiet(nlp, text, group):
    with rules.switched_off([group]):
        assert events_of(nlp, text) != []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demand made of someone, an allegation without a condition, and a meeting told in prose stay
        ("The senator pressed the governor to release the records.", "REQUEST"),
        ('"The city violated the rule," the judge said.', "ACCUSE"),
        # a hedge is no condition
        (
            "\u201cThe business model, if you like, of the ruling party for the last ten years has been a "
            "failure,\u201d the senator said.",
            "ACCUSE",
        ),
        ("Governor Halvorsen met union leaders on Monday to discuss the strike.", "CONSULT"),
    ],
)
def test_acts_stay(nlp, text, expected):
    found = events_of(nlp, text)
    assert found and found[0].type == expected
