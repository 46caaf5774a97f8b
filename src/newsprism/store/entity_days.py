"""An entity's articles in day order, read a batch at a time from the ``(entity, article_day,
article_id)`` indexes of mentions and quotes (migration 0013_entity_article_days).

A much-named person is in tens of thousands of articles. Reading all of their ids to sort them
by date cost what the person's fame costs for every page; here a batch is ``WHERE entity = ?
AND (article_day, article_id) beyond the last one read ORDER BY ... LIMIT n`` on each index, the
two merged: a batch reads the index entries of its own articles only. Undated articles have the
day '' (they come last newest first, first oldest first).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import and_, or_, select

from newsprism.store.schema import mentions_table, quotes_table

# Store of newsprism.store.store (typed loosely: this module only reads its engine).
Store = Any
Key = tuple[str, str]  # (article_day, article_id)


def _sources(speakers: bool) -> list[tuple[Any, Any]]:
    """(table, its entity column) an entity's articles are found in."""
    found = [(mentions_table, mentions_table.c.entity_id)]
    if speakers:
        found.append((quotes_table, quotes_table.c.speaker_entity_id))
    return found


def entity_article_batch(
    conn: Any, entity_id: str, beyond: Key | None, size: int, newest_first: bool, speakers: bool = True
) -> list[Key]:
    """The next ``size`` (day, article id) of the articles naming the entity (and, with
    ``speakers``, quoting it) beyond ``beyond`` in the order asked for."""
    found: set[Key] = set()
    for table, entity in _sources(speakers):
        day, article = table.c.article_day, table.c.article_id
        query = select(day, article).where(entity == entity_id)
        if beyond is not None:
            last_day, last_id = beyond
            if newest_first:
                later = or_(day < last_day, and_(day == last_day, article < last_id))
                query = query.where(day <= last_day, later)
            else:
                later = or_(day > last_day, and_(day == last_day, article > last_id))
                query = query.where(day >= last_day, later)
        order = (day.desc(), article.desc()) if newest_first else (day.asc(), article.asc())
        query = query.distinct().order_by(*order).limit(size)
        found.update((row[0], row[1]) for row in conn.execute(query))
    return sorted(found, reverse=newest_first)[:size]


def entity_articles_by_day(
    store: Store,
    entity_id: str,
    batch: int = 500,
    newest_first: bool = False,
    speakers: bool = True,
    conn: Any = None,
) -> Iterator[list[Key]]:
    """Every article naming (or quoting) the entity, a batch at a time, in day order (on ``conn``
    when given, else on a connection per batch)."""
    beyond: Key | None = None
    while True:
        if conn is not None:
            keys = entity_article_batch(conn, entity_id, beyond, batch, newest_first, speakers)
        else:
            with store.engine.connect() as own:
                keys = entity_article_batch(own, entity_id, beyond, batch, newest_first, speakers)
        if not keys:
            return
        yield keys
        if len(keys) < batch:
            return
        beyond = keys[-1]
