"""Issue-20 changes of stop 45 (branch events45b): criticism told with any strongly faulting word of
the evaluative lexicon, "shoot down" a claim is a rejection, a denied gerund is no event."""

from __future__ import annotations

import pytest
from test_events import events_of

from newsprism.events import rules


def _events(nlp, text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, list(e.actors), list(e.recipients)) for e in events_of(nlp, text)]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("The minister branded the opposition leader dishonest.", "opposition leader"),
        ("The mayor said the councillor was deceitful.", "councillor"),
    ],
)
def test_a_faulting_word_about_someone_is_criticism(nlp, text, recipient):
    found = _events(nlp, text)
    assert found and found[0][0] == "ACCUSE"
    assert recipient in found[0][2]
    with rules.switched_off(["valenced_judgements"]):
        assert not any(t == "ACCUSE" for t, _, _ in _events(nlp, text))


def test_a_faulting_word_about_ones_own_thing_judges_no_one(nlp):
    text = "The columnist insisted that my forecast was mistaken."
    assert not any(t == "ACCUSE" for t, _, _ in _events(nlp, text))


@pytest.mark.parametrize(
    "text",
    ["The mayor shot down the report on Friday.", "The governor shot down the claim that she had resigned."],
)
def test_shooting_down_a_claim_is_a_rejection(nlp, text):
    assert _events(nlp, text)[0][0] == "REJECT"


def test_shooting_down_an_aircraft_is_still_an_attack(nlp):
    assert _events(nlp, "Rebels shot down a helicopter near the border.")[0][0] == "ASSAULT"


@pytest.mark.parametrize(
    "text", ['"There was no talking to the rebels," the envoy said.', "There was no meeting with the union."]
)
def test_a_gerund_or_noun_denied_with_no_is_no_event(nlp, text):
    assert _events(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The senator called the plan cruel.",
        "The council said the leaflet was unacceptable and a waste of money.",
        "The senator called it a disgrace.",
    ],
)
def test_a_thing_that_names_no_one_judged_is_no_event(nlp, text):
    assert not any(t == "ACCUSE" for t, _, _ in _events(nlp, text))
    # two rule groups carry this convention (stop 45's owned_things_judged, stop 47's
    # stances_against_things for "called ... cruel"): with both off the judgement is criticism again
    with rules.switched_off(["owned_things_judged", "stances_against_things"]):
        assert any(t == "ACCUSE" for t, _, _ in _events(nlp, text))


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("The senator called the governor's plan cruel.", "governor"),
        ("The leader called the attack carried out by two gunmen an act of terror.", "gunmen"),
    ],
)
def test_a_thing_the_sentence_says_is_someones_judged_is_criticism_of_them(nlp, text, recipient):
    found = _events(nlp, text)
    assert found and found[0][0] == "ACCUSE"
    assert recipient in found[0][2]


def test_a_pronouns_own_state_is_no_judgement(nlp):
    assert not any(t == "ACCUSE" for t, _, _ in _events(nlp, "The mayor said she was ashamed of the result."))


@pytest.mark.parametrize(
    "text",
    [
        '"We will keep reporting and find out what the ministry is disputing," the paper said.',
        "The inspectors are trying to determine what the company is disputing.",
    ],
)
def test_an_act_naming_a_thing_what_is_no_event(nlp, text):
    assert not any(t == "REJECT" for t, _, _ in _events(nlp, text))
    with rules.switched_off(["free_relatives"]):
        assert any(t == "REJECT" for t, _, _ in _events(nlp, text))


def test_an_object_pronoun_in_a_reported_clause_is_the_reporter(nlp):
    text = (
        "Inspector Paul Brand spoke on Friday about Victor Hale. Two aides say that Hale told the inspector "
        "that the governor instructed him to hide the files."
    )
    found = [e for e in events_of(nlp, text) if e.trigger.startswith("instructed")]
    assert found and found[0].recipients == ["Victor Hale"]
