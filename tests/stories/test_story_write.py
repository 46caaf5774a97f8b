"""Writing a call of the stories stage: storyline merges made in one call land whole on disk."""

from __future__ import annotations

import pytest
from sqlalchemy import insert

from newsprism.store.schema import stories_table
from newsprism.store.store import Store
from newsprism.stories.features import ArticleInfo, StoryConfig, fingerprint
from newsprism.stories.state import Batch
from newsprism.stories.write import write_batch


@pytest.fixture
def store(settings):
    opened = Store(settings.db)
    yield opened
    opened.close()


def _stored_lines(store: Store, lines: dict[str, str]) -> None:
    """Stories already on disk, each in its storyline (story id -> storyline id)."""
    rows = [{"story_id": sid, "title": sid, "storyline_id": line} for sid, line in lines.items()]
    with store.engine.begin() as conn:
        conn.execute(insert(stories_table), rows)


@pytest.mark.parametrize(
    "merges",
    [
        {"lc": "lb", "lb": "la"},  # the later merge's old id sorts first
        {"la": "lb", "lb": "lc"},  # and sorts last
        {"ld": "lb", "lc": "lb", "lb": "la"},  # two storylines into one that then joins another
    ],
)
def test_a_chain_of_storyline_merges_in_one_call_reaches_the_last_storyline(store, settings, merges):
    """Within one call storyline C may join B and then B join A (the older storyline of a story
    linked later): every story of C, B and A ends in the surviving storyline, whatever the
    order of the ids."""
    lines = {f"s{line[1:]}": line for line in sorted({*merges, *merges.values()})}
    _stored_lines(store, lines)
    config = StoryConfig.from_settings(settings)
    batch = Batch(store, config)
    batch.storyline_merges = dict(merges)
    item = ArticleInfo("new-article", "2024-04-02", 0.0, text="A new article that joined nothing.")
    item.signature, item.shingle_count = fingerprint(item.text, config)
    write_batch(batch, [item])
    survivors = set(merges.values()) - set(merges)
    (survivor,) = survivors
    assert {s.story_id: s.storyline_id for s in store.stories()} == dict.fromkeys(lines, survivor)
