"""Who is acted on (issue 20 item 3): a person named by an object pronoun is a recipient when the
act has an actor ("called him a disgrace", "vouched for her"); a thing's "it" or "them" is not."""

from __future__ import annotations

import pytest

import newsprism.events.rules as rules
from newsprism.events.extract import extract_events
from newsprism.models import Article


def events_of(nlp, text: str):
    return extract_events(nlp(text), Article(article_id="pt", source="test", text=text))


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("On Friday the mayor called him a disgrace.", "him"),
        ("The senator defended her on Tuesday.", "her"),
        ("A trio of county committees officially censured him.", "him"),
    ],
)
def test_an_object_pronoun_is_the_one_acted_on(nlp, text, recipient):
    assert events_of(nlp, text)[0].recipients == [recipient]
    with rules.switched_off(["pronoun_recipients"]):
        assert recipient not in events_of(nlp, text)[0].recipients


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the council rejected them on Tuesday.",  # "them": often things
        "The senator criticized it on Tuesday.",
    ],
)
def test_things_named_by_pronouns_are_no_recipients(nlp, text):
    found = events_of(nlp, text)
    assert not found or not {"them", "it"} & set(found[0].recipients)


def test_a_pronoun_with_no_actor_makes_no_event(nlp):
    """ "confirm him or shoot him into outer space": no one acts, the pronoun alone is too little."""
    text = "The choice was simple: shoot him into outer space."
    assert [e.type for e in events_of(nlp, text)] == []
