"""The store: reads and writes the schema (schema.py), a SQLite file by default, PostgreSQL by URL.

Each article is written in its own transaction together with all of its facts, so a crash
mid-batch leaves a consistent database and a re-run continues where it stopped.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import fields
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import (
    Table,
    Text,
    cast,
    create_engine,
    event,
    func,
    or_,
    select,
)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from newsprism.errors import StoreError
from newsprism.models import HAPPENING, Article, Entity, Event, Mention, Quote, Story
from newsprism.store.queries import filter_articles
from newsprism.store.schema import (
    articles_table,
    entities_table,
    entity_keys_table,
    events_table,
    mentions_table,
    quotes_table,
    stories_table,
)
from newsprism.store.tuning import connection_listener, store_options
from newsprism.store.writes import Writes

T = TypeVar("T")


def _obj_from(cls: type, row: Any) -> Any:
    data = dict(row._mapping)
    data.update(data.pop("extra", None) or {})
    known = _field_names(cls)
    return cls(**{k: v for k, v in data.items() if k in known})


@cache
def _field_names(cls: type) -> frozenset[str]:
    """A model's field names, once per class (a story page builds ten thousand rows)."""
    return frozenset(f.name for f in fields(cls))


def database_url(db: str) -> str:
    """A SQLAlchemy URL for a SQLite path or a URL given as is."""
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser()}"


class Store(Writes):
    """All reads and writes of the corpus database (the writes in ``writes.py``)."""

    def __init__(self, db: str, create: bool = True, options: Mapping[str, Any] | None = None):
        """``options``: the ``[store]`` settings (store/tuning.py); None reads the defaults."""
        self.url = database_url(db)
        self.options = store_options(options)
        self.is_sqlite = self.url.startswith("sqlite")
        if self.is_sqlite:
            path = Path(self.url.removeprefix("sqlite:///"))
            if not create and not path.exists():
                raise StoreError(f"{path}: no such database (run 'newsprism analyze' first)")
            if not path.parent.exists():
                raise StoreError(f"{path}: folder {path.parent} does not exist")
        try:
            # LIFO: the connection just returned is the next one handed out, so a run that once
            # needed a second connection (a nested read) goes on with one warm page cache; handed
            # out in turn, each would find the other's writes and drop its whole cache.
            self.engine: Engine = create_engine(
                self.url, connect_args=self._connect_args(), pool_use_lifo=True
            )
            dialect = self.engine.dialect.name
            event.listen(self.engine, "connect", connection_listener(dialect, self.options))
            # Also when only reading: a database made by an older newsprism is upgraded in place.
            self._create_schema()
        except SQLAlchemyError as exc:
            reason = getattr(exc, "orig", None) or exc
            raise StoreError(f"{db}: cannot open database ({reason})") from exc

    def _connect_args(self) -> dict[str, Any]:
        return {"timeout": 60} if self.is_sqlite else {}

    def _create_schema(self) -> None:
        """Create or upgrade the schema with the Alembic migrations (safe for concurrent first runs)."""
        from newsprism.store.migrations import upgrade
        from newsprism.store.search import (
            ensure_index,  # the full-text index lives beside the tables it mirrors
        )

        for attempt in range(5):
            try:
                upgrade(self.engine)
                ensure_index(self.engine, self.options)
                return
            except OperationalError:  # e.g. a lock held too long by another process
                if attempt == 4:
                    raise
                time.sleep(0.2 * (attempt + 1))

    def close(self) -> None:
        self.engine.dispose()

    # ---- reading -------------------------------------------------------------------------

    def articles(
        self,
        ids: Sequence[str] | None = None,
        outlet: str | None = None,
        status: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        with_raw_text: bool = False,
    ) -> Iterator[Article]:
        """Articles in storing order; ``raw_text`` (the input as read, HTML and all) stays in the
        database unless asked for: no reader shows it, and it is most of a row's bytes."""
        query = self._articles_query(ids, outlet, status, since, until, with_raw_text)
        return self._page(Article, query, limit, offset)

    def _page(self, cls: type, query: Any, limit: int | None, offset: int) -> Iterator[Any]:
        """The rows of ``query`` as ``cls`` objects, a page of them when ``limit`` is given."""
        if limit is not None:
            query = query.limit(limit).offset(offset)
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                yield _obj_from(cls, row)

    def count_articles(self, **filters: Any) -> int:
        """How many articles ``articles(**filters)`` would give without a limit."""
        return self._count_rows(self._articles_query(**filters))

    def _count_rows(self, query: Any) -> int:
        with self.engine.connect() as conn:
            counted = select(func.count()).select_from(query.order_by(None).subquery())
            return conn.execute(counted).scalar() or 0

    def _articles_query(
        self,
        ids: Sequence[str] | None = None,
        outlet: str | None = None,
        status: str | None = None,
        since: str | None = None,
        until: str | None = None,
        with_raw_text: bool = False,
    ) -> Any:
        columns = [c for c in articles_table.c if with_raw_text or c.name != "raw_text"]
        query = select(*columns).order_by(articles_table.c.stored_at, articles_table.c.article_id)
        return filter_articles(query, ids, outlet, status, since, until)

    def unlinked_article_ids(self) -> list[str]:
        """Stored articles the cross-article stages have not linked yet (every linked article
        belongs to a story), in the canonical order those stages take them: by publication date
        (undated last), then id. The order never depends on when or by which run they arrived,
        so linking them gives the same entities and stories however the runs interleaved."""
        a = articles_table
        query = select(a.c.article_id, a.c.published).where(a.c.status == "ok", a.c.story_id.is_(None))
        with self.engine.connect() as conn:
            rows = list(conn.execute(query))
        return [article_id for article_id, _ in sorted(rows, key=canonical_order)]

    def article(self, article_id: str, with_raw_text: bool = False) -> Article | None:
        return next(self.articles(ids=[article_id], with_raw_text=with_raw_text), None)

    def count(self, table: Table, *where: Any) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(table).where(*where)).scalar() or 0

    def quotes(
        self,
        article_ids: Sequence[str] | None = None,
        speaker: str | None = None,
        speaker_entity_id: str | None = None,
        outlet: str | None = None,
        text: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> Iterator[Quote]:
        """Quotes in article order, each with its article's ``source`` filled in."""
        query = self._quotes_query(article_ids, speaker, speaker_entity_id, outlet, text, since, until)
        return self._page(Quote, query, limit, offset)

    def count_quotes(self, **filters: Any) -> int:
        """How many quotes ``quotes(**filters)`` would give without a limit."""
        return self._count_rows(self._quotes_query(**filters))

    def _quotes_query(
        self,
        article_ids: Sequence[str] | None = None,
        speaker: str | None = None,
        speaker_entity_id: str | None = None,
        outlet: str | None = None,
        text: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> Any:
        q, a = quotes_table, articles_table
        query = (
            select(q, a.c.source)
            .join(a, a.c.article_id == q.c.article_id)
            .order_by(a.c.stored_at, a.c.article_id, q.c.start)
        )
        if article_ids is not None:
            query = query.where(q.c.article_id.in_(list(article_ids)))
        if speaker:
            query = query.where(
                or_(
                    func.lower(q.c.speaker).contains(speaker.lower()),
                    func.lower(q.c.speaker_mention).contains(speaker.lower()),
                )
            )
        if speaker_entity_id:
            query = query.where(q.c.speaker_entity_id == speaker_entity_id)
        if outlet:
            query = query.where(func.lower(a.c.outlet) == outlet.lower())
        if text:
            query = query.where(func.lower(q.c.text).contains(text.lower()))
        if since:
            query = query.where(a.c.published >= since)
        if until:
            query = query.where(a.c.published <= until)
        return query

    def mentions(
        self, article_ids: Sequence[str] | None = None, entity_id: str | None = None
    ) -> Iterator[Mention]:
        query = select(mentions_table).order_by(mentions_table.c.article_id, mentions_table.c.start)
        if article_ids is not None:
            query = query.where(mentions_table.c.article_id.in_(list(article_ids)))
        if entity_id is not None:
            query = query.where(mentions_table.c.entity_id == entity_id)
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                yield _obj_from(Mention, row)

    def entities(
        self, ids: Sequence[str] | None = None, type: str | None = None, min_mentions: int = 0
    ) -> Iterator[Entity]:
        query = select(entities_table).order_by(entities_table.c.mentions.desc(), entities_table.c.name)
        if ids is not None:
            query = query.where(entities_table.c.entity_id.in_(list(ids)))
        if type:
            query = query.where(entities_table.c.type == type.upper())
        if min_mentions:
            query = query.where(entities_table.c.mentions >= min_mentions)
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                yield _obj_from(Entity, row)

    def events(
        self,
        article_ids: Sequence[str] | None = None,
        type: str | None = None,
        actor: str | None = None,
        since: str | None = None,
        until: str | None = None,
        happenings: bool = False,
    ) -> Iterator[Event]:
        """Events in date order; timeline-only happenings (``models.HAPPENING``) only when asked."""
        e = events_table
        query = (
            select(e)
            .join(articles_table, articles_table.c.article_id == e.c.article_id)
            .order_by(e.c.date, articles_table.c.stored_at, e.c.start)
        )
        if article_ids is not None:
            query = query.where(e.c.article_id.in_(list(article_ids)))
        if type:
            query = query.where(e.c.type == type.upper())
        elif not happenings:
            query = query.where(e.c.type != HAPPENING)
        if since:
            query = query.where(e.c.date >= since)
        if until:
            query = query.where(e.c.date <= until)
        if actor and actor.isascii():  # narrowed in SQL; JSON escapes other letters, so Python decides
            query = query.where(func.lower(cast(e.c.actors, Text)).contains(actor.lower(), autoescape=True))
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                found = _obj_from(Event, row)
                if actor and not any(actor.lower() in name.lower() for name in found.actors):
                    continue
                yield found

    # ---- entities (used by the entity stage) ------------------------------------------------

    def entity_ids_by_key(self, keys: Iterable[str]) -> dict[str, set[str]]:
        """``{key: {entity_id, ...}}`` for those lookup keys that are stored."""
        found: dict[str, set[str]] = {}
        wanted = sorted(set(keys))
        k = entity_keys_table
        with self.engine.connect() as conn:
            for i in range(0, len(wanted), 500):
                rows = conn.execute(select(k.c.key, k.c.entity_id).where(k.c.key.in_(wanted[i : i + 500])))
                for key, entity_id in rows:
                    found.setdefault(key, set()).add(entity_id)
        return found

    def entity_outlets(self, entity_id: str) -> dict[str, int]:
        """Articles mentioning the entity, per outlet."""
        m, a = mentions_table, articles_table
        query = (
            select(a.c.outlet, func.count(m.c.article_id.distinct()))
            .join(a, a.c.article_id == m.c.article_id)
            .where(m.c.entity_id == entity_id)
            .group_by(a.c.outlet)
        )
        with self.engine.connect() as conn:
            return {outlet or "": n for outlet, n in conn.execute(query)}

    def cooccurring_entities(self, entity_id: str, limit: int = 20) -> list[tuple[str, int]]:
        """``(entity_id, articles shared)`` of the entities named in the same articles, most first."""
        m = mentions_table
        its_articles = select(m.c.article_id).where(m.c.entity_id == entity_id).distinct()
        shared = func.count(m.c.article_id.distinct())
        query = (
            select(m.c.entity_id, shared)
            .where(m.c.article_id.in_(its_articles), m.c.entity_id.is_not(None), m.c.entity_id != entity_id)
            .group_by(m.c.entity_id)
            .order_by(shared.desc(), m.c.entity_id)
            .limit(limit)
        )
        with self.engine.connect() as conn:
            return [(eid, n) for eid, n in conn.execute(query)]

    def stories(self, ids: Sequence[str] | None = None) -> Iterator[Story]:
        """Stories with their member articles (duplicates included), newest first: read a few
        hundred stories at a time, each with its members, so memory stays flat however many."""
        s, a = stories_table, articles_table
        query = select(s).order_by(s.c.first_published.desc(), s.c.story_id)
        if ids is not None:
            query = query.where(s.c.story_id.in_(list(ids)))
        with self.engine.connect() as conn:
            rows = conn.execute(query)
            while batch := rows.fetchmany(500):
                members: dict[str, list[tuple[str, str | None]]] = {}
                member_query = (
                    select(a.c.story_id, a.c.article_id, a.c.outlet)
                    .where(a.c.story_id.in_([row.story_id for row in batch]))
                    .order_by(a.c.published, a.c.stored_at, a.c.article_id)  # story_previews.member_order
                )
                with self.engine.connect() as member_conn:
                    for story_id, article_id, outlet in member_conn.execute(member_query):
                        members.setdefault(story_id, []).append((article_id, outlet))
                for row in batch:
                    story = _obj_from(Story, row)
                    pairs = members.get(story.story_id, [])
                    story.articles = [article_id for article_id, _ in pairs]
                    story.outlets = sorted({outlet for _, outlet in pairs if outlet})
                    yield story


def canonical_order(row: tuple[str, str | None]) -> tuple[bool, str, str]:
    """Sort key of ``(article_id, published)``: dated first, by date, then by id (in Python, so
    both backends agree whatever their collation)."""
    article_id, published = row
    return (published is None, published or "", article_id)


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
