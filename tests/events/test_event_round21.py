"""Twenty-first issue-20 round (who did what to whom): an organisation noun as actor ("the company
would oppose the ruling") named through the article's organisations, and a role noun with a name
set off by commas after it ("Key House Democrat, Rep. X, says") one actor."""

from __future__ import annotations

import newsprism.events.rules as rules
from newsprism.events.extract import extract_events
from newsprism.models import Article


def events_of(nlp, text: str):
    return extract_events(nlp(text), Article(article_id="r21", source="test", text=text))


def test_the_company_is_the_company_named_before(nlp):
    text = (
        "Orchard Systems makes phones in Ohio. A federal judge ordered it to help investigators unlock a phone. "
        "Orchard Systems chief executive Dana Pell said on Tuesday that the company would oppose the ruling."
    )
    rejections = [e for e in events_of(nlp, text) if e.type == "REJECT"]
    assert rejections and rejections[0].actors == ["Orchard Systems"]
    with rules.switched_off(["body_nouns"]):
        assert [e for e in events_of(nlp, text) if e.type == "REJECT"][0].actors == ["company"]


def test_a_body_noun_names_no_body_of_another_kind(nlp):
    # "the court" is no company, and a name first met in the same sentence is not resolved to
    text = "Orchard Systems makes phones in Ohio. Angry shareholders lambasted the court on Monday."
    accusations = [e for e in events_of(nlp, text) if e.type == "ACCUSE"]
    assert accusations and accusations[0].recipients == ["court"]


def test_a_role_noun_with_its_name_set_off_is_one_actor(nlp):
    text = "Key House Democrat, Rep. Jane Moss, D-Ohio, criticized the governor on Monday."
    event = events_of(nlp, text)[0]
    assert event.actors == ["Jane Moss"]
    with rules.switched_off(["apposed_roles"]):
        assert events_of(nlp, text)[0].actors == ["Democrat", "Jane Moss"]


def test_a_date_after_a_since_phrase_is_another_acts(nlp):
    text = "He will be the first envoy to visit the island since a trade minister in 1990."
    visits = events_of(nlp, text)
    assert visits and visits[0].date != "1990"
    with rules.switched_off(["since_phrases"]):
        assert events_of(nlp, text)[0].date == "1990"


def test_a_date_of_the_act_itself_stays(nlp):
    event = events_of(nlp, "The envoy visited the island in 1990.")[0]
    assert event.date == "1990"


def test_a_refusal_said_to_come_is_made_as_said(nlp):
    text = "Orchard Systems makes phones. Its chief executive said on Tuesday that the company would oppose the ruling."
    rejections = [e for e in events_of(nlp, text) if e.type == "REJECT"]
    assert rejections and not rejections[0].future
    with rules.switched_off(["announced_now"]):
        assert [e for e in events_of(nlp, text) if e.type == "REJECT"][0].future


def test_a_forecast_about_others_stays_to_come(nlp):
    text = "The professor thinks a new court will reject the appeal next year."
    found = [e for e in events_of(nlp, text) if e.type == "REJECT"]
    assert not found or found[0].future


def test_the_subject_of_be_acts_for_the_predicate_noun(nlp):
    text = "Senator Lena Ortiz spoke on Monday. She will be the first senator to visit the island since 1990."
    visits = [e for e in events_of(nlp, text) if e.type == "CONSULT" and "island" in e.recipients]
    assert visits and visits[0].actors == ["Lena Ortiz"]
    with rules.switched_off(["predicate_nouns"]):
        assert [e for e in events_of(nlp, text) if "island" in e.recipients][0].actors == ["senator"]
