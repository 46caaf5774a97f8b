"""An entity's timeline a page at a time: the happenings its latest articles report.

A much-named person is in tens of thousands of articles, and grouping their whole history is
seconds to minutes of work (``newsprism timeline --entity X --all`` still does it, once). A page
is made from the ``articles`` newest articles that name or quote the entity before a cursor, so
its cost is bounded by the page, not by the person's fame; ``next`` is the cursor of the oldest
article read, and the following page goes on from there. A happening reported by articles on
both sides of a page boundary shows on both pages.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, literal_column, select, tuple_, union_all

from newsprism.store.queries import decode_cursor, encode_cursor
from newsprism.store.schema import articles_table, mentions_table, quotes_table
from newsprism.stories.timeline import TimelineRow, build_timeline

ARTICLES_A_PAGE = 200  # articles a page is made from


def entity_article_window(
    store: Any, entity_id: str, after: str | None = None, size: int = ARTICLES_A_PAGE
) -> tuple[list[str], str | None]:
    """The ``size`` newest articles naming or quoting the entity after the cursor ``after`` (newest
    first, undated last), and the cursor of the next window (None after the oldest)."""
    a, m, q = articles_table, mentions_table, quotes_table
    ids = union_all(
        select(m.c.article_id).where(m.c.entity_id == entity_id),
        select(q.c.article_id).where(q.c.speaker_entity_id == entity_id),
    ).subquery()
    day = func.coalesce(a.c.published, literal_column("''"))
    query = select(a.c.article_id, day.label("day")).where(a.c.article_id.in_(select(ids.c.article_id)))
    if after:
        last_day, last_id = decode_cursor(after, 2)
        query = query.where(tuple_(day, a.c.article_id) < tuple_(last_day, last_id))
    query = query.order_by(day.desc(), a.c.article_id.desc()).limit(size + 1)
    with store.engine.connect() as conn:
        rows = list(conn.execute(query))
    more = len(rows) > size
    rows = rows[:size]
    cursor = encode_cursor([rows[-1].day, rows[-1].article_id]) if more and rows else None
    return [row.article_id for row in rows], cursor


def entity_timeline_page(
    store: Any,
    entity_id: str,
    after: str | None = None,
    articles: int = ARTICLES_A_PAGE,
    limit: int | None = None,
    **options: Any,
) -> tuple[list[TimelineRow], str | None, int]:
    """One page of an entity's timeline: its rows (date order; with ``limit`` the rows most
    outlets reported), the cursor of the next page, and how many articles it was made from.
    ``options`` (quotes, unnamed) go to ``build_timeline``."""
    window, cursor = entity_article_window(store, entity_id, after, articles)
    if not window:
        return [], None, 0
    rows = build_timeline(store, entity=entity_id, within=window, limit=limit, **options)
    return rows, cursor, len(window)
