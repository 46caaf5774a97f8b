"""Rules of the sixth issue-20 round, through extract_events on invented sentences: a verb with no
party around it reports nothing, a clash between people is a quarrel in words, nicknames are no
actors, a phrasal verb keeps only its own particle; and the events they must leave standing."""

from __future__ import annotations

import pytest

from newsprism.events import rules
from newsprism.events.extract import extract_events
from newsprism.models import Article


def events_of(nlp, text: str):
    return extract_events(nlp(text), Article(article_id="r6", source="t", text=text, published="2018-03-13"))


@pytest.mark.parametrize(
    "text",
    [
        "That was the difference between growing up to become a lawyer and being shot dead at the age of 15.",
        '"The war was necessary to force the blockade to be lifted," he said.',
    ],
)
def test_a_verb_with_no_party_reports_nothing(nlp, text):
    assert events_of(nlp, text) == []
    with rules.switched_off(["parties_needed"]):
        assert events_of(nlp, text)  # the rule, not something else, keeps it quiet


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Drones struck an ammunition depot near the border overnight.", "ASSAULT"),  # a weapon acts
        ("Sporadic clashes also erupted throughout Aden.", "ASSAULT"),  # an event noun, sides unnamed
        ("He was charged with rioting, a felony.", "ACCUSE"),  # the pronoun is acted on
    ],
)
def test_acts_with_parties_or_named_by_a_noun_stand(nlp, text, event_type):
    found = events_of(nlp, text)
    assert found and found[0].type == event_type


def test_a_passive_pronoun_is_the_recipient(nlp):
    found = events_of(nlp, "He was charged with rioting, a felony.")
    assert found[0].recipients == ["He"]


def test_a_clash_between_people_is_words_and_between_forces_a_fight(nlp):
    text = "Donald Trump fired Rex Tillerson. Tillerson famously clashed with Trump on several diplomatic issues."
    clash = [e for e in events_of(nlp, text) if e.trigger == "clashed"]
    assert clash and (clash[0].type, clash[0].mode) == ("ACCUSE", "disapprove")
    found = events_of(nlp, "Israeli troops clashed with Palestinian militants near the border.")
    assert found[0].type == "ASSAULT"
    with rules.switched_off(["verbal_clashes"]):
        assert [e.type for e in events_of(nlp, text) if e.trigger == "clashed"] == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Trump mocked “Little Rocket Man” at the rally.",
        '"He is wasting his time trying to negotiate with Little Rocket Man," Trump said.',
    ],
)
def test_a_nickname_is_no_actor(nlp, text):
    for event in events_of(nlp, text):
        assert not any("Rocket" in name for name in event.actors + event.recipients)


def test_a_real_name_stays_an_actor(nlp):
    found = events_of(nlp, "Kim Jong Un met Moon Jae-in at the border.")
    assert found and "Kim Jong Un" in found[0].actors


def test_a_phrasal_verb_keeps_only_its_own_particle(nlp):
    found = events_of(nlp, "On June 9, Rex Tillerson called on Gulf states to ease the blockade of Qatar.")
    assert found[0].type == "REQUEST" and found[0].trigger == "called on"
    assert found[0].actors == ["Rex Tillerson"]


@pytest.mark.parametrize(
    ("group", "text"),
    [
        (
            "referred_topics",
            '"We can handle this," the president said, referring to successfully prosecuting terrorists.',
        ),
        (
            "topic_possessors",
            "In the email, Ben Rhodes discussed “goals” for Rice’s appearances on Sunday talk shows.",
        ),
        (
            "captions",
            'Story highlights The union leader rallies supporters; says "we will never surrender our guns"',
        ),
    ],
)
def test_each_group_is_what_silences_its_sentence(nlp, group, text):
    assert events_of(nlp, text) == []
    with rules.switched_off([group]):
        assert events_of(nlp, text), group


def test_talks_with_a_partner_and_a_judge_rejecting_stand(nlp):
    found = events_of(nlp, "The adviser discussed the goals with Rice on Monday.")
    assert found and found[0].type == "CONSULT"
    found = events_of(nlp, "On Wednesday, a federal judge rejected the department's efforts.")
    assert found and found[0].type == "SANCTION"


def test_criticism_suffered_is_the_critics_act(nlp):
    found = events_of(nlp, "Google experienced extensive blowback from social media users and the press.")
    assert found and (found[0].type, found[0].mode) == ("ACCUSE", "disapprove")
    assert "Google" in found[0].recipients


def test_what_a_quarrel_is_over_is_no_side(nlp):
    text = "Donald Trump fired Rex Tillerson. Donald Trump and Rex Tillerson clashed over North Korea for months."
    clash = [e for e in events_of(nlp, text) if e.trigger == "clashed"][0]
    assert clash.type == "ACCUSE" and clash.actors == ["Donald Trump", "Rex Tillerson"]
    assert clash.recipients == []


def test_a_joined_verb_shares_its_subject_as_a_party(nlp):
    text = "Democrats were summoned to the White House after blocking the package, then met privately on Wednesday."
    assert [e.type for e in events_of(nlp, text) if e.trigger == "met"] == ["CONSULT"]
