"""Twenty-second issue-20 round (precision): a participle describing someone in apposition, an
infinitive relative telling what a noun is for, a ruling still being made, a vote count, a hedged
forecast and an act not ruled out mention an act in passing or one not done (events/passing.py);
asking someone for comment is a question (asked_for_words); declining to talk about something and
travelling to no host are no refusal and no visit (data); each is its own rule group."""

from __future__ import annotations

import pytest

import newsprism.events.rules as rules
from newsprism.events.extract import extract_events
from newsprism.models import Article


def events_of(nlp, text: str):
    return extract_events(nlp(text), Article(article_id="r22", source="test", text=text))


QUIET = [
    (
        "The governor spoke of Jane Miller, a nurse killed by a reckless driver in 2019.",
        "appositive_participles",
    ),
    ("The defeat gives supporters and donors a new leader to rally around.", "purpose_relatives"),
    ("The fate of the new tax is currently being decided by the state supreme court.", "rulings_pending"),
    ("The council will presumably not allow a recount of the ballots.", "hedged_forecasts"),
    ("The mayor will likely face calls from her party to resign.", "hedged_forecasts"),
    ("The governor hasn't ruled out eventually endorsing the senator.", "possibilities_open"),
    ("A reporter asked the senator for a reaction.", "asked_for_words"),
]


@pytest.mark.parametrize(("text", "group"), QUIET)
def test_acts_in_passing_or_not_done_are_no_events(nlp, text, group):
    assert events_of(nlp, text) == []


@pytest.mark.parametrize(("text", "group"), QUIET)
def test_each_rule_group_is_what_keeps_them_quiet(nlp, text, group):
    with rules.switched_off([group]):
        assert events_of(nlp, text) != []


def test_declining_to_talk_about_something_refuses_no_one(nlp):
    assert events_of(nlp, "Aides to the governor refused to speak about the donations.") == []


def test_an_act_failed_is_not_done(nlp):
    assert events_of(nlp, "Her failure to express support for the allies alarmed the ministers.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle on a subject, a ruling made, an unhedged threat, a trip to a host
        ("The state supreme court decided the case on Monday.", "SANCTION"),
        ("The president will veto the spending bill, his spokesman said.", "REJECT"),
        ("The senator traveled to Moscow for talks with the foreign minister.", "CONSULT"),
        ("Aides refused to answer questions from the committee.", "REJECT"),
        ("The governor ruled out endorsing the senator.", "REJECT"),
        ("The speaker is ruling out any budget deal without new revenue.", "REJECT"),
        # asked for something to be given or done: a request
        ("The governor asked the president for federal aid.", "REQUEST"),
    ],
)
def test_acts_done_stay_events(nlp, text, expected):
    found = events_of(nlp, text)
    assert found and found[0].type == expected


def test_a_stance_participle_on_a_number_counts_votes(nlp):
    from newsprism.events.lexicon import lemma_of, load_lexicon
    from newsprism.events.passing import mentioned_not_done

    doc = nlp("The final vote was 61 in favor to 38 opposed with two senators absent.")
    opposed = next(t for t in doc if lemma_of(t) == "oppose")
    assert opposed.head.tag_ == "CD" and mentioned_not_done(opposed, load_lexicon())
    with rules.switched_off(["vote_counts"]):
        assert not mentioned_not_done(opposed, load_lexicon())


def test_travelling_in_a_vehicle_visits_no_host_but_to_a_capital_does(nlp):
    from newsprism.events.lexicon import lemma_of, load_lexicon
    from newsprism.events.nonevents import not_an_event

    lex = load_lexicon()
    for text, quiet in [
        ("He said that a jeep we were traveling in was forced off the road.", True),
        ("The senator traveled to Moscow for talks.", False),
    ]:
        travel = next(t for t in nlp(text) if lemma_of(t) == "travel")
        assert not_an_event(travel, "travel", None, ["travel"], lex) is quiet, text
