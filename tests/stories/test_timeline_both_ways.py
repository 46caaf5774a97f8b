"""Stop 47: two articles' reports of one act whose parses kept different doers of it, each
sentence naming the other's actor, with the same verb, are one row (``timeline_named_both_ways``);
one's actor acted on by the other ("X criticised Y" / "Y criticised X") stays two. Invented."""

from __future__ import annotations

from unittest import mock

from newsprism.models import HAPPENING, Article, Event
from newsprism.stories import timeline_config
from newsprism.stories.timeline_group import group_events

ARTICLES = {
    "a": Article("a", "a", "", outlet="Daily A", published="2021-05-06"),
    "b": Article("b", "b", "", outlet="Daily B", published="2021-05-06"),
}
A = "The Harbor Authority and Governor Lena Pratt both denied that the toll reversal answered the mayor's letter."
B = "Pratt denied that she had asked the Harbor Authority to rethink fares when reporters pressed her at a pier briefing."


def _event(article: str, sentence: str, actor: str, key: str, trigger: str = "denied", **kw) -> Event:
    return Event(
        article,
        kw.get("kind", HAPPENING),
        0,
        len(sentence),
        sentence,
        trigger=trigger,
        actors=[actor],
        actor_entity_ids=[key],
        recipients=kw.get("recipients", []),
        recipient_entity_ids=kw.get("recipient_ids", []),
        date="2021-05-06",
        event_id=f"{article}:e0",
    )


def test_one_denial_told_with_two_doers_by_two_outlets_is_one_row():
    events = [
        _event("a", A, "The Harbor Authority", "org-harbor"),
        _event("b", B, "Lena Pratt", "person-pratt"),
    ]
    (row,) = group_events(events, ARTICLES, {})
    assert sorted(row.outlets) == ["Daily A", "Daily B"]
    limits = dict(timeline_config.limits(), timeline_named_both_ways=False)
    with mock.patch.object(timeline_config, "limits", return_value=limits):
        assert len(group_events(events, ARTICLES, {})) == 2


def test_each_criticising_the_other_stays_two_rows():
    one = "Lena Pratt criticised Omar Vance over the toll increase at the harbor and the closure of the north ferry dock."
    other = "Omar Vance criticised Lena Pratt for skipping the budget hearing on ferries and for cutting night service."
    events = [
        _event("a", one, "Lena Pratt", "person-pratt", "criticised", kind="ACCUSE",
               recipients=["Omar Vance"], recipient_ids=["person-vance"]),
        _event("b", other, "Omar Vance", "person-vance", "criticised", kind="ACCUSE",
               recipients=["Lena Pratt"], recipient_ids=["person-pratt"]),
    ]  # fmt: skip
    assert len(group_events(events, ARTICLES, {})) == 2
