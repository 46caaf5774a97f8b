"""Acts of a debate and a campaign (issues 19 and 20, branch types43b), read through
extract_events on invented sentences: a remark aimed at someone ("took a shot at her rival",
ACCUSE), pressing someone to act ("pushed the agency to release the files", REQUEST), an act
decided against ("chose not to impose the sanctions", REJECT) and two pledges joined by "and",
each with its own infinitive (two AGREE events); with the sentences of the same words that are no
such act."""

from __future__ import annotations

import pytest

import newsprism.events.rules as rules
from newsprism.events.extract import extract_events
from newsprism.models import Article


def events_of(nlp, text: str):
    return extract_events(nlp(text), Article(article_id="t43b", source="test", text=text))


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("The senator took a shot at the governor's record on taxes.", "senator", "governor"),
        ("The mayor took several shots at her rival during the forum.", "mayor", "rival"),
        ("Critics took a swipe at the minister over the budget.", "Critics", "minister"),
        ("The senator took a dig at the president's trade policy.", "senator", "president"),
    ],
)
def test_a_remark_aimed_at_someone_is_criticism(nlp, text, actor, recipient):
    found = [e for e in events_of(nlp, text) if e.type == "ACCUSE"]
    assert found, text
    assert (found[0].mode, found[0].actors, found[0].recipients[:1]) == ("disapprove", [actor], [recipient])


def test_the_aimed_remark_rule_is_what_finds_it(nlp):
    text = "The mayor took several shots at her rival during the forum."
    with rules.switched_off(["aimed_remarks"]):
        assert not [e for e in events_of(nlp, text) if e.type == "ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "The striker took a shot at goal in the second half.",
        "She took a shot of whiskey before the speech.",
        "They took their flu shots on Monday.",
        "He took a shot at the title last year.",
    ],
)
def test_a_shot_at_no_one_is_no_criticism(nlp, text):
    assert not [e for e in events_of(nlp, text) if e.type == "ACCUSE"], text


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("The senator pushed the agency to release the report.", "senator", "agency"),
        ("The union pushed the company to raise wages.", "union", "company"),
        ("The governor prodded the legislature to pass a budget.", "governor", "legislature"),
    ],
)
def test_pressing_someone_to_act_is_a_request(nlp, text, actor, recipient):
    found = [e for e in events_of(nlp, text) if e.type == "REQUEST"]
    assert found, text
    assert (found[0].actors, found[0].recipients) == ([actor], [recipient])


@pytest.mark.parametrize(
    "text",
    [
        "He pushed the cart to the door.",
        "The protesters pushed the police back to the square.",
        "Rising costs pushed the firm to cut jobs.",
    ],
)
def test_pushing_something_somewhere_is_no_request(nlp, text):
    assert not [e for e in events_of(nlp, text) if e.type == "REQUEST"], text


def test_two_pledges_joined_by_and_are_two_events(nlp):
    text = (
        "She pledged to nominate the first woman to serve on the court and pledged to tap a woman "
        "to serve as her deputy."
    )
    assert len([e for e in events_of(nlp, text) if e.type == "AGREE"]) == 2
    with rules.switched_off(["coordinate_acts"]):
        assert len([e for e in events_of(nlp, text) if e.type == "AGREE"]) == 1


def test_two_verbs_sharing_one_object_are_one_event(nlp):
    found = events_of(nlp, "The ministers criticized and condemned the decision.")
    assert len([e for e in found if e.type == "ACCUSE"]) == 1


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The ministry chose not to impose the tariffs last spring.", "ministry"),
        ("The prosecutor decided not to charge the officer.", "prosecutor"),
    ],
)
def test_a_typed_act_decided_against_is_a_refusal(nlp, text, actor):
    found = events_of(nlp, text)
    assert [(e.type, e.actors) for e in found] == [("REJECT", [actor])]
    with rules.switched_off(["declined_acts"]):
        assert all(e.type != "REJECT" for e in events_of(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The senator decided not to run for re-election.",
        "The ministry chose to impose the tariffs last spring.",
    ],
)
def test_a_choice_not_to_run_or_a_choice_made_is_no_refusal(nlp, text):
    assert all(e.type != "REJECT" for e in events_of(nlp, text)), text


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        ("The mayor took shots at the senator's voting record on Social Security.", ["senator"]),
        (
            "The governor took a few more shots Tuesday at his old nemesis – the pollsters who doubted him.",
            ["pollsters"],
        ),
        ("She took a shot at the Daily Ledger for a profile of her rival.", ["Daily Ledger"]),
        ("At Hillcrest College, the senator took a shot at the mayor.", ["mayor"]),
        ("The two rivals took shots at each other during the forum.", []),
    ],
)
def test_an_aimed_remark_falls_on_whom_it_is_aimed_at(nlp, text, recipients):
    found = [e for e in events_of(nlp, text) if e.type == "ACCUSE"]
    assert found, text
    assert [r.removeprefix("the ") for r in found[0].recipients] == recipients


def test_a_push_by_a_thing_is_a_cause_not_a_request(nlp):
    text = "The new levy works by raising prices, pushing families to buy less."
    assert not [e for e in events_of(nlp, text) if e.type == "REQUEST"]
    with rules.switched_off(["pushing_causes"]):
        assert [e for e in events_of(nlp, text) if e.type == "REQUEST"]
