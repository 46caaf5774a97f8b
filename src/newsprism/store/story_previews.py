"""Stories as lists show them: each with its counts, its outlets and only its first few articles.

A page of the "most outlets" order holds the biggest stories: reading every member of 50 of
them (3,000 articles at 200,000) cost 25-30 ms per page, and grows with the stories. A list item
carries instead the first ``preview`` members by date (one query for the page, capped per story
by ``row_number()``), the outlets (read from the ``(story_id, outlet)`` index alone) and the
counts kept on the story (migration 0014); the whole story is its own page. Pages are kept per
version of the database (``read_cache``), like the lists' totals.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from newsprism.store import read_cache
from newsprism.store.pages import Page, read_page
from newsprism.store.schema import articles_table, stories_table

PREVIEW_ARTICLES = 10  # member articles a list item carries, the earliest first


def member_order() -> tuple[Any, ...]:
    """The order of a story's members, earliest first (the same as a whole story's)."""
    a = articles_table
    return (a.c.published, a.c.stored_at, a.c.article_id)


def story_previews(
    engine: Engine, ids: Sequence[str], preview: int = PREVIEW_ARTICLES
) -> list[dict[str, Any]]:
    """The stories of ``ids``, in that order, as list items: the keys of a whole story
    (``articles`` only the first ``preview``), ``article_count``, ``outlet_count`` and
    ``articles_truncated`` (whether ``articles`` leaves members out)."""
    if not ids:
        return []
    s, a = stories_table, articles_table
    rank = func.row_number().over(partition_by=a.c.story_id, order_by=member_order()).label("rank")
    ranked = select(a.c.story_id, a.c.article_id, rank).where(a.c.story_id.in_(list(ids))).subquery()
    first = (
        select(ranked.c.story_id, ranked.c.article_id)
        .where(ranked.c.rank <= preview + 1)  # one more than shown says whether there are more
        .order_by(ranked.c.story_id, ranked.c.rank)
    )
    outlets = select(a.c.story_id, a.c.outlet).where(a.c.story_id.in_(list(ids))).distinct()
    members: dict[str, list[str]] = {}
    named: dict[str, set[str]] = {}
    with engine.connect() as conn:
        rows = {row.story_id: row for row in conn.execute(select(s).where(s.c.story_id.in_(list(ids))))}
        for story_id, article_id in conn.execute(first):
            members.setdefault(story_id, []).append(article_id)
        for story_id, outlet in conn.execute(outlets):
            if outlet:
                named.setdefault(story_id, set()).add(outlet)
    items = []
    for story_id in ids:
        row = rows.get(story_id)
        if row is None:
            continue
        shown = members.get(story_id, [])
        items.append(
            {
                "story_id": story_id,
                "title": row.title,
                "articles": shown[:preview],
                "outlets": sorted(named.get(story_id, ())),
                "first_published": row.first_published,
                "last_published": row.last_published,
                "storyline_id": row.storyline_id,
                "article_count": row.article_count,
                "outlet_count": row.outlet_count,
                "articles_truncated": len(shown) > preview,
            }
        )
    return items


def story_list_page(
    engine: Engine,
    listing: Any,
    limit: int,
    after: str | None = None,
    offset: int = 0,
    preview: int = PREVIEW_ARTICLES,
    key: tuple = (),
) -> Page:
    """A page of ``listing`` (``queries.stories``) as list items, kept while the database is
    unchanged; ``key`` names the listing's filters. Each caller gets its own copy."""

    def compute() -> Page:
        page = read_page(engine, listing, limit, after, offset)
        page.items = story_previews(engine, page.items, preview)
        return page

    kept = read_cache.shared.get(engine, ("story_list", limit, after, offset, preview, key), compute)
    return copy.deepcopy(kept)
