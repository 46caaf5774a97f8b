"""Fourteenth issue-20 round: parties that are no parties (securities, hazards, similes, a firm's
own shops), warnings of a danger, outcomes accepted and plans torpedoed."""

from __future__ import annotations

import pytest

from newsprism.events import rules
from newsprism.events.extract import extract_events
from newsprism.models import Article


def events_of(nlp, text: str):
    return extract_events(nlp(text), Article(article_id="r14", source="test", text=text))


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "The Dow Jones Industrial Average DJIA, +8.14% tumbled 1,338 points to settle at 19,898.",
            "market_moves",
        ),
        ("The S&P 500 SPX, -2.1% settled 2.1% lower on Monday.", "market_moves"),
        ('"It feels like we are being attacked," the nurse said.', "similes"),
        ("It is as though the country is being bombed every day.", "similes"),
        ("Apple said it would close all its stores outside China until March 27.", "own_premises"),
        ("Nike is closing its stores in the United States.", "own_premises"),
        ("The governor warned residents about the danger of the storm.", "danger_warnings"),
        ("Health officials warned that the virus threatens older people.", "danger_warnings"),
    ],
)
def test_no_parties_no_event(nlp, text, group):
    assert events_of(nlp, text) == []
    with rules.switched_off([group]):
        assert events_of(nlp, text) != []


def test_a_disease_fought_is_no_target(nlp):
    text = "Trump said the country must succeed in fighting the coronavirus."
    with rules.switched_off(["hazard_parties"]):
        before = [e for e in events_of(nlp, text) if e.type == "ASSAULT"]
    assert before and not [e for e in events_of(nlp, text) if e.type == "ASSAULT"]


def test_a_ticker_quote_is_no_actor(nlp):
    found = events_of(
        nlp, "Shares of Boeing BA, -4.2% rose after the company agreed to a deal with the union."
    )
    assert found and found[0].type == "AGREE"
    assert all("%" not in name for e in found for name in e.actors + e.recipients)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Police closed the bridge on Tuesday.", "COERCE"),
        ("The government shut down the newspaper.", "COERCE"),
        ("The governors closed all restaurants and bars in their states.", "COERCE"),
        ("Israel attacked Hamas positions in Gaza.", "ASSAULT"),
        ("The minister warned Iran against attacking shipping.", "THREATEN"),
        ("Protesters rallied outside the embassy.", "PROTEST"),
        ("The president accepted the invitation of the Chinese leader.", "AGREE"),
        ("Republicans torpedoed the deal on Tuesday.", "REJECT"),
        ("The submarine torpedoed a cargo ship off the coast.", "ASSAULT"),
        ("The senator took a jab at the governor over the budget.", "ACCUSE"),
    ],
)
def test_acts_between_parties_stay(nlp, text, kind):
    found = events_of(nlp, text)
    assert found and found[0].type == kind


@pytest.mark.parametrize(
    "text",
    [
        "The senator accepted defeat on Tuesday night.",
        "Sanders accepted his loss in the primary.",
        "The billionaire is funding an effort to torpedo the oil pipeline.",
        "Stocks rallied on Thursday after the central bank cut rates.",
    ],
)
def test_outcomes_and_figures_are_no_events(nlp, text):
    assert events_of(nlp, text) == []


def test_a_refusal_asked_about_is_no_act(nlp):
    text = "\"I don't know why he'd be reluctant to veto the resolution,\" the senator said."
    assert events_of(nlp, text) == []
    found = events_of(nlp, "The president vetoed the resolution on Friday.")
    assert found and found[0].type == "REJECT"


def test_shutting_off_communication_is_a_restriction(nlp):
    found = events_of(nlp, "The Indian government shut off most communication with the valley.")
    assert found and (found[0].type, found[0].mode) == ("COERCE", "restrict")


@pytest.mark.parametrize(
    ("text", "kind", "actor"),
    [
        ("The senator took the opportunity to thank his staff.", "SUPPORT", "senator"),
        ("The mayor used the hearing as an occasion to scold the council.", "ACCUSE", "mayor"),
        ("He seized the occasion to attack the governor over the budget.", "ACCUSE", "He"),
    ],
)
def test_a_chance_taken_is_an_act_done(nlp, text, kind, actor):
    found = events_of(nlp, text)
    assert found and found[0].type == kind and actor in found[0].actors
    with rules.switched_off(["chances_taken"]):
        assert not [e for e in events_of(nlp, text) if e.type == kind and actor in e.actors]


@pytest.mark.parametrize(
    "text",
    [
        "The senator should take the opportunity to thank his staff.",
        "The senator did not take the chance to criticize the president.",
        "She has the opportunity to meet the president next week.",
    ],
)
def test_a_chance_not_taken_is_no_act(nlp, text):
    assert events_of(nlp, text) == []
