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

from newsprism.store.entity_days import entity_article_batch
from newsprism.store.queries import decode_cursor, encode_cursor
from newsprism.stories.timeline import TimelineRow, build_timeline

ARTICLES_A_PAGE = 200  # articles a page is made from


def entity_article_window(
    store: Any, entity_id: str, after: str | None = None, size: int = ARTICLES_A_PAGE
) -> tuple[list[str], str | None]:
    """The ``size`` newest articles naming or quoting the entity after the cursor ``after`` (newest
    first, undated last), and the cursor of the next window (None after the oldest). Read as an
    index range of the entity's (day, article) keys (``store.entity_days``), never all of them."""
    beyond = None
    if after:
        last_day, last_id = decode_cursor(after, 2)
        beyond = (str(last_day), str(last_id))
    with store.engine.connect() as conn:
        keys = entity_article_batch(conn, entity_id, beyond, size + 1, newest_first=True)
    more = len(keys) > size
    keys = keys[:size]
    cursor = encode_cursor(list(keys[-1])) if more and keys else None
    return [article_id for _, article_id in keys], cursor


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
