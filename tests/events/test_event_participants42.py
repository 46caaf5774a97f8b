"""Who did what to whom (issue 20 point 3, branch actors42), through extract_events on invented
sentences: a thing, law, notion or clause is no participant, a thing's owning body stands for
it, a land stands for its people, a target struck stays, and no party is on both sides."""

from __future__ import annotations

import newsprism.events.rules as rules
from newsprism.events.extract import extract_events
from newsprism.models import Article


def events_of(nlp, text: str):
    return extract_events(nlp(text), Article(article_id="a42", source="test", text=text))


def test_a_notion_criticised_is_no_recipient(nlp):
    text = "The governor criticized the idea that fares should rise."
    event = events_of(nlp, text)[0]
    assert event.type == "ACCUSE" and event.recipients == []
    with rules.switched_off(["things_not_parties"]):
        assert events_of(nlp, text)[0].recipients == ["idea"]


def test_a_clause_read_as_a_noun_phrase_is_no_recipient(nlp):
    event = events_of(
        nlp, "The deputy director ordered an investigation into whether Diaz obstructed justice."
    )[0]
    assert not any("obstructed" in r for r in event.recipients)


def test_a_law_is_no_participant(nlp):
    text = "She raised the issue of the 25th Amendment and discussed it with us."
    assert not any("Amendment" in p for e in events_of(nlp, text) for p in e.actors + e.recipients)
    with rules.switched_off(["things_not_parties"]):
        assert any("Amendment" in p for e in events_of(nlp, text) for p in e.actors + e.recipients)


def test_a_things_owning_body_stands_for_it(nlp):
    event = events_of(nlp, "The Vargas administration plan has been denounced by farmers as a land grab.")[0]
    assert event.type == "ACCUSE"
    assert any("Vargas" in r for r in event.recipients)
    assert not any("plan" in r for r in event.recipients)


def test_a_land_and_a_target_struck_stay(nlp):
    warned = events_of(
        nlp, "The oil minister warned that fuel supplies to the province could be cut if debts stay unpaid."
    )
    assert warned and any("province" in r for r in warned[0].recipients)
    struck = events_of(nlp, "Drones struck a fuel depot near the frontier overnight.")[0]
    assert struck.type == "ASSAULT" and any("depot" in r for r in struck.recipients)


def test_a_party_is_not_on_both_sides(nlp):
    text = "Even as Mr. Okafor was offering kind words to the striking miners, Okafor asked the miners to return."
    for event in events_of(nlp, text):
        assert not {a.lower() for a in event.actors} & {r.lower() for r in event.recipients}
    with rules.switched_off(["one_side_only"]):
        assert any(set(e.actors) & set(e.recipients) for e in events_of(nlp, text))


def test_a_group_word_no_list_of_people_holds_stays(nlp):
    event = events_of(nlp, "The governor blamed the media for the confusion over the vote.")[0]
    assert event.type == "ACCUSE" and event.recipients == ["media"]
