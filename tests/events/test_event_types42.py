"""Types of true events on real news (issue 20, branch types42), read through extract_events on
invented sentences: a subject named the target of a hostile or judging act suffers it, and a
praising word denied to someone named judges them; and the sentences they must leave alone."""

from __future__ import annotations

import newsprism.events.rules as rules
from newsprism.events.extract import extract_events
from newsprism.models import Article


def events_of(nlp, text: str):
    return extract_events(nlp(text), Article(article_id="t42", source="test", text=text))


def test_the_target_of_attacks_from_someone_is_criticised_by_them(nlp):
    text = "The mayor was also the target of personal attacks from Senator Hale."
    event = events_of(nlp, text)[0]
    assert (event.type, event.mode) == ("ACCUSE", "disapprove")
    assert event.actors == ["Hale"] or "Hale" in " ".join(event.actors)
    assert any("mayor" in r for r in event.recipients)
    with rules.switched_off(["undergone_roles"]):
        assert events_of(nlp, text) == []


def test_the_subject_of_an_investigation_is_investigated(nlp):
    event = events_of(nlp, "The agency has been the subject of an investigation by the inspector general.")[0]
    assert (event.type, event.mode) == ("ACCUSE", "investigate")
    assert any("inspector" in a for a in event.actors)


def test_a_forces_target_of_an_attack_stays_an_attack(nlp):
    event = events_of(nlp, "The convoy was the target of an attack by insurgents near the border.")[0]
    assert event.type == "ASSAULT"


def test_the_subject_of_talks_is_a_topic(nlp):
    events = events_of(nlp, "The border dispute was the subject of a long meeting between the two ministers.")
    assert all(e.recipients != ["border dispute"] for e in events)
    assert not any(e.type == "CONSULT" and "dispute" in " ".join(e.recipients) for e in events)


def test_a_praising_word_denied_to_someone_named_criticises(nlp):
    text = "The senator told reporters that the commissioner was not doing a good job."
    event = events_of(nlp, text)[0]
    assert (event.type, event.mode) == ("ACCUSE", "disapprove")
    assert "commissioner" in " ".join(event.recipients)
    with rules.switched_off(["praise_denied"]):
        assert events_of(nlp, text) == []
    event = events_of(nlp, "The governor said the nominee is not qualified for the post.")[0]
    assert event.type == "ACCUSE"


def test_a_denial_of_ones_own_merit_or_of_a_criticism_is_none(nlp):
    assert events_of(nlp, "The coach said he was not responsible for the delays.") == []
    assert events_of(nlp, "The mayor said the governor is not a racist.") == []
    assert events_of(nlp, "The student said she did not get a good look at the car.") == []
    assert events_of(nlp, "The treasurer said our relations with the bank are not good.") == []


def test_a_person_the_target_of_attacks_with_no_weapon_is_criticised(nlp):
    event = events_of(nlp, "The senator is the target of vicious attacks every week.")[0]
    assert (event.type, event.mode) == ("ACCUSE", "disapprove")
    assert events_of(nlp, "He was the target of a bomb attack last week.")[0].type == "ASSAULT"


def test_a_record_of_being_a_target_is_no_event(nlp):
    assert events_of(nlp, "The judge has been a frequent target of criticism from the governor.") == []
    assert events_of(nlp, "The agency has long been the subject of criticism.") == []
