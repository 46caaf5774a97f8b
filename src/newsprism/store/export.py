"""Export a table of the store as Parquet, CSV or JSON Lines, in batches so memory stays flat.

Every format has the same columns: the keys of the model's ``to_json()`` dicts, the very rows
``newsprism articles --format jsonl`` prints. Parquet gets real types (lists stay lists, maps
stay maps) from the model's type hints; CSV writes lists and maps as JSON text.
"""

from __future__ import annotations

import csv
import json
import types
import typing
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from newsprism.errors import UsageError
from newsprism.models import Article, Entity, Event, Quote, Story
from newsprism.store.store import Store

FORMATS = ("parquet", "csv", "jsonl")
# Rows held in memory at once: one Parquet row group, one write.
BATCH_ROWS = 2000

# Table name -> (model class, how to read its rows from the store).
TABLES: dict[str, tuple[type, Callable[[Store], Iterator[Any]]]] = {
    "articles": (Article, lambda store: store.articles()),
    "quotes": (Quote, lambda store: store.quotes()),
    "entities": (Entity, lambda store: store.entities()),
    "events": (Event, lambda store: store.events()),
    "stories": (Story, lambda store: store.stories()),
}


def format_for(out: Path, fmt: str | None) -> str:
    """The format asked for, else the one the file name's suffix says."""
    fmt = fmt or {".parquet": "parquet", ".pq": "parquet", ".csv": "csv", ".jsonl": "jsonl"}.get(
        out.suffix.lower()
    )
    if fmt not in FORMATS:
        raise UsageError(f"give --format {'|'.join(FORMATS)}, or an --out ending in .parquet, .csv or .jsonl")
    return fmt


def export_table(store: Store, table: str, fmt: str, out: Path) -> int:
    """Write every row of ``table`` to ``out`` in ``fmt``; returns how many rows were written."""
    if table not in TABLES:
        raise UsageError(f"unknown table {table!r}: choose one of {', '.join(TABLES)}")
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    cls, read = TABLES[table]
    with _streaming(store):
        rows = (item.to_json() for item in read(store))
        if fmt == "parquet":
            return _write_parquet(rows, cls, out)
        with open(out, "w", encoding="utf-8", newline="") as handle:
            return (_write_csv if fmt == "csv" else _write_jsonl)(rows, handle)


@contextmanager
def _streaming(store: Store) -> Iterator[None]:
    """Let the store's reads fetch rows a few thousand at a time (PostgreSQL buffers a whole result
    client-side otherwise; SQLite's cursor already steps through the rows)."""
    if store.is_sqlite:
        yield
        return
    engine = store.engine
    store.engine = engine.execution_options(stream_results=True, max_row_buffer=BATCH_ROWS)
    try:
        yield
    finally:
        store.engine = engine


def _write_jsonl(rows: Iterator[dict[str, Any]], handle: IO[str]) -> int:
    count = 0
    for row in rows:
        handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def _write_csv(rows: Iterator[dict[str, Any]], handle: IO[str]) -> int:
    writer = None
    count = 0
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(handle, fieldnames=list(row))
            writer.writeheader()
        writer.writerow(
            {
                k: json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v
                for k, v in row.items()
            }
        )
        count += 1
    return count


def _write_parquet(rows: Iterator[dict[str, Any]], cls: type, out: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    writer = None
    count = 0
    try:
        for batch in _batches(rows, BATCH_ROWS):
            if writer is None:
                schema = arrow_schema(cls, batch[0])
                writer = pq.ParquetWriter(out, schema, compression="zstd")
            writer.write_table(pa.Table.from_pylist([_arrow_row(row, schema) for row in batch], schema))
            count += len(batch)
        if writer is None:  # no rows: still a valid file with the right columns
            pq.write_table(arrow_schema(cls, None).empty_table(), out)
    finally:
        if writer is not None:
            writer.close()
    return count


def arrow_schema(cls: type, example: dict[str, Any] | None) -> Any:
    """Column types from the model's type hints, in ``to_json()`` key order; keys that are no field
    (e.g. an article's ``words``) take the type of their value in ``example``."""
    import pyarrow as pa

    hints = typing.get_type_hints(cls)
    names = list(example) if example is not None else list(hints)
    columns = []
    for name in names:
        hint = hints.get(name, type(example.get(name)) if example else str)
        columns.append(pa.field(name, _arrow_type(hint)))
    return pa.schema(columns)


def _arrow_type(hint: Any) -> Any:
    import pyarrow as pa

    origin = typing.get_origin(hint)
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    if origin in (typing.Union, types.UnionType):  # X | None
        return _arrow_type(args[0]) if len(args) == 1 else pa.string()
    if origin is list or (origin is tuple and len(set(args) - {Ellipsis}) == 1):  # tuple[int, int]
        return pa.list_(_arrow_type(args[0]) if args else pa.string())
    if origin is dict:
        return pa.map_(_arrow_type(args[0]), _arrow_type(args[1]))
    simple = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}
    return simple.get(hint, pa.string())  # anything else is written as JSON text


def _arrow_row(row: dict[str, Any], schema: Any) -> dict[str, Any]:
    """Values that have no Arrow type of their own (tuples, nested objects) as JSON text."""
    import pyarrow as pa

    for field in schema:
        value = row.get(field.name)
        if field.type == pa.string() and value is not None and not isinstance(value, str):
            row[field.name] = json.dumps(value, ensure_ascii=False)
    return row


def _batches(rows: Iterator[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
