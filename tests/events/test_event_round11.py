"""Rules of the eleventh issue-20 round, read through extract_events on invented sentences: the
routine of offices and institutions (an office left, a body sitting, a verdict by no court, money
drawn, a vote), a state said to be owed, an activity named; the idioms read in as data; and the
events they must leave standing."""

from __future__ import annotations

import pytest

from newsprism.events import rules
from newsprism.events.extract import extract_events
from newsprism.models import Article

NOT_EVENTS = [
    (
        "The auditor left in 2013, when the treasurer stepped down as finance minister.",
        "institutional_routine",
    ),
    (
        "The port needs a successor to the director, who is stepping down from his position next month.",
        "institutional_routine",
    ),
    ("The bill will be debated as soon as the new parliament convenes in March.", "institutional_routine"),
    ("Asked about the mayor's slogan, the columnist handed down a harsh verdict.", "institutional_routine"),
    (
        "The minister issued the ruling on Tuesday under his power over the tax courts.",
        "institutional_routine",
    ),
    (
        "Kestrel County will also receive $4 million in state funding to address the crisis.",
        "institutional_routine",
    ),
    ("Rural voters overwhelmingly backed the challenger in the primary.", "institutional_routine"),
    ("The fishermen should be permitted to use the northern bay, the mayor said.", "stances_ought"),
    ('"The council should be trembling in their seats," the organiser said.', "stances_ought"),
    ("The campaign has focused almost entirely on appealing to rural voters.", "courting"),
    ("The militia, which had abandoned the streets for a year, returned to its barracks.", "undone_acts"),
]


def events_of(nlp, text: str):
    return extract_events(nlp(text), Article(article_id="r11", source="t", text=text))


@pytest.mark.parametrize(("text", "group"), NOT_EVENTS)
def test_no_event_and_the_group_that_says_so(nlp, text, group):
    assert events_of(nlp, text) == []
    with rules.switched_off([group]):
        assert events_of(nlp, text), f"{group} is not what removes the event"


@pytest.mark.parametrize(
    "text",
    [
        "The mayor ruled out a run for the governorship last week.",
        "The treasurer steeled himself to defend that line before the auditors.",
        "The governor accepted $200,000 from executives of timber companies.",
        "The mayor is set to host a rally on Sunday afternoon in Riverton.",
        "He also sits in one of the party's most vulnerable Senate seats.",
        "The agency is suddenly allowing for more flexibility in the program.",
        "The utility has defended its reaction and said it would call the police again.",
        "Were the guard not wearing a uniform, he'd have been charged with murder.",
    ],
)
def test_objects_that_make_no_event(nlp, text):
    assert events_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The jury handed down a guilty verdict against the mayor on Monday.", "SANCTION"),  # a court
        ("A verdict was handed down against the smugglers on Monday.", "SANCTION"),  # no doer named
        ("The district judge issued a ruling against the ministry.", "SANCTION"),
        ("Prime Minister Okafor resigned on Wednesday after weeks of street protests.", "RETREAT"),
        ("Estmere received a loan of two billion dollars from the regional bank.", "AID"),  # a giver
        ("The island received emergency aid after the storm.", "AID"),  # aid, not money drawn
        ("The mayor backed the challenger in the primary.", "SUPPORT"),  # someone, not voters
        ("The minister said the rebels should be disarmed by the army.", "REQUEST"),  # a doer named
        ("The minister said the rebels should lay down their arms.", "REQUEST"),
        ('"The ministry should not be censoring the newspapers," the mayor said.', "ACCUSE"),
        ("The senators called into question the auditor's independence.", "ACCUSE"),
        ("The rebels have called the general's bluff.", "REJECT"),
        ("The two governors convened a meeting of the river commission.", "CONSULT"),
        ("The mayor appealed to the residents to stay home.", "REQUEST"),
        ("The governor appealed to donors for two million dollars.", "REQUEST"),
        ("The minister appealed to the Supreme Court.", "REQUEST"),  # a legal appeal
        ("The minister said the rebels are trying to destroy the bridge.", "COERCE"),  # a thing: the act
        ("Protesters sat in the governor's office for six hours.", "PROTEST"),  # a sit-in, no seat
        ("The president hosted the Japanese prime minister.", "CONSULT"),
        ("The guard was charged with murder on Friday.", "ACCUSE"),  # no modal perfect
    ],
)
def test_acts_that_stay_events(nlp, text, event_type):
    found = events_of(nlp, text)
    assert found and found[0].type == event_type


def test_a_gerund_joined_to_an_activity_is_one_too(nlp):
    text = "The unions have taken an interest in supporting the nurses and urging them to strike."
    assert not [e for e in events_of(nlp, text) if e.type == "REQUEST"]
    with rules.switched_off(["named_activities"]):
        assert [e for e in events_of(nlp, text) if e.type == "REQUEST"]


def test_an_attempt_at_ruin_said_of_another_is_an_allegation(nlp):
    text = '"The unions and their allies are trying to destroy a man\'s career," the mayor said.'
    found = events_of(nlp, text)
    assert found and found[0].type == "ACCUSE"
    with rules.switched_off(["attempts_alleged"]):
        assert not events_of(nlp, text) or events_of(nlp, text)[0].type != "ACCUSE"


def test_a_dated_past_criticism_by_critics_is_an_act(nlp):
    text = "Critics pounced on the harbour plan again last year when the auditors found a gap."
    found = events_of(nlp, text)
    assert found and found[0].type == "ACCUSE"
    with rules.switched_off(["dated_views"]):
        assert events_of(nlp, text) == []
    assert events_of(nlp, "Supporters have praised the harbour plan.") == []  # a view, undated


@pytest.mark.parametrize(
    "text",
    [
        "The lawyer told the panel that the council had no purpose for the council's subpoenas, which he described as too broad.",
        "The mayor called the governor's budget too small.",
    ],
)
def test_a_quality_faulted_by_too_is_criticism(nlp, text):
    found = events_of(nlp, text)
    assert found and found[0].type == "ACCUSE"
    with rules.switched_off(["excess_judged"]):
        assert not events_of(nlp, text) or events_of(nlp, text)[0].type != "ACCUSE"


def test_too_with_an_infinitive_measures_and_faults_nothing(nlp):
    assert events_of(nlp, "The senator described the plan as too early to judge.") == []


def test_a_naming_with_a_word_of_contempt_is_criticism(nlp):
    found = events_of(nlp, 'The governor later called the senator\u2019s meetings "a little condescending."')
    assert found and found[0].type == "ACCUSE"


@pytest.mark.parametrize(
    ("text", "actors", "recipients"),
    [
        ("Three students killed in the attack were buried on Friday.", [], ["students"]),
        ("The protesters arrested by police on Monday were released.", ["police"], ["protesters"]),
    ],
)
def test_the_noun_a_passive_participle_describes_undergoes_it(nlp, text, actors, recipients):
    found = [e for e in events_of(nlp, text) if e.type in ("ASSAULT", "COERCE")]
    assert found
    assert [a.split()[-1] for a in found[0].actors] == actors
    assert [r.split()[-1] for r in found[0].recipients] == recipients
    with rules.switched_off(["participle_patients"]):
        switched = [e for e in events_of(nlp, text) if e.type in ("ASSAULT", "COERCE")]
        assert [r.split()[-1] for r in switched[0].recipients] != recipients


def test_a_stative_participle_keeps_its_noun_as_the_side(nlp):
    found = events_of(nlp, "Senators opposed to the treaty voted against it on Monday.")
    assert found and all("Senators" not in r for r in found[0].recipients)
