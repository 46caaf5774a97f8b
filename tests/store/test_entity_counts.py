"""Entity counters kept by deltas equal a full recount after linking, re-analysis and re-linking."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from sqlalchemy import event, func, select

from newsprism.entities import linking
from newsprism.store.bulk import save_articles
from newsprism.store.entity_counts import pair_counts
from newsprism.store.schema import entities_table, mentions_table
from newsprism.store.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from synthetic_corpus import Corpus  # noqa: E402  (the benchmarks' generator of extracted articles)


def counters(store: Store) -> tuple[dict, dict]:
    """(stored counters, counters recounted from the mentions), entities with mentions only."""
    e, m = entities_table, mentions_table
    with store.engine.connect() as conn:
        stored = {
            eid: (n, a) for eid, n, a in conn.execute(select(e.c.entity_id, e.c.mentions, e.c.articles))
        }
        recount = select(m.c.entity_id, func.count(), func.count(m.c.article_id.distinct()))
        counted = {
            eid: (n, a)
            for eid, n, a in conn.execute(recount.where(m.c.entity_id.is_not(None)).group_by(m.c.entity_id))
        }
    return stored, counted


def test_counters_follow_links_reanalysis_and_relinking(tmp_path: Path):
    store = Store(str(tmp_path / "c.db"))
    batch = list(Corpus(80, seed=5).iter_articles())
    for start in (0, 40):  # two batches: the second adds to entities the first made
        part = batch[start : start + 40]
        save_articles(store, part)
        linking.link_articles(store, [a.article_id for a, _ in part])
    stored, counted = counters(store)
    assert stored == counted and max(n for n, _ in counted.values()) > 5

    again = batch[10:15]  # re-analysed: one mention fewer each, and unlinked until linked again
    for _, extraction in again:
        extraction.mentions.pop()
    save_articles(store, again)
    stored, counted = counters(store)
    assert stored == counted  # an entity left with no mention is gone

    linking.link_articles(store, [a.article_id for a, _ in again])
    stored, counted = counters(store)
    assert stored == counted


def test_pair_counts_looks_up_the_articles_whatever_the_planner_statistics(tmp_path: Path):
    """With the statistics of a 20,000-article corpus (ANALYZE's, copied) SQLite chose to walk the
    whole (entity_id, article_id) index for "entity_id IS NOT NULL ... GROUP BY"; the query
    pair_counts runs must search the mentions by article."""
    store = Store(str(tmp_path / "p.db"))
    part = list(Corpus(20, seed=5).iter_articles())
    ids = [a.article_id for a, _ in part]
    save_articles(store, part)
    linking.link_articles(store, ids)
    stats = {  # sqlite_stat1 rows of the benchmark's 20,000-article database
        "ix_mentions_entity_day": "112251 167 5 3",
        "ix_mentions_entity_article": "122322 167 3",
        "ix_mentions_article_start": "784641 36 1",
        "sqlite_autoindex_mentions_1": "790020 1",
    }
    with store.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
        conn.exec_driver_sql("DELETE FROM sqlite_stat1 WHERE tbl = 'mentions'")
        for index, stat in stats.items():
            conn.exec_driver_sql("INSERT INTO sqlite_stat1 VALUES ('mentions', ?, ?)", (index, stat))
    store.engine.dispose()  # new connections read the statistics
    statements: list[tuple[str, tuple]] = []
    with store.engine.connect() as conn:

        def capture(_conn, _cursor, sql, params, *_) -> None:
            statements.append((sql, params))

        event.listen(conn, "before_cursor_execute", capture)
        counts = pair_counts(conn, ids + [f"unstored{n:03d}" for n in range(480)])  # a chunk of 500
        event.remove(conn, "before_cursor_execute", capture)
        plans = [
            " ".join(str(row[-1]) for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params))
            for sql, params in statements
        ]
    linked = [m for m in store.mentions(article_ids=ids) if m.entity_id]
    assert sum(counts.values()) == len(linked) > 0
    assert counts == Counter((m.entity_id, m.article_id) for m in linked)
    assert plans and all("(article_id=?)" in plan for plan in plans), plans
    store.close()
