"""The full-text index stays true to the tables, whatever writes them (SQLite FTS5)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsprism.models import Article, Extraction, Quote
from newsprism.store.schema import articles_table
from newsprism.store.search import match_expression, query_terms, search
from newsprism.store.store import Store


def article(article_id: str, title: str, text: str) -> Article:
    return Article(
        article_id=article_id, source=f"{article_id}.txt", text=text, title=title, outlet="Test Wire"
    )


def quote_in(item: Article, words: str, speaker: str) -> Quote:
    start = item.text.index(words)
    return Quote(
        article_id=item.article_id,
        text=words,
        start=start,
        end=start + len(words),
        kind="direct",
        speaker=speaker,
        quote_id=f"{item.article_id}:q0",
    )


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = Store(str(tmp_path / "search.db"))
    first = article(
        "a1",
        "Ferry Strike Ends",
        'The ferry strike ended on Friday. "We got a fair deal," said Lena Ostrova.',
    )
    store.save_article(first, Extraction(quotes=[quote_in(first, "We got a fair deal", "Lena Ostrova")]))
    store.save_article(article("a2", "Bridge Tolls Rise", "Tolls on the northern bridge rise in March."))
    return store


def found(store: Store, q: str) -> set[tuple[str, str]]:
    items, total = search(store, q, limit=50)
    assert total == len(items)
    return {
        (i["kind"], i["quote"]["quote_id"] if i["kind"] == "quote" else i["article"]["article_id"])
        for i in items
    }


def test_inserts_are_indexed_in_title_text_and_speaker(store: Store):
    assert found(store, "ferry") == {("article", "a1")}
    assert found(store, "tolls") == {("article", "a2")}
    assert found(store, "fair deal") == {("article", "a1"), ("quote", "a1:q0")}
    assert found(store, "ostrova") == {("article", "a1"), ("quote", "a1:q0")}  # speaker column
    assert found(store, "ferry tolls") == set()  # every word must match


def test_replaced_and_changed_rows_leave_no_stale_words(store: Store):
    store.save_article(article("a1", "Ferry Talks Resume", "Talks resumed on Monday."))  # no quotes now
    assert found(store, "fair") == set() and found(store, "strike") == set()
    assert found(store, "resumed") == {("article", "a1")}
    store.update_rows(articles_table, "article_id", [{"article_id": "a2", "title": "Bridge Tolls Frozen"}])
    assert found(store, "frozen") == {("article", "a2")} and found(store, "rise") == {("article", "a2")}
    store.update_rows(articles_table, "article_id", [{"article_id": "a2", "story_id": "s1"}])
    assert found(store, "frozen") == {("article", "a2")}


def test_an_index_whose_table_was_rebuilt_is_refilled(store: Store, tmp_path: Path):
    # What a migration that rebuilds a table does: copy the rows (renumbering them), drop, rename.
    with sqlite3.connect(tmp_path / "search.db") as conn:
        schema = conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'articles'"
        ).fetchone()[0]
        conn.execute(schema.replace("articles", "articles_new", 1))
        conn.execute("INSERT INTO articles_new SELECT * FROM articles ORDER BY article_id DESC")
        conn.execute("DROP TABLE articles")
        conn.execute("ALTER TABLE articles_new RENAME TO articles")
    reopened = Store(str(tmp_path / "search.db"))  # opening for writing re-installs the index
    assert found(reopened, "ferry") == {("article", "a1")}
    assert found(reopened, "tolls") == {("article", "a2")}
    reopened.save_article(article("a3", "Harbour Fees Cut", "Fees fall."))
    assert found(reopened, "fees") == {("article", "a3")}


def test_user_words_become_quoted_terms():
    assert query_terms('ferry "fair deal" strik* OR') == ["fair deal", "ferry", "strik*", "OR"]
    assert match_expression(query_terms('ferry "fair deal" strik* OR')) == '"fair deal" "ferry" "strik"* "OR"'
    assert query_terms('"" ( ) : ^') == []


def test_a_query_matching_very_many_rows_pages_the_last_stored_first(store: Store, monkeypatch):
    """Past RANKED_MOST matches nothing is scored for the order: matching articles, then matching
    quotes, each the last stored first, by offset; every match once, the same total."""
    from newsprism.store import search as search_module

    for n in range(5):
        item = article(
            f"b{n}", f"Harbour report {n}", f'"The harbour is calm today," said Ada Vine in part {n}.'
        )
        store.save_article(item, Extraction(quotes=[quote_in(item, "The harbour is calm today", "Ada Vine")]))
    ranked, total = search(store, "harbour", limit=50)
    assert total == 10 == len(ranked)
    monkeypatch.setattr(search_module, "RANKED_MOST", 3)
    pages, offset = [], 0
    while offset < total:
        items, page_total = search(store, "harbour", limit=3, offset=offset)
        assert page_total == total and len(items) == min(3, total - offset)
        pages += [
            (i["kind"], i["quote"]["quote_id"] if i["kind"] == "quote" else i["article"]["article_id"])
            for i in items
        ]
        assert all("\x02" not in i["snippet"] and i["highlights"] for i in items)  # snippets as before
        offset += 3
    newest = [f"b{n}" for n in reversed(range(5))]
    assert pages == [("article", a) for a in newest] + [("quote", f"{a}:q0") for a in newest]
