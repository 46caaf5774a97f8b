"""Trigram indexes behind the literal substring filters (``/api/quotes?q=``, ``?speaker=``,
``/api/events?actor=``), so they read the matching rows instead of scanning the table.

The filters keep their meaning (store/queries.py: a literal substring, ``%`` and ``_`` just
characters, in the usual cases); the index only narrows the rows that meaning is tested on:

- SQLite: an FTS5 table with the ``trigram`` tokenizer (SQLite 3.34+) mirrors the columns
  ("external content", kept in sync by triggers, like search.py's word index): one table for a
  quote's text, speaker and the words naming the speaker, one for events' actors. It keeps which
  column each trigram is in but not where (``detail=column``: positions were most of the index,
  rewritten at every merge as the index grew), so a spelling is looked up as all of its trigrams
  in the filter's columns. Its case folding covers every letter, so the rows it finds for the
  spellings a filter tries are a superset of the rows the filter keeps, and the filter itself is
  then tested on those rows only.
- PostgreSQL: GIN ``gin_trgm_ops`` indexes (pg_trgm) over exactly the expressions the filters
  compare (``lower(column)``), which PostgreSQL uses for ``LIKE '%...%'`` on its own.

Needles shorter than three characters have no trigram; they are filtered by a scan, as before.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Boolean, bindparam, func, literal_column, select, table, text, true
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal, iterate, replacement_traverse

from newsprism.store import read_cache

# FTS5 table -> (table it mirrors, its indexed columns). A filter names the columns it looks in
# (a speaker's trigrams are looked up among speakers only, not among every word quoted).
SQLITE_TABLES = {
    "quotes_trigram": ("quotes", ("text", "speaker", "speaker_mention")),
    "events_trigram": ("events", ("actors",)),
}
# Trigram tables of older databases (before migration 0018): a quote's text and its speaker were
# indexed apart, each with the trigrams' positions.
LEGACY_SQLITE_TABLES = {
    "quote_texts_trigram": ("quotes", ("text",)),
    "quote_speakers_trigram": ("quotes", ("speaker", "speaker_mention")),
}
# Which column a trigram is in, not where (no phrase queries, a fraction of the size); no
# per-row token counts (no ranking here).
SQLITE_OPTIONS = "tokenize='trigram', detail=column, columnsize=0"
LEGACY_OPTIONS = "tokenize='trigram'"
# PostgreSQL index -> (table, the expression the filter compares).
PG_INDEXES = {
    "ix_quotes_text_trgm": ("quotes", "lower(text)"),
    "ix_quotes_speaker_trgm": ("quotes", "lower(speaker)"),
    "ix_quotes_speaker_mention_trgm": ("quotes", "lower(speaker_mention)"),
    "ix_events_actors_trgm": ("events", "lower(CAST(actors AS TEXT))"),
}
SHORTEST = 3  # characters: a trigram
HAS_TRIGRAM = sqlite3.sqlite_version_info >= (3, 34, 0)


def _triggers(name: str, source: str, columns: tuple[str, ...]) -> dict[str, str]:
    listed = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    delete = f"INSERT INTO {name}({name}, rowid, {listed}) VALUES ('delete', old.rowid, {old});"
    insert = f"INSERT INTO {name}(rowid, {listed}) VALUES (new.rowid, {new});"
    return {
        f"{name}_insert": f"AFTER INSERT ON {source} BEGIN {insert} END",
        f"{name}_delete": f"AFTER DELETE ON {source} BEGIN {delete} END",
        f"{name}_update": f"AFTER UPDATE OF {listed} ON {source} BEGIN {delete} {insert} END",
    }


def ensure_sqlite(conn: Connection) -> None:
    """Create the trigram tables and their triggers where missing; a new table, one whose triggers
    were lost (a migration that rebuilt the mirrored table) or one made with other options (an
    older layout) is made again and refilled from the rows."""
    if not HAS_TRIGRAM:
        return
    existing = dict(conn.execute(text("SELECT name, sql FROM sqlite_master")).all())
    for name, (source, columns) in SQLITE_TABLES.items():
        triggers = _triggers(name, source, columns)
        if {name, *triggers} <= existing.keys() and _created(name, source, columns) == existing[name]:
            continue
        drop_sqlite(conn, [name])
        install_sqlite(conn, name, source, columns)


def _created(name: str, source: str, columns: tuple[str, ...], options: str = SQLITE_OPTIONS) -> str:
    return (
        f"CREATE VIRTUAL TABLE {name} USING fts5({', '.join(columns)}, "
        f"content='{source}', content_rowid='rowid', {options})"
    )


def install_sqlite(
    conn: Connection, name: str, source: str, columns: tuple[str, ...], options: str = SQLITE_OPTIONS
) -> None:
    """One trigram table over ``columns`` of ``source``, its triggers, filled from the rows."""
    conn.execute(text(_created(name, source, columns, options)))
    for trigger, body in _triggers(name, source, columns).items():
        conn.execute(text(f"CREATE TRIGGER {trigger} {body}"))
    conn.execute(text(f"INSERT INTO {name}({name}) VALUES ('rebuild')"))


def drop_sqlite(conn: Connection, names: Iterable[str]) -> None:
    """Drop these trigram tables and their triggers, where they exist."""
    for name in names:
        for trigger in ("insert", "delete", "update"):
            conn.execute(text(f"DROP TRIGGER IF EXISTS {name}_{trigger}"))
        conn.execute(text(f"DROP TABLE IF EXISTS {name}"))


def rebuild_sqlite(conn: Connection) -> None:
    """Refill the trigram tables from their tables (after a VACUUM renumbered rowids)."""
    existing = {name for (name,) in conn.execute(text("SELECT name FROM sqlite_master"))}
    for name in SQLITE_TABLES:
        if name in existing:
            conn.execute(text(f"INSERT INTO {name}({name}) VALUES ('rebuild')"))


def ensure_postgresql(conn: Connection) -> None:
    """pg_trgm and its GIN indexes, when the server has the extension and this user may add it to
    the database (else the filters scan, with the same results)."""
    available = conn.execute(text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")).first()
    if not available:
        return
    try:
        with conn.begin_nested():  # a savepoint: a refusal leaves the migration's transaction usable
            conn.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    except DBAPIError:
        return
    for name, (source, expression) in PG_INDEXES.items():
        conn.execute(
            text(f"CREATE INDEX IF NOT EXISTS {name} ON {source} USING gin (({expression}) gin_trgm_ops)")
        )


class TrigramCandidates(ColumnElement[bool]):
    """On SQLite: the row is among those the trigram table finds for ``match``. Elsewhere (where
    the filter's own expression uses the index) TRUE."""

    type = Boolean()
    inherit_cache = True
    _is_implicitly_boolean = True  # a condition as it stands: SQLite must not get "(...) = 1"
    _traverse_internals = [("clause", InternalTraversal.dp_clauseelement)]

    def __init__(self, clause: Any, lookup: Any = None):
        self.clause = clause
        # (trigram table, MATCH expression): the lookup that ``resolve`` drives from the index
        self.lookup = lookup


@compiles(TrigramCandidates)
def _everywhere(element: TrigramCandidates, compiler: Any, **kw: Any) -> str:
    return compiler.process(true(), **kw)


@compiles(TrigramCandidates, "sqlite")
def _on_sqlite(element: TrigramCandidates, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.clause, **kw)


def candidates(source: Any, columns: tuple[str, ...], spellings: list[str]) -> Any:
    """Rows of the table ``source`` whose ``columns`` may contain one of ``spellings`` (any case),
    through its trigram table; None when a spelling is too short for trigrams (or SQLite lacks
    them), and the caller's filter scans."""
    name = next(
        (
            n
            for n, (table_name, indexed) in SQLITE_TABLES.items()
            if table_name == source.name and set(columns) <= set(indexed)
        ),
        None,
    )
    if name is None or not spellings or min(len(s) for s in spellings) < SHORTEST or not HAS_TRIGRAM:
        return None
    # The trigram tokenizer folds case: spellings differing only in A-Z case are one lookup, and
    # each one more is one more list of rows to merge. A spelling is all of its trigrams (in any
    # order: the filter drops the rows holding them apart).
    wanted = " OR ".join(f"({' AND '.join(_trigrams(s))})" for s in _distinct_folded(spellings))
    match = f"{{{' '.join(columns)}}} : ({wanted})"
    index = table(name)
    found = select(literal_column("rowid")).select_from(index).where(literal_column(name).op("MATCH")(match))
    return TrigramCandidates(literal_column(f"{source.name}.rowid").in_(found), (name, match))


def _trigrams(spelling: str) -> list[str]:
    """The distinct trigrams of a spelling, each quoted as an FTS5 string."""
    folded = spelling.lower() if spelling.isascii() else spelling
    grams = dict.fromkeys(folded[i : i + SHORTEST] for i in range(len(folded) - SHORTEST + 1))
    return ['"' + gram.replace('"', '""') + '"' for gram in grams]


def _distinct_folded(spellings: list[str]) -> list[str]:
    folded = {}
    for spelling in spellings:
        folded.setdefault(spelling.lower() if spelling.isascii() else spelling, spelling)
    return list(folded.values())


# ---- the matching rows of a filter, kept while the database is unchanged ----------------------

# At most this many matching rows are kept as a list of row ids (a filtered total counts at most
# 10,000: store/pages.py); with more the filter is tested on the rows a statement reads.
MOST_KEPT = 10_000
# From this many matching rows on, a page walks the list's order testing the filter on each row
# (about 21 x rows / matches rows read) instead of reading and sorting every match.
WALK_FROM = 2_000


class IndexedMatch(ColumnElement[bool]):
    """A substring filter narrowed by its trigram index: ``condition`` on rows of ``source``.
    Compiled as the condition itself; ``resolve`` may replace it with the row ids it matched, or,
    for a page of many matches, with ``literal`` (the filter without its index) tested along the
    list's own order."""

    type = Boolean()
    inherit_cache = True
    _is_implicitly_boolean = True
    _traverse_internals = [("condition", InternalTraversal.dp_clauseelement)]

    def __init__(self, source: Any, condition: Any, literal: Any = None):
        self.source = source
        self.condition = condition
        self.literal = condition if literal is None else literal


@compiles(IndexedMatch)
def _as_condition(element: IndexedMatch, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.condition, **kw)


def resolve(statement: Any, conn: Connection, page: bool = False) -> Any:
    """``statement`` with each substring filter given as the ids of the rows it matches, found once
    per version of the database (store/read_cache.py): the trigram lookup costs tens of ms for a
    much-quoted name, the same for every page of the filter. On PostgreSQL, unchanged.

    A ``page`` (ordered, limited) of a filter matching more than ``WALK_FROM`` rows instead walks
    the list's order index from the cursor on, testing each entry against the kept ids (or, past
    ``MOST_KEPT``, the filter itself): with many matches the page fills after a few hundred rows,
    where reading every match and sorting them all grows with the matches (tens of ms a page for
    the most-quoted name at 200,000 articles). The ids are found along the trigram table's
    matches and stop at ``MOST_KEPT`` + 1."""
    if conn.dialect.name != "sqlite" or not any(isinstance(e, IndexedMatch) for e in iterate(statement)):
        return statement

    def replace(element: Any) -> Any:
        if not isinstance(element, IndexedMatch):
            return None
        rowid = literal_column(f"{element.source.name}.rowid")
        matching = _matching(element, rowid)
        key = ("matching rows", *read_cache.statement_key(conn.engine, matching))
        kept = read_cache.shared.get(conn.engine, key, lambda: _ids(conn, matching))
        if kept is None:
            # More than MOST_KEPT: the filter tested on the rows the statement reads (a capped
            # count stops once it has its rows), never every candidate of the index gathered
            # first (697,828 for a common word at 200,000 articles: 1 s).
            return element.literal
        found, ids = kept
        listed = select(literal_column("value")).select_from(func.json_each(bindparam(None, ids)))
        if page and found > WALK_FROM:
            # ``rowid + 0``: no lookup by row id, so the page walks the list's order index and
            # tests each entry's row id against the list (no row read but the page's own), where
            # testing the filter read every row walked (10 ms a page of 4,811 matches of 10^6).
            return (rowid + 0).in_(listed)
        return rowid.in_(listed)

    return replacement_traverse(statement, {}, replace)


def _matching(element: IndexedMatch, rowid: Any) -> Any:
    """The rows an indexed filter keeps, read along its trigram table's matches: a join the
    index drives stops at the limit, where ``rowid IN (matches)`` gathers every match first."""
    found = next((e for e in iterate(element.condition) if isinstance(e, TrigramCandidates)), None)
    if found is None or found.lookup is None:
        return select(rowid).select_from(element.source).where(element.condition)
    name, match = found.lookup
    index = table(name)
    joined = index.join(element.source, literal_column(f"{name}.rowid") == rowid)
    return select(rowid).select_from(joined).where(literal_column(name).op("MATCH")(match), element.literal)


def _ids(conn: Connection, matching: Any) -> tuple[int, str] | None:
    """How many rows ``matching`` selects and their ids in order as the JSON list the statements
    bind (kept as text: encoding 5,000 ids cost 0.7 ms a statement); None past ``MOST_KEPT``."""
    ids = list(conn.execute(matching.limit(MOST_KEPT + 1)).scalars())
    return None if len(ids) > MOST_KEPT else (len(ids), json.dumps(sorted(ids)))
