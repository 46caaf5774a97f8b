"""Who is acted on (issue 20 item 3): a person named by an object pronoun is a recipient when the
act has an actor ("called him a disgrace", "vouched for her"); a thing's "it" or "them" is not. The
medium words go out on ("on Twitter", "on CNN") is no one they are aimed at."""

from __future__ import annotations

import pytest

import newsprism.events.rules as rules
from newsprism.events.extract import extract_events
from newsprism.models import Article


def events_of(nlp, text: str):
    return extract_events(nlp(text), Article(article_id="pt", source="test", text=text))


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("On Friday the mayor called him a disgrace.", "him"),
        ("The senator defended her on Tuesday.", "her"),
        ("A trio of county committees officially censured him.", "him"),
    ],
)
def test_an_object_pronoun_is_the_one_acted_on(nlp, text, recipient):
    assert events_of(nlp, text)[0].recipients == [recipient]
    with rules.switched_off(["pronoun_recipients"]):
        assert recipient not in events_of(nlp, text)[0].recipients


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the council rejected them on Tuesday.",  # "them": often things
        "The senator criticized it on Tuesday.",
    ],
)
def test_things_named_by_pronouns_are_no_recipients(nlp, text):
    found = events_of(nlp, text)
    assert not found or not {"them", "it"} & set(found[0].recipients)


def test_a_pronoun_with_no_actor_makes_no_event(nlp):
    """ "confirm him or shoot him into outer space": no one acts, the pronoun alone is too little."""
    text = "The choice was simple: shoot him into outer space."
    assert [e.type for e in events_of(nlp, text)] == []


@pytest.mark.parametrize(
    ("text", "recipient", "medium"),
    [
        ("The senator blasted the governor on Twitter on Friday.", ["governor"], "Twitter"),
        ("The senator lashed out on Twitter on Friday.", [], "Twitter"),
    ],
)
def test_the_medium_of_words_is_no_recipient(nlp, text, recipient, medium):
    assert events_of(nlp, text)[0].recipients == recipient
    with rules.switched_off(["media_venues"]):
        assert medium in events_of(nlp, text)[0].recipients


def test_an_attack_on_a_network_keeps_its_target(nlp):
    """Only words go out on a medium: bombs sent to CNN still hit CNN."""
    assert events_of(nlp, "Militants fired rockets on CNN offices in Baghdad.")[0].recipients == [
        "CNN offices"
    ]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Tom Reed, a Republican who has called the committee's inquiry a witch hunt, spoke on Monday.",
            "Tom Reed",
        ),
        ("Governor Ann Cole, a Democrat who criticized the mayor on Tuesday, said little.", "Ann Cole"),
    ],
)
def test_a_relative_clause_on_a_description_beside_a_name_is_the_named_ones(nlp, text, actor):
    assert events_of(nlp, text)[0].actors == [actor]
    with rules.switched_off(["appositive_antecedents"]):
        assert events_of(nlp, text)[0].actors[:1] != [actor]


def test_a_description_of_a_thing_beside_a_name_is_no_one(nlp):
    """ "the Magnitsky Act, a bill that imposed sanctions": the bill's name does nothing either."""
    text = "The scandal spurred the Global Magnitsky Act, a bill that imposed sanctions on Russians."
    assert [e.actors for e in events_of(nlp, text) if e.type == "SANCTION"] in ([], [["bill"]], [[]])


@pytest.mark.parametrize(
    "text",
    [
        "The officer aimed and fired three rounds at the gunman.",
        "The group planned and carried out the attack.",
    ],
)
def test_a_verb_of_planning_joined_to_an_act_plans_nothing(nlp, text):
    assert [e.type for e in events_of(nlp, text)][:1] == ["ASSAULT"]
    with rules.switched_off(["joined_not_governed", "unannounced_futures"]):  # then a bare plan, a forecast
        assert [e.type for e in events_of(nlp, text)][:1] == ["THREATEN"]


def test_a_plan_to_act_is_still_a_plan(nlp):
    assert [e.type for e in events_of(nlp, "The group plans to attack the base.")][:1] == ["THREATEN"]


@pytest.mark.parametrize(
    ("text", "event_type", "actors", "recipient"),
    [
        (
            "Senator Ann Cole has been withering in her criticism of the governor.",
            "ACCUSE",
            ["Ann Cole"],
            "governor",
        ),
        ("Tom Reed's praise for the mayor surprised his party.", "SUPPORT", ["Tom Reed"], "mayor"),
    ],
)
def test_a_judgement_noun_with_its_author_and_someone_judged_is_a_judgement(
    nlp, text, event_type, actors, recipient
):
    event = events_of(nlp, text)[0]
    assert (event.type, event.recipients) == (event_type, [recipient])
    assert [a.removesuffix("'s") for a in event.actors] == actors  # a possessor is written with its 's
    with rules.switched_off(["judgements_of_someone"]):
        assert all(e.type != event_type for e in events_of(nlp, text))


@pytest.mark.parametrize(
    "text",
    ["The report's criticism of the plan was mild.", "Her criticism of September 15 was quoted often."],
)
def test_a_judgement_of_a_thing_or_a_date_is_no_event(nlp, text):
    assert events_of(nlp, text) == []
