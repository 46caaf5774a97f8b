"""Word classes and clause frames of the third issue-20 round, read through extract_events:
objects that make a trigger no event (things said, campaign money, room and posts, figures of
speech), captions, the reader addressed, characterisations, activities nobody does, and the
negated act that must not be the main event; with the events beside them that must stay."""

from __future__ import annotations

import pytest

from newsprism.errors import UsageError
from newsprism.events import rules
from newsprism.events.extract import extract_events
from newsprism.models import Article


def events_of(nlp, text: str):
    return extract_events(nlp(text), Article(article_id="c", source="t", text=text))


@pytest.mark.parametrize(
    "text",
    [
        "By registering you agree to receive our weekly newsletter.",  # the reader addressed
        "Image copyright Reuters Image caption Police arrested dozens of protesters in Lagos on Saturday.",
        "This is about the speaker trying to destroy the governor's career.",  # a characterisation
        "The study looked at what neighbouring states were doing in terms of supporting the refugees.",
        "The firm occupied 12,000 square feet of the tower in 2015.",  # room, not territory
        "The billionaire donated $20 million to the senator's campaign.",  # campaign money
        "Utah became the fifth state to ban the pesticide.",  # a thing banned, no one coerced
        "The mayor alerted the police to the stolen car.",  # telling the police, no force mobilised
        "The author signed copies of her memoir after the talk.",  # no accord signed
        "The spokesman offered a flurry of explanations for the delay.",  # things said, not given
        "The senator focused largely on familiar proposals.",  # a topic, no proposal made
        "Investors were disappointed with the quarterly figures.",  # a feeling about things
        "The dispute over the border is settled.",  # how a thing stands, no one acting
        "The central bank warned that growth would not recover until 2022.",  # a forecast, no threat
        '"A governor must put aside his own views," the senator added.',  # what anyone ought to do
        "Asked about agreeing to an interview, the governor declined to comment.",  # a topic
        '"We have reached a consensus that the old tactic is over," the senator said.',  # a view
        "The number of new regulations has declined sharply since 2008.",  # a figure, no refusal
        "The memo was quickly seized on by critics of the agency.",  # an idiom
        "Officers are only supposed to ask for a warrant when a crime is suspected.",  # a rule
        "Jane Roe Smith (Jane) Roe SmithGOP signals tax cut in new bill MORE said nothing.",  # link blurb
        "A party official conceded that the challenger could actually win.",  # an admission
        "The lobbyist visited the White House at least 157 times during those years.",  # a tally
        "The two leaders have met twice since June.",  # a count of meetings, no one meeting
        "Thank goodness the inspectors are on the case.",  # an idiom, no one thanked
        "The campaign began releasing selective pieces of information before the deadline.",
        "Critics noted the deadline for submitting a budget proposal had passed.",  # no one submits
    ],
)
def test_objects_and_frames_that_report_no_event(nlp, text):
    assert events_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Dozens of lawmakers will boycott the ceremony.", "PROTEST"),  # a boycott is a protest
        (
            "The senator called the minister's treaty a slap in the face.",
            "ACCUSE",
        ),  # a thing named as someone's
        ("The ministers signed a trade pact in Hanoi.", "SUPPORT"),  # an accord signed stays
        ("The army alerted its reserve battalions on Monday.", "MOBILIZE"),  # a force alerted stays
        ("The junta banned the opposition party.", "COERCE"),  # someone banned stays
        ("The ministry offered a series of concessions to the strikers.", "AGREE"),  # things given
        ("Japan donated $5 million to the Red Cross.", "AID"),  # aid stays aid
        ("The governor was furious with the legislature.", "ACCUSE"),  # a feeling towards someone
        ("Thousands of students took to the streets of the capital.", "PROTEST"),
        ("The president asserted executive privilege over the documents.", "REJECT"),
        ('"Stop the attacks," the envoy told the rebel commanders.', "REQUEST"),  # an imperative told
        ("Talks between the two sides are scheduled to resume next week.", "CONSULT"),  # a plan stays
        ("The militia warned that its fighters would attack the convoy.", "THREATEN"),  # an act warned of
        ("The two sides reached an agreement that talks would resume in May.", "AGREE"),  # a plan agreed
        ("The senator was hit with a federal lawsuit in March.", "ACCUSE"),  # a lawsuit, not a blow
        ("The Treasury slapped Russia with new sanctions on Friday.", "SANCTION"),
        ("The rebels hit the convoy with rockets.", "ASSAULT"),  # a blow stays a blow
    ],
)
def test_events_beside_them_stay(nlp, text, event_type):
    found = events_of(nlp, text)
    assert found and found[0].type == event_type


def test_negated_act_is_not_the_main_event(nlp):
    text = "The mayor, who has called the council's audit a disgraceful sham, has not ruled out a lawsuit."
    found = extract_events(nlp(text), Article(article_id="c", source="t", text=text), keep_negated=True)
    assert found[0].type == "ACCUSE" and not found[0].negated
    assert len(found) > 1 and all(e.negated for e in found[1:])
    # by default an act said not to have happened is no event at all (issue 20's definition)
    assert [e.type for e in events_of(nlp, text)] == ["ACCUSE"]


def test_or_shares_the_negation_but_not_but(nlp):
    text = "The governor did not name the lawmaker or criticize him but instead praised his staff."
    found = extract_events(nlp(text), Article(article_id="c", source="t", text=text), keep_negated=True)
    criticism = next(e for e in found if e.trigger == "criticize")
    assert criticism.negated
    assert found[0].trigger != "criticize"
    assert [e.trigger for e in events_of(nlp, text)] == ["praised"]


def test_object_named_by_its_compound(nlp):
    found = events_of(nlp, "The candidate released an ad pleading for votes from seniors.")
    assert all(e.type != "RETREAT" for e in found)  # an ad released, no prisoner freed


def test_rule_groups_switch_off_by_name(nlp):
    text = "By registering you agree to receive our weekly newsletter."
    assert events_of(nlp, text) == []
    with rules.switched_off(["reader_addressed"]):
        assert [e.type for e in events_of(nlp, text)] == ["AGREE"]
    assert events_of(nlp, text) == []  # restored
    with pytest.raises(UsageError):
        rules.checked(["no_such_group"])
