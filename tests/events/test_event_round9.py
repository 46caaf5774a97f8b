"""Rules of the ninth issue-20 round, read through extract_events on invented sentences: a
present-simple relative clause that defines someone tells what they do as a rule; the events it
must leave standing."""

from __future__ import annotations

import pytest

from newsprism.events import rules
from newsprism.events.extract import extract_events
from newsprism.models import Article

DEFINED = [
    "Frontex is an agency that cooperates with national border guards.",
    "Interpol, an agency that coordinates efforts between police forces, has a new chief.",
    "NATO is an alliance that defends its members against attack.",
]


def events_of(nlp, text: str):
    return extract_events(nlp(text), Article(article_id="r9", source="t", text=text))


@pytest.mark.parametrize("text", DEFINED)
def test_a_defining_relative_clause_reports_no_event(nlp, text):
    assert events_of(nlp, text) == []
    with rules.switched_off(["definitions"]):
        assert events_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Europol is the agency that arrested the suspects last week.", "COERCE"),  # past: an act
        ("He is a senator who has criticized the president repeatedly.", "ACCUSE"),  # its own time
        ("The senator criticizes the president every week.", "ACCUSE"),  # no relative clause
    ],
)
def test_acts_in_time_stay_events(nlp, text, event_type):
    found = events_of(nlp, text)
    assert found and found[0].type == event_type


@pytest.mark.parametrize(
    "text",
    [
        "The establishment is late to the game, but they have at least arrived.",
        "Federal agents arrived at his residence on Tuesday.",
    ],
)
def test_an_arrival_at_no_host_is_no_visit(nlp, text):
    assert events_of(nlp, text) == []
    with rules.switched_off(["arrivals"]):
        assert events_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Austria's chancellor arrived in Belgrade for a two-day official visit.",
        "The prime minister arrived at the White House on Monday.",
        "The envoy arrived here on Tuesday for talks with the rebels.",
    ],
)
def test_an_arrival_at_a_host_is_a_visit(nlp, text):
    found = events_of(nlp, text)
    assert found and found[0].type == "CONSULT"
