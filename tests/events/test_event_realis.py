"""Rules of the fifth issue-20 round, read through extract_events on invented sentences: acts
owed or called for, what someone has to do, acts on oneself, participles that describe someone,
sources, views of people in general, idioms suffered by their subject; and the events they must
leave standing."""

from __future__ import annotations

import pytest

from newsprism.events import rules
from newsprism.events.extract import extract_events
from newsprism.models import Article

SILENCED = [
    ("noun_infinitives", "Critics cite the duty to defend the mayor in court."),
    ("noun_infinitives", "Officials now have the power to arrest protesters."),
    ("noun_infinitives", "Lawmakers cited the right to protest the war."),
    ("obligations", "The mayor says the city has to offer alternatives to the protesters."),
    ("reflexive_objects", "The gunman tried to kill himself after the siege."),
    ("participle_mentions", "The man accused of stealing the files tried to flee the country."),
    ("sourcing", "The bridge reopened on Monday, according to a union leader who said he met the minister."),
    (
        "calls_on_no_one",
        "The governor reiterated his opposition to the plan, calling for more armed security.",
    ),
    ("poll_findings", "New polls show Democrats blaming the governor for the shutdown."),
    ("gapped_objects", "It is a balancing act she has had to strike for years."),
    ("general_views", "Supporters have praised the law as a model for other states."),
]


def events_of(nlp, text: str):
    return extract_events(nlp(text), Article(article_id="r5", source="t", text=text))


@pytest.mark.parametrize(("group", "text"), SILENCED)
def test_no_event(nlp, group, text):
    assert events_of(nlp, text) == [], group


@pytest.mark.parametrize(("group", "text"), SILENCED)
def test_each_group_is_what_silences_its_sentence(nlp, group, text):
    with rules.switched_off([group]):
        assert events_of(nlp, text), group


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The senator had to apologize to the families on Monday.", "SUPPORT"),  # had to: done
        ("Police arrested the man accused of stealing the files.", "COERCE"),
        ("A French aid worker kidnapped in Mali was freed by the army on Sunday.", "RETREAT"),
        ("Candidates are complaining that the moderators are biased.", "ACCUSE"),  # someone judged
        ("Democrats praised the deal on Tuesday.", "SUPPORT"),  # a party, not people in general
        ("Police defend the new curfew.", "SUPPORT"),  # an acting body
        ("The candidate distanced himself from the former president.", "ACCUSE"),
        ("ISIS used chemical weapons against Kurdish forces.", "ASSAULT"),
        ("The party said it had withdrawn the whip from the councillor.", "SANCTION"),
        ("Republicans tried to pin the blame on Obama.", "ACCUSE"),
        ("Protesters called for the resignation of the prime minister.", "REQUEST"),  # someone named
        ("The senator called for the White House to direct the FBI to investigate.", "REQUEST"),
    ],
)
def test_events_stay(nlp, text, event_type):
    found = events_of(nlp, text)
    assert found and found[0].type == event_type, [(e.type, e.trigger) for e in found]


@pytest.mark.parametrize(
    "text",
    [
        "Voters are fed up with being told how to live.",  # an idiom, no feeding
        "The speaker had to call a news conference to deny the rumor.",  # the press, no meeting
        "The resolution, signed by the mayor, directs the city to create a commission.",  # own act
    ],
)
def test_idioms_and_objects_are_no_events(nlp, text):
    assert events_of(nlp, text) == []


def test_coming_under_fire_is_criticism_of_the_subject(nlp):
    event = events_of(nlp, "The senator came under fire from Democrats for his remarks.")[0]
    assert (event.type, event.mode) == ("ACCUSE", "disapprove")
    assert event.actors == ["Democrats"] and event.recipients == ["senator"]
    with rules.switched_off(["undergone_idioms"]):
        assert events_of(nlp, "The senator came under fire from Democrats for his remarks.") == []


def test_forces_coming_under_fire_are_attacked(nlp):
    event = events_of(nlp, "Two US soldiers came under fire near Kandahar on Monday.")[0]
    assert event.type == "ASSAULT" and event.recipients == ["US soldiers"]
