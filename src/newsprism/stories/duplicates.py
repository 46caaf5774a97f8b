"""Re-posts: copies of one text under other names, found by MinHash and LSH.

An article's normalised text (lowercase, punctuation gone) is cut into word shingles and
summarised by a MinHash signature. LSH bands of the signature, kept in ``story_bands``, give
candidate copies by index lookup. A candidate is a copy when the shorter text's shingles are
(estimated) at least ``duplicate_threshold`` contained in the longer's, and the Jaccard
similarity is at least ``duplicate_min_jaccard``: a re-post that dropped a paragraph and added
boilerplate still matches, an excerpt does not. ``duplicate_of`` points every copy at the first
one (earliest published, then first stored); the first copy has none.
"""

from __future__ import annotations

import numpy as np
from sqlalchemy import select

from newsprism.store.schema import story_bands_table, story_signatures_table
from newsprism.stories.features import ArticleInfo, band_hashes, is_copy
from newsprism.stories.state import Batch, chunks


def find_duplicates(batch: Batch, items: list[ArticleInfo]) -> None:
    """Point each new copy (and, when a new article came first, its older copies) at the first."""
    config = batch.config
    for item in items:
        item.bands = band_hashes(item.signature, config.lsh_bands)
    bands_of = {item.article_id: item.bands for item in items}
    by_band: dict[int, list[str]] = {}
    wanted = sorted({band for bands in bands_of.values() for band in bands})
    with batch.store.engine.connect() as conn:
        for chunk in chunks(wanted):
            query = select(story_bands_table).where(story_bands_table.c.band.in_(chunk))
            for row in conn.execute(query):
                by_band.setdefault(row.band, []).append(row.article_id)
    signatures = {item.article_id: (item.signature, item.shingle_count) for item in items}
    stored_candidates = {aid for ids in by_band.values() for aid in ids} - set(signatures)
    with batch.store.engine.connect() as conn:
        for chunk in chunks(sorted(stored_candidates)):
            query = select(story_signatures_table).where(story_signatures_table.c.article_id.in_(chunk))
            for row in conn.execute(query):
                signatures[row.article_id] = (np.frombuffer(row.signature, dtype=np.uint32), row.shingles)
    batch.load_articles(signatures)

    for item in items:
        candidates = {aid for band in bands_of[item.article_id] for aid in by_band.get(band, ())}
        candidates.discard(item.article_id)
        matches = [
            aid
            for aid in candidates
            if aid in signatures and is_copy(signatures[item.article_id], signatures[aid], config)
        ]
        if matches:
            _join_copies(batch, item, {batch.first_copy(aid) for aid in matches})
        for band in bands_of[item.article_id]:
            by_band.setdefault(band, []).append(item.article_id)


def _join_copies(batch: Batch, item: ArticleInfo, firsts: set[str]) -> None:
    """Merge the article and the groups it copies into one group under the earliest copy."""
    batch.load_articles(firsts)
    group_first = min([item.article_id, *firsts], key=lambda aid: batch.info[aid].order)
    stories = [batch.info[f].story_id for f in sorted(firsts, key=lambda f: batch.info[f].order)]
    story_id = batch.current(next((s for s in stories if s), None))
    for first in firsts | {item.article_id}:
        if first == group_first:
            continue
        for copy in list(batch.copies_of(first)):
            batch.set_duplicate(copy, group_first)
        batch.set_duplicate(first, group_first)
    batch.set_duplicate(group_first, None)
    if story_id:  # the group keeps the story its earlier first copy had
        for aid in [group_first, *batch.copies_of(group_first)]:
            batch.set_story(aid, story_id)
        batch.touched_stories.add(story_id)
