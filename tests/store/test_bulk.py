"""Bulk writes: a batch saved at once stores exactly what saving its articles one by one stores."""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import select

from newsprism.store.bulk import article_row, fact_row, save_articles, update_many
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


def test_many_rows_go_in_few_statements_and_store_what_executemany_stores(tmp_path: Path):
    """On SQLite every statement into a table with full-text triggers flushes an index segment,
    so rows go in multi-row statements; what is stored, and what the text indexes find, is the
    same as one executemany stores."""
    from sqlalchemy import bindparam, event, insert, text, update

    batch = list(Corpus(120, seed=9).iter_articles())
    plain, bulk = Store(str(tmp_path / "plain.db")), Store(str(tmp_path / "bulk.db"))
    with plain.engine.begin() as conn:  # the reference: one executemany per table
        conn.execute(insert(articles_table), [article_row(a, 0.0) for a, _ in batch])
        for table, kind in ((quotes_table, "quotes"), (mentions_table, "mentions"), (events_table, "events")):
            conn.execute(insert(table), [fact_row(i, table, a) for a, e in batch for i in getattr(e, kind)])
    statements = []
    event.listen(bulk.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    save_articles(bulk, batch)
    quotes_written = [s for s in statements if s.startswith("INSERT INTO quotes")]
    n_quotes = sum(len(e.quotes) for _, e in batch)
    assert n_quotes > 400 and len(quotes_written) == -(-n_quotes // 400)
    assert rows(bulk) == rows(plain)
    word = batch[3][1].quotes[0].text.split()[2]
    search = text("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH :w ORDER BY rowid")
    with plain.engine.connect() as a, bulk.engine.connect() as b:
        assert a.execute(search, {"w": word}).all() == b.execute(search, {"w": word}).all() != []

    changes = [
        {"event_id": e.event_id, "actor_entity_ids": ["x", str(n)]} for n, e in enumerate(batch[0][1].events)
    ]
    by_key = events_table.c.event_id == bindparam("_id")
    with plain.engine.begin() as conn:  # the reference: one UPDATE a row
        conn.execute(
            update(events_table).where(by_key).values(actor_entity_ids=bindparam("_ids")),
            [{"_id": c["event_id"], "_ids": c["actor_entity_ids"]} for c in changes],
        )
    with bulk.engine.begin() as conn:
        update_many(conn, events_table, "event_id", changes)
    assert rows(bulk) == rows(plain)
