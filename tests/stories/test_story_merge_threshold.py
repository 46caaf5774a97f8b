"""Two stories of two articles each that a new article links: they merge when their centroids
are alike at ``merge_threshold``, and stay apart under it."""

from __future__ import annotations

import pytest
from test_stories import BANK, DAM, MERGING, _add, _dam_and_bank, _raw

from newsprism.store.store import Store
from newsprism.stories.cluster import _centroid_cosine
from newsprism.stories.features import StoryConfig
from newsprism.stories.state import Batch


def _two_stories(path, nlp, settings) -> Store:
    dam, bank = _dam_and_bank()
    store = Store(str(path))
    _add(store, nlp, settings, [dam[0], dam[1]])
    _add(store, nlp, settings, [bank[0], bank[1]])
    return store


def _cosine(store: Store, settings) -> float:
    """The two stories' centroid cosine as the stage computes it."""
    batch = Batch(store, StoryConfig.from_settings(settings))
    ids = sorted({store.article("dam-0").story_id, store.article("bank-0").story_id})
    batch.load_profiles(ids)
    first, second = (batch.profiles[sid] for sid in ids)
    assert first.size == second.size == 2
    return _centroid_cosine(first, second)


@pytest.mark.parametrize("alike", [True, False])
def test_two_small_stories_an_article_links_merge_at_the_centroid_threshold(tmp_path, nlp, settings, alike):
    linked = settings.with_(stories=dict(settings.stories, **MERGING))
    probe = _two_stories(tmp_path / "probe.db", nlp, linked)
    cosine = _cosine(probe, linked)
    probe.close()
    threshold = max(0.0, cosine - 0.01) if alike else cosine + 0.01
    chosen = settings.with_(stories=dict(settings.stories, **MERGING, merge_threshold=threshold))
    store = _two_stories(tmp_path / "m.db", nlp, chosen)
    assert store.article("dam-0").story_id != store.article("bank-0").story_id
    roundup = _raw("weekly", "2024-04-04", "The week", DAM[2][3] + "\n\n" + BANK[2][3], "roundup")
    _add(store, nlp, chosen, [roundup])
    assert (store.article("dam-0").story_id == store.article("bank-0").story_id) is alike
    store.close()


@pytest.mark.parametrize("singles", [True, False])
def test_a_story_of_one_article_merges_freely_unless_merge_singles_is_off(tmp_path, nlp, settings, singles):
    """With ``merge_singles`` a new article linking a story of two and a story of one merges them
    whatever their centroids; off, the story of one must be alike at ``merge_threshold`` too."""
    dam, bank = _dam_and_bank()
    chosen = settings.with_(
        stories={**settings.stories, **MERGING, "merge_threshold": 1.01, "merge_singles": singles}
    )
    store = Store(str(tmp_path / "s.db"))
    _add(store, nlp, chosen, [dam[0], dam[1]])
    _add(store, nlp, chosen, [bank[0]])
    assert store.article("dam-0").story_id != store.article("bank-0").story_id
    roundup = _raw("weekly", "2024-04-04", "The week", DAM[2][3] + "\n\n" + BANK[2][3], "roundup")
    _add(store, nlp, chosen, [roundup])
    assert (store.article("dam-0").story_id == store.article("bank-0").story_id) is singles
    store.close()
