"""Storylines bounded in time: a recurring actor's coverage over weeks is several storylines,
each within ``storyline_span_days``, never one that chains on for months."""

from __future__ import annotations

from datetime import date

import pytest
from test_stories import _add
from test_story_bounds import _aftermath

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
