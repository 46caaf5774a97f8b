"""Totals and substring matches are kept while the database is unchanged, and never after a write
by any connection: the reader's own process, another corpus object, or another process."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from sqlalchemy import create_engine, text

from newsprism.api import Corpus
from newsprism.models import Article, Extraction, Quote
from newsprism.store import read_cache


def _save(corpus: Corpus, article_id: str, speakers: list[str]) -> None:
    body = " ".join(f'"Words {n} here," {name} said.' for n, name in enumerate(speakers))
    found = []
    for n, name in enumerate(speakers):
        start = body.index(f"Words {n} ")
        found.append(
            Quote(
                article_id=article_id,
                text=f"Words {n} here",
                start=start,
                end=start + 12,
                kind="direct",
                speaker=name,
                quote_id=f"{article_id}:q{n}",
            )
        )
    article = Article(article_id=article_id, source=f"{article_id}.txt", text=body, outlet="Wire")
    corpus.store.save_article(article, Extraction(quotes=found))


def test_a_kept_answer_lasts_until_another_connection_commits(tmp_path: Path):
    path = tmp_path / "kept.db"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (x INTEGER)"))
        conn.execute(text("INSERT INTO t VALUES (1), (2)"))
    cache = read_cache.ReadCache()
    computed = []

    def count() -> int:
        computed.append(1)
        with engine.connect() as conn:
            return conn.execute(text("SELECT count(*) FROM t")).scalar()

    assert cache.get(engine, ("n",), count) == 2 and cache.get(engine, ("n",), count) == 2
    assert len(computed) == 1 and cache.hits == 1
    other = create_engine(f"sqlite:///{path}")  # another engine: its own connections
    with other.begin() as conn:
        conn.execute(text("INSERT INTO t VALUES (3)"))
    assert cache.get(engine, ("n",), count) == 3 and len(computed) == 2
    script = f"import sqlite3; c = sqlite3.connect({str(path)!r}); c.execute('INSERT INTO t VALUES (4)'); c.commit()"
    subprocess.run([sys.executable, "-c", script], check=True)  # another process
    assert cache.get(engine, ("n",), count) == 4 and len(computed) == 3
    assert cache.get(engine, ("n",), count) == 4 and len(computed) == 3


def test_the_cache_is_bounded():
    engine = create_engine("sqlite://")
    cache = read_cache.ReadCache(max_entries=3)
    for n in range(10):
        cache.get(engine, ("k", n), lambda n=n: n)
    assert len(cache.entries) == 3


def test_totals_and_speaker_pages_follow_every_write(db_url: str):
    with Corpus(db_url) as corpus:
        _save(corpus, "a1", ["Mara Quint", "Ivo Brand", "Mara Quint"])
        first = corpus.quote_page(limit=1, speaker="quint")
        assert first.total == 2 and [q.quote_id for q in first.items] == ["a1:q0"]
        following = corpus.quote_page(limit=1, after=first.next, speaker="quint")
        assert [q.quote_id for q in following.items] == ["a1:q2"] and following.next is None
        assert corpus.quote_page(limit=5).total == 3
        _save(corpus, "a2", ["Mara Quint"])  # the same corpus object writes
        assert corpus.quote_page(limit=5, speaker="quint").total == 3
        assert corpus.quote_page(limit=5).total == 4
        with Corpus(db_url) as writer:  # another one
            _save(writer, "a1", ["Ivo Brand"])  # a1 re-analysed: its Mara Quint quotes are gone
        page = corpus.quote_page(limit=5, speaker="quint")
        assert page.total == 1 and [q.quote_id for q in page.items] == ["a2:q0"]
        assert corpus.quote_page(limit=5).total == 2


def test_a_read_only_corpus_sees_what_an_analyze_process_commits(tmp_path: Path):
    db = str(tmp_path / "served.db")
    with Corpus(db) as corpus:
        _save(corpus, "a1", ["Mara Quint"])
    served = Corpus(db, read_only=True)
    assert served.quote_page(speaker="quint").total == 1
    assert served.quote_page(speaker="quint").total == 1  # kept
    tests = Path(__file__).parent
    script = textwrap.dedent(
        f"""
        import sys; sys.path.insert(0, {str(tests)!r})
        from test_read_cache import _save
        from newsprism.api import Corpus
        with Corpus({db!r}) as corpus:
            _save(corpus, "a2", ["Mara Quint", "Mara Quint"])
        """
    )
    subprocess.run([sys.executable, "-c", script], check=True)
    assert served.quote_page(speaker="quint").total == 3
    assert [q.quote_id for q in served.quote_page(speaker="quint").items] == ["a1:q0", "a2:q0", "a2:q1"]
    served.close()


def test_a_statement_key_names_the_statement_and_every_value_it_binds():
    """Two lists built alike share a key; any other filter value, filter or list has its own."""
    from newsprism.store import queries

    engine = create_engine("sqlite://")

    def key(listing) -> tuple:
        return read_cache.statement_key(engine, listing.query)

    assert key(queries.quotes(speaker="Mara", since="2024-01-01")) == key(
        queries.quotes(speaker="Mara", since="2024-01-01")
    )
    different = [
        queries.quotes(speaker="Mara", since="2024-01-01"),
        queries.quotes(speaker="Mara", since="2024-01-02"),
        queries.quotes(speaker="Marb", since="2024-01-01"),
        queries.quotes(text="Mara", since="2024-01-01"),
        queries.quotes(speaker="Mara", until="2024-01-01"),
        queries.quotes(speaker="Mara", outlet="2024-01-01"),
        queries.events(actor="Mara", since="2024-01-01"),
        queries.articles(since="2024-01-01"),
        queries.articles(until="2024-01-01"),
    ]
    assert len({key(listing) for listing in different}) == len(different)
    raw = text("SELECT 1 WHERE 1 = :x")
    assert read_cache.statement_key(engine, raw.bindparams(x=1)) != read_cache.statement_key(
        engine, raw.bindparams(x=2)
    )
