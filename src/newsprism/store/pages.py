"""Pages of a listing: keyset cursors, the page read, and totals kept while the database is unchanged.

A page is read with ``WHERE (sort keys) after (the last row's keys) ORDER BY sort keys LIMIT n``,
so page 1000 costs what page 1 costs and rows stored meanwhile never shift a reader's place. The
cursor handed out is the last row's sort keys, JSON in URL-safe base64: opaque to callers, and
checked on the way back in. Sort keys are never NULL (``coalesce``), so SQLite and PostgreSQL
order them alike. An ``offset`` is still accepted for pages that show "41-60 of 300".
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Float, Integer, and_, func, literal_column, or_, select
from sqlalchemy.engine import Engine

from newsprism.errors import UsageError
from newsprism.store import read_cache, substring


@dataclass
class Page:
    """One page of a listing: its items, how many match in all, and the cursor of the next page
    (None on the last)."""

    items: list[Any]
    total: int
    next: str | None = None
    offset: int = 0
    # ``total`` is a lower bound: more than COUNTED_MOST rows match and they were not all counted.
    total_capped: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Listing:
    """A filtered query and its sort keys ``(expression, descending)``, the last one unique."""

    query: Any
    keys: list[tuple[Any, bool]]
    make: Any  # row mapping -> item
    # The same rows without the joined columns the items show, when that is cheaper to count
    # (facts always belong to a stored article: saving and the doctor see to it).
    counted: Any = None
    # The same keys written so no index serves the order (``stored_at + 0``): when the filters
    # leave at most ``FEW`` rows, a page reads them through the filter's own index and sorts
    # them, where walking the order's index would pass every row the filter rejects.
    few_keys: list[tuple[Any, bool]] | None = None
    few_query: Any = None  # the query read with few_keys, when not ``query`` itself
    # ``SELECT min(k), max(k)`` of the first sort key over (at least) the matching rows, read from
    # a covering index: a page walking the order's index starts and stops there, where a date
    # window late in that order walked every row before it (107 ms CPU at 200,000 articles).
    span: Any = None


# At most this many matching rows are read through a filter's index and sorted (see few_keys).
FEW = 5_000
# A filtered list's total counts at most this many rows ("10,000+"): counting every quote of a
# window holding most of 200,000 articles took 535 ms CPU, where the page itself takes 5.
COUNTED_MOST = 10_000


def encode_cursor(values: Sequence[Any]) -> str:
    raw = json.dumps(list(values), separators=(",", ":"), ensure_ascii=False).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, size: int) -> list[Any]:
    """The sort keys inside a cursor; a cursor that was not ours is a usage error."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        values = json.loads(raw)
    except (binascii.Error, ValueError):
        values = None
    if not isinstance(values, list) or len(values) != size:
        raise UsageError(f"after={cursor!r} is not a cursor this listing gave out")
    if not all(isinstance(v, str | int | float) and not isinstance(v, bool) for v in values):
        raise UsageError(f"after={cursor!r} is not a cursor this listing gave out")
    return values


def _after(keys: list[tuple[Any, bool]], values: list[Any]) -> Any:
    """Rows strictly after ``values`` in the order of ``keys``."""
    clauses = []
    for i, (expr, descending) in enumerate(keys):
        equal = [k == v for (k, _), v in zip(keys[:i], values[:i], strict=True)]
        clauses.append(and_(*equal, expr < values[i] if descending else expr > values[i]))
    # The leading bound on its own lets the database seek into an index instead of scanning.
    first, descending = keys[0]
    return and_(first <= values[0] if descending else first >= values[0], or_(*clauses))


def read_page(
    engine: Engine,
    listing: Listing,
    limit: int,
    after: str | None = None,
    offset: int = 0,
    with_total: bool = True,
) -> Page:
    """One page of ``listing``; ``after`` (a cursor) wins over ``offset``. Without ``with_total``
    the count of every match is skipped (``total`` is -1): streaming needs only the next cursor."""
    counted = listing.query if listing.counted is None else listing.counted
    with engine.connect() as conn:
        total, capped = kept_total(conn, counted) if with_total or listing.few_keys else (-1, False)
        keys = listing.few_keys if listing.few_keys and total <= FEW else listing.keys
        labels = [f"_k{i}" for i in range(len(keys))]
        base = (
            listing.few_query if keys is listing.few_keys and listing.few_query is not None else listing.query
        )
        query = base.add_columns(*(expr.label(lbl) for (expr, _), lbl in zip(keys, labels, strict=True)))
        query = query.order_by(*(expr.desc() if desc else expr.asc() for expr, desc in keys))
        if after:
            query = query.where(_after(keys, decode_cursor(after, len(keys))))
            offset = 0
        elif offset:
            query = query.offset(offset)
        # Where answers are not kept (PostgreSQL) the span is read for a first page only: a cursor
        # already starts the walk inside the window, and the span's scan would cost each page.
        kept = conn.dialect.name == "sqlite"
        spanned = keys is listing.keys and listing.span is not None and (kept or not after)
        low, high = kept_span(conn, listing.span) if spanned else (None, None)
        if spanned and low is None:  # nothing matches
            rows = []
        else:
            if spanned:
                query = query.where(keys[0][0] >= low, keys[0][0] <= high)
            rows = list(conn.execute(substring.resolve(query.limit(limit + 1), conn, page=True)))
    total = total if with_total else -1
    more = len(rows) > limit
    rows = rows[:limit]
    cursor = encode_cursor([rows[-1]._mapping[lbl] for lbl in labels]) if more and rows else None
    names = [k for k in (rows[0]._fields if rows else ()) if k not in labels]
    items = [listing.make(dict(zip(names, r, strict=False))) for r in rows]
    return Page(items=items, total=total, next=cursor, offset=offset, total_capped=capped and with_total)


def count(conn: Any, query: Any) -> int:
    counted = select(func.count()).select_from(query.order_by(None).subquery())
    return conn.execute(substring.resolve(counted, conn)).scalar() or 0


def kept_count(conn: Any, query: Any) -> int:
    """``count``, kept while the database is unchanged: every page of a list shows the same total."""
    counted = select(func.count()).select_from(query.order_by(None).subquery())
    key = ("count", *read_cache.statement_key(conn.engine, counted))
    return read_cache.shared.get(conn.engine, key, lambda: count(conn, query))


def kept_total(conn: Any, query: Any) -> tuple[int, bool]:
    """How many rows ``query`` gives, and whether that is only a lower bound: an unfiltered list
    counts its table (an index's length, exact), a filtered one stops at ``COUNTED_MOST``.
    Kept while the database is unchanged, like ``kept_count``."""
    if query.whereclause is None:
        return kept_count(conn, query), False
    # Only a constant a row: a LIMIT keeps the database from flattening the subquery, which would
    # then read every column the list shows (an article's text) just to count it.
    slim = query.with_only_columns(literal_column("1"), maintain_column_froms=True).order_by(None)
    capped = select(func.count()).select_from(slim.limit(COUNTED_MOST + 1).subquery())
    key = ("capped count", *read_cache.statement_key(conn.engine, capped))
    found = read_cache.shared.get(
        conn.engine, key, lambda: conn.execute(substring.resolve(capped, conn)).scalar() or 0
    )
    return min(found, COUNTED_MOST), found > COUNTED_MOST


def kept_span(conn: Any, span: Any) -> tuple[Any, Any]:
    """The (lowest, highest) first sort key a listing's rows can have, kept like ``kept_count``
    (every page of a list reads it); (None, None) when no row matches."""
    key = ("span", *read_cache.statement_key(conn.engine, span))
    low, high = read_cache.shared.get(conn.engine, key, lambda: tuple(conn.execute(span).one()))
    return low, high


def unindexed(expr: Any) -> Any:
    """The same values in an expression no index serves: the order's index is then not walked."""
    return expr + 0 if isinstance(expr.type, Integer | Float) else expr.concat(literal_column("''"))
