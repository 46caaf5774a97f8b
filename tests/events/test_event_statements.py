"""Twenty-first issue-20 round (precision): a claim denied, an exhortation to a 'we', a side fought
for with no opponent, a reaction met with and an act believed owed tell a statement or a stance, not
an act between parties (events/statements.py), and a class unwilling to act refuses no one; each is
its own rule group."""

from __future__ import annotations

import pytest

import newsprism.events.rules as rules
from newsprism.events.extract import extract_events
from newsprism.models import Article


def events_of(nlp, text: str):
    return extract_events(nlp(text), Article(article_id="r21", source="test", text=text))


QUIET = [
    ("The mayor denied that her office had leaked the memo.", "denials"),
    ("The minister has denied taking any money from the firm.", "denials"),
    ("The senator denied the allegations on Friday.", "denials"),
    ("Let's thank the nurses who kept our hospitals open.", "exhortations"),
    ("Officials have overstated the number of Canadians fighting for the insurgents.", "sides_fought_for"),
    ("Her grandfather fought for the Union in the war.", "sides_fought_for"),
    ("The senator was met with boos from the crowd.", "reactions_met"),
    ("Half of the voters polled believe the Senate should convict Smith.", "beliefs_owed"),
    ("Most lenders are unwilling to make loans to small farms.", "generic_wills"),
    ("The spokesman pointed out that the mayor supported reinstating the curfew.", "policies_backed"),
]


@pytest.mark.parametrize(("text", "group"), QUIET)
def test_statements_and_stances_are_no_events(nlp, text, group):
    assert events_of(nlp, text) == []


@pytest.mark.parametrize(("text", "group"), QUIET)
def test_each_rule_group_is_what_keeps_them_quiet(nlp, text, group):
    with rules.switched_off([group]):
        assert events_of(nlp, text) != []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thing asked for and refused stays a refusal
        ("The city council denied the permit for the march.", "REJECT"),
        # a fight against someone, or for a place, stays a fight
        ("The militia fought against army units near the border.", "ASSAULT"),
        ("The rebels fought for control of the town on Tuesday.", "ASSAULT"),
        # someone met, and a side taken behind someone
        ("The governor met with union leaders on Monday.", "CONSULT"),
        ("Most of the caucus lined up behind the speaker on Tuesday.", "SUPPORT"),
        # a particular party unwilling to deal refuses
        ("Prosecutors are unwilling to broker a deal with the defendant.", "REJECT"),
        # what someone says ought to be done asks it; an exhortation that someone else lets is no "we"
        ("The mayor said the council should audit the pension fund.", "REQUEST"),
    ],
)
def test_acts_stay(nlp, text, expected):
    found = events_of(nlp, text)
    assert found and found[0].type == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # declining to go into something is declining to talk; declining to go somewhere refuses it
        ("The spokesman declined to go into details about the talks on Monday.", None),
        ("The senator declined to weigh in on the nomination.", None),
        ("The governor declined to attend the summit in Brussels.", "REJECT"),
    ],
)
def test_declining_to_say_is_no_refusal(nlp, text, expected):
    found = events_of(nlp, text)
    assert (found[0].type if found else None) == expected
