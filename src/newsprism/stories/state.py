"""What one call of the stories stage reads and changes: articles, stories, merge records.

Everything is read on demand by id or by block key (never by scanning a table) and written
back by ``cluster._write`` in one transaction at the end of the call.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select

from newsprism.store.schema import (
    articles_table,
    stories_table,
    story_articles_table,
    story_merges_table,
    story_profiles_table,
    story_terms_table,
)
from newsprism.store.store import Store
from newsprism.stories.features import ArticleInfo, StoryConfig

SQL_CHUNK = 400  # ids per IN (...) clause
DOCS = ""  # the story_terms row that counts the documents behind the frequencies


@dataclass
class Profile:
    """A story as the stage sees it: centroid (sum of member vectors), size, dates, title, storyline."""

    story_id: str
    first_day: int
    last_day: int
    size: int = 0
    vector: dict[str, float] = field(default_factory=dict)
    title_article: str | None = None
    title: str = ""
    first_published: str | None = None
    last_published: str | None = None
    norm: float | None = None  # of the centroid, computed when needed
    storyline_id: str | None = None

    @property
    def age(self) -> tuple[int, str]:
        """Which of two merging stories is older, and keeps its id."""
        return (self.first_day, self.story_id)

    def dated(self) -> tuple[int, int] | None:
        """The first and last publication day of its dated articles (None when none is dated):
        where the story lies in time. ``first_day`` and ``last_day`` also count the day an
        undated article was stored, which says nothing of when the story happened."""
        first, last = day_number(self.first_published), day_number(self.last_published)
        if first is None or last is None:
            return None
        return first, last


def story_id_for(article_id: str) -> str:
    """A story's stable id: its first article's id, hashed."""
    return "s" + hashlib.sha1(article_id.encode("utf-8")).hexdigest()[:15]


def day_text(day: int) -> str:
    return date.fromordinal(day).isoformat()


def day_number(text: str | None) -> int | None:
    """The day number of an ISO date (its first ten characters); None when it is not one."""
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10]).toordinal()
    except ValueError:
        return None


def dated_span(profiles: Iterable[Profile], day: int | None = None) -> int:
    """Days from the earliest to the latest dated article of these stories together (and of an
    article published on ``day``): how long the story they would make lasts."""
    days = [d for p in profiles if (found := p.dated()) for d in found]
    if day is not None:
        days.append(day)
    return max(days) - min(days) if days else 0


def chunks(items: Sequence, size: int = SQL_CHUNK) -> Iterator[Sequence]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def read_blocks(
    store: Store, table: Any, column: str, pairs: set[tuple[str, int]], blocks: dict[tuple[str, int], list]
) -> list[tuple[str, int]]:
    """Fill ``blocks`` with the ``column`` values of the (key, bucket) blocks not read yet, one
    bucket at a time so the index is used (SQLite scans the table for a row-value
    ``(key, bucket) IN (...)``); the pairs it read, sorted."""
    missing = sorted(pair for pair in pairs if pair not in blocks)
    keys_by_bucket: dict[int, list[str]] = {}
    for key, bucket in missing:
        blocks[(key, bucket)] = []
        keys_by_bucket.setdefault(bucket, []).append(key)
    with store.engine.connect() as conn:
        for bucket, keys in sorted(keys_by_bucket.items()):
            for chunk in chunks(keys):
                query = select(table.c.key, table.c[column]).where(
                    table.c.bucket == bucket, table.c.key.in_(chunk)
                )
                for row in conn.execute(query):
                    blocks[(row.key, bucket)].append(row[1])
    return missing


class Batch:
    """Everything one call reads and changes, written back in one transaction at the end."""

    def __init__(self, store: Store, config: StoryConfig):
        self.store = store
        self.config = config
        self.info: dict[str, ArticleInfo] = {}
        self.members: dict[str, set[str]] = {}  # first copy -> its copies
        self.changed: set[str] = set()  # articles whose duplicate_of or story_id changed
        self.recount: set[str] = set()  # stories that articles joined or left: counted again
        self.profiles: dict[str, Profile] = {}
        self.touched_stories: set[str] = set()
        self.blocks: dict[tuple[str, int], list[str]] = {}  # (key, bucket) -> story ids
        self.new_blocks: list[dict[str, Any]] = []
        self.article_blocks: dict[tuple[str, int], list[str]] = {}  # (key, bucket) -> article ids
        self.new_article_blocks: list[dict[str, Any]] = []
        self.terms: dict[str, tuple[int, dict[str, float]]] = {}  # article -> (day, term counts)
        self.df: dict[str, int] = {}
        self.df_stored: set[str] = set()
        self.df_seen: dict[str, int] = {}  # stored frequencies read only to weigh (never written)
        self.left_stories: set[str] = set()  # stories that re-analysed articles were in
        self.no_profile: set[str] = set()  # story ids looked up and not stored
        self.merged: dict[str, str] = {}  # story id -> the story it now is part of
        self.no_merge: set[str] = set()  # story ids looked up with no merge record stored
        self.new_merges: dict[str, str] = {}  # merges made by this call
        self.storyline_merges: dict[str, str] = {}  # storyline id -> the storyline it joined
        self.line_days: dict[str, tuple[int, int] | None] = {}  # storyline -> its dated extent
        # storyline -> the days (from, to) within which its stored stories' profiles are loaded
        self.lines_loaded: dict[str, tuple[int, int]] = {}
        # (story, story) pairs an article links but for the days their leads tell: one storyline
        self.line_hints: list[tuple[str, str]] = []

    # -- articles
    def load_articles(self, ids: Iterable[str]) -> None:
        missing = [i for i in dict.fromkeys(ids) if i not in self.info]
        a = articles_table
        columns = (a.c.article_id, a.c.published, a.c.stored_at, a.c.duplicate_of, a.c.story_id, a.c.title)
        columns += (a.c.outlet,)
        with self.store.engine.connect() as conn:
            for chunk in chunks(missing):
                for row in conn.execute(select(*columns).where(a.c.article_id.in_(chunk))):
                    self.info[row.article_id] = ArticleInfo(
                        row.article_id,
                        row.published,
                        row.stored_at,
                        row.duplicate_of,
                        row.story_id,
                        row.title or "",
                        outlet=row.outlet or "",
                    )

    def load_terms(self, ids: Iterable[str]) -> None:
        """The stored day and term counts of these articles (those that have them)."""
        missing = [i for i in dict.fromkeys(ids) if i not in self.terms]
        t = story_articles_table
        with self.store.engine.connect() as conn:
            for chunk in chunks(missing):
                for row in conn.execute(select(t).where(t.c.article_id.in_(chunk))):
                    self.terms[row.article_id] = (row.day, dict(row.terms or {}))
        self.load_articles(self.terms)

    def copies_of(self, first: str) -> set[str]:
        if first not in self.members:
            with self.store.engine.connect() as conn:
                rows = conn.execute(
                    select(articles_table.c.article_id).where(articles_table.c.duplicate_of == first)
                )
                found = {r.article_id for r in rows}
            self.load_articles(found)
            self.members[first] = {i for i in found if self.info[i].duplicate_of == first}
        return self.members[first]

    def story_members(self, story_id: str) -> list[str]:
        """Every article (copies included) now in the story, stored or new."""
        with self.store.engine.connect() as conn:
            rows = conn.execute(
                select(articles_table.c.article_id).where(articles_table.c.story_id == story_id)
            )
            found = [r.article_id for r in rows]
        self.load_articles(found)
        return sorted({aid for aid, item in self.info.items() if item.story_id == story_id})

    def first_copy(self, article_id: str) -> str:
        self.load_articles([article_id])
        return self.info[article_id].duplicate_of or article_id

    def set_duplicate(self, article_id: str, first: str | None) -> None:
        item = self.info[article_id]
        old = item.duplicate_of
        if old == first:
            return
        if old and old in self.members:
            self.members[old].discard(article_id)
        item.duplicate_of = first
        if first:
            self.copies_of(first).add(article_id)
        self.changed.add(article_id)

    def set_story(self, article_id: str, story_id: str | None) -> None:
        item = self.info[article_id]
        if item.story_id != story_id:
            self.recount.update(s for s in (item.story_id, story_id) if s)
            item.story_id = story_id
            self.changed.add(article_id)

    def frequencies(self, terms: Iterable[str]) -> dict[str, int]:
        """How many stored articles hold each term (this call's new articles counted): the
        frequencies the call updates, else the stored ones, read once and kept apart so that
        nothing is written back for a term only read."""
        wanted = set(terms)
        missing = sorted(t for t in wanted if t not in self.df and t not in self.df_seen)
        t = story_terms_table
        with self.store.engine.connect() as conn:
            for chunk in chunks(missing):
                for row in conn.execute(select(t.c.term, t.c.df).where(t.c.term.in_(chunk))):
                    self.df_seen[row.term] = row.df
        return {term: self.df.get(term, self.df_seen.get(term, 0)) for term in wanted}

    # -- stories
    def current(self, story_id: str | None) -> str | None:
        """The story a story id now is: itself, or the one it was merged into."""
        seen = set()
        while story_id in self.merged and story_id not in seen:
            seen.add(story_id)
            story_id = self.merged[story_id]
        return story_id

    def load_merges(self, story_ids: Iterable[str]) -> None:
        """The merge records of these story ids (one step each; records always point at a live story)."""
        wanted = [
            s for s in dict.fromkeys(story_ids) if s and s not in self.merged and s not in self.no_merge
        ]
        if not wanted:
            return
        self.no_merge.update(wanted)  # nothing is written before the call ends: asked once is enough
        m = story_merges_table
        with self.store.engine.connect() as conn:
            for chunk in chunks(wanted):
                for row in conn.execute(select(m.c.story_id, m.c.merged_into).where(m.c.story_id.in_(chunk))):
                    self.merged[row.story_id] = row.merged_into

    def load_profiles(self, story_ids: Iterable[str]) -> None:
        ids = list(dict.fromkeys(story_ids))
        self.load_merges(i for i in ids if i not in self.profiles)
        ids = [self.current(i) for i in ids]
        missing = [s for s in dict.fromkeys(ids) if s not in self.profiles and s not in self.no_profile]
        if not missing:
            return
        self.no_profile.update(missing)  # until found below
        p, s = story_profiles_table, stories_table
        with self.store.engine.connect() as conn:
            for chunk in chunks(missing):
                query = (
                    select(
                        p,
                        s.c.title,
                        s.c.first_published.label("story_first"),
                        s.c.last_published.label("story_last"),
                        s.c.storyline_id,
                    )
                    .join(s, s.c.story_id == p.c.story_id, isouter=True)
                    .where(p.c.story_id.in_(chunk))
                )
                for row in conn.execute(query):
                    self.no_profile.discard(row.story_id)
                    self.profiles[row.story_id] = Profile(
                        story_id=row.story_id,
                        first_day=date.fromisoformat(row.first_published).toordinal(),
                        last_day=date.fromisoformat(row.last_published).toordinal(),
                        size=row.size,
                        vector=dict(row.vector or {}),
                        title_article=row.title_article,
                        title=row.title or "",
                        first_published=row.story_first,
                        last_published=row.story_last,
                        storyline_id=row.storyline_id,
                    )

    def profile(self, story_id: str, day: int) -> Profile:
        """A story's profile; an empty one if the story has none (never so when this stage made it)."""
        self.load_profiles([story_id])
        story_id = self.current(story_id) or story_id
        return self.profiles.setdefault(story_id, Profile(story_id, day, day))
