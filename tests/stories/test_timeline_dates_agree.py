"""Stop 48: a report joins a happening only when the dates agree (``timeline_dates_agree``,
stories/timeline_spans.py): two reports dating the act in words must give days that meet, and a
report dated in words far from the other reports' days needs the same verb. Invented."""

from __future__ import annotations

from unittest import mock

from newsprism.models import Article, Event
from newsprism.stories import timeline_config
from newsprism.stories.timeline_group import group_events

ARTICLES = {
    "a": Article("a", "a", "", outlet="Daily A", published="2021-05-06"),
    "b": Article("b", "b", "", outlet="Daily B", published="2021-05-06"),
}


def _event(article: str, sentence: str, trigger: str, **kw) -> Event:
    return Event(
        article,
        "SUPPORT",
        0,
        len(sentence),
        sentence,
        trigger=trigger,
        actors=["Lena Pratt"],
        actor_entity_ids=["person-pratt"],
        date=kw.get("date", "2021-05-06"),
        date_granularity=kw.get("granularity"),
        date_text=kw.get("date_text"),
        event_id=f"{article}:{trigger}",
    )


def _off():
    limits = dict(timeline_config.limits(), timeline_dates_agree=False)
    return mock.patch.object(timeline_config, "limits", return_value=limits)


MARCH = {"date": "2021-03", "granularity": "month", "date_text": "in March"}


def test_an_act_dated_months_before_by_another_verb_is_another_row():
    events = [
        _event("a", "Pratt backed the harbor tolls at the council meeting.", "backed"),
        _event("b", "Pratt funded the harbor tolls in March.", "funded", **MARCH),
    ]
    rows = group_events(events, ARTICLES, {})
    assert sorted(r.date for r in rows) == ["2021-03", "2021-05-06"]
    with _off():
        (row,) = group_events(events, ARTICLES, {})
        assert row.date == "2021-03"  # the joined row took the other act's month


def test_the_same_verb_dated_months_before_stays_one_row():
    events = [
        _event("a", "Pratt backed the harbor tolls, as she has for months.", "backed"),
        _event("b", "Pratt backed the harbor tolls in March.", "backed", **MARCH),
    ]
    (row,) = group_events(events, ARTICLES, {})
    assert sorted(row.outlets) == ["Daily A", "Daily B"]


def test_two_worded_dates_apart_are_two_rows_whatever_the_verb():
    events = [
        _event("a", "Pratt backed the harbor tolls on Tuesday.", "backed", date="2021-05-04",
               granularity="day", date_text="on Tuesday"),
        _event("b", "Pratt backed the harbor tolls in March.", "backed", **MARCH),
    ]  # fmt: skip
    assert len(group_events(events, ARTICLES, {})) == 2
    with _off():
        assert len(group_events(events, ARTICLES, {})) == 1
