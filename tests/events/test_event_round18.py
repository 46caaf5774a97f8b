"""Eighteenth issue-20 round: a decided act coming into force, a promise made by no one named, a
question put after a preposition, and a quoted judgement whose "'s been" the parser read as passive."""

from __future__ import annotations

import pytest

from newsprism.events.extract import extract_events
from newsprism.models import Article


def events_of(nlp, text: str):
    return extract_events(nlp(text), Article(article_id="r18", source="test", text=text))


def first_type(nlp, text: str) -> str | None:
    found = events_of(nlp, text)
    return found[0].type if found else None


@pytest.mark.parametrize(
    "text",
    [
        "The ban will take effect Dec. 1, the city said.",
        "The new tariffs take effect on Monday.",
        "The embargo will remain in force until June, the ministry said.",
        "\u201cDetails matter and promises have been made before,\u201d said Maria Lopez, an organiser.",
        "A pledge was made to the families last year.",
        "But upon being asked to answer for his record, the nominee played the victim.",
    ],
)
def test_no_event_between_parties(nlp, text):
    assert events_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The government imposed sanctions on the company, which take effect on Monday.", "SANCTION"),
        ("The ministry said it would impose a ban on the exports next month.", "THREATEN"),
        ("Promises were made to the veterans by the governor.", "AGREE"),
        ("The governor made promises to the veterans.", "AGREE"),
        ("After being pressed to resign, the minister stepped down.", "RETREAT"),
        (
            "\u201cHe\u2019s been very partisan on almost every occasion,\u201d said John Smith, a scholar.",
            "ACCUSE",
        ),
        ("\u201cShe\u2019s been a disgrace to the office,\u201d the senator said.", "ACCUSE"),
    ],
)
def test_acts_between_parties_stay(nlp, text, expected):
    assert first_type(nlp, text) == expected


def test_a_year_judged_is_no_one_judged(nlp):
    assert events_of(nlp, "\u201cIt\u2019s been a difficult year,\u201d the senator said.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ann Cole took Governor Ray Hill to task over the budget.",
        "Senator Ann Cole laid into Governor Ray Hill over the budget.",
        "Senator Ann Cole railed against Governor Ray Hill.",
        "Senator Ann Cole poked fun at Governor Ray Hill.",
        "Senator Ann Cole knocked Governor Ray Hill for the delays.",
        "Senator Ann Cole has feuded with Governor Ray Hill for years.",
        "Senator Ann Cole went on the attack against Governor Ray Hill.",
    ],
)
def test_criticism_told_by_an_idiom(nlp, text):
    found = events_of(nlp, text)
    assert found and found[0].type == "ACCUSE" and found[0].recipients == ["Ray Hill"]


def test_an_idioms_own_noun_is_no_recipient(nlp):
    found = events_of(nlp, "Senator Ann Cole took issue with Governor Ray Hill's remarks.")
    assert found[0].type == "ACCUSE" and found[0].recipients == ["Ray Hill"]


@pytest.mark.parametrize(
    "text",
    [
        "Russia launched an attack on Ukraine.",
        "Militants launched an attack on the army base.",
        "The rebels launched an attack on government troops.",
    ],
)
def test_attacks_by_forces_stay_assaults(nlp, text):
    assert first_type(nlp, text) == "ASSAULT"


def test_storms_knock_nothing_over(nlp):
    assert events_of(nlp, "The storm knocked over power lines across the county.") == []


def test_data_fed_is_no_aid(nlp):
    assert events_of(nlp, "Currently the office relies on the agency to feed it data on signups.") == []


def test_families_fed_are_aided(nlp):
    assert first_type(nlp, "Aid groups are feeding families displaced by the floods.") == "AID"


@pytest.mark.parametrize(
    "text",
    [
        "The other is to vigorously attack your fellow candidates, disparaging them personally.",
        "One option is to impose sanctions on the regime.",
        "The answer is to negotiate with the rebels.",
    ],
)
def test_a_course_among_others_is_no_act(nlp, text):
    assert events_of(nlp, text) == []


def test_a_course_taken_stays(nlp):
    assert first_type(nlp, "The government imposed sanctions on the regime on Monday.") == "SANCTION"


def test_a_contrast_drawn_with_a_rival_is_criticism(nlp):
    found = events_of(nlp, "Senator Ann Cole drew a sharp contrast with Governor Ray Hill over the budget.")
    assert found[0].type == "ACCUSE" and found[0].recipients == ["Ray Hill"]


@pytest.mark.parametrize(
    "text",
    [
        "The report draws a contrast between the two tax plans.",
        "The museum's new wing draws a striking contrast with the old building.",
    ],
)
def test_things_contrasted_are_no_criticism(nlp, text):
    assert events_of(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "On immigration, Senator Ann Cole and Governor Ray Hill both agree on a pathway to citizenship, but clash"
        " on the so-called Dream Act.",
        "Both parties agree on the need for tax reform.",
    ],
)
def test_positions_shared_are_no_accord(nlp, text):
    assert events_of(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas agreed on a ceasefire on Tuesday.",
        "The two leaders agree on a deal to end the strike.",
    ],
)
def test_accords_stay(nlp, text):
    assert first_type(nlp, text) == "AGREE"
