"""Read queries the front ends page through: filters and their sort keys, and id prefixes.

Each listing is read a page at a time (store/pages.py: keyset cursors on its sort keys).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import fields
from typing import Any

from sqlalchemy import Text, and_, cast, func, literal, literal_column, or_, select
from sqlalchemy.engine import Engine
from sqlalchemy.sql import operators

from newsprism.errors import AmbiguousError, NotFoundError, UsageError
from newsprism.models import HAPPENING, Article, Entity, Event, Quote
from newsprism.store import substring
from newsprism.store.pages import Listing, count, unindexed
from newsprism.store.pages import Page as Page  # re-exported: the front ends page through these
from newsprism.store.pages import decode_cursor as decode_cursor
from newsprism.store.pages import encode_cursor as encode_cursor
from newsprism.store.pages import kept_count as kept_count
from newsprism.store.pages import read_page as read_page
from newsprism.store.schema import (
    articles_table,
    entities_table,
    events_table,
    quotes_table,
    stories_table,
)

# How many candidates an ambiguous id prefix lists.
SHOWN_CANDIDATES = 5


def row_maker(cls: type):
    known = {f.name for f in fields(cls)}

    def make(data: dict[str, Any]) -> Any:
        data = dict(data)
        data.update(data.pop("extra", None) or {})
        return cls(**{k: v for k, v in data.items() if k in known})

    return make


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _spellings(words: str) -> list[str]:
    return list(dict.fromkeys([words, words.lower(), words.title(), words.upper()]))


def _contains(column: Any, words: str) -> Any:
    """Substring match in any usual case, in which ``%`` and ``_`` are just characters.

    SQLite's lower() folds only A-Z (PostgreSQL's folds every letter), so the words are tried as
    typed, in lower, title and upper case, each with only A-Z folded: "ångström" finds "Ångström"
    on both."""
    folded = func.lower(column)
    return or_(*(folded.contains(spelling, autoescape=True) for spelling in _folded(words)))


def _folded(words: str) -> list[str]:
    return list(dict.fromkeys(s.translate(_ASCII_LOWER) for s in _spellings(words)))


def _indexed(condition: Any, source: Any, columns: tuple[str, ...], spellings: list[str]) -> Any:
    """``condition`` tested only on the rows the trigram index finds for ``spellings`` (the same
    rows, found without a scan: store/substring.py)."""
    narrowed = substring.candidates(source, columns, spellings)
    return (
        condition
        if narrowed is None
        else substring.IndexedMatch(source, and_(narrowed, condition), condition)
    )


def _names_contain(column: Any, name: str) -> Any:
    """A JSON list of names holding ``name`` (any case). The column keeps non-ASCII letters as
    ``\\u`` escapes, which the database cannot fold; the usual spellings of the name (as typed, lower,
    title and upper case) are matched in that form."""
    text = func.lower(cast(column, Text))
    escaped = list(dict.fromkeys(json.dumps(s)[1:-1].translate(_ASCII_LOWER) for s in _spellings(name)))
    condition = or_(*(text.contains(spelling, autoescape=True) for spelling in escaped))
    return _indexed(condition, column.table, (column.name,), escaped)


# ---- listings ----------------------------------------------------------------------------------


def filter_articles(
    query: Any,
    ids: Sequence[str] | None = None,
    outlet: str | None = None,
    status: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> Any:
    """An articles query narrowed by the filters every article listing offers."""
    a = articles_table
    if ids is not None:
        query = query.where(a.c.article_id.in_(list(ids)))
    if outlet:
        query = query.where(func.lower(a.c.outlet) == outlet.lower())
    if status:
        query = query.where(a.c.status == status)
    if since:
        query = query.where(a.c.published >= since)
    if until:
        query = query.where(a.c.published <= until)
    return query


def articles(
    ids: Sequence[str] | None = None,
    outlet: str | None = None,
    status: str | None = None,
    since: str | None = None,
    until: str | None = None,
    newest_first: bool = False,
) -> Listing:
    """Articles in the order they were stored (the last stored first with ``newest_first``),
    without ``raw_text``: the input as read is most of a row's bytes and no reader shows it."""
    a = articles_table
    query = filter_articles(
        select(*(c for c in a.c if c.name != "raw_text")), ids, outlet, status, since, until
    )
    keys, few = article_keys(newest_first, since, until)
    span = article_span(ids=ids, outlet=outlet, status=status, since=since, until=until)
    return Listing(query, keys, row_maker(Article), few_keys=few, span=span)


def article_keys(newest_first: bool, since: str | None, until: str | None) -> tuple[list, Any]:
    """The stored order's keys, and (with a date window, which may hold few of many articles)
    the same keys for reading the window through the published index and sorting it."""
    a = articles_table
    keys = [(a.c.stored_at, newest_first), (a.c.article_id, newest_first)]
    return keys, [(unindexed(k), desc) for k, desc in keys] if since or until else None


def article_span(**filters: Any) -> Any:
    """With a date window: the first and last stored time of its articles, read from the covering
    (published, stored_at, article_id) index, so a page of the stored order reads only the
    window's stretch of it (store/pages.py); None without a window."""
    a = articles_table
    if not filters.get("since") and not filters.get("until"):
        return None
    return filter_articles(select(func.min(a.c.stored_at), func.max(a.c.stored_at)), **filters)


def quotes(
    article_ids: Sequence[str] | None = None,
    speaker: str | None = None,
    speaker_entity_id: str | None = None,
    outlet: str | None = None,
    text: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> Listing:
    """Quotes by article id, in text order within an article, each with its article's ``source``."""
    q, a = quotes_table, articles_table
    own, of_article = [], []  # conditions on the quote, and on its article
    if article_ids is not None:
        own.append(q.c.article_id.in_(list(article_ids)))
    if speaker:
        either = or_(_contains(q.c.speaker, speaker), _contains(q.c.speaker_mention, speaker))
        own.append(_indexed(either, q, ("speaker", "speaker_mention"), _folded(speaker)))
    if speaker_entity_id:
        own.append(q.c.speaker_entity_id == speaker_entity_id)
    if outlet:
        of_article.append(func.lower(a.c.outlet) == outlet.lower())
    if text:
        own.append(_indexed(_contains(q.c.text, text), q, ("text",), _folded(text)))
    if since:
        of_article.append(a.c.published >= since)
    if until:
        of_article.append(a.c.published <= until)
    # Each page row looks up its article's source, so the planner never joins (and sorts) every
    # quote first; the count reads an index of quotes.
    source = select(a.c.source).where(a.c.article_id == q.c.article_id).scalar_subquery()
    query = select(q, source.label("source")).where(*own)
    if not of_article:
        return Listing(query, _QUOTE_KEYS, row_maker(Quote), select(q.c.quote_id).where(*own))
    # Few matches: the matching articles as a sorted list of ids, which the order's index is read
    # along. Many (a window holding most articles): each quote of the order's index tests its own
    # article, where listing 200,000 ids took 430 ms CPU a page at 200,000 articles.
    listed = q.c.article_id.in_(select(a.c.article_id).where(*of_article))
    per_row = select(literal(1)).where(a.c.article_id == q.c.article_id, *of_article).exists()
    # The matching articles' first and last id: the order's index is read from the one to the
    # other (store/pages.py), where a window late in id order walked every quote before it.
    span = select(func.min(a.c.article_id), func.max(a.c.article_id)).where(*of_article)
    return Listing(
        query.where(per_row),
        _QUOTE_KEYS,
        row_maker(Quote),
        # Counted along a join, which the planner drives from the date or outlet index: a capped
        # count (store/pages.py) then stops after its rows, where ``listed`` first listed every
        # matching article (626 ms CPU for a window holding most of 200,000).
        select(q.c.quote_id).join_from(q, a, a.c.article_id == q.c.article_id).where(*own, *of_article),
        few_keys=list(_QUOTE_KEYS),
        few_query=query.where(listed),
        span=span,
    )


# One table's columns: the (article_id, start) index gives the order without sorting a join.
_QUOTE_KEYS = [
    (quotes_table.c.article_id, False),
    (quotes_table.c.start, False),
    (quotes_table.c.quote_id, False),
]


def entities(ids: Sequence[str] | None = None, type: str | None = None, min_mentions: int = 0) -> Listing:
    """Entities, most mentioned first."""
    e = entities_table
    query = select(e)
    if ids is not None:
        query = query.where(e.c.entity_id.in_(list(ids)))
    if type:
        query = query.where(e.c.type == type.upper())
    if min_mentions:
        query = query.where(e.c.mentions >= min_mentions)
    keys = [(e.c.mentions, True), (e.c.name, False), (e.c.entity_id, False)]
    return Listing(query, keys, row_maker(Entity))


def events(
    article_ids: Sequence[str] | None = None,
    type: str | None = None,
    actor: str | None = None,
    since: str | None = None,
    until: str | None = None,
    happenings: bool = False,
) -> Listing:
    """Events by date (undated first), then by article id and place in the text; timeline-only
    happenings (``models.HAPPENING``) only when asked."""
    e, a = events_table, articles_table
    day = func.coalesce(e.c.date, literal_column("''"))  # the first sort key, as ix_events_order spells it
    own = []
    if article_ids is not None:
        own.append(e.c.article_id.in_(list(article_ids)))
    if type:
        own.append(e.c.type == type.upper())
    elif not happenings:  # timeline-only happenings are no listed event
        own.append(e.c.type != HAPPENING)
    if actor:
        own.append(_names_contain(e.c.actors, actor))
    if since:  # the same rows as date >= since (undated ones never pass), read from the order's index
        own.append(day >= since)
    if until:  # dated ones only: the order's index range then starts past the undated events
        own.append(and_(day > literal_column("''"), day <= until))
    query = select(e).join(a, a.c.article_id == e.c.article_id).where(*own)
    keys = [(day, False), (e.c.article_id, False), (e.c.start, False), (e.c.event_id, False)]
    return Listing(query, keys, row_maker(Event), select(e.c.event_id).where(*own))


STORY_SORTS = ("newest", "outlets")


def stories(
    ids: Sequence[str] | None = None,
    outlet: str | None = None,
    min_outlets: int = 0,
    since: str | None = None,
    until: str | None = None,
    sort: str = "newest",
    undated: bool = False,
    storyline: str | None = None,
) -> Listing:
    """Story ids with how many outlets and articles each has: newest first, or most outlets first
    (then most articles, then latest). The caller fills in each story's members. ``undated``
    keeps stories without dates when ``since`` or ``until`` is given."""
    if sort not in STORY_SORTS:
        raise UsageError(f"unknown story order {sort!r}: choose one of {', '.join(STORY_SORTS)}")
    s, a = stories_table, articles_table
    in_story = a.c.story_id == s.c.story_id
    # Each filter twice: as written (its index finds the rows; used when they are few, then
    # sorted) and with its column made an expression no index serves (``x || ''``, ``n + 0``), so
    # that a page walks the order's index and tests it per story (used when many pass).
    plain, walked = [], []

    def where(condition: Any, walking: Any = None) -> None:
        plain.append(condition)
        walked.append(condition if walking is None else walking)

    if ids is not None:
        where(s.c.story_id.in_(list(ids)))
    if min_outlets:  # in the most-outlets order: a range of its index
        where(
            s.c.outlet_count >= min_outlets,
            None if sort == "outlets" else s.c.outlet_count + 0 >= min_outlets,
        )
    if storyline:  # a storyline has few stories
        where(s.c.storyline_id == storyline)
    if outlet:  # tested per story along the order's index, never by sorting every story it told
        told = select(literal(1)).where(in_story, func.lower(a.c.outlet) == outlet.lower())
        where(told.exists())
    for bound, column, inside in ((since, s.c.last_published, "ge"), (until, s.c.first_published, "le")):
        if not bound:
            continue
        # ``undated`` keeps the stories of articles without a date in a dated window
        conditions = [
            getattr(operators, inside)(expr, bound) for expr in (column, column.concat(literal_column("''")))
        ]
        if undated:
            conditions = [or_(c, column.is_(None)) for c in conditions]
        where(*conditions)
    # Kept on the story by the stories stage (migration 0014): the "most outlets" order and the
    # min_outlets filter read ix_stories_outlets_order instead of counting every story's members.
    columns = (s.c.story_id, s.c.outlet_count)
    # The literal '' (not a bound parameter) lets SQLite match the expression index ix_stories_newest_order.
    first = func.coalesce(s.c.first_published, literal_column("''"))
    last = func.coalesce(s.c.last_published, literal_column("''"))
    same = all(p is w for p, w in zip(plain, walked, strict=True))
    if until and sort == "newest":  # where the newest order's walk starts (undated ones pass it too)
        walked.append(first <= until)
    query = select(*columns).where(*walked)
    if sort == "outlets":
        keys = [(s.c.outlet_count, True), (s.c.article_count, True), (last, True), (s.c.story_id, False)]
    else:
        keys = [(first, True), (s.c.story_id, False)]
    if same:
        return Listing(query, keys, lambda row: row["story_id"])
    unordered = [(unindexed(expr), desc) for expr, desc in keys]
    return Listing(
        query,
        keys,
        lambda row: row["story_id"],
        counted=select(s.c.story_id).where(*plain),
        few_keys=unordered,
        few_query=select(*columns).where(*plain),
    )


# ---- ids ------------------------------------------------------------------------------------------

ID_COLUMNS = {
    "article": articles_table.c.article_id,
    "story": stories_table.c.story_id,
    "entity": entities_table.c.entity_id,
}


def resolve_id(engine: Engine, kind: str, given: str) -> str:
    """The full id of a ``kind`` ("article", "story", "entity") given whole or as any unique prefix.

    NotFoundError when nothing starts with it; AmbiguousError, listing some, when several do.
    """
    column = ID_COLUMNS[kind]
    given = (given or "").strip()
    if not given:
        raise UsageError(f"an empty {kind} id")
    # LIKE narrows (and ignores case on SQLite); the substring test keeps the case as typed.
    starts = and_(column.startswith(given, autoescape=True), func.substr(column, 1, len(given)) == given)
    with engine.connect() as conn:
        if conn.execute(select(literal(1)).where(column == given)).first():
            return given
        query = select(column).where(starts).order_by(column)
        found = list(conn.execute(query.limit(SHOWN_CANDIDATES + 1)).scalars())
        found_count = len(found)
        if found_count > SHOWN_CANDIDATES:
            found_count = count(conn, select(column).where(starts))
    if not found:
        raise NotFoundError(f"no {kind} {given!r}")
    if len(found) > 1:
        shown = ", ".join(found[:SHOWN_CANDIDATES])
        raise AmbiguousError(
            f"{kind} id {given!r} is ambiguous: {found_count} ids start with it ({shown}"
            f"{', ...' if found_count > SHOWN_CANDIDATES else ''}); give more characters"
        )
    return found[0]


def totals(engine: Engine) -> dict[str, int]:
    """How much the database holds: stored articles (ok / failed), quotes, entities, events (the ones
    ``events`` lists), stories, and the timeline-only happenings apart."""
    a = articles_table
    with engine.connect() as conn:
        by_status = dict(conn.execute(select(a.c.status, func.count()).group_by(a.c.status)).all())
        found = {
            "articles": by_status.get("ok", 0),
            "failed": sum(by_status.values()) - by_status.get("ok", 0),
        }
        for name, table in (
            ("quotes", quotes_table),
            ("entities", entities_table),
            ("events", events_table),
            ("stories", stories_table),
        ):
            found[name] = conn.execute(select(func.count()).select_from(table)).scalar() or 0
        # timeline-only happenings share the events table; "events" counts what `events` lists
        happening = events_table.c.type == HAPPENING
        found["happenings"] = conn.execute(
            select(func.count()).select_from(events_table).where(happening)
        ).scalar()
        found["events"] -= found["happenings"] or 0
    return found
