"""Storylines by average linkage: a story joins a storyline only when related to enough of its
stories near in time, so one shared actor or one bridging story no longer chains a week's
developments into one storyline."""

from __future__ import annotations

from datetime import date

import pytest

from newsprism.store.store import Store
from newsprism.stories.features import StoryConfig
from newsprism.stories.state import Batch, Profile
from newsprism.stories.storyline_links import linkage
from newsprism.stories.storylines import assign_storylines, line_of

START = date(2024, 4, 1).toordinal()
# Three days of a caucus count (the same people, the same subject), then an acquittal that
# shares only the commonest actor and one word with the first day's story.
CAUCUS = {
    "s1-poll": (0, ["@p:trump", "@p:sanders", "caucus", "iowa", "count"]),
    "s2-app": (1, ["@p:sanders", "@p:buttigieg", "caucus", "iowa", "app"]),
    "s3-recanvass": (2, ["@p:buttigieg", "@p:sanders", "iowa", "caucus", "recanvass"]),
}
ACQUITTAL = {"s4-acquittal": (3, ["@p:trump", "senate", "acquit", "vote", "count"])}


@pytest.fixture
def store(settings):
    opened = Store(settings.db)
    yield opened
    opened.close()


def _profile(story_id: str, day: int, words: list[str]) -> Profile:
    published = date.fromordinal(START + day).isoformat()
    return Profile(
        story_id=story_id,
        first_day=START + day,
        last_day=START + day,
        size=1,
        vector=dict.fromkeys(words, 1.0),
        first_published=published,
        last_published=published,
    )


def _lines(
    store: Store, settings, stories: dict, share: float, leaf: float = 0.0, leaf_stories: int = 1
) -> dict[str, str]:
    """Each story's storyline after one call of the storyline step over these stories."""
    tuned = dict(
        settings.stories,
        storyline_link_share=share,
        storyline_leaf_share=leaf,
        storyline_leaf_stories=leaf_stories,
        storyline_threshold=0.3,
        storyline_actor_idf=0.0,
    )
    batch = Batch(store, StoryConfig.from_settings(settings.with_(stories=tuned)))
    for story_id, (day, words) in stories.items():
        batch.profiles[story_id] = _profile(story_id, day, words)
        batch.touched_stories.add(story_id)
    assign_storylines(batch)
    return {story_id: line_of(batch, batch.profiles[story_id]) for story_id in stories}


def test_a_story_related_to_one_story_of_a_storyline_stays_out(store, settings):
    lines = _lines(store, settings, {**CAUCUS, **ACQUITTAL}, share=0.5)
    assert len({lines[s] for s in CAUCUS}) == 1  # the count's days are one storyline
    assert lines["s4-acquittal"] != lines["s1-poll"]  # one pair of four does not chain it in


def test_one_link_was_enough_without_the_share(store, settings):
    """The control: the acquittal is related to the poll story, so only the share keeps it out."""
    lines = _lines(store, settings, {**CAUCUS, **ACQUITTAL}, share=0.0)
    assert len(set(lines.values())) == 1


def test_linkage_is_the_share_of_related_pairs():
    a, b, c = (_profile(s, 0, ["@p:x", s]) for s in ("a", "b", "c"))

    def related(x: Profile, y: Profile) -> bool:
        return {x.story_id, y.story_id} == {"a", "b"}

    assert linkage([a], [b, c], related) == pytest.approx(0.5)
    assert linkage([a, c], [b], related) == pytest.approx(0.5)
    assert linkage([a], [], related) == 0.0


# Two days of a strike (two stories), then a leaf: a story alone in its time related to one
# story of the caucus (a third of the pairs) and to one of the strike's two (half of them).
STRIKE = {
    "s5-walkout": (1, ["@org:union", "@p:marlow", "strike", "port", "walkout"]),
    "s6-talks": (2, ["@org:union", "@p:marlow", "strike", "port", "talks"]),
}
LEAF = {"s7-leaf": (3, ["@p:trump", "count", "@org:union", "walkout", "pay", "vote", "rally", "poll"])}


def test_a_story_alone_joins_the_storyline_it_is_most_related_to_at_the_lower_share(store, settings):
    lines = _lines(store, settings, {**CAUCUS, **ACQUITTAL}, share=0.5, leaf=0.3)
    assert lines["s4-acquittal"] == lines["s1-poll"]  # a third of the pairs reach the leaf's share
    lines = _lines(store, settings, {**CAUCUS, **ACQUITTAL}, share=0.5, leaf=0.4)
    assert lines["s4-acquittal"] != lines["s1-poll"]  # a third does not reach 0.4
    lines = _lines(store, settings, {**CAUCUS, **ACQUITTAL}, share=0.5, leaf=0.3, leaf_stories=2)
    assert lines["s4-acquittal"] != lines["s1-poll"]  # related to one story of it, not two


def test_a_story_alone_never_joins_two_storylines_at_the_lower_share(store, settings):
    lines = _lines(store, settings, {**CAUCUS, **STRIKE, **LEAF}, share=0.9, leaf=0.3)
    assert lines["s7-leaf"] == lines["s5-walkout"] == lines["s6-talks"]  # the best: half the pairs
    assert lines["s1-poll"] != lines["s5-walkout"]  # the caucus stays apart
    assert len({lines[s] for s in CAUCUS}) == 1
    alone = _lines(store, settings, {**CAUCUS, **STRIKE, **LEAF}, share=0.9, leaf=0.0)
    assert alone["s7-leaf"] not in {alone["s1-poll"], alone["s5-walkout"]}  # the share alone: apart
