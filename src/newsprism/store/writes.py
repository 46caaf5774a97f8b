"""The store's write side: articles with their facts, failures, entity links and counters.

Every write is one transaction that either commits whole or not at all, retried from the start
when another process got in the way. Entity counters change by what a write adds to or takes
from the articles it touches (``entity_counts``; ``doctor`` recounts them whole), and an entity
left with no mention is removed in the same transaction (a place named only as a demonym's
target stays while the demonym does).
"""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from sqlalchemy import Table, bindparam, delete, func, insert, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError, OperationalError

from newsprism.models import Article, Entity, Extraction
from newsprism.store.bulk import FACT_TABLES, dataclass_row, fact_row, insert_rows, update_many, without_nul
from newsprism.store.entity_counts import PairCounts, apply_count_deltas, count_deltas, pair_counts
from newsprism.store.forms import (
    apply_form_deltas,
    forget_forms,
    form_counts,
    linked_form_deltas,
    unlinked_article_deltas,
)
from newsprism.store.schema import (
    articles_table,
    entities_table,
    entity_keys_table,
    events_table,
    mentions_table,
    quotes_table,
)

T = TypeVar("T")
CHUNK = 500  # ids per IN (...) list


class Writes:
    """The write methods of ``Store`` (which supplies ``engine`` and ``is_sqlite``)."""

    engine: Engine
    is_sqlite: bool

    def stored_hashes(self, article_ids: Sequence[str]) -> dict[str, tuple[str, str]]:
        """``{article_id: (content_hash, status)}`` for those ids already stored."""
        found: dict[str, tuple[str, str]] = {}
        ids = list(article_ids)
        with self.engine.connect() as conn:
            for i in range(0, len(ids), 500):
                chunk = ids[i : i + 500]
                rows = conn.execute(
                    select(
                        articles_table.c.article_id, articles_table.c.content_hash, articles_table.c.status
                    ).where(articles_table.c.article_id.in_(chunk))
                )
                for article_id, content_hash, status in rows:
                    found[article_id] = (content_hash, status)
        return found

    def save_article(self, article: Article, extraction: Extraction | None = None) -> None:
        """Insert or replace one article with all of its facts, in one transaction.

        The article row is upserted first: that locks it, so two processes saving the same
        article take turns instead of colliding on its facts' ids.
        """
        extraction = extraction or Extraction()
        row = {c: getattr(article, c) for c in articles_table.c.keys() if hasattr(article, c)}
        row["words"] = article.word_count
        row["stored_at"] = time.time()  # kept as it was when the article is already stored

        def write(conn: Connection) -> None:
            insert_rows(conn, self.upsert(articles_table, keep=("stored_at",)), [without_nul(row)])
            replaced = pair_counts(conn, [article.article_id])
            if replaced:  # their old mentions no longer count for their forms
                apply_form_deltas(conn, unlinked_article_deltas(conn, [article.article_id]))
            self._delete_facts(conn, [article.article_id])
            for items in (extraction.quotes, extraction.mentions, extraction.events):
                if items:
                    table = FACT_TABLES[type(items[0])]
                    insert_rows(conn, insert(table), [fact_row(item, table, article) for item in items])
            if replaced:  # the new mentions count once the entity stage links them
                self.uncount(conn, replaced)

        self.write(write)

    def save_failed(
        self, article_id: str, source: str, error: str, raw_text: str = "", given_id: str | None = None
    ) -> None:
        """Record an article that could not be processed; an earlier good copy is kept as it was."""
        row = {
            "article_id": article_id,
            "given_id": given_id,
            "source": source,
            "text": "",
            "raw_text": raw_text,
            "status": "failed",
            "error": error,
            "content_hash": "",
            "words": 0,
            "stored_at": time.time(),
        }
        statement = self.upsert(articles_table, only_if=articles_table.c.status != "ok")
        self.write(lambda conn: conn.execute(statement, [without_nul(row)]))

    def upsert(self, table: Table, keep: Sequence[str] = (), only_if: Any = None) -> Any:
        """INSERT that updates the row when its primary key is taken (SQLite and PostgreSQL alike).

        ``keep`` columns keep their stored values; ``only_if`` limits which stored rows change.
        Execute it with a list of complete rows.
        """
        statement = (sqlite_insert if self.is_sqlite else postgresql_insert)(table)
        key = [c.name for c in table.primary_key]
        changed = {c.name: statement.excluded[c.name] for c in table.c if c.name not in key + list(keep)}
        if not changed:
            return statement.on_conflict_do_nothing(index_elements=key)
        return statement.on_conflict_do_update(index_elements=key, set_=changed, where=only_if)

    def write(self, work: Callable[[Connection], T], attempts: int = 8) -> T:
        """Run ``work(conn)`` in one transaction, again from the start when another process got in
        the way (SQLite busy past its timeout, a PostgreSQL deadlock or a key taken meanwhile)."""

        def in_transaction() -> T:
            with self.engine.begin() as conn:
                return work(conn)

        return self.retry(in_transaction, attempts=attempts)

    def retry(self, work: Callable[..., T], *args: Any, attempts: int = 8) -> T:
        """Call ``work(*args)`` again when a concurrent writer made it fail; the work must be safe to
        repeat (each of its transactions either committed whole or not at all)."""
        for attempt in range(attempts):
            try:
                return work(*args)
            except (OperationalError, IntegrityError):
                if attempt == attempts - 1:
                    raise
                time.sleep(random.uniform(0.05, 0.2) * (attempt + 1))
        raise AssertionError("unreachable")

    def _delete_facts(self, conn: Connection, article_ids: Sequence[str]) -> None:
        for table in (quotes_table, mentions_table, events_table):
            conn.execute(delete(table).where(table.c.article_id.in_(list(article_ids))))

    def update_rows(self, table: Table, key: str, rows: Iterable[dict[str, Any]]) -> None:
        """Update columns of many rows, each identified by its ``key`` column, in one transaction."""
        rows = list(rows)
        if not rows:
            return
        with self.engine.begin() as conn:
            update_many(conn, table, key, rows)

    def save_entity_links(
        self,
        changed: Sequence[Entity],
        new_keys: Sequence[tuple[str, str]],
        links: Sequence[tuple[str, str | None]],
        name_by_forms: Callable[[Entity, dict[str, int]], str] | None = None,
    ) -> None:
        """Write entities, their new keys and ``(mention_id, entity_id)`` links; the counters of
        every entity that gained or lost a mention change by the difference. The per-form counts
        (``store.forms``) change by the links alone; ``name_by_forms`` names each changed entity
        from its counts."""
        e, m, k = entities_table, mentions_table, entity_keys_table
        ids = [found.entity_id for found in changed]
        with self.engine.begin() as conn:
            apply_form_deltas(conn, linked_form_deltas(conn, links))
            if name_by_forms is not None:
                counts = form_counts(conn, ids)
                for found in changed:
                    found.name = name_by_forms(found, counts.get(found.entity_id, {}))
            if changed:  # counters are the stored ones, changed only by the deltas below
                rows = [{**dataclass_row(found, e), "mentions": 0, "articles": 0} for found in changed]
                insert_rows(conn, self.upsert(e, keep=("mentions", "articles")), rows)
            stored = set()
            for chunk in _chunks(sorted({key for key, _ in new_keys})):
                stored.update(conn.execute(select(k.c.key, k.c.entity_id).where(k.c.key.in_(chunk))))
            fresh = {(key, eid) for key, eid in new_keys} - {tuple(row) for row in stored}
            if fresh:
                conn.execute(insert(k), [{"key": key, "entity_id": eid} for key, eid in sorted(fresh)])
            if not links:
                return
            article_ids: set[str] = set()
            for chunk in _chunks(sorted({mention_id for mention_id, _ in links})):
                query = select(m.c.article_id).where(m.c.mention_id.in_(chunk)).distinct()
                article_ids.update(conn.execute(query).scalars())
            before = pair_counts(conn, article_ids)
            conn.execute(
                update(m).where(m.c.mention_id == bindparam("m_id")).values(entity_id=bindparam("e_id")),
                [{"m_id": mention_id, "e_id": eid} for mention_id, eid in links],
            )
            # Only an entity that lost mentions to this re-linking can be left with none.
            emptied = apply_count_deltas(conn, count_deltas(before, pair_counts(conn, article_ids)))
            remove_orphans(conn, sorted(set(emptied) - set(ids)))

    def uncount(self, conn: Connection, removed: PairCounts) -> list[str]:
        """Lower the counters of the entities these (entity, article) mention counts were taken
        from (their mentions were deleted); remove those left with none. Returns the ids removed."""
        emptied = apply_count_deltas(conn, count_deltas(removed, Counter()))
        return remove_orphans(conn, sorted(emptied))

    def recount_entities(
        self, conn: Connection, entity_ids: Iterable[str], keep: Iterable[str] = ()
    ) -> list[str]:
        """Set the entities' mention and article counts from the mentions linked to them now, and
        remove those left with none (but those in ``keep``); returns the ids removed.

        The entity rows are locked first (PostgreSQL; SQLite writes one at a time anyway), so two
        transactions recounting one entity count in turn, each seeing the other's rows."""
        e, m = entities_table, mentions_table
        ids = sorted(set(entity_ids))
        empty: list[str] = []
        for chunk in _chunks(ids):
            if not self.is_sqlite:
                conn.execute(select(e.c.entity_id).where(e.c.entity_id.in_(chunk)).with_for_update()).all()
            counts = {eid: (0, 0) for eid in chunk}  # an entity whose last mention went counts 0
            query = (
                select(m.c.entity_id, func.count(), func.count(m.c.article_id.distinct()))
                .where(m.c.entity_id.in_(chunk))
                .group_by(m.c.entity_id)
            )
            counts.update({eid: (n, a) for eid, n, a in conn.execute(query)})
            conn.execute(
                update(e)
                .where(e.c.entity_id == bindparam("e_id"))
                .values(mentions=bindparam("n_mentions"), articles=bindparam("n_articles")),
                [{"e_id": eid, "n_mentions": n, "n_articles": a} for eid, (n, a) in sorted(counts.items())],
            )
            empty.extend(eid for eid, (n, _) in counts.items() if n == 0)
        return remove_orphans(conn, sorted(set(empty) - set(keep)))


def remove_orphans(conn: Connection, entity_ids: Sequence[str]) -> list[str]:
    """Delete those of these entities that have no mention and are no demonym's place (with their
    lookup keys); a removed demonym's place goes too when nothing else holds it. Returns them."""
    e, m = entities_table, mentions_table
    candidates = set(entity_ids)
    removed: list[str] = []
    while candidates:
        held = _demonym_targets(conn)
        linked = set()
        for chunk in _chunks(sorted(candidates)):
            linked.update(
                conn.execute(select(m.c.entity_id).where(m.c.entity_id.in_(chunk)).distinct()).scalars()
            )
        going = sorted(candidates - linked - set(held.values()))
        if not going:
            break
        for chunk in _chunks(going):
            conn.execute(delete(e).where(e.c.entity_id.in_(chunk)))
            conn.execute(delete(entity_keys_table).where(entity_keys_table.c.entity_id.in_(chunk)))
        forget_forms(conn, going)
        removed.extend(going)
        candidates = {held[eid] for eid in going if eid in held}  # places only these demonyms held
    return removed


def _demonym_targets(conn: Connection) -> dict[str, str]:
    """``{norp_entity_id: place_entity_id}`` for the demonyms pointing at a place."""
    e = entities_table
    rows = conn.execute(select(e.c.entity_id, e.c.related).where(e.c.type == "NORP"))
    return {eid: related["demonym_of"] for eid, related in rows if related and related.get("demonym_of")}


def _chunks(items: Sequence[str]) -> Iterable[list[str]]:
    items = list(items)
    for i in range(0, len(items), CHUNK):
        yield items[i : i + CHUNK]
