"""Full-text search on PostgreSQL: GIN indexes over tsvector expressions, pages after a cursor.

Ranking (``ts_rank_cd``) rebuilds each match's tsvector from its text, so ranking every match of
a common word costs what parsing every matching article costs. Matches are therefore counted
first, up to a cap: at most ``RANKED_MOST`` are ranked, best first; past that, matching articles
(the last stored first, along ``(stored_at, article_id)``) and then matching quotes (along
``(article_id, start, quote_id)``, the last first) are listed in an index's order, which the
bitmap of the GIN index is read in without computing a single rank. ``ts_headline`` runs on the
page's rows only.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Engine

from newsprism.store.pages import COUNTED_MOST
from newsprism.store.search_results import CLOSE, OPEN, SNIPPET_WORDS, Hit, cursor_mode, read_cursor

# The indexed expressions; queries must use exactly these for PostgreSQL to use the indexes.
PG_ARTICLE_VECTOR = (
    "(setweight(to_tsvector('english', coalesce(title, '')), 'A')"
    " || setweight(to_tsvector('english', text), 'B'))"
)
PG_QUOTE_VECTOR = "to_tsvector('english', text || ' ' || coalesce(speaker, ''))"
_PG_INDEXES = {
    "ix_articles_fts": ("articles", PG_ARTICLE_VECTOR),
    "ix_quotes_fts": ("quotes", PG_QUOTE_VECTOR),
}
# Any fixed number: serialises index creation between processes opening the database at once.
_PG_LOCK_KEY = 7_264_105_392
_HEADLINE = f"StartSel={OPEN}, StopSel={CLOSE}, MaxWords={SNIPPET_WORDS}, MinWords=8"
# Past this many matches nothing is ranked (each rank re-parses its row's text).
RANKED_MOST = 2_000
CURSOR_SIZES = {("r", "article"): 2, ("r", "quote"): 2, ("n", "article"): 2, ("n", "quote"): 3}

_COUNTS = """
    WITH query AS (SELECT {query} AS q)
    SELECT (SELECT count(*) FROM (SELECT 1 FROM articles, query WHERE {articles} @@ q LIMIT :cap) AS a),
           (SELECT count(*) FROM (SELECT 1 FROM quotes, query WHERE {quotes} @@ q LIMIT :cap) AS b)
"""
_RANKED = """
    WITH query AS (SELECT {query} AS q),
    hits AS (
        SELECT 'article' AS kind, article_id AS id, article_id, ts_rank_cd({articles}, q)::float8 AS rank
        FROM articles, query WHERE {articles} @@ q
        UNION ALL
        SELECT 'quote', quote_id, article_id, ts_rank_cd({quotes}, q)::float8
        FROM quotes, query WHERE {quotes} @@ q
    )
    SELECT kind, id, article_id, rank FROM hits {after}
    ORDER BY rank DESC, kind, id LIMIT :limit OFFSET :offset
"""
_RANKED_AFTER = "WHERE rank < :rank OR (rank = :rank AND (kind > :kind OR (kind = :kind AND id > :id)))"
_NEWEST_ARTICLES = """
    WITH query AS (SELECT {query} AS q)
    SELECT article_id, stored_at FROM articles, query WHERE {articles} @@ q {after}
    ORDER BY stored_at DESC, article_id DESC LIMIT :limit OFFSET :offset
"""
_NEWEST_QUOTES = """
    WITH query AS (SELECT {query} AS q)
    SELECT quote_id, article_id, start FROM quotes, query WHERE {quotes} @@ q {after}
    ORDER BY article_id DESC, start DESC, quote_id DESC LIMIT :limit OFFSET :offset
"""
_HEADLINES = {
    "article": "WITH query AS (SELECT {query} AS q) SELECT ts_headline('english', "
    "coalesce(title, '') || ' ' || text, q, :headline) FROM articles, query WHERE article_id = :id",
    "quote": "WITH query AS (SELECT {query} AS q) SELECT ts_headline('english', text, q, :headline) "
    "FROM quotes, query WHERE quote_id = :id",
}


def ensure_indexes(engine: Engine) -> None:
    """The GIN indexes over the tsvector expressions (PostgreSQL keeps them current)."""
    with engine.begin() as conn:
        present = set(conn.execute(text("SELECT indexname FROM pg_indexes")).scalars())
        if present >= set(_PG_INDEXES):
            return
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
        for name, (table, vector) in _PG_INDEXES.items():
            conn.execute(text(f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin ({vector})"))


def tsquery_expression(terms: list[str]) -> tuple[str, dict[str, str]]:
    """A tsquery matching every term (phrases in order, ``word*`` as a prefix); the user's words are
    only ever bound parameters."""
    parts, params = [], {}
    for i, term in enumerate(terms):
        body = term.rstrip("*")
        if not body:
            continue
        params[f"t{i}"] = body
        if term.endswith("*") and " " not in body:
            parts.append(f"to_tsquery('english', :t{i} || ':*')")
        else:
            parts.append(f"phraseto_tsquery('english', :t{i})")
    return " && ".join(parts) or "''::tsquery", params


def search_tsvector(
    engine: Engine, terms: list[str], limit: int, after: str | None, offset: int
) -> tuple[list[Hit], int, bool]:
    """One more hit than a page (its cursor says whether there is a next page), how many match
    (counted up to ``COUNTED_MOST``) and whether that count stopped at the cap."""
    query, params = tsquery_expression(terms)
    shape = {"query": query, "articles": PG_ARTICLE_VECTOR, "quotes": PG_QUOTE_VECTOR}
    place = read_cursor(after, CURSOR_SIZES) if after else None
    with engine.begin() as conn:
        # The GIN index, never a scan: a scan re-parses every row's text to test it (a common
        # word's count or page cost seconds on 4,000 articles when the planner chose one).
        conn.execute(text("SET LOCAL enable_seqscan = off"))
        counts = conn.execute(text(_COUNTS.format(**shape)), {**params, "cap": COUNTED_MOST + 1}).one()
        found = counts[0] + counts[1]
        mode = cursor_mode(place, found, RANKED_MOST)
        if mode == "r":
            rows = _ranked(conn, shape, params, limit, place, offset)
        else:
            rows = _newest(conn, shape, params, limit, place, offset)
        hits = [
            (kind, item_id, article_id, score, _headline(conn, shape, params, kind, item_id), cursor)
            for kind, item_id, article_id, score, cursor in rows
        ]
    return hits, min(found, COUNTED_MOST), found > COUNTED_MOST


def _headline(conn: Any, shape: dict[str, str], params: dict[str, str], kind: str, item_id: str) -> str:
    statement = text(_HEADLINES[kind].format(**shape))
    return conn.execute(statement, {**params, "id": item_id, "headline": _HEADLINE}).scalar() or ""


def _ranked(conn: Any, shape: dict, params: dict, limit: int, place: Any, offset: int) -> list[tuple]:
    values: dict[str, Any] = {**params, "limit": limit + 1, "offset": 0 if place else offset}
    after = ""
    if place:
        after = _RANKED_AFTER
        values.update(kind=place[1], rank=place[2][0], id=place[2][1])
    rows = conn.execute(text(_RANKED.format(**shape, after=after)), values)
    return [
        (kind, item_id, article_id, float(rank), ["r", kind, float(rank), item_id])
        for kind, item_id, article_id, rank in rows
    ]


def _newest(conn: Any, shape: dict, params: dict, limit: int, place: Any, offset: int) -> list[tuple]:
    """Matching articles the last stored first, then matching quotes; ``offset`` (old clients)
    counts through both."""
    rows: list[tuple] = []
    skip = 0 if place else offset
    if place is None or place[1] == "article":
        after, values = "", {**params, "limit": limit + 1, "offset": skip}
        if place:
            after = "AND (stored_at < :stored OR (stored_at = :stored AND article_id < :id))"
            values.update(stored=place[2][0], id=place[2][1])
        for article_id, stored in conn.execute(text(_NEWEST_ARTICLES.format(**shape, after=after)), values):
            rows.append(("article", article_id, article_id, 0.0, ["n", "article", stored, article_id]))
        if skip:  # an offset past the articles goes on among the quotes
            skip = 0 if rows else skip - _matching_articles(conn, shape, params)
    room = limit + 1 - len(rows)
    if room > 0:
        after, values = "", {**params, "limit": room, "offset": max(0, skip)}
        if place and place[1] == "quote":
            after = (
                "AND (article_id < :aid OR (article_id = :aid AND (start < :start "
                "OR (start = :start AND quote_id < :id))))"
            )
            values.update(aid=place[2][0], start=place[2][1], id=place[2][2])
        for quote_id, article_id, start in conn.execute(
            text(_NEWEST_QUOTES.format(**shape, after=after)), values
        ):
            rows.append(("quote", quote_id, article_id, 0.0, ["n", "quote", article_id, start, quote_id]))
    return rows


def _matching_articles(conn: Any, shape: dict, params: dict) -> int:
    statement = (
        "WITH query AS (SELECT {query} AS q) SELECT count(*) FROM articles, query WHERE {articles} @@ q"
    )
    return conn.execute(text(statement.format(**shape)), params).scalar() or 0
