"""Re-posts: copies of one text under other names, found by MinHash and LSH.

An article's normalised text (lowercase, punctuation gone) is cut into word shingles and
summarised by a MinHash signature. LSH bands of the signature, kept in ``story_bands``, give
candidate copies by index lookup. A candidate is a copy when the shorter text's shingles are
(estimated) at least ``duplicate_threshold`` contained in the longer's, and the Jaccard
similarity is at least ``duplicate_min_jaccard``: a re-post that dropped a paragraph and added
boilerplate still matches, an excerpt does not. ``duplicate_of`` points every copy at the first
one (earliest published, then first stored); the first copy has none.

MinHash estimates containment over whole texts, so two long pages of one outlet that embed the
same photo gallery or list of links "contain" each other (CNN pages of 2013 and 2016 matched
so). A candidate is therefore checked on the texts (``is_verified_copy``): the shorter text's
shingles found in the longer, each paragraph counting at most ``duplicate_paragraph_cap``
shingles, must reach ``duplicate_threshold``: the body matches, not one shared block. Copies
published more than ``duplicate_near_days`` apart (a page crawled long after, its template
changed) need ``duplicate_far_threshold``.
"""

from __future__ import annotations

import re
from datetime import date

import numpy as np
from sqlalchemy import select

from newsprism.store.schema import articles_table, story_bands_table, story_signatures_table
from newsprism.stories.features import (
    ArticleInfo,
    StoryConfig,
    band_hashes,
    is_copy,
    normalised_words,
)
from newsprism.stories.state import Batch, chunks

_PARAGRAPH = re.compile(r"\s*\n\s*")  # paragraphs: one or more line breaks


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
    texts = {item.article_id: item.text for item in items}

    for item in items:
        candidates = {aid for band in bands_of[item.article_id] for aid in by_band.get(band, ())}
        candidates.discard(item.article_id)
        matches = [
            aid
            for aid in candidates
            if aid in signatures and is_copy(signatures[item.article_id], signatures[aid], config)
        ]
        _read_texts(batch, [aid for aid in matches if aid not in texts], texts)
        matches = [
            aid
            for aid in matches
            if is_verified_copy(item.text, item.published, texts.get(aid), batch.info[aid].published, config)
        ]
        if matches:
            _join_copies(batch, item, {batch.first_copy(aid) for aid in matches})
        for band in bands_of[item.article_id]:
            by_band.setdefault(band, []).append(item.article_id)


def _read_texts(batch: Batch, article_ids: list[str], texts: dict[str, str]) -> None:
    """The stored texts of the MinHash matches (few: read only to check them)."""
    a = articles_table
    with batch.store.engine.connect() as conn:
        for chunk in chunks(sorted(article_ids)):
            for row in conn.execute(select(a.c.article_id, a.c.text).where(a.c.article_id.in_(chunk))):
                texts[row.article_id] = row.text or ""


def body_containment(text_a: str, text_b: str, config: StoryConfig) -> float:
    """The share of the shorter text's shingles found in the longer, each paragraph counting
    at most ``duplicate_paragraph_cap`` shingles: one long shared block (a gallery, a list of
    links) cannot make two different articles copies, the paragraphs of their bodies must match."""
    size, cap = config.shingle_words, config.duplicate_paragraph_cap
    texts = sorted((text_a, text_b), key=lambda text: len(normalised_words(text)))
    longer_words = normalised_words(texts[1])
    longer_text = " ".join(longer_words)
    found = {" ".join(longer_words[i : i + size]) for i in range(len(longer_words) - size + 1)}
    weight = shared = 0.0
    for paragraph in _PARAGRAPH.split(texts[0]):
        words = normalised_words(paragraph)
        if not words:
            continue
        if len(words) < size:
            runs, hits = 1, float(f" {' '.join(words)} " in f" {longer_text} ")
        else:
            runs = len(words) - size + 1
            hits = sum(" ".join(words[i : i + size]) in found for i in range(runs))
        counted = min(runs, cap) if cap > 0 else runs
        weight += counted
        shared += counted * hits / runs
    return shared / weight if weight else 0.0


def is_verified_copy(
    text_a: str, day_a: str | None, text_b: str | None, day_b: str | None, config: StoryConfig
) -> bool:
    """Whether a MinHash match is a copy on the texts: the shorter's paragraphs found in the
    longer (``body_containment``), to ``duplicate_far_threshold`` when the two are published
    more than ``duplicate_near_days`` apart (a page crawled long after, its template changed)."""
    if config.duplicate_paragraph_cap <= 0:
        return True
    far = config.duplicate_near_days and days_apart(day_a, day_b) > config.duplicate_near_days
    needed = config.duplicate_far_threshold if far else config.duplicate_threshold
    return body_containment(text_a, text_b or "", config) >= needed


def days_apart(a: str | None, b: str | None) -> int:
    """Days between two published dates; 0 when either is unknown."""
    try:
        return abs((date.fromisoformat((a or "")[:10]) - date.fromisoformat((b or "")[:10])).days)
    except ValueError:
        return 0


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
