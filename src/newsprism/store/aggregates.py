"""Counts and short lists about one entity, computed in the database.

An entity page shows how often each outlet named or quoted someone, day by day, and the latest
articles naming them. For a much-named person that is tens of thousands of mentions: counting
them in SQL (through the ``(entity_id, article_id)`` indexes) returns a few hundred rows,
where reading the mentions and their articles into Python returned them all, texts included.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, literal, select, union_all

from newsprism.store.schema import articles_table, mentions_table, quotes_table

# Store of newsprism.store.store (typed loosely: this module only reads its engine).
Store = Any


def entity_activity(store: Store, entity_id: str) -> list[tuple[str | None, str, str, int]]:
    """``(outlet, published day, "mentions" | "quotes", count)`` for every outlet and day on which
    the entity was named or quoted (undated articles are left out)."""
    a, m, q = articles_table, mentions_table, quotes_table
    named = (
        select(a.c.outlet, a.c.published, literal("mentions").label("kind"))
        .join(m, m.c.article_id == a.c.article_id)
        .where(m.c.entity_id == entity_id, a.c.published.is_not(None))
    )
    quoted = (
        select(a.c.outlet, a.c.published, literal("quotes").label("kind"))
        .join(q, q.c.article_id == a.c.article_id)
        .where(q.c.speaker_entity_id == entity_id, a.c.published.is_not(None))
    )
    rows = union_all(named, quoted).subquery()
    query = (
        select(rows.c.outlet, rows.c.published, rows.c.kind, func.count())
        .group_by(rows.c.outlet, rows.c.published, rows.c.kind)
        .order_by(rows.c.published, rows.c.outlet, rows.c.kind)
    )
    with store.engine.connect() as conn:
        return [(outlet, day, kind, n) for outlet, day, kind, n in conn.execute(query)]


def entity_articles(store: Store, entity_id: str, limit: int = 100) -> tuple[list[dict[str, Any]], int]:
    """The latest ``limit`` articles that name or quote the entity (id, title, source, outlet,
    published; newest first, undated last), and how many there are in all."""
    a, m, q = articles_table, mentions_table, quotes_table
    ids = union_all(
        select(m.c.article_id).where(m.c.entity_id == entity_id),
        select(q.c.article_id).where(q.c.speaker_entity_id == entity_id),
    ).subquery()
    in_them = a.c.article_id.in_(select(ids.c.article_id))
    query = (
        select(a.c.article_id, a.c.title, a.c.source, a.c.outlet, a.c.published)
        .where(in_them)
        .order_by(a.c.published.is_(None), a.c.published.desc(), a.c.article_id)
        .limit(limit)
    )
    with store.engine.connect() as conn:
        rows = [dict(row._mapping) for row in conn.execute(query)]
        total = conn.execute(select(func.count()).select_from(a).where(in_them)).scalar() or 0
    return rows, total
