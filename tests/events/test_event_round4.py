"""Rules of the fourth issue-20 round, read through extract_events on invented sentences: calls
with no act asked, link lines, judgements of 'this' or under 'can', retorts, plans of one's own,
papers released, and the political events they must leave standing (demands on a country,
disputed accounts, attacks in words, suspended funding)."""

from __future__ import annotations

import pytest

from newsprism.events import rules
from newsprism.events.extract import extract_events
from newsprism.models import Article


def events_of(nlp, text: str):
    return extract_events(nlp(text), Article(article_id="r4", source="t", text=text))


@pytest.mark.parametrize(
    "text",
    [
        "The spokesman called on nearly every reporter in the room.",  # a turn to speak
        "Asked for a reaction to the ruling, the mayor answered briefly.",  # an interview question
        "Police defend the new curfew but say much depends on the weather Read more",  # a link line
        '"This has been a disaster," the former speaker told the host.',  # 'this' judged
        '"I think the governor can be very effective," the senator said.',  # a possibility
        '"Maybe I will run again," the mayor shot back.',  # a retort, no shot
        "The agency released a new report on Tuesday.",  # a paper, no one freed
        "The mayor now proposes to repave the avenue.",  # a plan of one's own
        "He kept hitting the delete and escape keys.",  # keys, not people
    ],
)
def test_no_event(nlp, text):
    assert events_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The UN called on Israel to halt the offensive.", "REQUEST"),
        ("The senator disputed the governor's account of the meeting.", "ACCUSE"),
        ("Hamas released the hostages on Monday.", "RETREAT"),
        ("The governor attacked the senator in a speech on Friday.", "ACCUSE"),
        ("The president escalated a Twitter war with lawmakers.", "ACCUSE"),
        ("The candidate distanced himself from the former president.", "ACCUSE"),
        ("The ministry suspended $20 million in funding to Pakistan.", "SANCTION"),
        ("Troops shot back at the gunmen.", "ASSAULT"),  # a shot, not a retort
        ("Russia attacked Ukraine on Thursday.", "ASSAULT"),  # states, not words
    ],
)
def test_political_events_stay(nlp, text, event_type):
    found = events_of(nlp, text)
    assert found and found[0].type == event_type


def test_call_on_names_who_is_asked(nlp):
    event = events_of(nlp, "The UN called on Israel to halt the offensive.")[0]
    assert event.actors == ["UN"] and event.recipients == ["Israel"]


@pytest.mark.parametrize(
    ("group", "text"),
    [
        ("acts_asked", "The spokesman called on nearly every reporter in the room."),
        # "... Read more" is also cut by cleaning's boilerplate (debris_lines) since cleaning49
        ("link_tails", "Police defend the new curfew but say much depends on the weather Full story"),
        ("retorts", '"Maybe I will run again," the mayor shot back.'),
        ("own_plans", "The mayor now proposes to repave the avenue."),
    ],
)
def test_each_group_is_what_silences_its_sentence(nlp, group, text):
    with rules.switched_off([group]):
        assert events_of(nlp, text), group


def test_verbal_attacks_group_turns_a_blow_into_words(nlp):
    text = (
        "The governor attacked the senator at a rally on Friday."  # "in a speech": a document, words anyway
    )
    with rules.switched_off(["verbal_attacks"]):
        assert events_of(nlp, text)[0].type == "ASSAULT"


def test_an_offer_no_one_is_found_making_is_none(nlp):
    from newsprism.events.lexicon import load_lexicon
    from newsprism.events.trigger_uses import ownerless_offer
    from newsprism.events.triggers import find_triggers

    doc = nlp("Russia offered to mediate between the two sides.")
    offer = next(t for t in find_triggers(next(iter(doc.sents)), load_lexicon()) if t.kind == "commitment")
    assert ownerless_offer(offer, []) and not ownerless_offer(offer, [doc[0]])
