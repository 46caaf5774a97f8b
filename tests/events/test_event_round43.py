"""Criticism said without a judging verb (stop 43): blame laid on someone with a light verb, a
milder judgement of what someone did when the doer is in a by-phrase, a portrait painted as
something; none of them when no one is judged."""

from __future__ import annotations

import pytest
from test_events import events_of, main_event

from newsprism.events import rules


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("The mayor put the blame on the governor for the delays.", "governor"),
        ("The senator pinned the blame for the shutdown on House Democrats.", "Democrats"),
        ("Her lawyers have sought to cast blame on the county sheriff.", "sheriff"),
    ],
)
def test_blame_laid_on_someone_is_an_accusation(nlp, text, recipient):
    event = main_event(nlp, text)
    assert (event.type, event.mode) == ("ACCUSE", "allege")
    assert any(recipient in r for r in event.recipients)


def test_a_part_of_the_blame_is_blame(nlp):
    event = main_event(nlp, "The two ministers laid some of the blame on the contractor.")
    assert (event.type, event.mode) == ("ACCUSE", "allege")


def test_a_milder_judgement_of_what_a_named_doer_did_is_criticism(nlp):
    event = main_event(nlp, "The governor said the comments by the senator were sad.")
    assert event.type == "ACCUSE" and any("senator" in r for r in event.recipients)
    with rules.switched_off(["judged_by_agents"]):
        assert events_of(nlp, "The governor said the comments by the senator were sad.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The governor said the comments were sad.",  # no one judged
        "The farmer said the weather this spring was sad.",  # a thing
        "The senator said the storm damage was sad.",
    ],
)
def test_milder_judgements_of_no_one_are_no_events(nlp, text):
    assert events_of(nlp, text) == []


def test_disconnected_from_reality_judges_someone(nlp):
    event = main_event(nlp, "The mayor said the governor is completely disconnected from reality.")
    assert event.type == "ACCUSE" and any("governor" in r for r in event.recipients)


def test_painted_as_a_puppet_is_criticism(nlp):
    event = main_event(nlp, "Critics painted the governor as a puppet of the oil industry.")
    assert event.type == "ACCUSE" and any("governor" in r for r in event.recipients)
    assert events_of(nlp, "The volunteers painted the fence white.") == []


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("The senator said the governor's lies will catch up with him.", "governor"),
        ("The mayor told reporters that the council's threats and bullying will not work.", "council"),
    ],
)
def test_someones_doing_named_with_a_word_of_criticism_judges_them(nlp, text, recipient):
    event = main_event(nlp, text)
    assert event.type == "ACCUSE" and any(recipient in r for r in event.recipients)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said our mistakes cost us the race.",  # the speaker's own
        "The senator said the storm's damage was serious.",  # no one's doing
    ],
)
def test_own_or_no_ones_doing_is_no_criticism(nlp, text):
    assert events_of(nlp, text) == []
