"""Full-text search over articles (title, text) and quotes (text, speaker).

On SQLite the words live in two FTS5 tables that mirror the ``articles`` and ``quotes`` tables
("external content": the text is stored once, in the tables themselves). Triggers keep them in
sync, so every writer (the pipeline, a re-run that replaces an article, a later stage that
rewrites rows) updates the index without knowing it exists. The store installs the index when it
creates its schema; an older database gets it, filled from its rows, on its next write.

Other databases, and a SQLite file whose index was never built, use a portable substring search
that gives the same result shape. A PostgreSQL ``tsvector`` branch would sit beside
``_search_fts5`` and be chosen in ``search``.
"""

from __future__ import annotations

import re
from dataclasses import fields
from typing import Any

from sqlalchemy import and_, func, or_, select, text
from sqlalchemy.engine import Engine

from newsprism.models import Article, Quote
from newsprism.store import substring
from newsprism.store.schema import articles_table, quotes_table

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

# Snippet markers: control characters that clean text does not contain.
_OPEN, _CLOSE = "\x02", "\x03"
_PHRASE = re.compile(r'"([^"]*)"')
_WORD = re.compile(r"\w+\*?")
SNIPPET_WORDS = 24


def ensure_index(engine: Engine) -> None:
    """Create the FTS5 tables and triggers if missing; a new index is filled from existing rows.
    On PostgreSQL: the GIN indexes over the tsvector expressions (PostgreSQL keeps them current)."""
    if engine.dialect.name == "postgresql":
        _ensure_tsvector_indexes(engine)
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
    """Articles and quotes matching every word of ``q``, best first, and how many match in all
    (on SQLite past ``RANKED_MOST`` matches: articles then quotes, the last stored first).

    Each item: ``kind`` (article | quote), ``score`` (higher is better), ``snippet`` (plain text),
    ``highlights`` ([start, end] of matched words in the snippet), ``article`` (the keys of
    Article.to_json(), its ``text`` left empty: the snippet is the part that matched) and, for a
    quote, ``quote`` (Quote.to_json()).
    """
    terms = query_terms(q)
    if not terms:
        return [], 0
    if store.engine.dialect.name == "postgresql":
        return _search_tsvector(store, terms, limit, offset)
    if has_index(store):
        return _search_fts5(store, terms, limit, offset)
    return _search_like(store, terms, limit, offset)


# ---- SQLite FTS5 --------------------------------------------------------------------------


# Ranked without snippets: a snippet costs far more than a rank, and only the page's rows get one
# (for a name in 100,000 articles, making a snippet of every hit took most of half a second).
_FTS_HITS = """
    SELECT 'article' AS kind, a.article_id AS id, a.article_id AS article_id,
           bm25(articles_fts, 2.0, 1.0) AS rank, articles_fts.rowid AS rid
    FROM articles_fts JOIN articles AS a ON a.rowid = articles_fts.rowid
    WHERE articles_fts MATCH :match
    UNION ALL
    SELECT 'quote', q.quote_id, q.article_id, bm25(quotes_fts, 1.0, 1.0), quotes_fts.rowid
    FROM quotes_fts JOIN quotes AS q ON q.rowid = quotes_fts.rowid
    WHERE quotes_fts MATCH :match
    ORDER BY rank, kind, id
    LIMIT :limit OFFSET :offset
"""
_FTS_SNIPPETS = {
    "article": f"SELECT snippet(articles_fts, -1, '{_OPEN}', '{_CLOSE}', '…', {SNIPPET_WORDS}) "
    "FROM articles_fts WHERE articles_fts MATCH :match AND rowid = :rid",
    "quote": f"SELECT snippet(quotes_fts, 0, '{_OPEN}', '{_CLOSE}', '…', {SNIPPET_WORDS}) "
    "FROM quotes_fts WHERE quotes_fts MATCH :match AND rowid = :rid",
}
_FTS_COUNTS = """
    SELECT (SELECT count(*) FROM articles_fts WHERE articles_fts MATCH :match),
           (SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH :match)
"""
# Past this many matches a query is ranked no more: every match would be scored and sorted for
# each page (a name in every article: 440 ms CPU a page at 200,000 articles). The page then lists
# matching articles, then matching quotes, each the last stored first, read from the index in
# that order (still scored, as a guide).
RANKED_MOST = 10_000
_FTS_NEWEST = {
    "article": "SELECT 'article', a.article_id, a.article_id, bm25(articles_fts, 2.0, 1.0), "
    "articles_fts.rowid "
    "FROM articles_fts JOIN articles AS a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH :match "
    "ORDER BY articles_fts.rowid DESC LIMIT :limit OFFSET :offset",
    "quote": "SELECT 'quote', q.quote_id, q.article_id, bm25(quotes_fts, 1.0, 1.0), quotes_fts.rowid "
    "FROM quotes_fts JOIN quotes AS q ON q.rowid = quotes_fts.rowid WHERE quotes_fts MATCH :match "
    "ORDER BY quotes_fts.rowid DESC LIMIT :limit OFFSET :offset",
}


def _search_fts5(store: Store, terms: list[str], limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
    match = match_expression(terms)
    found = []
    with store.engine.connect() as conn:
        article_total, quote_total = conn.execute(text(_FTS_COUNTS), {"match": match}).one()
        total = article_total + quote_total
        if total <= RANKED_MOST:
            hits = list(conn.execute(text(_FTS_HITS), {"match": match, "limit": limit, "offset": offset}))
        else:
            hits = list(_newest_hits(conn, match, limit, offset, article_total))
        for kind, item_id, article_id, rank, rid in hits:
            snippet = conn.execute(text(_FTS_SNIPPETS[kind]), {"match": match, "rid": rid}).scalar()
            found.append((kind, item_id, article_id, -rank, snippet or ""))
    return _items(store, found), total


def _newest_hits(conn: Any, match: str, limit: int, offset: int, article_total: int) -> Any:
    """A page of many matches: articles, then quotes, the last stored first."""
    if offset < article_total:
        yield from conn.execute(
            text(_FTS_NEWEST["article"]), {"match": match, "limit": limit, "offset": offset}
        )
    room = min(limit, offset + limit - article_total)
    if room > 0:
        params = {"match": match, "limit": room, "offset": max(0, offset - article_total)}
        yield from conn.execute(text(_FTS_NEWEST["quote"]), params)


# ---- PostgreSQL tsvector --------------------------------------------------------------------

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
_PG_HEADLINE = f"StartSel={_OPEN}, StopSel={_CLOSE}, MaxWords={SNIPPET_WORDS}, MinWords=8"


def _ensure_tsvector_indexes(engine: Engine) -> None:
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


def _search_tsvector(
    store: Store, terms: list[str], limit: int, offset: int
) -> tuple[list[dict[str, Any]], int]:
    """Ranked with ts_rank_cd (titles weigh more), snippets from ts_headline for the page only."""
    query, params = tsquery_expression(terms)
    page = f"""
        WITH query AS (SELECT {query} AS q),
        hits AS (
            SELECT 'article' AS kind, article_id AS id, article_id, ts_rank_cd({PG_ARTICLE_VECTOR}, q) AS rank
            FROM articles, query WHERE {PG_ARTICLE_VECTOR} @@ q
            UNION ALL
            SELECT 'quote', quote_id, article_id, ts_rank_cd({PG_QUOTE_VECTOR}, q)
            FROM quotes, query WHERE {PG_QUOTE_VECTOR} @@ q
            ORDER BY rank DESC, kind, id
            LIMIT :limit OFFSET :offset
        )
        SELECT hits.kind, hits.id, hits.article_id, hits.rank,
               CASE WHEN hits.kind = 'article'
                    THEN ts_headline('english', coalesce(a.title, '') || ' ' || a.text, query.q, :headline)
                    ELSE ts_headline('english', qt.text, query.q, :headline) END
        FROM hits CROSS JOIN query
        LEFT JOIN articles AS a ON hits.kind = 'article' AND a.article_id = hits.id
        LEFT JOIN quotes AS qt ON hits.kind = 'quote' AND qt.quote_id = hits.id
        ORDER BY hits.rank DESC, hits.kind, hits.id
    """
    total = f"""
        WITH query AS (SELECT {query} AS q)
        SELECT (SELECT count(*) FROM articles, query WHERE {PG_ARTICLE_VECTOR} @@ q)
             + (SELECT count(*) FROM quotes, query WHERE {PG_QUOTE_VECTOR} @@ q)
    """
    values = {**params, "limit": limit, "offset": offset, "headline": _PG_HEADLINE}
    with store.engine.connect() as conn:
        rows = list(conn.execute(text(page), values))
        count = conn.execute(text(total), params).scalar() or 0
    found = [
        (kind, item_id, article_id, float(rank), snippet) for kind, item_id, article_id, rank, snippet in rows
    ]
    return _items(store, found), count


# ---- portable fallback --------------------------------------------------------------------


def _contains_all(columns: list[Any], terms: list[str]) -> Any:
    """Every term appears in at least one of the columns (case-insensitive substring)."""
    needles = [term.rstrip("*").lower() for term in terms]
    return and_(*(or_(*(func.lower(column).contains(n) for column in columns)) for n in needles))


def _search_like(store: Store, terms: list[str], limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
    a, q = articles_table, quotes_table
    article_match = _contains_all([a.c.title, a.c.text], terms)
    quote_match = _contains_all([q.c.text, q.c.speaker], terms)
    article_total = store.count(a, article_match)
    total = article_total + store.count(q, quote_match)
    found = []
    with store.engine.connect() as conn:
        if offset < article_total:
            rows = conn.execute(
                select(a.c.article_id, a.c.title, a.c.text)
                .where(article_match)
                .order_by(a.c.stored_at, a.c.article_id)
                .limit(limit)
                .offset(offset)
            )
            for article_id, title, body in rows:
                snippet = _plain_snippet(f"{title or ''}\n{body}", terms)
                found.append(("article", article_id, article_id, 0.0, snippet))
        room = limit - len(found)
        if room > 0:
            rows = conn.execute(
                select(q.c.quote_id, q.c.article_id, q.c.text)
                .where(quote_match)
                .order_by(q.c.article_id, q.c.start)
                .limit(room)
                .offset(max(0, offset - article_total))
            )
            for quote_id, article_id, body in rows:
                found.append(("quote", quote_id, article_id, 0.0, _plain_snippet(body, terms)))
    return _items(store, found), total


def _plain_snippet(body: str, terms: list[str]) -> str:
    """A window of text around the first matched term, with the terms marked like FTS5 marks them."""
    lowered = body.lower()
    needles = [t.rstrip("*").lower() for t in terms]
    first = min((i for i in (lowered.find(n) for n in needles) if i >= 0), default=0)
    start = max(0, first - 80)
    window = body[start : start + 240]
    pattern = re.compile("|".join(re.escape(n) for n in needles if n), re.IGNORECASE)
    marked = pattern.sub(lambda m: f"{_OPEN}{m.group(0)}{_CLOSE}", window)
    return ("…" if start else "") + marked + ("…" if start + 240 < len(body) else "")


# ---- results ------------------------------------------------------------------------------


def _unmark(snippet: str) -> tuple[str, list[list[int]]]:
    """The snippet without markers, and the [start, end] of each marked stretch in it."""
    plain: list[str] = []
    spans: list[list[int]] = []
    length = 0
    for piece in re.split(f"([{_OPEN}{_CLOSE}])", snippet or ""):
        if piece == _OPEN:
            spans.append([length, length])
        elif piece == _CLOSE:
            if spans:
                spans[-1][1] = length
        else:
            plain.append(piece)
            length += len(piece)
    return "".join(plain).replace("\n", " "), [s for s in spans if s[1] > s[0]]


def _items(store: Store, found: list[tuple[str, str, str, float, str]]) -> list[dict[str, Any]]:
    """The hits as result items. An item's ``article`` has every key of Article.to_json() but an
    empty ``text`` (``words`` is the stored count): the snippet carries the matched words, and a
    page of hits stays a few kilobytes however long the articles (GET /api/articles/{id} has the
    text). Only the hits' own rows are read."""
    article_ids = sorted({article_id for _, _, article_id, _, _ in found})
    quote_ids = sorted({item_id for kind, item_id, _, _, _ in found if kind == "quote"})
    articles = _article_summaries(store, article_ids)
    quotes = _quotes_by_id(store, quote_ids)
    items = []
    for kind, item_id, article_id, score, snippet in found:
        article = articles.get(article_id)
        if article is None:
            continue
        plain, highlights = _unmark(snippet)
        item: dict[str, Any] = {
            "kind": kind,
            "score": round(score, 4),
            "snippet": plain,
            "highlights": highlights,
            "article": article,
        }
        if kind == "quote":
            if item_id not in quotes:
                continue
            item["quote"] = quotes[item_id].to_json()
        items.append(item)
    return items


def _article_summaries(store: Store, article_ids: list[str]) -> dict[str, dict[str, Any]]:
    a = articles_table
    columns = [c for c in a.c if c.name not in ("text", "raw_text")]
    found: dict[str, dict[str, Any]] = {}
    with store.engine.connect() as conn:
        for start in range(0, len(article_ids), 500):
            for row in conn.execute(
                select(*columns).where(a.c.article_id.in_(article_ids[start : start + 500]))
            ):
                data = dict(row._mapping)
                words = data.pop("words", 0)
                known = {f.name for f in fields(Article)}
                summary = Article(text="", **{k: v for k, v in data.items() if k in known}).to_json()
                found[row.article_id] = summary | {"words": words}
    return found


def _quotes_by_id(store: Store, quote_ids: list[str]) -> dict[str, Quote]:
    q, a = quotes_table, articles_table
    found: dict[str, Quote] = {}
    known = {f.name for f in fields(Quote)}
    with store.engine.connect() as conn:
        for start in range(0, len(quote_ids), 500):
            query = (
                select(q, a.c.source)
                .join(a, a.c.article_id == q.c.article_id)
                .where(q.c.quote_id.in_(quote_ids[start : start + 500]))
            )
            for row in conn.execute(query):
                found[row.quote_id] = Quote(**{k: v for k, v in row._mapping.items() if k in known})
    return found
