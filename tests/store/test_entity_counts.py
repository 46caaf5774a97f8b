"""Entity counters kept by deltas equal a full recount after linking, re-analysis and re-linking."""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import func, select

from newsprism.entities import linking
from newsprism.store.bulk import save_articles
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
