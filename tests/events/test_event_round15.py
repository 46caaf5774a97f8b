"""Fifteenth issue-20 round: turns before the press, campaigns aimed at audiences, fire returned,
conditions in a future perfect, background in a relative clause, a reason told, criticism offered."""

from __future__ import annotations

import pytest

from newsprism.events import rules
from newsprism.events.extract import extract_events
from newsprism.models import Article


def events_of(nlp, text: str):
    return extract_events(nlp(text), Article(article_id="r15", source="test", text=text))


def first_type(nlp, text: str) -> str | None:
    found = events_of(nlp, text)
    return found[0].type if found else None


@pytest.mark.parametrize(
    "text",
    [
        "The mayor holds a press conference after the council passed the budget.",
        "The governor gave a news conference at the state capitol on Friday.",
        "The campaign will target potential voters with mail and phone calls.",
        "The party targeted undecided voters with television ads.",
        "Manufacturers rescued the trade package from a late derailment by the committee.",
        "Refugees have fled by the thousands, feeding a humanitarian crisis in the region.",
        "Some members who were fighting for reelection in close districts stayed quiet.",
        "At the hearing the senators offered a series of amendments to the bill.",
    ],
)
def test_no_event_between_parties(nlp, text):
    assert events_of(nlp, text) == []


def test_two_leaders_meeting_is_still_a_meeting(nlp):
    assert first_type(nlp, "The mayor held a meeting with the governor on Friday.") == "CONSULT"


def test_people_targeted_by_force_are_still_attacked(nlp):
    assert first_type(nlp, "The army targeted civilians in the northern villages.") == "ASSAULT"


def test_fire_returned_is_an_attack(nlp):
    found = events_of(nlp, "The guards returned fire and the attackers fled.")
    assert found and found[0].type == "ASSAULT" and found[0].mode == "firearms"
    assert first_type(nlp, "The rebels released two hostages on Monday.") == "RETREAT"


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "The charter bans forced labour except as punishment for crime whereof the party shall have "
            "been duly convicted.",
            "future_perfects",
        ),
        ('"We will see what the voters decide," she said when pressed by reporters.', "press_prompts"),
        (
            "The files were found during an inquiry led by Sarah Pell, who has been investigating the "
            "ministry's contracts with the firm.",
            "ongoing_relatives",
        ),
    ],
)
def test_told_not_reported(nlp, text, group):
    assert events_of(nlp, text) == []
    with rules.switched_off([group, "unannounced_futures"]):  # the future perfect is a bare forecast too
        assert events_of(nlp, text) != []


def test_pressed_by_reporters_to_act_is_still_pressure(nlp):
    found = events_of(nlp, "He was pressed by reporters to resign.")
    assert found and found[0].type == "REQUEST"


def test_a_reason_told_reports_its_act(nlp):
    text = "Which is why the governor on Monday was condemning the robocalls from the Freedom Action PAC."
    found = events_of(nlp, text)
    assert found and found[0].type == "ACCUSE" and found[0].actors == ["governor"]
    with rules.switched_off(["reasons_asserted"]):
        assert events_of(nlp, text) == []
    assert events_of(nlp, "Nobody knows why the governor was condemning the robocalls.") == []


def test_a_critique_offered_is_criticism(nlp):
    text = "In response, the senator offered a tepid critique of the governor."
    found = events_of(nlp, text)
    assert found and (found[0].type, found[0].mode) == ("ACCUSE", "disapprove")
    with rules.switched_off(["offered_judgements"]):
        assert [e for e in events_of(nlp, text) if e.type == "ACCUSE"] == []


def test_a_chorus_of_people_can_lobby(nlp):
    found = events_of(nlp, "A chorus of students is lobbying schools to stop grading on a letter scale.")
    assert found and found[0].type == "REQUEST" and found[0].recipients == ["schools"]


def test_a_highway_jammed_by_a_crowd_is_a_protest(nlp):
    found = events_of(
        nlp, "Thousands of protesters jammed a highway on Monday to demand the mayor's resignation."
    )
    assert found and (found[0].type, found[0].mode) == ("PROTEST", "obstruct")


def test_a_dated_photo_caption_reports_nothing(nlp):
    def found(text):
        return extract_events(
            nlp(text), Article(article_id="cap", source="test", text=text, published="2016-12-16")
        )

    caption = "Prime Minister Tom Baxter welcomes President Ana Ruiz to the palace in Lisbon on May 4, 2011."
    assert found(caption) == []
    with rules.switched_off(["dated_captions"]):
        assert found(caption) != []
    assert found("Prime Minister Tom Baxter welcomes President Ana Ruiz to the palace on December 20, 2016.")
    assert found(
        "Prime Minister Tom Baxter welcomed President Ana Ruiz to the palace in Lisbon on May 4, 2011."
    )


def test_a_crowd_gathered_to_demand_is_a_protest(nlp):
    text = "Hundreds gathered outside the county courthouse to demand action against the prosecutor."
    found = events_of(nlp, text)
    assert found and (found[0].type, found[0].mode) == ("PROTEST", "demo")
    with rules.switched_off(["crowd_demands"]):
        assert events_of(nlp, text)[0].type == "REQUEST"
    evidence = events_of(nlp, "The senator gathered evidence to accuse the governor.")
    assert evidence and evidence[0].type == "ACCUSE"
