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
            "\u201cThe ruling party's business model, if you like, for the last ten years has been a "
            "failure,\u201d the senator said.",
            "ACCUSE",
        ),
        ("Governor Halvorsen met union leaders on Monday to discuss the strike.", "CONSULT"),
    ],
)
def test_acts_stay(nlp, text, expected):
    found = events_of(nlp, text)
    assert found and found[0].type == expected


@pytest.mark.parametrize(
    "text",
    [
        "The newspaper said it stands by its reporting.",
        '"We stand by our story," a spokeswoman for the broadcaster said.',
        "The governor stood by his decision, aides said.",
    ],
)
def test_ones_own_account_kept_is_no_support(nlp, text):
    assert events_of(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The senator stood by the governor throughout the scandal.",
        "The speaker stood by Mrs. Lindqvist's decision to delay the vote.",
        "I stand by my previous comments about the aide, the chief of staff said.",
    ],
)
def test_standing_by_someone_stays_support(nlp, text):
    found = events_of(nlp, text)
    assert found and found[0].type == "SUPPORT"


def test_own_accounts_group_is_what_drops_it(nlp):
    with rules.switched_off(["own_accounts"]):
        assert [e.type for e in events_of(nlp, "The newspaper said it stands by its reporting.")] == [
            "SUPPORT"
        ]


@pytest.mark.parametrize(
    "text",
    [
        "In the latest survey, the governor beats the senator among suburban women.",
        "In poll after poll, the governor beats the senator among older voters.",
    ],
)
def test_a_lead_in_the_polls_is_no_beating(nlp, text):
    assert events_of(nlp, text) == []


def test_a_beating_stays_an_assault(nlp):
    found = events_of(nlp, "Police beat a protester outside the polling station on Monday.")
    assert found and found[0].type == "ASSAULT"
