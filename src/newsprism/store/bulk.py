"""Bulk writes: a batch of articles with all their facts in one transaction of a few statements.

Saving articles one by one cost about eight statements and a commit each, and linking updated
quotes and events one row at a time; at hundreds of thousands of articles that was most of the
store's time (``benchmarks/corpus_scale.py``). Here a batch is one upsert of its article rows
(``INSERT ... ON CONFLICT``), one delete per fact table, one insert per fact table, and the
counters of the entities whose mentions were replaced lowered by what those articles held, on
SQLite and PostgreSQL alike.

On SQLite many rows go in multi-row statements (``insert_rows``, ``update_many``), not
executemany: a table with full-text triggers (articles, quotes, events) makes FTS5 flush its
pending terms to a new index segment at the end of every statement, so an executemany of 5,000
quotes wrote 5,000 segments, and merging them grew with the index (2 ms a quote at 300,000
quotes, against 0.04 ms in statements of a few hundred rows).

Rows are written in article id order, so two processes saving overlapping batches lock rows in
the same order and take turns rather than deadlock; a conflict that still happens makes
``store.write`` run the whole batch again.
"""

from __future__ import annotations

import sqlite3
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import fields
from typing import Any

from sqlalchemy import Table, bindparam, delete, insert, update
from sqlalchemy.engine import Connection
from sqlalchemy.sql.dml import Insert

from newsprism.models import Article, Event, Extraction, Mention, Quote
from newsprism.store.entity_counts import PairCounts, pair_counts
from newsprism.store.forms import apply_form_deltas, unlinked_article_deltas
from newsprism.store.schema import articles_table, events_table, mentions_table, quotes_table

# Store of newsprism.store.store (typed loosely: that module imports this one).
Store = Any
FACT_TABLES: dict[type, Table] = {Quote: quotes_table, Mention: mentions_table, Event: events_table}
_IDS_PER_STATEMENT = 500
# Bound parameters a SQLite statement may hold (SQLITE_MAX_VARIABLE_NUMBER: 32,766 since 3.32),
# and rows a multi-row statement takes at most (larger ones cost more to compile than they save).
_SQLITE_VARIABLES = 32_766 if sqlite3.sqlite_version_info >= (3, 32, 0) else 999
_ROWS_PER_STATEMENT = 400
# UPDATE ... FROM (VALUES ...): SQLite 3.33 and later.
_SQLITE_UPDATE_FROM = sqlite3.sqlite_version_info >= (3, 33, 0)


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
        insert_rows(conn, store.upsert(articles_table, keep=("stored_at",)), article_rows)
        replaced: PairCounts = Counter()  # the links these articles had: they count no more
        for chunk in _chunks(ids):
            replaced.update(pair_counts(conn, chunk))
            apply_form_deltas(conn, unlinked_article_deltas(conn, chunk))  # their forms count no more
            for table in FACT_TABLES.values():
                conn.execute(delete(table).where(table.c.article_id.in_(chunk)))
        for table, rows in fact_rows.items():
            insert_rows(conn, insert(table), rows)
        if replaced:  # the new mentions count once the entity stage links them
            store.uncount(conn, replaced)

    store.write(write)


def insert_rows(conn: Connection, statement: Insert, rows: Sequence[dict[str, Any]]) -> None:
    """Execute an INSERT (or upsert) for many rows: multi-row VALUES statements on SQLite (see the
    module docstring), executemany elsewhere or when the statement has parameters of its own."""
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        conn.execute(statement, list(rows))
        return
    by_keys: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        by_keys.setdefault(tuple(row), []).append(row)
    for keys, same_keys in by_keys.items():
        compiled = statement.compile(dialect=conn.dialect, column_keys=list(keys))
        order = list(compiled.positiontup or ())  # the table's column order, not the rows' keys
        one_row = "(" + ", ".join("?" * len(keys)) + ")"
        if sorted(order) != sorted(keys) or compiled.string.count(one_row) != 1:
            conn.execute(statement, same_keys)
            continue
        keys, table = tuple(order), statement.table
        convert = [table.c[key].type.bind_processor(conn.dialect) for key in keys]
        per_statement = max(1, min(_ROWS_PER_STATEMENT, _SQLITE_VARIABLES // max(1, len(keys))))
        for start in range(0, len(same_keys), per_statement):
            part = same_keys[start : start + per_statement]
            params = _flat_params(part, keys, convert)
            sql = compiled.string.replace(one_row, ", ".join([one_row] * len(part)))
            conn.exec_driver_sql(sql, tuple(params))


def update_many(conn: Connection, table: Table, key: str, rows: Iterable[dict[str, Any]]) -> None:
    """Update columns of many rows, each found by its ``key`` column: one statement per set of
    columns changed (multi-row ``UPDATE ... FROM (VALUES ...)`` statements on SQLite), not one
    statement per row."""
    by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        columns = tuple(sorted(name for name in row if name != key))
        if columns:
            by_columns.setdefault(columns, []).append(row)
    for columns, same_columns in by_columns.items():
        if conn.dialect.name == "sqlite" and _SQLITE_UPDATE_FROM:
            _update_from_values(conn, table, key, columns, same_columns)
            continue
        statement = (
            update(table)
            .where(table.c[key] == bindparam(f"_{key}"))
            .values({name: bindparam(f"_{name}") for name in columns})
        )
        conn.execute(statement, [{f"_{name}": value for name, value in row.items()} for row in same_columns])


def _update_from_values(
    conn: Connection, table: Table, key: str, columns: tuple[str, ...], rows: list[dict[str, Any]]
) -> None:
    """SQLite: ``UPDATE table SET c = v.column2, ... FROM (VALUES (?, ?), ...) AS v WHERE key =
    v.column1`` a few hundred rows at a time, values converted by the columns' own types."""
    names = (key, *columns)
    convert = [table.c[name].type.bind_processor(conn.dialect) for name in names]
    quote = conn.dialect.identifier_preparer.quote
    assignments = ", ".join(f"{quote(name)} = v.column{i + 2}" for i, name in enumerate(columns))
    per_statement = max(1, min(_ROWS_PER_STATEMENT, _SQLITE_VARIABLES // len(names)))
    placeholders = "(" + ", ".join("?" * len(names)) + ")"
    for start in range(0, len(rows), per_statement):
        part = rows[start : start + per_statement]
        params = _flat_params(part, names, convert)
        conn.exec_driver_sql(
            f"UPDATE {quote(table.name)} SET {assignments} "
            f"FROM (VALUES {', '.join([placeholders] * len(part))}) AS v "
            f"WHERE {quote(table.name)}.{quote(key)} = v.column1",
            tuple(params),
        )


def _flat_params(rows: Sequence[dict[str, Any]], keys: Sequence[str], convert: Sequence[Any]) -> list[Any]:
    """The rows' values in ``keys`` order, one row after another, each converted for the database
    by its column type's bind processor (None: as it is): a multi-row statement's parameters."""
    pairs = list(zip(keys, convert, strict=True))
    return [to_db(row[key]) if to_db else row[key] for row in rows for key, to_db in pairs]


def _chunks(ids: Sequence[str]) -> Iterable[list[str]]:
    for start in range(0, len(ids), _IDS_PER_STATEMENT):
        yield list(ids[start : start + _IDS_PER_STATEMENT])
