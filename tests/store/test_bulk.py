"""Bulk writes: a batch saved at once stores exactly what saving its articles one by one stores."""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import select

from newsprism.store.bulk import save_articles, update_many
from newsprism.store.schema import articles_table, events_table, mentions_table, quotes_table
from newsprism.store.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from synthetic_corpus import Corpus  # noqa: E402  (the benchmarks' generator of extracted articles)

SKIPPED = {"stored_at"}


def rows(store: Store) -> dict[str, list[tuple]]:
    found = {}
    with store.engine.connect() as conn:
        for table in (articles_table, quotes_table, mentions_table, events_table):
            columns = [c for c in table.c if c.name not in SKIPPED]
            found[table.name] = sorted(tuple(map(repr, row)) for row in conn.execute(select(*columns)))
    return found


def test_a_batch_stores_what_one_by_one_stores_and_replaces_like_it(tmp_path: Path):
    corpus = Corpus(60, seed=4)
    batch = list(corpus.iter_articles())
    one_by_one, at_once = Store(str(tmp_path / "one.db")), Store(str(tmp_path / "bulk.db"))
    for article, extraction in batch:
        one_by_one.save_article(article, extraction)
    save_articles(at_once, batch)
    assert rows(at_once) == rows(one_by_one)
    assert len(rows(at_once)["quotes"]) == sum(len(e.quotes) for _, e in batch)

    article, extraction = batch[7]  # re-analysed with one quote fewer: its old facts all go
    article.text += " More."
    extraction.quotes.pop()
    one_by_one.save_article(article, extraction)
    save_articles(at_once, [(article, extraction), batch[8]])
    assert rows(at_once) == rows(one_by_one)


def test_update_many_updates_each_row_by_its_key(tmp_path: Path):
    store = Store(str(tmp_path / "u.db"))
    batch = list(Corpus(5, seed=2).iter_articles())
    save_articles(store, batch)
    ids = [q.quote_id for _, e in batch for q in e.quotes]
    changes = [
        {"quote_id": ids[0], "speaker": "A"},
        {"quote_id": ids[1], "speaker": "B", "speaker_type": "ORG"},
    ]
    with store.engine.begin() as conn:
        update_many(conn, quotes_table, "quote_id", changes)
    got = {q.quote_id: (q.speaker, q.speaker_type) for q in store.quotes()}
    assert got[ids[0]] == ("A", None) and got[ids[1]] == ("B", "ORG")
    assert got[ids[2]] == (batch[0][1].quotes[2].speaker, None)
