"""Computed answers about a story (its comparison, its timeline), kept until the story changes.

Comparing a story of sixty articles reads every fact of every article and takes seconds; a story
page asked for again should not. Each answer is kept under the story's *version*: a hash of its
members with their content hashes, outlets, titles and dates, and of the entities their mentions
and quotes are linked to, with those entities' names. A new or re-analysed member, an article
leaving the story, an entity newly linked or no longer linked there, or an entity renamed by
later articles all change the version, so a stale answer is not served; reading the version
costs two indexed queries (2 ms for a story of 200 articles at 200,000, most of a cached story
page's cost), so on SQLite it is itself kept while the database is unchanged
(store/read_cache.py: any commit by any connection is seen). The cache is per process, bounded (least
recently used out), and safe under a threaded server: concurrent requests for one uncomputed
answer compute it once.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import select

from newsprism.store import read_cache
from newsprism.store.schema import articles_table, entities_table, mentions_table, quotes_table
from newsprism.store.store import Store

T = TypeVar("T")
MAX_ENTRIES = 512


def story_version(store: Store, story_id: str) -> str:
    """A hash that changes whenever anything a story's comparison or timeline shows changes."""
    a, m, q, e = articles_table, mentions_table, quotes_table, entities_table
    digest = hashlib.sha1()
    with store.engine.connect() as conn:
        members = conn.execute(
            select(a.c.article_id, a.c.content_hash, a.c.duplicate_of, a.c.outlet, a.c.title, a.c.published)
            .where(a.c.story_id == story_id)
            .order_by(a.c.article_id)
        ).all()
        ids = [row.article_id for row in members]
        linked: set[tuple[str, str]] = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            entity_ids = (
                select(m.c.entity_id)
                .where(m.c.article_id.in_(chunk))
                .union(select(q.c.speaker_entity_id).where(q.c.article_id.in_(chunk)))
            )
            query = select(e.c.entity_id, e.c.name).where(e.c.entity_id.in_(entity_ids))
            linked.update((row.entity_id, row.name) for row in conn.execute(query))
    for row in members:
        digest.update(repr(tuple(row)).encode())
    for pair in sorted(linked):
        digest.update(repr(pair).encode())
    return digest.hexdigest()


class StoryCache:
    """Answers per (database, kind of answer, story, version), least recently used out."""

    def __init__(self, max_entries: int = MAX_ENTRIES):
        self.max_entries = max_entries
        self.entries: OrderedDict[tuple, Any] = OrderedDict()
        self.lock = threading.Lock()
        self.computing: dict[tuple, threading.Lock] = {}
        self.hits = 0
        self.misses = 0

    def get(self, store: Store, story_id: str, kind: str, compute: Callable[[Store, str], T]) -> T:
        """``compute(store, story_id)``, or the answer kept from when the story was as it is now.
        The answer is shared between callers: read it, do not change it."""
        version = read_cache.shared.get(
            store.engine, ("story version", story_id), lambda: story_version(store, story_id)
        )
        key = (store.url, kind, story_id, version)
        with self.lock:
            if key in self.entries:
                self.entries.move_to_end(key)
                self.hits += 1
                return self.entries[key]
            key_lock = self.computing.setdefault(key, threading.Lock())
        with key_lock:  # one computation per key; the others wait for it and take its answer
            with self.lock:
                if key in self.entries:
                    self.hits += 1
                    return self.entries[key]
            answer = compute(store, story_id)
            with self.lock:
                self.misses += 1
                self.entries[key] = answer
                self.entries.move_to_end(key)
                while len(self.entries) > self.max_entries:
                    self.entries.popitem(last=False)
                self.computing.pop(key, None)
        return answer

    def clear(self) -> None:
        with self.lock:
            self.entries.clear()


# The cache a process's front ends share.
shared = StoryCache()


def cached(store: Store, story_id: str, kind: str, compute: Callable[[Store, str], T]) -> T:
    """``compute(store, story_id)`` through the shared cache; ``kind`` names the answer."""
    return shared.get(store, story_id, kind, compute)
