"""Rules of the tenth issue-20 round, read through extract_events on invented sentences: acts
under an ability, an impersonal judgement, an aim, a modal or a counterfactual; habits, views
shared, feelings, forecasts and acts no one did; and the events they must leave standing."""

from __future__ import annotations

import pytest

from newsprism.events import rules
from newsprism.events.extract import extract_events
from newsprism.models import Article

NOT_EVENTS = [
    ("The farmers' union will be able to appeal the ruling next month.", "abilities"),
    ("The mayor was unable to meet the visiting governor.", "abilities"),
    ("Small farmers should be able to keep their land, the author says.", "abilities"),
    ("It's only fair to ask the council to reconsider the budget.", "impersonal_judgements"),
    (
        "It is important that the committee support the harbour plan, she told reporters.",
        "impersonal_judgements",
    ),
    ("The league's aim is to get the clubs to agree to a salary cap.", "purpose_chains"),
    ("The unions could form an alliance in the assembly to pressure the governor.", "modal_purposes"),
    (
        "He should have had to content himself with being able to note that he had not been indicted "
        "and to urge that this meant he was innocent.",
        "counterfactuals",
    ),
    ("The governor often criticizes his rivals in the legislature.", "habit_adverbs"),
    ("The curator, who gives a regular tour of the castle, spoke first.", "habit_adverbs"),
    ("The mayor agrees with the minister on the importance of cleaner rivers.", "views_agreed"),
    ("The senator, who rarely praises the governor, stayed home.", "habit_adverbs"),
    ("The minister thinks the opposition leader should resign at once.", "beliefs_not_demands"),
    ("The students feel intimidated if their views differ.", "felt_states"),
    ("No neighbouring country has tried to pressure the junta by threatening sanctions.", "no_subjects"),
    ("Analysts predicted that the rebels would attack the port within a week.", "predictions"),
    ("Protesters are routinely arrested by police in the capital.", "habit_adverbs"),
    ("The town, which is ill-equipped to offer shelter to refugees, objected.", "abilities"),
    (
        "The platform said it would hide posts if users employed them to threaten others.",
        "acts_in_conditions",
    ),
    ("Committees backing the mayor have raised two million dollars.", "stance_participles"),
    ("The summit is an opportunity for the two leaders to meet.", "for_infinitives"),
    ("The vote gives a chance for the opposition to criticize the government.", "for_infinitives"),
    (
        "Given how hard it is to get forty senators to agree on anything, the bill died.",
        "impersonal_judgements",
    ),
]


def events_of(nlp, text: str):
    return extract_events(nlp(text), Article(article_id="r10", source="t", text=text))


@pytest.mark.parametrize(("text", "group"), NOT_EVENTS)
def test_no_event_and_the_group_that_says_so(nlp, text, group):
    assert events_of(nlp, text) == []
    # stop 46's group drops a backed thing too; stop 51's a bare forecast ("would attack")
    with rules.switched_off([group, "stances_on_things", "unannounced_futures"]):
        assert events_of(nlp, text), f"{group} is not what removes the event"


def test_acts_under_way_against_a_party_stay_events(nlp):
    text = "Some are suing the ministry to stop the new tolls."
    found = events_of(nlp, text)
    assert found and found[0].type == "ACCUSE"
    with rules.switched_off(["acts_under_way"]):
        assert events_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Negotiators were able to reach a deal with the rebels on Sunday.", "AGREE"),  # ability used
        ("It was the mayor who criticized the governor on Tuesday.", "ACCUSE"),  # a cleft, no judgement
        ("The league asked the clubs to agree to a salary cap.", "REQUEST"),
        ("The governor criticized his rivals in the legislature on Monday.", "ACCUSE"),  # no habit
        ("The mayor has frequently met with the governor since the flood.", "CONSULT"),  # acts done
        ("Iran agreed with Russia on a ceasefire in the north.", "AGREE"),  # an accord named
        ("Chile agreed with Peru to extend the fishing treaty.", "AGREE"),
        ("The minister said the opposition leader should resign at once.", "REQUEST"),  # said, not thought
        ("Police arrested the protesters, who seemed shaken.", "COERCE"),
        ("The ministry warned that police would arrest anyone who marched.", "THREATEN"),
        ("The rebels threatened to attack the capital if talks fail.", "THREATEN"),  # condition below it
        ("The mayor backed the governor's plan on Monday.", "SUPPORT"),  # no participle
        ("The president received the Pope at the White House.", "CONSULT"),
        ("Two jets dropped bombs on a rebel position near the town.", "ASSAULT"),
        ("A man sent pipe bombs to two senators.", "ASSAULT"),
        ("The senator called the governor's claims false.", "ACCUSE"),  # "false" read as a word
        ('"We are going to ask the council for the records," the mayor predicted.', "REQUEST"),  # own plan
        ("Thousands demonstrated outside the embassy on Friday.", "PROTEST"),
    ],
)
def test_acts_that_stay_events(nlp, text, event_type):
    found = events_of(nlp, text)
    assert found and found[0].type == event_type


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The governor is still under fire for his handling of the storm.", "ACCUSE"),
        ("The mayor has been under investigation since March.", "ACCUSE"),
        ("The convoy was under fire near the border.", "ASSAULT"),
    ],
)
def test_the_state_an_undergone_idiom_leaves(nlp, text, event_type):
    found = events_of(nlp, text)
    assert found and found[0].type == event_type
    with rules.switched_off(["undergone_states"]):
        assert events_of(nlp, text) == []


def test_a_thing_under_pressure_is_no_demand(nlp):
    assert events_of(nlp, "The currency is under pressure from rising rates.") == []


def test_a_quality_demonstrated_is_no_protest(nlp):
    assert events_of(nlp, "The bishop has demonstrated sound judgment.") == []


def test_a_victory_pulled_out_is_no_withdrawal(nlp):
    """The March 2020 timeline read: "ended up pulling out a narrow victory" was a RETREAT."""
    text = "Four years ago the senator trailed by 20 points, and he ended up pulling out a narrow victory."
    assert events_of(nlp, text) == []
    assert events_of(nlp, "The rebel army pulled out of the city on Monday.")[0].type == "RETREAT"
