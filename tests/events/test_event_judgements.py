"""Which clauses report an event, and of what type: needs, forecasts, views and questions are
none; threats made, briefings, attacks between people, demands and voiced feelings are typed."""

from __future__ import annotations

import pytest
from test_events import events_of, main_event


@pytest.mark.parametrize(
    "text",
    [
        "Republicans need to support the president if they want to win.",  # a need, not an act
        "Democrats are likely to reject the proposal.",  # a forecast
        "The law allows police to arrest people without a warrant.",  # what a rule permits
        "That requires us to shut down large parts of the airspace.",  # what a circumstance demands
        "The president's supporters attack anyone who criticizes him.",  # a habit, no one in particular
        "The strategy is to attack the problem from both sides.",  # no one attacks
        "The company is fighting the lawsuit.",  # a legal defence, not a fight
        "Pressure is mounting on the governor to resign.",  # a mass noun is no actor
    ],
)
def test_needs_forecasts_rules_and_habits_are_no_events(nlp, text):
    assert events_of(nlp, text) == []


def test_a_weapon_may_still_kill(nlp):
    event = main_event(nlp, "Three soldiers were killed by an improvised explosive device near Basra.")
    assert event.type == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "There is speculation about when the central bank will ease restrictions on lending.",  # a question
        "Observers wonder whether the rebels will attack the capital.",  # a question
        "The group supports an immigration crackdown.",  # a standing view of a policy
        "It was difficult to attack the book on ideological grounds.",  # what is hard to do
        "The apparent clash between the accounts prompted new questions.",  # accounts do not clash
        "I might release them after I leave office, the president said.",  # a possibility, no promise
        "The governor will sign an executive order on masks.",  # a domestic order, no one acted on
        "A passport specialist alerted the F.B.I.",  # told, no forces put on alert
        "The senator blasted out a fundraising email.",  # sent, not criticised
        "This is not different than how labor unions negotiate their contracts, he said.",  # a manner
        "They reviewed investigations that have been closed.",  # a case closed, no one shut out
        "The spokesman briefed reporters on the talks.",  # the press is no party
        "They found surprises about the way money donated for the poor was being used.",  # a manner
        "The reason I insist on a public option is that it saves money.",  # a reason
        "Expecting the attorney general to refuse to enforce the law is dangerous.",  # a proposition
        "Just ask John Boehner and Barack Obama.",  # an imperative to the reader
        "Democrats say the new information should put to rest the scandal.",  # asks nothing of anyone
        "Signs that the economy is slowing might make the bank loosen its grip.",  # signs sign nothing
        "Colbert will be raising campaign funds for his sister.",  # fundraising is no aid
    ],
)
def test_questions_views_possibilities_and_paperwork_are_no_events(nlp, text):
    assert events_of(nlp, text) == []


def test_a_threat_that_may_come_is_none_but_one_made_is_kept(nlp):
    assert events_of(nlp, "Pelosi could threaten to delay the trade deal.") == []
    assert main_event(nlp, "Pelosi threatened to delay the trade deal.").type == "THREATEN"
    assert main_event(nlp, "Obama and his allies have been hitting hard at Romney.").type == "ACCUSE"


def test_briefing_someone_is_consulting_them(nlp):
    event = main_event(nlp, "Ms. Pierson said that she had briefed Mr. Obama about the incident.")
    assert event.type == "CONSULT" and "Obama" in event.recipients


def test_an_attack_between_named_people_is_criticism_unless_armed(nlp):
    assert main_event(nlp, "Trump attacked Biden in a speech on Monday.").type == "ACCUSE"
    assert main_event(nlp, "Warren hit Bloomberg over his record.").type == "ACCUSE"
    assert main_event(nlp, "A man attacked Senator Paul with a knife.").type == "ASSAULT"
    assert main_event(nlp, "Russia attacked Ukraine on Thursday.").type == "ASSAULT"
    assert events_of(nlp, "The president met reporters on Friday.") == []  # the press is no party


def test_what_someone_must_do_said_of_them_is_a_demand(nlp):
    event = main_event(nlp, "Democrats said the president must release the report.")
    assert event.type == "REQUEST" and event.actors == ["Democrats"] and event.recipients == ["president"]


def test_a_feeling_voiced_is_criticism_only_when_aimed_at_someone(nlp):
    assert main_event(nlp, "The mayor expressed frustration with the governor.").type == "ACCUSE"
    assert main_event(nlp, "Democrats raised concerns about the nominee's ties to industry.").type == "ACCUSE"
    assert events_of(nlp, "Residents expressed concern about the storm.") == []


def test_criticism_to_come_stays_criticism(nlp):
    # an undergone act announced is no agreement or threat of the one who undergoes it
    event = main_event(nlp, "The plan will draw criticism from Democrats.")
    assert event.type == "ACCUSE" and event.actors == ["Democrats"] and event.future
