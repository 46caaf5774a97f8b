"""Acts on who holds an office (issues 19 and 20, branch types43): appointing, confirming,
firing, ousting, removing, defrocking and signing into law, read through extract_events on
invented sentences, with the one acted on as recipient (also in the passive); and the sentences
of the same verbs that are no such act."""

from __future__ import annotations

import pytest

import newsprism.events.rules as rules
from newsprism.events.extract import extract_events
from newsprism.models import Article


def events_of(nlp, text: str):
    return extract_events(nlp(text), Article(article_id="t43", source="test", text=text))


def first(nlp, text: str):
    found = events_of(nlp, text)
    assert found, text
    return found[0]


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "The Senate confirmed Maria Lindqvist as commerce secretary on Tuesday.",
            "Senate",
            "Maria Lindqvist",
        ),
        ("Maria Lindqvist was confirmed by the Senate as commerce secretary.", "Senate", "Maria Lindqvist"),
        ("The governor appointed Paul Brenner to the state supreme court.", "governor", "Paul Brenner"),
        ("The council installed Anna Petrov as interim director.", "council", "Anna Petrov"),
        ("The prime minister named his brother as defense minister.", "prime minister", "brother"),
    ],
)
def test_naming_someone_to_a_post_approves_an_actor(nlp, text, actor, recipient):
    event = first(nlp, text)
    assert (event.type, event.mode) == ("SUPPORT", "appoint")
    assert actor in " ".join(event.actors)
    assert event.recipients == [recipient]  # the post, court or office is no recipient
    with rules.switched_off(["office_acts"]):
        assert all(e.mode != "appoint" for e in events_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("The prime minister fired his finance minister on Friday.", "prime minister", "finance minister"),
        ("The board ousted the company's chief executive.", "board", "chief executive"),
        ("The president removed the inspector general from office.", "president", "inspector general"),
        ("The former bishop has been defrocked by Pope Gregory.", "Gregory", "former bishop"),
        ("The president dismissed the defense secretary.", "president", "defense secretary"),
    ],
)
def test_removing_someone_from_an_office_expels_them(nlp, text, actor, recipient):
    event = first(nlp, text)
    assert (event.type, event.mode) == ("SANCTION", "expel")
    assert actor in " ".join(event.actors)
    assert recipient in " ".join(event.recipients)
    assert "office" not in event.recipients


def test_a_bill_signed_into_law_is_approved_but_a_bare_signature_is_no_event(nlp):
    event = first(nlp, "The president signed the budget bill into law on Monday.")
    assert event.type == "SUPPORT"
    assert "president" in " ".join(event.actors)
    assert events_of(nlp, "The president signed the budget bill on Monday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The company fired a rocket into orbit on Sunday.",
        "He named three reasons for the delay.",
        "The Senate confirmed that the vote would take place.",
        "The lawyers removed the juror after a long hearing.",
        "The minister had discussed firing the central bank governor.",
        "The envoy forced the leaders to fire the chief prosecutor.",
        "The governor is expected to sign the measure into law today.",
    ],
)
def test_the_same_verbs_on_things_or_acts_not_done_are_no_office_act(nlp, text):
    assert all(e.mode not in ("appoint", "expel") for e in events_of(nlp, text))
    assert all(e.type != "SUPPORT" for e in events_of(nlp, text))


def test_a_passive_appointment_names_the_one_appointed_not_the_post(nlp):
    event = first(nlp, "Harlan Voss was appointed special envoy in March by Secretary of State Dana Merritt.")
    assert (event.type, event.mode) == ("SUPPORT", "appoint")
    assert event.recipients == ["Harlan Voss"]


@pytest.mark.parametrize(
    "text",
    [
        "In Vermont, Republican Dale Hunt ousted Democratic Sen. Carla Webb.",
        "Kevin Marsh ousted the incumbent governor, Ruth Allen, by just 345 votes.",
    ],
)
def test_a_candidate_ousting_another_at_the_polls_is_no_office_act(nlp, text):
    assert all(e.mode != "expel" for e in events_of(nlp, text))


def test_a_declared_national_emergency_is_a_state_of_emergency(nlp):
    event = first(nlp, "The president declared a national emergency at the southern border on Friday.")
    assert (event.type, event.mode) == ("COERCE", "martial-law")
    assert events_of(nlp, "The agency has declared a public health emergency over the outbreak.") == []


def test_a_state_of_war_declared_is_the_war_with_its_enemy(nlp):
    event = first(nlp, "The king declared a state of war with the neighbouring kingdom.")
    assert event.type == "ASSAULT"
    assert event.recipients == ["neighbouring kingdom"]


def test_a_judges_injunction_is_a_court_sanction_but_one_sought_is_not(nlp):
    event = first(nlp, "A federal judge in Ohio issued a temporary restraining order against the new rule.")
    assert event.type == "SANCTION"
    assert "judge" in " ".join(event.actors)
    assert events_of(nlp, "The tenants filed for an injunction against the landlord's plan.") == []


def test_a_body_voting_to_confirm_someone_confirms_them(nlp):
    event = first(nlp, "The Senate voted 51 to 47 to confirm Olga Brandt.")
    assert (event.type, event.mode) == ("SUPPORT", "appoint")
    assert "Senate" in " ".join(event.actors)
    assert event.recipients == ["Olga Brandt"]


def test_a_body_approving_a_nomination_approves_the_nominee(nlp):
    event = first(nlp, "The Senate approved the nomination of Carla Webb by a vote of 54 to 45.")
    assert (event.type, event.mode) == ("SUPPORT", "appoint")
    assert event.recipients == ["Carla Webb"]
    said = events_of(nlp, "When he confirmed his appointment on television, Tom Reyes spoke about taxes.")
    assert all(e.mode != "appoint" for e in said)
