"""A past act told in passing: a passive in a relative or prepositional clause with no doer anywhere
is background, no event; the same act with its doer, in a main clause, reported or narrated stays."""

from __future__ import annotations

import pytest

import newsprism.events.rules as rules
from newsprism.events.extract import extract_events
from newsprism.models import Article

BACKGROUND = [
    "Turnout fell in towns where protesters were arrested last year.",
    "The army is assessing the damage of the strike launched hours earlier, a spokesman said, "
    "including who, if anyone, was killed.",
]


def events_of(nlp, text: str):
    return extract_events(nlp(text), Article(article_id="bg", source="test", text=text))


@pytest.mark.parametrize("text", BACKGROUND)
def test_doerless_passive_in_a_modifier_is_background(nlp, text):
    assert events_of(nlp, text) == []


def test_the_rule_is_what_drops_them(nlp):
    with rules.switched_off(["doerless_background"]):
        assert all(events_of(nlp, text) for text in BACKGROUND)


@pytest.mark.parametrize(
    ("text", "expected", "trigger"),
    [
        ("Four soldiers were killed in an ambush on Tuesday.", "ASSAULT", "killed"),
        ("The police said that two protesters were arrested on Friday.", "COERCE", "arrested"),
        ("Protesters who were arrested by the police on Friday sued the city.", "COERCE", "arrested"),
        (
            "The senator criticised the agency, which was sanctioned by the court last year.",
            "SANCTION",
            "sanctioned",
        ),
        ("The minister smiled when he was asked to resign by reporters.", "REQUEST", "asked"),
        ("The reporter was walking home when he was attacked.", "ASSAULT", "attacked"),
    ],
)
def test_a_doer_or_a_main_clause_keeps_the_act(nlp, text, expected, trigger):
    assert (expected, trigger) in [(e.type, e.trigger) for e in events_of(nlp, text)]
