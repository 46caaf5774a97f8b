"""Timeline-only happenings in a timeline (issue 19): two outlets' tellings of one act with other
verbs and names the linker kept apart ("House", "House of Representatives") are one row; two acts
of one actor in one article stay two; among rows told as often, typed events rank first."""

from __future__ import annotations

from newsprism.models import HAPPENING, Article, Event
from newsprism.stories.timeline import _top
from newsprism.stories.timeline_group import group_events
from newsprism.stories.timeline_row import TimelineRow

ARTICLES = {
    "a": Article("a", "a", "", outlet="Daily A", published="2021-05-06"),
    "b": Article("b", "b", "", outlet="Weekly B", published="2021-05-06"),
}


def _happening(article_id: str, sentence: str, actor: str, entity: str, trigger: str) -> Event:
    return Event(
        article_id,
        HAPPENING,
        0,
        len(sentence),
        sentence,
        trigger=trigger,
        actors=[actor],
        actor_entity_ids=[entity],
        date="2021-05-06",
        event_id=f"{article_id}:{trigger}",
    )


APPROVED = _happening(
    "a",
    "The House of Representatives approved a resolution limiting the governor's emergency powers.",
    "House of Representatives",
    "org-house-of-representatives",
    "approved resolution",
)
VOTED = _happening(
    "b",
    "The House on Thursday voted to approve a resolution limiting the governor's emergency powers.",
    "House",
    "org-house",
    "voted to approve resolution",
)


def test_two_outlets_telling_one_act_with_other_verbs_and_names_are_one_row():
    (row,) = group_events([APPROVED, VOTED], ARTICLES, {})
    assert sorted(row.outlets) == ["Daily A", "Weekly B"]


def test_another_body_of_the_same_last_word_is_not_the_same_actor():
    sentence = "The White House welcomed a resolution on emergency powers, which lawmakers debated for hours."
    white = _happening("b", sentence, "White House", "org-white-house", "welcomed resolution")
    assert len(group_events([APPROVED, white], ARTICLES, {})) == 2
    house = _happening(
        "b", sentence.replace("White House", "House"), "House", "org-house", "welcomed resolution"
    )
    assert len(group_events([APPROVED, house], ARTICLES, {})) == 1  # the same words of the House: one


def test_two_acts_of_one_actor_in_one_article_stay_apart():
    other = _happening(
        "a",
        "The House of Representatives passed a resolution limiting the governor's emergency powers.",
        "House of Representatives",
        "org-house-of-representatives",
        "passed resolution",
    )
    assert len(group_events([APPROVED, other], ARTICLES, {})) == 2


def test_other_wording_across_outlets_stays_apart():
    other = _happening(
        "b", "The House elected a new clerk after a short debate.", "House", "org-house", "elected clerk"
    )
    assert len(group_events([APPROVED, other], ARTICLES, {})) == 2


def test_typed_events_rank_before_happenings_told_as_often():
    rows = [
        TimelineRow(date="2021-05-06", kind="event", type=HAPPENING, summary="x", outlets=["A"],
                    wording=[{"article_id": "a"}], ids=["1"]),
        TimelineRow(date="2021-05-07", kind="event", type="AGREE", summary="y", outlets=["A"],
                    wording=[{"article_id": "a"}], ids=["2"]),
    ]  # fmt: skip
    assert [r.type for r in _top(rows, 1)] == ["AGREE"]
