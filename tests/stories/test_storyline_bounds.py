"""Storylines bounded in time: a recurring actor's coverage over weeks is several storylines,
each within ``storyline_span_days``, never one that chains on for months."""

from __future__ import annotations

from datetime import date

import pytest
from test_stories import DAM, RESIGNATION, _add, _raw
from test_story_bounds import AFTERMATH, _aftermath

from newsprism.store.store import Store

STORYLINE_SPAN = 10  # the aftermath runs 15 days (2024-04-02 .. 04-17) in stories of a week


@pytest.fixture
def store(settings):
    opened = Store(settings.db)
    yield opened
    opened.close()


def _storylines(store: Store) -> dict[str, list[int]]:
    """Each storyline's dated days (its stories' first and last publication days)."""
    days: dict[str, list[int]] = {}
    for story in store.stories():
        dated = [
            date.fromisoformat(d).toordinal() for d in (story.first_published, story.last_published) if d
        ]
        days.setdefault(story.storyline_id, []).extend(dated)
    return days


def _feed(store, nlp, settings, newest_first: bool) -> None:
    raws = _aftermath()
    for raw in reversed(raws) if newest_first else raws:  # as the days come, or an archive backwards
        _add(store, nlp, settings, [raw])


@pytest.mark.parametrize("newest_first", [False, True])
def test_coverage_longer_than_the_span_is_several_storylines_each_within_it(
    store, nlp, settings, newest_first
):
    bounded = settings.with_(stories=dict(settings.stories, storyline_span_days=STORYLINE_SPAN))
    _feed(store, nlp, bounded, newest_first)
    lines = _storylines(store)
    assert len(lines) >= 2
    assert all(max(days) - min(days) <= STORYLINE_SPAN for days in lines.values())
    story = {a.article_id: a.story_id for a in store.articles()}
    line = {s.story_id: s.storyline_id for s in store.stories()}
    assert line[story["dam-0"]] == line[story["after-0"]]  # the bound splits chains, not days together


def test_without_the_bound_the_same_coverage_is_one_storyline(store, nlp, settings):
    """The control: the stories above are related, so only the span keeps them apart."""
    _feed(store, nlp, settings.with_(stories=dict(settings.stories, storyline_span_days=0)), False)
    (days,) = _storylines(store).values()  # one storyline
    assert max(days) - min(days) == 15 > STORYLINE_SPAN


def _merge_case(store, nlp, settings) -> dict[str, str]:
    """Two storylines (the flood on April 1 and 6; the aftermath on April 10 and the governor's
    resignation on April 17), then an article on April 8 linking the April 6 and April 10
    stories: the stories merge (four days); the storylines would last 16 days together.
    Returns each article's storyline."""
    dated = {
        "resign": (RESIGNATION, "2024-04-17"),
        "after-2": (AFTERMATH[2], "2024-04-10"),
        "dam-0": (DAM[0], "2024-04-01"),
        "after-0": (AFTERMATH[0], "2024-04-06"),
        "after-1": (AFTERMATH[1], "2024-04-08"),
    }
    for aid, (item, day) in dated.items():  # one at a time, in this order
        _add(store, nlp, settings, [_raw(item[0], day, *item[2:], given_id=aid)])
    line = {s.story_id: s.storyline_id for s in store.stories()}
    return {a.article_id: line[a.story_id] for a in store.articles()}


def test_stories_merging_do_not_join_storylines_beyond_the_span(store, nlp, settings):
    """The merged story stays with the flood; the resignation keeps a storyline of its own
    (without the bound all five articles are one storyline over 16 days)."""
    bounded = settings.with_(stories=dict(settings.stories, storyline_span_days=STORYLINE_SPAN))
    lines = _merge_case(store, nlp, bounded)
    story = {a.article_id: a.story_id for a in store.articles()}
    assert story["after-0"] == story["after-1"] == story["after-2"]  # the stories merged
    assert lines["dam-0"] == lines["after-0"] != lines["resign"]
    assert all(max(days) - min(days) <= STORYLINE_SPAN for days in _storylines(store).values())
