"""Stop 51: a catenative verb's "to" complement is the act a report tells ("voted to repeal the
levy"), so another outlet's "repealed the levy" is one row with it (``timeline_catenative_acts``,
``data/timeline_catenative_verbs.txt``). Invented."""

from __future__ import annotations

from unittest import mock

from newsprism.models import HAPPENING, Article, Event
from newsprism.stories import timeline_config
from newsprism.stories.timeline_group import _verb_heads, group_events

ARTICLES = {
    "a": Article("a", "a", "", outlet="Daily A", published="2022-03-09"),
    "b": Article("b", "b", "", outlet="Daily B", published="2022-03-09"),
}


def _event(article: str, sentence: str, trigger: str) -> Event:
    return Event(
        article,
        HAPPENING,
        0,
        len(sentence),
        sentence,
        trigger=trigger,
        actors=["Harrow Council"],
        actor_entity_ids=["org-harrow-council"],
        date="2022-03-09",
        event_id=f"{article}:{trigger}",
    )


EVENTS = [
    _event("a", "After a long night of debate, the Harrow Council voted 7-2 to repeal the ferry levy.",
           "voted to repeal"),
    _event("b", "The Harrow Council repealed the levy on Tuesday, ending a fight over fares.",
           "repealed levy"),
]  # fmt: skip


def _limits(on: bool):
    return mock.patch.object(
        timeline_config, "limits", return_value=dict(timeline_config.limits(), timeline_catenative_acts=on)
    )


def test_voted_to_repeal_and_repealed_are_one_row():
    with _limits(True):
        (row,) = group_events(EVENTS, ARTICLES, {})
    assert sorted(row.outlets) == ["Daily A", "Daily B"]


def test_without_the_rule_the_two_verbs_are_two_rows():
    with _limits(False):
        assert len(group_events(EVENTS, ARTICLES, {})) == 2


def test_only_listed_verbs_give_their_complement():
    with _limits(True):
        assert _verb_heads("voted to repeal")[1] == _verb_heads("repealed levy")[0]
        assert _verb_heads("voted to repeal")[0] == _verb_heads("voted")[0]
        assert _verb_heads("tried to repeal") == (_verb_heads("tried")[0], "")  # an attempt, not the act


def test_a_synonym_line_meets_every_inflection_of_its_verbs():
    """``stem`` strips one suffix ("urged" -> "urg", "called" -> "cal"), so a line's base forms are
    read with their inflections: "urged" and "called on" tell the act "asked" tells."""
    from newsprism.stories.compare_text import stem
    from newsprism.stories.timeline_reads import act_words

    for told in ("urged", "urges", "called", "pressed", "asked"):
        assert stem("asked") in act_words(stem(told)), told
    assert stem("passes") in act_words(stem("approved"))
