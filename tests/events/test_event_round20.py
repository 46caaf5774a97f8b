"""Twentieth issue-20 round (who did what to whom): acts answered in deeds ("responded with
attacks"), a naming verb's quoted words however parsed, judgement nouns with a by-author, and
object pronouns named through the article's people."""

from __future__ import annotations

import pytest

import newsprism.events.rules as rules
from newsprism.events.extract import extract_events
from newsprism.models import Article


def events_of(nlp, text: str):
    return extract_events(nlp(text), Article(article_id="r20", source="test", text=text))


def first(nlp, text: str):
    found = events_of(nlp, text)
    return found[0] if found else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army responded with airstrikes on rebel camps near the border.", "ASSAULT"),
        ("The two militias continued to trade fire through the night.", "ASSAULT"),
        (
            "The governor called the mayor's plans to close the shelters \u201creckless,\u201d on Friday.",
            "ACCUSE",
        ),
        ("The prime minister termed the rebel leader a terrorist.", "ACCUSE"),
        ("The prime minister is terming the rebels' attack an act of terror.", "ACCUSE"),  # two objects
        (
            "The senator responded by calling \u201chis latest outburst ... unhinged, even for him.\u201d",
            "ACCUSE",
        ),
        ("The vote was a rebuke of the governor by the state legislature.", "ACCUSE"),
        ("The governor reached out to the mayor to discuss the budget.", "CONSULT"),
        ("Protests in the capital quickly turned violent.", "PROTEST"),
        ("The two senators have forged an alliance to block the nominee.", "COOPERATE"),
        ("Just 30 senators have announced their opposition to the nominee.", "REJECT"),
        ("Union leaders have targeted six lawmakers as \u201cdisloyal\u201d in a new campaign.", "ACCUSE"),
        ('The senator referred to the adviser as "an unelected lackey" on Monday.', "ACCUSE"),
    ],
)
def test_acts_found(nlp, text, expected):
    event = first(nlp, text)
    assert event is not None and event.type == expected


@pytest.mark.parametrize(
    "text",
    [
        "The newspaper reached out to the White House for comment.",
        "She was hired to reach out to young voters in the suburbs.",
        "She joined the opposition in 2015.",
        "The governor reiterated his opposition to schools being designated gun-free zones.",
    ],
)
def test_contacts_and_stances_that_are_no_events(nlp, text):
    assert events_of(nlp, text) == []


def test_answer_to_something_is_not_the_act(nlp):
    assert events_of(nlp, "The senator responded to the talks with a long statement.") == []


def test_quoted_title_after_a_comma_is_no_naming(nlp):
    text = "Referring to the campaign slogan, \u201cA Great Future,\u201d the candidate spoke for an hour."
    assert all(e.type != "SUPPORT" for e in events_of(nlp, text))


def test_rebuke_by_names_its_author(nlp):
    event = first(nlp, "The vote was a rebuke of the governor by the state legislature.")
    assert any("legislature" in a for a in event.actors) and any("governor" in r for r in event.recipients)


def test_object_pronoun_is_the_other_person(nlp):
    text = (
        "After firing Michael Adeyemi as inspector general, the president called him a \u201cdisgrace.\u201d"
    )
    event = first(nlp, text)
    assert event is not None and event.recipients == ["Michael Adeyemi"]
    with rules.switched_off(["object_pronouns"]):
        assert first(nlp, text).recipients == ["him"]


def test_object_pronoun_is_never_its_own_clause_subject(nlp):
    text = "Senator John Okafor met reporters on Monday. Later Okafor called him a liar."
    events = [e for e in events_of(nlp, text) if e.type == "ACCUSE"]
    assert events and "John Okafor" not in events[0].recipients


def test_they_is_the_plural_subject_above(nlp):
    text = "Leaders of the state senate suggest they will have a plan soon but are asking the governor to act now."
    event = first(nlp, text)
    assert event is not None and event.type == "REQUEST"
    assert event.actors == ["Leaders of the state senate"]
    with rules.switched_off(["they_antecedents"]):
        assert first(nlp, text).actors == ["they"]


def test_joined_in_an_act_both_act(nlp):
    event = first(nlp, "The governor joined the mayor in condemning the attack on Monday.")
    assert event is not None and event.type == "ACCUSE"
    assert set(event.actors) == {"governor", "mayor"}
    accused = first(nlp, "The senator accused the mayor of attacking the press.")
    assert accused.actors == ["senator"]
