"""Stop 47b: one actor's reports of one type and day are one row only when they tell one act: where
one states no recipient, the same verb or a synonym (``timeline_same_act_word``); two happenings of
different verbs do not share a verb of another clause (``timeline_happening_verbs_left_out``), so a
row does not take a wrongly joined report's date. Invented."""

from __future__ import annotations

from unittest import mock

from newsprism.models import HAPPENING, Article, Event
from newsprism.stories import timeline_config
from newsprism.stories.timeline_group import group_events

ARTICLES = {
    "a": Article("a", "a", "", outlet="Daily A", published="2021-05-06"),
    "b": Article("b", "b", "", outlet="Daily B", published="2021-05-06"),
    "c": Article("c", "c", "", outlet="Daily C", published="2021-05-06"),
}


def _event(article: str, sentence: str, trigger: str, kind: str, **kw) -> Event:
    return Event(
        article,
        kind,
        0,
        len(sentence),
        sentence,
        trigger=trigger,
        actors=["Lena Pratt"],
        actor_entity_ids=["person-pratt"],
        recipients=kw.get("recipients", []),
        recipient_entity_ids=kw.get("recipient_ids", []),
        date=kw.get("date", "2021-05-06"),
        date_granularity=kw.get("granularity"),
        date_text=kw.get("date_text"),
        event_id=f"{article}:{trigger}",
    )


def _set(key: str, value: bool = False):
    return mock.patch.object(
        timeline_config, "limits", return_value=dict(timeline_config.limits(), **{key: value})
    )


def test_another_act_of_one_type_without_recipient_is_another_row():
    events = [
        _event("a", "Pratt has scolded Omar Vance over the harbor tolls at the council meeting.", "scolded",
               "ACCUSE", recipients=["Omar Vance"], recipient_ids=["person-vance"]),
        _event("b", "That was a setback for the ferry union, which wanted a probe of the harbor tolls by Pratt.",
               "probe", "ACCUSE"),
    ]  # fmt: skip
    with _set("timeline_same_act_word", True):
        assert len(group_events(events, ARTICLES, {})) == 2
    with _set("timeline_same_act_word", False):
        assert len(group_events(events, ARTICLES, {})) == 1


def test_synonymous_verbs_stay_one_row():
    events = [
        _event("a", "Pratt refused to answer questions from the council about the harbor tolls.", "refused", "REJECT"),
        _event("b", "Pratt declined several questions from the council on the harbor tolls.", "declined", "REJECT"),
    ]  # fmt: skip
    with _set("timeline_same_act_word", True):
        (row,) = group_events(events, ARTICLES, {})
    assert sorted(row.outlets) == ["Daily A", "Daily B"]


def test_a_verb_of_another_clause_joins_no_happening_nor_gives_its_date():
    events = [
        _event("a", "Pratt, in clipped replies, offered little to either camp.", "offered little", HAPPENING),
        _event("b", "She gave clipped replies.", "gave clipped replies", HAPPENING),
        _event("c", "She published the audit in March and gave a speech on the audit in June.", "published audit",
               HAPPENING, date="2021-03", granularity="month", date_text="in March"),
    ]  # fmt: skip
    rows = group_events(events, ARTICLES, {})
    joined = [r for r in rows if len(r.outlets) == 2]
    assert len(rows) == 2 and joined and joined[0].date == "2021-05-06"
    limits = dict(
        timeline_config.limits(), timeline_happening_verbs_left_out=False, timeline_dates_agree=False
    )
    with mock.patch.object(timeline_config, "limits", return_value=limits):  # both guard it (stop 48)
        assert len(group_events(events, ARTICLES, {})) == 1
