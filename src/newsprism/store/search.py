"""Full-text search over articles (title, text) and quotes (text, speaker).

On SQLite the words live in two FTS5 tables that mirror the ``articles`` and ``quotes`` tables
("external content": the text is stored once, in the tables themselves). Triggers keep them in
sync, so every writer (the pipeline, a re-run that replaces an article, a later stage that
rewrites rows) updates the index without knowing it exists. The store installs the index when it
creates its schema; an older database gets it, filled from its rows, on its next write.

PostgreSQL searches its own GIN indexes (store/search_pg.py). Other databases, and a SQLite
file whose index was never built, use a portable substring search that gives the same result
shape. Every backend pages after a cursor (store/search_results.py): page 1000 costs what page 1
costs, and ``offset`` still works for old clients.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from sqlalchemy import and_, func, or_, select, text
from sqlalchemy.engine import Engine

from newsprism.store import read_cache, search_pg, substring
from newsprism.store.pages import Page
from newsprism.store.schema import articles_table, quotes_table
from newsprism.store.search_pg import PG_ARTICLE_VECTOR as PG_ARTICLE_VECTOR  # re-exported
from newsprism.store.search_pg import tsquery_expression as tsquery_expression
from newsprism.store.search_results import (
    CLOSE,
    OPEN,
    SNIPPET_WORDS,
    Hit,
    cursor_mode,
    next_cursor,
    read_cursor,
    result_items,
)
from newsprism.store.tuning import apply_fts5_merging

# The Store of newsprism.store.store, which imports this module to keep its index up to date.
Store = Any

# One statement a string: FTS5 tables over the store's own rows, and the triggers that follow
# every insert, delete and change of the indexed columns.
_FTS_TABLES = {
    "articles_fts": (
        "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
        "title, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')"
    ),
    "quotes_fts": (
        "CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5("
        "text, speaker, content='quotes', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')"
    ),
}
_TRIGGERS = [
    """CREATE TRIGGER IF NOT EXISTS articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END""",
    """CREATE TRIGGER IF NOT EXISTS articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
    END""",
    """CREATE TRIGGER IF NOT EXISTS articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END""",
    """CREATE TRIGGER IF NOT EXISTS quotes_fts_insert AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts(rowid, text, speaker) VALUES (new.rowid, new.text, new.speaker);
    END""",
    """CREATE TRIGGER IF NOT EXISTS quotes_fts_delete AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker)
        VALUES ('delete', old.rowid, old.text, old.speaker);
    END""",
    """CREATE TRIGGER IF NOT EXISTS quotes_fts_update AFTER UPDATE OF text, speaker ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker)
        VALUES ('delete', old.rowid, old.text, old.speaker);
        INSERT INTO quotes_fts(rowid, text, speaker) VALUES (new.rowid, new.text, new.speaker);
    END""",
]

_PHRASE = re.compile(r'"([^"]*)"')
_WORD = re.compile(r"\w+\*?")


def ensure_index(engine: Engine, options: Mapping[str, Any] | None = None) -> None:
    """Create the FTS5 tables and triggers if missing; a new index is filled from existing rows;
    their merge settings are the ``[store]`` settings ``options`` (store/tuning.py) when given.
    On PostgreSQL: the GIN indexes over the tsvector expressions (PostgreSQL keeps them current)."""
    if engine.dialect.name == "postgresql":
        search_pg.ensure_indexes(engine)
        return
    if engine.dialect.name != "sqlite":
        return
    with engine.begin() as conn:
        existing = {name for (name,) in conn.execute(text("SELECT name FROM sqlite_master"))}
        for name, statement in _FTS_TABLES.items():
            conn.execute(text(statement))
            triggers = [t for t in _TRIGGERS if t.split()[5].startswith(f"{name}_")]
            for trigger in triggers:
                conn.execute(text(trigger))
            # A new index, or one whose table a migration rebuilt (dropping the triggers and
            # perhaps renumbering rows), is refilled from the table.
            if not {name, *(t.split()[5] for t in triggers)} <= existing:
                conn.execute(text(f"INSERT INTO {name}({name}) VALUES ('rebuild')"))
        substring.ensure_sqlite(conn)  # the trigram tables behind the substring filters
        if options is not None:
            names = {name for (name,) in conn.execute(text("SELECT name FROM sqlite_master"))}
            fts = [*_FTS_TABLES, *(name for name in substring.SQLITE_TABLES if name in names)]
            apply_fts5_merging(conn, fts, options)


def rebuild_index(store: Store) -> None:
    """Refill the index from the tables (after a VACUUM, which may renumber rowids)."""
    ensure_index(store.engine)
    if has_index(store):
        with store.engine.begin() as conn:
            for name in _FTS_TABLES:
                conn.execute(text(f"INSERT INTO {name}({name}) VALUES ('rebuild')"))
            substring.rebuild_sqlite(conn)


def has_index(store: Store) -> bool:
    if not store.is_sqlite:
        return False
    with store.engine.connect() as conn:
        found = conn.execute(
            text("SELECT count(*) FROM sqlite_master WHERE name IN ('articles_fts', 'quotes_fts')")
        ).scalar()
    return found == 2


def query_terms(q: str) -> list[str]:
    """The user's words and "quoted phrases"; a trailing * asks for a prefix."""
    phrases = [" ".join(_WORD.findall(p)).replace("*", "") for p in _PHRASE.findall(q)]
    words = _WORD.findall(_PHRASE.sub(" ", q))
    return [p for p in phrases if p] + words


def match_expression(terms: list[str]) -> str:
    """An FTS5 MATCH string in which every term is a quoted string, so user input is never syntax."""
    parts = []
    for term in terms:
        prefix = term.endswith("*")
        body = term.rstrip("*").replace('"', "")
        if body:
            parts.append(f'"{body}"' + ("*" if prefix else ""))
    return " ".join(parts)


def search(store: Store, q: str, limit: int = 20, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
    """Articles and quotes matching every word of ``q``, best first, and how many match (see
    ``search_page``, which also gives the cursor of the next page)."""
    page = search_page(store, q, limit, offset=offset)
    return page.items, page.total


def search_page(store: Store, q: str, limit: int = 20, after: str | None = None, offset: int = 0) -> Page:
    """A page of the articles and quotes matching every word of ``q``, best first (past
    ``RANKED_MOST`` matches: articles then quotes, the last stored first), after the cursor
    ``after`` (or, for old clients, ``offset`` hits in); ``next`` is the next page's cursor.

    Each item: ``kind`` (article | quote), ``score`` (higher is better), ``snippet`` (plain text),
    ``highlights`` ([start, end] of matched words in the snippet), ``article`` (the keys of
    Article.to_json(), its ``text`` left empty: the snippet is the part that matched) and, for a
    quote, ``quote`` (Quote.to_json()). ``total`` counts every match on SQLite; on PostgreSQL it
    stops at ``pages.COUNTED_MOST`` (``total_capped``).
    """
    terms = query_terms(q)
    if not terms:
        return Page(items=[], total=0)
    capped = False
    if store.engine.dialect.name == "postgresql":
        hits, total, capped = search_pg.search_tsvector(store.engine, terms, limit, after, offset)
    elif has_index(store):
        hits, total = _search_fts5(store, terms, limit, after, offset)
    else:
        hits, total = _search_like(store, terms, limit, after, offset)
    items = result_items(store, hits[:limit])
    return Page(
        items=items,
        total=total,
        next=next_cursor(hits, limit),
        offset=0 if after else offset,
        total_capped=capped,
    )


# ---- SQLite FTS5 --------------------------------------------------------------------------


# Ranked without snippets: a snippet costs far more than a rank, and only the page's rows get one
# (for a name in 100,000 articles, making a snippet of every hit took most of half a second).
_FTS_HITS = """
    SELECT kind, id, article_id, rank, rid FROM (
        SELECT 'article' AS kind, a.article_id AS id, a.article_id AS article_id,
               bm25(articles_fts, 2.0, 1.0) AS rank, articles_fts.rowid AS rid
        FROM articles_fts JOIN articles AS a ON a.rowid = articles_fts.rowid
        WHERE articles_fts MATCH :match
        UNION ALL
        SELECT 'quote', q.quote_id, q.article_id, bm25(quotes_fts, 1.0, 1.0), quotes_fts.rowid
        FROM quotes_fts JOIN quotes AS q ON q.rowid = quotes_fts.rowid
        WHERE quotes_fts MATCH :match
    ) {after}
    ORDER BY rank, kind, id
    LIMIT :limit OFFSET :offset
"""
_FTS_SNIPPETS = {
    "article": f"SELECT snippet(articles_fts, -1, '{OPEN}', '{CLOSE}', '…', {SNIPPET_WORDS}) "
    "FROM articles_fts WHERE articles_fts MATCH :match AND rowid = :rid",
    "quote": f"SELECT snippet(quotes_fts, 0, '{OPEN}', '{CLOSE}', '…', {SNIPPET_WORDS}) "
    "FROM quotes_fts WHERE quotes_fts MATCH :match AND rowid = :rid",
}
_FTS_COUNTS = """
    SELECT (SELECT count(*) FROM articles_fts WHERE articles_fts MATCH :match),
           (SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH :match)
"""
# Past this many matches a query is ranked no more: every match would be scored and sorted for
# each page (a name in every article: 440 ms CPU a page at 200,000 articles). The page then lists
# matching articles, then matching quotes, each the last stored first, read from the index in
# that order (still scored, as a guide), after the last row id a page showed.
RANKED_MOST = 10_000
_FTS_NEWEST = {
    "article": "SELECT 'article', a.article_id, a.article_id, bm25(articles_fts, 2.0, 1.0), "
    "articles_fts.rowid "
    "FROM articles_fts JOIN articles AS a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH :match "
    "AND articles_fts.rowid < :below ORDER BY articles_fts.rowid DESC LIMIT :limit OFFSET :offset",
    "quote": "SELECT 'quote', q.quote_id, q.article_id, bm25(quotes_fts, 1.0, 1.0), quotes_fts.rowid "
    "FROM quotes_fts JOIN quotes AS q ON q.rowid = quotes_fts.rowid WHERE quotes_fts MATCH :match "
    "AND quotes_fts.rowid < :below ORDER BY quotes_fts.rowid DESC LIMIT :limit OFFSET :offset",
}
_FTS_CURSORS = {("r", "article"): 2, ("r", "quote"): 2, ("n", "article"): 1, ("n", "quote"): 1}
_NO_ROWID = 2**63 - 1  # above every row id


def _search_fts5(
    store: Store, terms: list[str], limit: int, after: str | None, offset: int
) -> tuple[list[Hit], int]:
    """One hit more than a page, and how many match (counted once per version of the database)."""
    match = match_expression(terms)
    place = read_cursor(after, _FTS_CURSORS) if after else None
    with store.engine.connect() as conn:
        article_total, quote_total = read_cache.shared.get(
            store.engine,
            ("search counts", match),
            lambda: tuple(conn.execute(text(_FTS_COUNTS), {"match": match}).one()),
        )
        total = article_total + quote_total
        if cursor_mode(place, total, RANKED_MOST) == "r":
            rows = _ranked_hits(conn, match, limit, place, offset)
        else:
            rows = _newest_hits(conn, match, limit, place, offset, article_total)
        hits = []
        for kind, item_id, article_id, rank, rid, cursor in rows:
            snippet = conn.execute(text(_FTS_SNIPPETS[kind]), {"match": match, "rid": rid}).scalar()
            hits.append((kind, item_id, article_id, -rank, snippet or "", cursor))
    return hits, total


def _ranked_hits(conn: Any, match: str, limit: int, place: Any, offset: int) -> list[tuple]:
    values: dict[str, Any] = {"match": match, "limit": limit + 1, "offset": 0 if place else offset}
    after = ""
    if place:
        after = "WHERE (rank, kind, id) > (:rank, :kind, :id)"
        values.update(kind=place[1], rank=place[2][0], id=place[2][1])
    rows = conn.execute(text(_FTS_HITS.format(after=after)), values)
    return [(*row, ["r", row[0], row[3], row[1]]) for row in rows]


def _newest_hits(
    conn: Any, match: str, limit: int, place: Any, offset: int, article_total: int
) -> list[tuple]:
    """A page of many matches: articles, then quotes, the last stored first."""
    rows: list[tuple] = []
    skip = 0 if place else offset
    if place is None or place[1] == "article":
        below = place[2][0] if place else _NO_ROWID
        if skip < article_total:
            params = {"match": match, "limit": limit + 1, "offset": skip, "below": below}
            rows += conn.execute(text(_FTS_NEWEST["article"]), params)
        skip = max(0, skip - article_total)
    room = limit + 1 - len(rows)
    if room > 0:
        below = place[2][0] if place and place[1] == "quote" else _NO_ROWID
        params = {"match": match, "limit": room, "offset": skip, "below": below}
        rows += conn.execute(text(_FTS_NEWEST["quote"]), params)
    return [(*row, ["n", row[0], row[4]]) for row in rows]


# ---- portable fallback --------------------------------------------------------------------


def _contains_all(columns: list[Any], terms: list[str]) -> Any:
    """Every term appears in at least one of the columns (case-insensitive substring)."""
    needles = [term.rstrip("*").lower() for term in terms]
    return and_(*(or_(*(func.lower(column).contains(n) for column in columns)) for n in needles))


_LIKE_CURSORS = {("l", "article"): 2, ("l", "quote"): 3}


def _search_like(
    store: Store, terms: list[str], limit: int, after: str | None, offset: int
) -> tuple[list[Hit], int]:
    """Matching articles in the stored order, then matching quotes by article and place."""
    a, q = articles_table, quotes_table
    article_match = _contains_all([a.c.title, a.c.text], terms)
    quote_match = _contains_all([q.c.text, q.c.speaker], terms)
    article_total = store.count(a, article_match)
    total = article_total + store.count(q, quote_match)
    place = read_cursor(after, _LIKE_CURSORS) if after else None
    skip = 0 if place else offset
    found: list[Hit] = []
    with store.engine.connect() as conn:
        if place is None or place[1] == "article":
            query = select(a.c.article_id, a.c.title, a.c.text, a.c.stored_at).where(article_match)
            if place:
                query = query.where(
                    or_(
                        a.c.stored_at > place[2][0],
                        and_(a.c.stored_at == place[2][0], a.c.article_id > place[2][1]),
                    )
                )
            query = query.order_by(a.c.stored_at, a.c.article_id).limit(limit + 1).offset(skip)
            for article_id, title, body, stored in conn.execute(query):
                snippet = _plain_snippet(f"{title or ''}\n{body}", terms)
                found.append(
                    ("article", article_id, article_id, 0.0, snippet, ["l", "article", stored, article_id])
                )
            skip = max(0, skip - article_total)
        room = limit + 1 - len(found)
        if room > 0:
            query = select(q.c.quote_id, q.c.article_id, q.c.text, q.c.start).where(quote_match)
            if place and place[1] == "quote":
                aid, start, qid = place[2]
                query = query.where(
                    or_(
                        q.c.article_id > aid,
                        and_(
                            q.c.article_id == aid,
                            or_(q.c.start > start, and_(q.c.start == start, q.c.quote_id > qid)),
                        ),
                    )
                )
            query = query.order_by(q.c.article_id, q.c.start, q.c.quote_id).limit(room).offset(skip)
            for quote_id, article_id, body, start in conn.execute(query):
                cursor = ["l", "quote", article_id, start, quote_id]
                found.append(("quote", quote_id, article_id, 0.0, _plain_snippet(body, terms), cursor))
    return found, total


def _plain_snippet(body: str, terms: list[str]) -> str:
    """A window of text around the first matched term, with the terms marked like FTS5 marks them."""
    lowered = body.lower()
    needles = [t.rstrip("*").lower() for t in terms]
    first = min((i for i in (lowered.find(n) for n in needles) if i >= 0), default=0)
    start = max(0, first - 80)
    window = body[start : start + 240]
    pattern = re.compile("|".join(re.escape(n) for n in needles if n), re.IGNORECASE)
    marked = pattern.sub(lambda m: f"{OPEN}{m.group(0)}{CLOSE}", window)
    return ("…" if start else "") + marked + ("…" if start + 240 < len(body) else "")
