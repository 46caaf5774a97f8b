"""Issue-20 changes of stop 46 (branch events46b): anger drawn names the angry one in its
of-phrase ("drew the ire of the president"), where a criticism noun's of-phrase is what is
criticised; pressure felt from someone named is a demand, felt anger or pressure from no one none."""

from __future__ import annotations

import pytest
from test_events import events_of

from newsprism.events import rules


def _events(nlp, text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, list(e.actors), list(e.recipients)) for e in events_of(nlp, text)]


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("The senator drew the ire of the president.", "president", "senator"),
        ("The mayor incurred the wrath of the governor.", "governor", "mayor"),
    ],
)
def test_anger_drawn_of_someone_is_their_criticism(nlp, text, actor, recipient):
    found = _events(nlp, text)
    assert found and found[0][0] == "ACCUSE"
    assert any(actor in a for a in found[0][1]) and any(recipient in r for r in found[0][2])


def test_without_the_group_the_of_phrase_names_no_one(nlp):
    with rules.switched_off(["anger_sources"]):
        found = _events(nlp, "The senator drew the ire of the president.")
    assert not any("president" in a for _, actors, _ in found for a in actors)


def test_criticism_drawn_of_a_thing_names_no_critic(nlp):
    found = _events(nlp, "The mayor drew criticism of his budget plan.")
    assert not any("plan" in a or "budget" in a for _, actors, _ in found for a in actors)


def test_pressure_felt_from_someone_is_a_demand(nlp):
    found = _events(nlp, "The director felt pressure from the president to drop the inquiry.")
    assert found and found[0][0] == "REQUEST"
    assert any("president" in a for a in found[0][1]) and any("director" in r for r in found[0][2])
    with rules.switched_off(["felt_pressure"]):
        assert not any(
            t == "REQUEST" for t, _, _ in _events(nlp, "The director felt pressure from the president.")
        )


@pytest.mark.parametrize(
    "text",
    [
        "He felt anger at the decision.",
        "Council members are feeling the pressure this month to close the gap.",
        "Workers felt the pressure of rising costs.",
    ],
)
def test_feelings_and_pressure_from_no_one_are_no_demand(nlp, text):
    assert not any(t in ("REQUEST", "ACCUSE") for t, _, _ in _events(nlp, text))


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Obama stumped for Hillary Clinton in Pennsylvania.", "Obama", "Hillary Clinton"),
        ("Biden campaigned for Smith in Ohio on Tuesday.", "Biden", "Smith"),
    ],
)
def test_campaigning_for_a_person_is_support(nlp, text, actor, recipient):
    found = _events(nlp, text)
    assert found and found[0] == ("SUPPORT", [actor], [recipient])
    with rules.switched_off(["campaigns_for"]):
        assert not any(t == "SUPPORT" for t, _, _ in _events(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "He campaigned for president in 2016.",
        "She campaigned for the Senate seat.",
        "The group campaigned for lower taxes.",
        "Activists advocated for stricter gun laws.",
    ],
)
def test_campaigning_for_an_office_or_a_cause_backs_no_one(nlp, text):
    assert not any(t == "SUPPORT" for t, _, _ in _events(nlp, text))


@pytest.mark.parametrize(
    ("text", "event_type", "actor"),
    [
        ("Criticism from Democrats has been fierce.", "ACCUSE", "Democrats"),
        ("Pressure from the administration was intense.", "REQUEST", "administration"),
    ],
)
def test_an_act_told_by_its_quality_was_done_by_its_from_phrase(nlp, text, event_type, actor):
    found = _events(nlp, text)
    assert found and found[0][0] == event_type and found[0][1] == [actor]
    with rules.switched_off(["acts_by_quality"]):
        assert not _events(nlp, text)
    with rules.switched_off(["from_doers"]):
        assert all(actor not in actors for _, actors, _ in _events(nlp, text))


@pytest.mark.parametrize(
    "text",
    ["Support from Republicans is unlikely.", "The criticism was fierce."],
)
def test_an_act_that_may_not_be_or_names_no_doer_is_no_event(nlp, text):
    assert not _events(nlp, text)
