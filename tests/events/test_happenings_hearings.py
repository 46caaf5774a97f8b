"""A testimony or appearance before a hearing body is a happening (events/happenings.py,
``_before_a_body``): "testified before two committees" is the act, whatever clause of what was said
follows; a bare "testified that ..." and "before the vote" (a time) stay statements. Invented text."""

from __future__ import annotations

import pytest

from newsprism.events.extract import extract_events
from newsprism.events.happenings import find_happenings
from newsprism.models import Article, Event


def happenings_of(nlp, text: str) -> list[Event]:
    article = Article(article_id="h48", source="test", text=text, published="2021-03-04")
    doc = nlp(text)
    return find_happenings(doc, article, extract_events(doc, article), [])


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Dana Harwell testified before two House committees on Wednesday.", "testified"),
        ("Dana Harwell testified before the Senate panel that the audit was sound.", "testified"),
        ("Dana Harwell appeared before the Senate Judiciary Committee on Tuesday.", "appeared"),
    ],
)
def test_a_testimony_before_a_body_is_a_happening(nlp, text, verb):
    (found,) = happenings_of(nlp, text)
    assert found.actors == ["Dana Harwell"] and found.trigger.startswith(verb)


@pytest.mark.parametrize(
    "text",
    [
        "Dana Harwell testified that the audit was sound.",  # what was said, no hearing named
        "Dana Harwell appeared to struggle with the questions.",  # a seeming
    ],
)
def test_a_saying_without_a_body_is_no_happening(nlp, text):
    assert happenings_of(nlp, text) == []
