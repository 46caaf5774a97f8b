"""Each story's article and outlet counts (``stories.article_count``, ``outlet_count``), which
the "most outlets" order of the story lists reads from an index (migration 0014_story_counts).

The stories stage recounts only the stories a batch touched (joined, left, merged into), each
through the ``(story_id, outlet)`` index of articles: one index range per touched story, never a
pass over every story.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select, update
from sqlalchemy.engine import Connection

from newsprism.store.schema import articles_table, stories_table

CHUNK = 400  # story ids per statement


def recount_stories(conn: Connection, story_ids: Iterable[str]) -> None:
    """Set the counts of these stories (those still stored) from their member articles."""
    s, a = stories_table, articles_table
    in_story = a.c.story_id == s.c.story_id
    articles = select(func.count()).select_from(a).where(in_story).scalar_subquery()
    outlets = select(func.count(a.c.outlet.distinct())).where(in_story).scalar_subquery()
    ids = sorted({i for i in story_ids if i})
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        conn.execute(
            update(s).where(s.c.story_id.in_(chunk)).values(article_count=articles, outlet_count=outlets)
        )
