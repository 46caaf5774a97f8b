"""Stop 50 (second round): the day of an article's central event given to its lead actor's undated
acts (``timeline_event_day``); a typed act and a timeline-only happening of one actor and
recipient are one row (``timeline_untyped_recipient``); a sentence telling two acts does not join
its second act to another outlet's report of its first (``timeline_recipient_told``). Invented."""

from __future__ import annotations

from unittest import mock

from newsprism.models import HAPPENING, Article, Event
from newsprism.stories import timeline_config
from newsprism.stories.timeline_event_day import event_day_dated
from newsprism.stories.timeline_group import group_events

ARTICLES = {
    "a": Article("a", "a", "", outlet="Daily A", published="2021-05-06"),
    "b": Article("b", "b", "", outlet="Daily B", published="2021-05-06"),
}


def _event(article, kind, start, sentence, trigger, actor="Harbor Board", recipients=(), **dated) -> Event:
    return Event(
        article,
        kind,
        start,
        start + len(sentence),
        sentence,
        trigger=trigger,
        actors=[actor],
        actor_entity_ids=[f"org-{actor.split()[0].lower()}"],
        recipients=list(recipients),
        recipient_entity_ids=[None] * len(recipients),
        date=dated.get("date", "2021-05-06"),
        date_granularity=dated.get("granularity"),
        date_text=dated.get("text"),
        event_id=f"{article}:{start}:{trigger}",
    )


def _switched(**keys):
    limits = dict(timeline_config.limits(), **keys)
    return mock.patch.object(timeline_config, "limits", return_value=limits)


LEAD = _event(
    "a",
    HAPPENING,
    0,
    "The Harbor Board opened the new ferry pier on Wednesday evening.",
    "opened pier",
    date="2021-05-05",
    granularity="day",
    text="on Wednesday evening",
)
LATER = _event(
    "a", "ACCUSE", 300, "The board mocked the ferry union in its speech.", "mocked", recipients=["union"]
)
OTHER = _event(
    "a",
    "ACCUSE",
    400,
    "Mayor Ida Moss criticized the board's plan.",
    "criticized",
    actor="Ida Moss",
    recipients=["plan"],
)


def _dates(events):
    return {e.event_id: (e.date, e.date_granularity) for e in events}


def test_lead_actor_undated_act_takes_the_lead_day():
    dated = _dates(event_day_dated([LEAD, LATER, OTHER], ARTICLES, set()))
    assert dated[LATER.event_id] == ("2021-05-05", "day")
    assert dated[OTHER.event_id] == ("2021-05-06", None)  # another actor's reaction: the article's day
    assert (
        _dates(event_day_dated([LEAD, LATER, OTHER], ARTICLES, {LATER.event_id}))[LATER.event_id][1] is None
    )
    with _switched(timeline_event_day=False):
        assert _dates(event_day_dated([LEAD, LATER], ARTICLES, set()))[LATER.event_id] == ("2021-05-06", None)


def test_a_lead_dated_long_before_or_outside_the_lead_gives_nothing():
    old = _event(
        "a",
        HAPPENING,
        0,
        "The board opened the pier in May 2019.",
        "opened pier",
        date="2021-04-20",
        granularity="day",
        text="April 20",
    )
    assert _dates(event_day_dated([old, LATER], ARTICLES, set()))[LATER.event_id] == ("2021-05-06", None)
    late = _event(
        "a",
        HAPPENING,
        900,
        LEAD.sentence,
        "opened pier",
        date="2021-05-05",
        granularity="day",
        text="on Wednesday evening",
    )
    assert _dates(event_day_dated([late, LATER], ARTICLES, set()))[LATER.event_id] == ("2021-05-06", None)


def test_typed_act_and_untyped_happening_of_one_recipient_are_one_row():
    events = [
        _event(
            "a",
            "ACCUSE",
            0,
            "The Harbor Board criticized the port's commissioners over the delay.",
            "criticized",
            recipients=["port's commissioners"],
        ),
        _event(
            "a",
            HAPPENING,
            500,
            "Without naming them, the Harbor Board dinged the port's two commissioners over the delay.",
            "dinged port two commissioners",
        ),
    ]
    (row,) = group_events(events, ARTICLES, {})
    assert len(row.wording) == 2
    with _switched(timeline_untyped_recipient=False):
        assert len(group_events(events, ARTICLES, {})) == 2


def test_untyped_happening_with_no_shared_wording_stays_apart():
    events = [
        _event(
            "a",
            "ACCUSE",
            0,
            "The Harbor Board criticized the commissioners over the long delay to the northern ferry contract.",
            "criticized",
            recipients=["commissioners"],
        ),
        _event(
            "b",
            HAPPENING,
            0,
            "The Harbor Board thanked the two commissioners at a dinner for retiring quay staff.",
            "thanked two commissioners",
        ),
    ]
    assert len(group_events(events, ARTICLES, {})) == 2


def test_second_act_of_one_sentence_does_not_join_the_first_acts_row():
    both = (
        "The Harbor Board scolded the ferry union over its strike, while rebuking the port's commissioners."
    )
    events = [
        _event(
            "a",
            "ACCUSE",
            0,
            "The Harbor Board scolded the ferry union over its strike at the pier.",
            "scolded",
            recipients=["ferry union"],
        ),
        _event("b", "ACCUSE", 0, both, "rebuking", recipients=["port's commissioners"]),
    ]
    assert len(group_events(events, ARTICLES, {})) == 2
    with _switched(timeline_recipient_told=False):
        assert len(group_events(events, ARTICLES, {})) == 1
