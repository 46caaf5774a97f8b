"""Nineteenth issue-20 round: common verbs of praise, persuasion and blocking, judgements in two
words ("a low blow"), and a third party's stance on a policy in the present simple."""

from __future__ import annotations

import pytest

from newsprism.events.extract import extract_events
from newsprism.models import Article


def events_of(nlp, text: str):
    return extract_events(nlp(text), Article(article_id="r19", source="test", text=text))


def first_type(nlp, text: str) -> str | None:
    found = events_of(nlp, text)
    return found[0].type if found else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Union leaders cheered the governor's decision on Tuesday.", "SUPPORT"),
        ("The senator tried to persuade the governor to sign the bill.", "REQUEST"),
        ("Senate Republicans blocked the nomination of the judge.", "REJECT"),
        ("The mayor called the senator's remark a cheap shot.", "ACCUSE"),
        ("The minister called the party's tax plan a power grab.", "ACCUSE"),
        # a stance on someone, or one's own said now, stays an act
        ("The union opposes the governor.", "REJECT"),
        ("\u201cI support the administration's diplomatic effort,\u201d the senator said.", "SUPPORT"),
        ("The party opposed the nomination last week.", "REJECT"),
    ],
)
def test_acts_between_parties(nlp, text, expected):
    assert first_type(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The party opposes mailing ballots to every voter.",
        "More than 800 mayors support more aggressive prosecution of gun crimes.",
        "The smaller party is more conservative and supports leaving the union.",
        "The minister called the storm a low front.",
    ],
)
def test_positions_and_plain_words_are_no_events(nlp, text):
    assert events_of(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The senators attacked the deficit with a new plan.",
        "The family honored the request and buried their son.",
        "Party leaders have talked repeatedly of rebranding the party.",
        "The governor offered up a detailed case on why the tax failed.",
        "The voters have embraced uncertainty.",
        "They simply throw more money at the same contractors.",
        "The mayor rallied his supporters to his side.",
    ],
)
def test_idioms_and_things_acted_on_are_no_events(nlp, text):
    assert events_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senator went on the offensive against the governor.", "ACCUSE"),
        ("The army launched an offensive against the rebels.", "ASSAULT"),
        ("The senators attacked the governor over the deficit.", "ACCUSE"),
        ("The family thanked the governor and buried their son.", "SUPPORT"),
    ],
)
def test_acts_on_people_stay(nlp, text, expected):
    assert first_type(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Senator John Smith accidentally shot a friend on a hunting trip.",
        "He inadvertently struck a visitor with his car.",
        "The state has a governor ready and eager to sign whatever gets to his desk.",
        "Local companies are keen to do business with the new government.",
    ],
)
def test_accidents_and_dispositions_are_no_events(nlp, text):
    assert events_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The soldier deliberately shot a civilian.", "ASSAULT"),
        ("Police shot a protester on Monday.", "ASSAULT"),
        ("The officer accidentally shot a man.", "ASSAULT"),
        ("The commander said the hospital was hit accidentally.", "ASSAULT"),
        ("The governor praised the mayor on Monday.", "SUPPORT"),
    ],
)
def test_deliberate_acts_stay(nlp, text, expected):
    assert first_type(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The president lashed the senator for his vote.", "ACCUSE"),
        ("The senator poured scorn on the governor's plan.", "ACCUSE"),
        ("Democrats have shown contempt for the governor.", "ACCUSE"),
        ("The White House is facing federal litigation over its refusal to release the logs.", "ACCUSE"),
        ("The union took legal action against the company.", "ACCUSE"),
        ("The senator said the agency must investigate the leak.", "REQUEST"),
        ("Russia must have attacked the convoy.", "ASSAULT"),
    ],
)
def test_criticism_and_demands(nlp, text, expected):
    assert first_type(nlp, text) == expected


def test_a_duty_urged_by_the_writer_is_no_act(nlp):
    assert events_of(nlp, "Congress must investigate this question.") == []
    assert events_of(nlp, "The storm lashed the coast.") == []
