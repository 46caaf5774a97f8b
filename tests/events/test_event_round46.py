"""Issue-20 changes of stop 46 (branch events46): criticism and praise told by nouns drawn from
someone (its owner or from-phrase acts), more words of scolding and praise, pressure as a demand, a
court's stay."""

from __future__ import annotations

import pytest
from test_events import events_of

from newsprism.events import rules


def _events(nlp, text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, list(e.actors), list(e.recipients)) for e in events_of(nlp, text)]


@pytest.mark.parametrize(
    ("text", "event_type", "actor", "recipient"),
    [
        (
            "Whitlock chastised Republicans for talking during her speech.",
            "ACCUSE",
            "Whitlock",
            "Republicans",
        ),
        ("The president vilified the press at a rally in Ohio.", "ACCUSE", "president", "press"),
        (
            "Trump complimented the Chinese president on his handling of the virus.",
            "SUPPORT",
            "Trump",
            "Chinese president",
        ),
        (
            "The governor faced mounting pressure from lawmakers to resign.",
            "REQUEST",
            "lawmakers",
            "governor",
        ),
        ("The union threw its weight behind the candidate.", "SUPPORT", "union", "candidate"),
    ],
)
def test_words_of_scolding_praise_and_pressure(nlp, text, event_type, actor, recipient):
    found = _events(nlp, text)
    assert found and found[0][0] == event_type
    assert any(actor in a for a in found[0][1]) and any(recipient in r for r in found[0][2])


def test_a_court_staying_a_ruling_is_a_sanction(nlp):
    found = _events(nlp, "The judge stayed the ruling pending appeal.")
    assert found and found[0][0] == "SANCTION"


def test_anger_drawn_names_whose_it_is(nlp):
    text = "The senator drew the president's wrath."
    found = _events(nlp, text)
    assert found and found[0][0] == "ACCUSE" and found[0][1] == ["president"] and found[0][2] == ["senator"]
    with rules.switched_off(["undergone_possessors"]):
        assert _events(nlp, text)[0][1] == []


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("CNN drew Mr. Trump's hostility by breaking the news.", "Trump", "CNN"),
        (
            "The governor faced sharp questions from Republican lawmakers about the delay.",
            "lawmakers",
            "governor",
        ),
    ],
)
def test_hostility_or_questions_drawn_from_someone_is_criticism(nlp, text, actor, recipient):
    found = _events(nlp, text)
    assert found and found[0][0] == "ACCUSE"
    assert any(actor in a for a in found[0][1]) and any(recipient in r for r in found[0][2])
    with rules.switched_off(["drawn_criticism"]):
        assert not any(t == "ACCUSE" for t, _, _ in _events(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The hostility between the two countries has deepened.",
        "The candidate faced tough questions from reporters at the press conference.",
        "The nominee faced questions about his record.",
    ],
)
def test_hostility_or_questions_from_no_one_or_the_press_is_no_criticism(nlp, text):
    assert not any(t == "ACCUSE" for t, _, _ in _events(nlp, text))


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        ("Trump had a phone call with Putin on Tuesday.", "Putin"),
        ("The president had a meeting with the Chinese premier last week.", "Chinese premier"),
    ],
)
def test_a_call_or_meeting_had_with_someone_is_consultation(nlp, text, partner):
    found = _events(nlp, text)
    assert found and found[0][0] == "CONSULT" and partner in found[0][1]


@pytest.mark.parametrize(
    "text", ["We have concerns about the deal.", "The nation is having a conversation about guns."]
)
def test_other_things_had_are_no_consultation(nlp, text):
    assert not any(t == "CONSULT" for t, _, _ in _events(nlp, text))


def test_protesters_mobilizing_protest(nlp):
    found = _events(nlp, "The protesters mobilized at the city's busiest train station.")
    assert found and found[0][0] == "PROTEST"


def test_coming_to_someones_defense_is_support(nlp):
    text = "The governor came to the defense of the police chief."
    found = _events(nlp, text)
    assert found and found[0][0] == "SUPPORT" and "police chief" in found[0][2]
    with rules.switched_off(["defenses_come_to"]):
        assert not any(t == "SUPPORT" for t, _, _ in _events(nlp, text))
    assert not any(t == "SUPPORT" for t, _, _ in _events(nlp, "Troops came to the defense of the city."))


@pytest.mark.parametrize(
    "text",
    ["Some delegates supported it reluctantly.", "The measure was supported by farm groups."],
)
def test_backing_a_thing_naming_no_one_is_a_stance(nlp, text):
    assert not any(t == "SUPPORT" for t, _, _ in _events(nlp, text))
    with rules.switched_off(["stances_on_things"]):
        assert any(t == "SUPPORT" for t, _, _ in _events(nlp, text))


@pytest.mark.parametrize(
    "text", ["Party delegates are still backing her strategy.", "The senator backed the governor on Monday."]
)
def test_backing_someone_or_their_thing_is_support(nlp, text):
    assert any(t == "SUPPORT" for t, _, _ in _events(nlp, text))
