"""Thirteenth issue-20 round: a feeling about what someone did is criticism of them."""

from __future__ import annotations

import pytest

from newsprism.events import rules
from newsprism.events.extract import extract_events
from newsprism.models import Article


def events_of(nlp, text: str):
    return extract_events(nlp(text), Article(article_id="r13", source="test", text=text))


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("The union was upset that the company cut wages.", "company"),
        ("Budget hawks are angry that the council is again raising the spending limit.", "council"),
    ],
)
def test_a_feeling_about_what_someone_did_is_criticism(nlp, text, recipient):
    found = events_of(nlp, text)
    assert found and (found[0].type, found[0].mode) == ("ACCUSE", "disapprove")
    assert any(recipient in name for name in found[0].recipients)
    with rules.switched_off(["feelings_that"]):
        assert events_of(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "She was disappointed that it rained on Sunday.",
        "Voters are angry that prices keep rising.",
        "The mayor was furious about the weather.",
    ],
)
def test_a_feeling_about_things_is_no_event(nlp, text):
    assert events_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("The governor challenged the minister on the border figures.", "minister"),
        ("Four states challenged the new rule in federal court.", None),  # a rule is no party (actors42)
    ],
)
def test_challenging_someone_or_a_measure_is_criticism(nlp, text, recipient):
    found = events_of(nlp, text)
    assert found and found[0].type == "ACCUSE"
    assert any(recipient in name for name in found[0].recipients) if recipient else found[0].recipients == []


def test_challenging_an_incumbent_in_an_election_is_no_event(nlp):
    assert events_of(nlp, "The senator challenged the incumbent in the primary.") == []


def test_countermeasures_announced_are_a_threat_taken_a_sanction(nlp):
    threat = events_of(nlp, "Beijing said it would take countermeasures against the sanctions.")
    assert threat and threat[0].type == "THREATEN"
    taken = events_of(nlp, "The ministry took countermeasures against the two firms on Monday.")
    assert taken and taken[0].type == "SANCTION"
    assert events_of(nlp, "Experts discussed possible countermeasures to the virus.") == []
