"""Stop 48: two articles' reports of one act typed differently (one a timeline-only happening, one
an event) are one row when the same actor does it to the same recipient with the same verb or two
verbs of one synonym line (``timeline_act_across``). Invented."""

from __future__ import annotations

from unittest import mock

from newsprism.models import HAPPENING, Article, Event
from newsprism.stories import timeline_config
from newsprism.stories.timeline_group import group_events

ARTICLES = {
    "a": Article("a", "a", "", outlet="Daily A", published="2021-05-06"),
    "b": Article("b", "b", "", outlet="Daily B", published="2021-05-06"),
}


def _event(article: str, kind: str, sentence: str, trigger: str, recipient: str = "Omar Vance") -> Event:
    return Event(
        article,
        kind,
        0,
        len(sentence),
        sentence,
        trigger=trigger,
        actors=["Harbor Board"],
        actor_entity_ids=["org-harbor"],
        recipients=[recipient],
        recipient_entity_ids=[f"person-{recipient.split()[-1].lower()}"],
        date="2021-05-06",
        event_id=f"{article}:{trigger}",
    )


def _off():
    limits = dict(timeline_config.limits(), timeline_act_across=False)
    return mock.patch.object(timeline_config, "limits", return_value=limits)


def test_synonymous_verbs_of_one_actor_and_recipient_typed_apart_are_one_row():
    events = [
        _event(
            "a", HAPPENING, "The Harbor Board has barred Omar Vance from speaking at the hearing.", "barred"
        ),
        _event(
            "b",
            "COERCE",
            "Council members protested after the Harbor Board blocked Vance's appearance.",
            "block",
        ),
    ]
    (row,) = group_events(events, ARTICLES, {})
    assert sorted(row.outlets) == ["Daily A", "Daily B"]
    with _off():
        assert len(group_events(events, ARTICLES, {})) == 2


def test_another_recipient_or_verb_stays_apart():
    events = [
        _event(
            "a", HAPPENING, "The Harbor Board has barred Omar Vance from speaking at the hearing.", "barred"
        ),
        _event(
            "b",
            "COERCE",
            "The Harbor Board blocked Ida Moss's appearance at the hearing.",
            "block",
            "Ida Moss",
        ),
        _event("b", "COERCE", "Council members say the Harbor Board fined Vance for the delay.", "fined"),
    ]
    assert len(group_events(events, ARTICLES, {})) == 3
