"""Bulk writes: a batch of articles with all their facts in one transaction of a few statements.

Saving articles one by one cost about eight statements and a commit each, and linking updated
quotes and events one row at a time; at hundreds of thousands of articles that was most of the
store's time (``benchmarks/corpus_scale.py``). Here a batch is one upsert of its article rows
(``INSERT ... ON CONFLICT``, executemany), one delete per fact table, one executemany insert
per fact table, and one recount of the entities whose mentions were replaced, on SQLite and
PostgreSQL alike. Rows are written in article id order, so two processes saving overlapping
batches lock rows in the same order and take turns rather than deadlock; a conflict that still
happens makes ``store.write`` run the whole batch again.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import fields
from typing import Any

from sqlalchemy import Table, bindparam, delete, insert, select, update
from sqlalchemy.engine import Connection

from newsprism.models import Article, Event, Extraction, Mention, Quote
from newsprism.store.forms import apply_form_deltas, unlinked_article_deltas
from newsprism.store.schema import articles_table, events_table, mentions_table, quotes_table

# Store of newsprism.store.store (typed loosely: that module imports this one).
Store = Any
FACT_TABLES: dict[type, Table] = {Quote: quotes_table, Mention: mentions_table, Event: events_table}
_IDS_PER_STATEMENT = 500


def fact_row(item: Any, table: Table, article: Article | None = None) -> dict[str, Any]:
    """A fact as a storable row (``dataclass_row`` with NUL replaced); quotes and mentions also
    keep their ``article``'s day, the key an entity's articles are paged by."""
    row = without_nul(dataclass_row(item, table))
    if "article_day" in table.c:
        row["article_day"] = (article.published if article else None) or ""
    return row


def dataclass_row(item: Any, table: Table) -> dict[str, Any]:
    """A dataclass as a row: its fields that are columns; the rest in ``extra`` when the table has it."""
    names = set(table.c.keys())
    row: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for f in fields(item):
        value = getattr(item, f.name)
        if f.name in names:
            row[f.name] = value
        elif "extra" in names:
            extra[f.name] = value
    if "extra" in names:
        row["extra"] = extra
    return row


def without_nul(row: dict[str, Any]) -> dict[str, Any]:
    """NUL as U+FFFD, one character for one (PostgreSQL text cannot hold NUL; offsets stay valid)."""
    for name, value in row.items():
        if isinstance(value, str) and "\x00" in value:
            row[name] = value.replace("\x00", "\ufffd")
    return row


def article_row(article: Article, stored_at: float) -> dict[str, Any]:
    row = {c: getattr(article, c) for c in articles_table.c.keys() if hasattr(article, c)}
    row["words"] = article.word_count
    row["stored_at"] = stored_at  # kept as it was when the article is already stored
    return without_nul(row)


def save_articles(store: Store, batch: Sequence[tuple[Article, Extraction]]) -> None:
    """Insert or replace every article of ``batch`` with all of its facts, in one transaction."""
    latest = {article.article_id: (article, extraction) for article, extraction in batch}
    ordered = [latest[article_id] for article_id in sorted(latest)]
    if not ordered:
        return
    now = time.time()
    article_rows = [article_row(article, now) for article, _ in ordered]
    fact_rows: dict[Table, list[dict[str, Any]]] = {table: [] for table in FACT_TABLES.values()}
    for article, extraction in ordered:
        for items in (extraction.quotes, extraction.mentions, extraction.events):
            for item in items:
                table = FACT_TABLES[type(item)]
                fact_rows[table].append(fact_row(item, table, article))
    ids = [row["article_id"] for row in article_rows]

    def write(conn: Connection) -> None:
        conn.execute(store.upsert(articles_table, keep=("stored_at",)), article_rows)
        m = mentions_table
        replaced: set[str] = set()
        for chunk in _chunks(ids):
            linked = select(m.c.entity_id).where(m.c.article_id.in_(chunk), m.c.entity_id.is_not(None))
            replaced.update(conn.execute(linked.distinct()).scalars())
            apply_form_deltas(conn, unlinked_article_deltas(conn, chunk))  # their forms count no more
            for table in FACT_TABLES.values():
                conn.execute(delete(table).where(table.c.article_id.in_(chunk)))
        for table, rows in fact_rows.items():
            if rows:
                conn.execute(insert(table), rows)
        if replaced:  # the new mentions count once the entity stage links them
            store.recount_entities(conn, sorted(replaced))

    store.write(write)


def update_many(conn: Connection, table: Table, key: str, rows: Iterable[dict[str, Any]]) -> None:
    """Update columns of many rows, each found by its ``key`` column: one executemany per set of
    columns changed, not one statement per row."""
    by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        columns = tuple(sorted(name for name in row if name != key))
        if columns:
            by_columns.setdefault(columns, []).append({f"_{name}": value for name, value in row.items()})
    for columns, params in by_columns.items():
        statement = (
            update(table)
            .where(table.c[key] == bindparam(f"_{key}"))
            .values({name: bindparam(f"_{name}") for name in columns})
        )
        conn.execute(statement, params)


def _chunks(ids: Sequence[str]) -> Iterable[list[str]]:
    for start in range(0, len(ids), _IDS_PER_STATEMENT):
        yield list(ids[start : start + _IDS_PER_STATEMENT])
