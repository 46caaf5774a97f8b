"""Rules of the twelfth issue-20 round, read through extract_events on invented sentences: a
demand in the subjunctive mood, an admission introducing its words, effort without an opponent,
a bare verb the parser hung on a finite one, a that-clause expected; and the events they must
leave standing."""

from __future__ import annotations

import pytest

from newsprism.events import rules
from newsprism.events.extract import extract_events
from newsprism.models import Article

NOT_EVENTS = [
    (
        '"The ferry ran late," said the harbour master, who also conceded: "Maybe we lost the contract."',
        "quoted_admissions",
    ),
    ('"The mayor fought very hard," the treasurer said.', "efforts"),
    (
        'Tomas heard the word "harbour" at one point and thought the smugglers were going to drive to the '
        "coast, kill him on the way and dump his car under the bridge.",
        "stray_conjuncts",
    ),
    ("The governor said she expected that federal aid would continue.", "expectations"),
    (
        "The court began to look at the issue after it decided the case of Tom Reyes, a farmer convicted of theft "
        "after prosecutors removed a juror.",
        "convicted_participles",
    ),
]


def events_of(nlp, text: str):
    return extract_events(nlp(text), Article(article_id="r12", source="t", text=text))


@pytest.mark.parametrize(("text", "group"), NOT_EVENTS)
def test_no_event_and_the_group_that_says_so(nlp, text, group):
    assert events_of(nlp, text) == []
    # a participle in apposition ("Tom Reyes, a farmer convicted of ...") is also appositive_participles'
    also = ["appositive_participles"] if group == "convicted_participles" else []
    with rules.switched_off([group, *also]):
        assert events_of(nlp, text), f"{group} is not what removes the event"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The rebels fought government troops near the border.", "ASSAULT"),  # an opponent
        ("The rebels fought hard against the army for the bridge.", "ASSAULT"),
        ("The mayor conceded defeat to her rival on Tuesday.", "CONCEDE"),
        ("The two presidents are expected to meet in Geneva next week.", "CONSULT"),  # scheduled
        ("The police arrested the mayor and charged him with fraud.", "COERCE"),  # own conjunct
        ("The court convicted the farmer of theft on Monday.", "SANCTION"),  # a court's act, no participle
        ("Lund promised help to the flooded towns.", "AGREE"),  # someone to receive it
        ("The mayor offered the protesters a meeting at the town hall.", "AGREE"),
    ],
)
def test_acts_that_stay_events(nlp, text, event_type):
    found = events_of(nlp, text)
    assert found and found[0].type == event_type


@pytest.mark.parametrize(
    "text",
    [
        'The senator also suggests that the governor "publicly repudiate the militia."',
        "The council insisted that the minister resign from the board.",
    ],
)
def test_a_bare_form_that_clause_asked_is_a_demand(nlp, text):
    found = events_of(nlp, text)
    assert found and found[0].type == "REQUEST"
    assert found[0].recipients and found[0].recipients[0].split()[-1] in ("governor", "minister")
    with rules.switched_off(["mandative_subjunctives"]):
        switched = events_of(nlp, text)
        assert not switched or switched[0].type != "REQUEST"


def test_a_finite_that_clause_after_suggest_asks_nothing(nlp):
    found = events_of(nlp, "The senator suggests that the governor repudiated the militia last year.")
    assert not found or found[0].type != "REQUEST"


def test_a_time_said_due_for_someone_is_a_demand_of_them(nlp):
    text = '"It is time for the council to stop playing games with our budget," the mayor said.'
    found = events_of(nlp, text)
    assert found and found[0].type == "REQUEST"
    assert [r.split()[-1] for r in found[0].recipients] == ["council"]
    with rules.switched_off(["time_demands"]):
        assert events_of(nlp, text) == []
    assert events_of(nlp, '"It is time for a change," she said.') == []  # no one to act


def test_an_approach_offered_is_a_view_put_forward(nlp):
    assert events_of(nlp, "The senator has offered a balanced approach to the budget.") == []


def test_regret_expressed_is_an_apology_a_regret_felt_is_not(nlp):
    found = events_of(nlp, "The minister expressed regret over the deaths of the protesters.")
    assert found and found[0].type == "SUPPORT"
    assert events_of(nlp, "Voters have few regrets about the election.") == []


@pytest.mark.parametrize(
    ("text", "event_type", "recipient"),
    [
        (
            "The judge, in a blistering dissent, had strong words for the ministry's attorneys.",
            "ACCUSE",
            "attorneys",
        ),
        ("The governor had kind words for her rival on Tuesday.", "SUPPORT", "rival"),
    ],
)
def test_words_of_a_quality_held_for_someone(nlp, text, event_type, recipient):
    found = events_of(nlp, text)
    assert found and found[0].type == event_type
    assert recipient in found[0].recipients[0]
    with rules.switched_off(["words_for"]):
        assert events_of(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "I have no words for this.",
        "The mayor had strong words about the budget.",
        "He had harsh words for the plan.",
    ],
)
def test_words_for_no_one_or_of_no_quality_are_no_event(nlp, text):
    assert events_of(nlp, text) == []
