"""Growing and merging stories: centroids, dates, titles, and the record of merged ids.

When a new article links two stories they become one. The older story (earliest article, then
smaller id) keeps its id; the other's articles move to it and ``story_merges`` records where it
went, so an id someone saved still finds its story (``current_story_id``).
"""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from newsprism.store.schema import story_merges_table
from newsprism.store.store import Store
from newsprism.stories.features import _CONTENT_WORD, ArticleInfo, cosine_with, stopwords, weigh
from newsprism.stories.state import DOCS, Batch, Profile, story_id_for
from newsprism.stories.storylines import join_lines, line_extent, line_of, union_days, within_span


def current_story_id(store: Store, story_id: str) -> str:
    """The story an id now names: itself, or the story it was merged into."""
    m = story_merges_table
    with store.engine.connect() as conn:
        row = conn.execute(select(m.c.merged_into).where(m.c.story_id == story_id)).first()
    return row.merged_into if row else story_id


def new_story(batch: Batch, item: ArticleInfo) -> Profile:
    """An empty story for the article; its id is the article's hashed, salted when a
    re-analysed article opens a second story."""
    story_id, salt = story_id_for(item.article_id), 0
    batch.load_profiles([story_id])
    while story_id in batch.profiles or story_id in batch.merged:
        salt += 1
        story_id = story_id_for(f"{item.article_id}#{salt}")
        batch.load_profiles([story_id])
    profile = Profile(story_id, item.day, item.day)
    batch.profiles[story_id] = profile
    return profile


def merge_stories(batch: Batch, story_ids: set[str], day: int) -> Profile:
    """One story of several: the oldest keeps its id, the others' articles move to it."""
    profiles = sorted(
        {batch.profile(s, day).story_id: batch.profile(s, day) for s in story_ids}.values(),
        key=lambda p: p.age,
    )
    survivor = profiles[0]
    for other in profiles[1:]:
        for aid in batch.story_members(other.story_id):
            batch.set_story(aid, survivor.story_id)
        for term, weight in other.vector.items():
            survivor.vector[term] = survivor.vector.get(term, 0.0) + weight
        _trim(batch, survivor)
        survivor.size += other.size
        survivor.first_day = min(survivor.first_day, other.first_day)
        survivor.last_day = max(survivor.last_day, other.last_day)
        for published in (other.first_published, other.last_published):
            _extend_published(survivor, published)
        if other.title and _title_score(batch, other.title, survivor) > _title_score(
            batch, survivor.title, survivor
        ):
            survivor.title, survivor.title_article = other.title, other.title_article
        _join_storylines(batch, survivor, other)
        batch.merged[other.story_id] = survivor.story_id
        batch.new_merges[other.story_id] = survivor.story_id
        for old, into in list(batch.new_merges.items()):  # records point at a live story
            if into == other.story_id:
                batch.new_merges[old] = batch.merged[old] = survivor.story_id
        del batch.profiles[other.story_id]
        batch.touched_stories.discard(other.story_id)
        batch.left_stories.discard(other.story_id)
    batch.touched_stories.add(survivor.story_id)
    return survivor


def add_to_story(batch: Batch, profile: Profile, item: ArticleInfo) -> None:
    """Add the article to the story's centroid, dates and title."""
    for term, weight in item.vector.items():
        profile.vector[term] = profile.vector.get(term, 0.0) + weight
    _trim(batch, profile)
    profile.size += 1
    extend_dates(batch, profile, item)
    batch.set_story(item.article_id, profile.story_id)
    for copy in batch.copies_of(item.article_id):
        batch.set_story(copy, profile.story_id)
    _choose_title(batch, profile, item)


def _trim(batch: Batch, profile: Profile) -> None:
    if len(profile.vector) > batch.config.centroid_terms:
        kept = sorted(profile.vector.items(), key=lambda kv: (-kv[1], kv[0]))[: batch.config.centroid_terms]
        profile.vector = dict(kept)
    profile.norm = None  # the centroid changed


def _extend_published(profile: Profile, published: str | None) -> None:
    if published:
        profile.first_published = min(filter(None, [profile.first_published, published]))
        profile.last_published = max(filter(None, [profile.last_published, published]))


def extend_dates(batch: Batch, profile: Profile, item: ArticleInfo) -> None:
    profile.first_day = min(profile.first_day, item.day)
    profile.last_day = max(profile.last_day, item.day)
    _extend_published(profile, item.published)
    batch.touched_stories.add(profile.story_id)


def _title_score(batch: Batch, title: str, profile: Profile) -> float:
    if not title:
        return -2.0
    stop = stopwords()
    words = Counter(w for w in _CONTENT_WORD.findall(title.lower()) if w not in stop)
    if not words:
        return -1.0
    return cosine_with(weigh(words, batch.df, batch.df.get(DOCS, 1), batch.config), profile.vector)


def _choose_title(batch: Batch, profile: Profile, item: ArticleInfo) -> None:
    """The story's title is the member headline closest to its centroid."""
    if item.title and _title_score(batch, item.title, profile) > _title_score(batch, profile.title, profile):
        profile.title = item.title
        profile.title_article = item.article_id


def _join_storylines(batch: Batch, survivor: Profile, other: Profile) -> None:
    """The merged story's storylines become one while together they stay within
    ``storyline_span_days``; otherwise the survivor keeps its own (the other's rest stay apart)."""
    if not other.storyline_id:
        return
    if not survivor.storyline_id:
        survivor.storyline_id = other.storyline_id
        return
    kept, gone = line_of(batch, survivor), line_of(batch, other)
    if kept == gone:
        return
    extent = union_days(line_extent(batch, survivor), line_extent(batch, other))
    if within_span(batch, extent):
        join_lines(batch, kept, gone, extent)
