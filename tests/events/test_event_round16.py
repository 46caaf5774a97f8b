"""Sixteenth issue-20 round (a midterm week read whole): elections told as conquest, retorts shot
back, forecasts agreed to, premises accepted, warnings about something, matters settled, venues
as addressees and ballot measures approved."""

from __future__ import annotations

import pytest

from newsprism.events.extract import extract_events
from newsprism.models import Article


def events_of(nlp, text: str):
    return extract_events(nlp(text), Article(article_id="r16", source="test", text=text))


def first_type(nlp, text: str) -> str | None:
    found = events_of(nlp, text)
    return found[0].type if found else None


@pytest.mark.parametrize(
    "text",
    [
        "Democrats captured the Assembly majority on Tuesday night.",
        "The party seized control of the state Senate for the first time in a decade.",
        "Democrats captured the House and gained seats in the Senate.",
        "The governor captured the White House in 2008.",
        'Smith shot back: "That plan was never funded by anyone."',
        "Mr. Lee agreed that most voters would probably stay home.",
        "She accepted the conservative definition of the problem.",
        'He issued a stern warning about Democratic "obstructionism" on the eve of the vote.',
        "Even with Ohio settled, there is still the matter of Texas.",
        "In Oregon, voters in two counties approved bans on logging.",
    ],
)
def test_no_event_between_parties(nlp, text):
    assert events_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels seized control of the town on Monday.", "COERCE"),
        ("The army captured two soldiers near the border.", "ASSAULT"),
        ("Police seized his house and two cars.", "COERCE"),
        ("Rebels captured the Government House on Monday.", "ASSAULT"),
        ("The soldiers shot back at the attackers.", "ASSAULT"),
        ("The two sides agreed that talks would resume next week.", "AGREE"),
        ("She accepted the offer from the union.", "AGREE"),
        ("He warned Russia about an invasion of Ukraine.", "THREATEN"),
        ("The city settled the lawsuit with the family on Monday.", "AGREE"),
        ("The council approved a ban on protests near the mosque.", "COERCE"),
    ],
)
def test_acts_between_parties_stay(nlp, text, expected):
    assert first_type(nlp, text) == expected


def test_a_venue_is_not_the_one_addressed(nlp):
    found = events_of(nlp, "Warren charged at an event targeting young voters at Ohio State University.")
    assert found and found[0].type == "ACCUSE"
    assert found[0].recipients == []
    accused = events_of(nlp, "Warren accused the governor of lying at a rally in Ohio.")
    assert accused and accused[0].recipients == ["governor"]
