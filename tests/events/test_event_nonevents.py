"""Trigger words read through the whole events stage (extract_events): uses that report no
event between actors (questions, statements of purpose, imperatives, figures of motion, talk
with nobody, things as doers) and the political events next to them that must stay."""

from __future__ import annotations

import pytest

from newsprism.events.extract import extract_events
from newsprism.models import Article


def events_of(nlp, text: str):
    return extract_events(nlp(text), Article(article_id="n", source="t", text=text))


@pytest.mark.parametrize(
    "text",
    [
        "The anchor asked the senator about the report.",  # a question about something
        "The chairman asked the witness.",  # asking someone, nothing asked for
        "She recalled the early days of health care reform.",  # a memory, no envoy recalled
        "My first duty is to defend the people of this state.",  # a statement of purpose
        "The goal of the bill is to support small farmers.",
        "The company has fought its way back from bankruptcy.",  # a figure of motion
        "Just keep talking.",  # an imperative to the reader
        "Under the rules they are allowed to carry guns.",  # a standing permission
        "They are allowed to detain and deport migrants.",  # what may be done, no one acting
        "The governor discussed the budget at length.",  # talk with nobody
        "The rocket was destroyed by an interceptor over the ocean.",  # a thing as doer
        "The rocket broke apart as it traveled over the ocean.",  # a thing on the move, no visit
        "In May, only 36% felt the White House ordered the agency to target the groups.",  # a poll
        "None of the senators is willing to say they have an agreement.",  # nobody in particular
        "The plant's emissions meet federal standards.",  # things do not meet
        "Leaders from Asia and Europe are beating a path to the capital.",  # an idiom
        "The senators backed the leader into a corner on the debt ceiling.",  # an idiom
        "He was fighting a futile fight.",  # a figure of speech
        "The former president offered a personal portrait of his wife.",  # a description, no offer
        "It was a campaign that some said shouldn't be here at all.",  # a view held by some
    ],
)
def test_uses_that_report_no_event(nlp, text):
    assert events_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The senator asked the attorney general to resign.", "REQUEST"),
        ("Iraq asked the United Nations for food aid.", "REQUEST"),
        ("The mayor asked the governor's help with the flood.", "REQUEST"),
        ("The families asked that the hearing be delayed.", "REQUEST"),
        ("Russia recalled its ambassador from Washington.", "SANCTION"),
        ("The Senate report accuses the agency of misconduct.", "ACCUSE"),  # its makers act
        ("The governor discussed the budget with the mayor.", "CONSULT"),
        ("The two sides discussed a ceasefire on Monday.", "CONSULT"),
        ("The report focuses new scrutiny on the agency.", "ACCUSE"),
        ("The move was blocked in the Senate by the majority leader.", "REJECT"),
        ("The appeals court reversed the decision on Friday.", "SANCTION"),
        ("Residents said soldiers attacked the village.", "ASSAULT"),  # witnesses, not a poll
        ("Conservatives say they can't support the immigration bill.", "REJECT"),  # a refusal
        ("The president said the US must be ready to mediate between the two sides.", "REQUEST"),
        ("The president will welcome the Romanian president to the White House.", "CONSULT"),
    ],
)
def test_political_events_stay(nlp, text, event_type):
    found = events_of(nlp, text)
    assert found and found[0].type == event_type
