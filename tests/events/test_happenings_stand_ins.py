"""A happening whose subject is "the state" or "the court" is kept (events/happenings.py,
``_stand_in``) so that entity linking can give it to the one state or court the article names;
another common noun stays no one. Invented text."""

from __future__ import annotations

import newsprism.events.rules as rules
from newsprism.events.extract import extract_events
from newsprism.events.happenings import find_happenings
from newsprism.models import Article, Event


def happenings_of(nlp, text: str) -> list[Event]:
    article = Article(article_id="h49", source="test", text=text, published="2021-03-04")
    doc = nlp(text)
    return find_happenings(doc, article, extract_events(doc, article), [])


TEXT = "The state directed the grant money to nine charities on Monday."


def test_the_state_acting_is_kept_for_the_link(nlp):
    (found,) = happenings_of(nlp, TEXT)
    assert found.actors == ["state"] and found.trigger.startswith("directed")


def test_without_the_rule_or_with_another_noun_no_happening(nlp):
    with rules.switched_off({"institution_stand_ins"}):
        assert happenings_of(nlp, TEXT) == []
    assert happenings_of(nlp, "The group directed the grant money to nine charities on Monday.") == []


def test_a_court_not_the_court_is_no_one(nlp):
    assert happenings_of(nlp, "A court directed the grant money to nine charities on Monday.") == []
