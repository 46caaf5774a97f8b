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
        "The governor discussed the budget at length.",  # talk with nobody
        "The rocket was destroyed by an interceptor over the ocean.",  # a thing as doer
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
        ("The governor discussed the budget with the mayor.", "CONSULT"),
        ("The two sides discussed a ceasefire on Monday.", "CONSULT"),
        ("The report focuses new scrutiny on the agency.", "ACCUSE"),
        ("The move was blocked in the Senate by the majority leader.", "REJECT"),
        ("The president will welcome the Romanian president to the White House.", "CONSULT"),
    ],
)
def test_political_events_stay(nlp, text, event_type):
    found = events_of(nlp, text)
    assert found and found[0].type == event_type
