"""The substring filters read through trigram indexes and keep their meaning, on SQLite and
PostgreSQL: the same rows as the plain filter, kept in step with every write, used by the plans."""

from __future__ import annotations

import pytest
from sqlalchemy import literal_column as sa_column
from sqlalchemy import or_, select, text

from newsprism.api import Corpus
from newsprism.models import Article, Event, Extraction, Quote
from newsprism.store import queries, substring
from newsprism.store.schema import events_table, quotes_table

QUOTES = [
    ("We cut taxes by 50% this year", "Åsa Ölund", None),
    ("Rates_rose again, and again", "Bob O'Neil", "the minister"),
    ('He called it "a total disgrace"', None, "a spokesman"),
    ("ÇA SUFFIT, said nobody", "Zoë Ångström", None),
    ("Straße closed for repairs", "Karl Weiß", None),
    ("Nothing to add", "ANN LEE", "Ann"),
]
NEEDLES = ["50%", "%", "_", "s_r", "again", "AGAIN", "a total", '"a total', "ça suffit", "ångström",
           "ZOË", "ölund", "the minister", "weiß", "strasse", "ann lee", "an", "Ann", "o'neil", "no such"]  # fmt: skip


def _save(corpus: Corpus, article_id: str, rows: list[tuple[str, str | None, str | None]]) -> None:
    body = " ".join(words for words, _, _ in rows)
    article = Article(article_id=article_id, source=f"{article_id}.txt", text=body, outlet="Wire")
    found, events = [], []
    for n, (words, speaker, mention) in enumerate(rows):
        start = body.index(words)
        found.append(
            Quote(
                article_id=article_id,
                text=words,
                start=start,
                end=start + len(words),
                kind="direct",
                speaker=speaker,
                speaker_mention=mention,
                quote_id=f"{article_id}:q{n}",
            )
        )
        actors = [a for a in (speaker, mention) if a]
        events.append(
            Event(
                article_id=article_id,
                type="STATEMENT",
                start=start,
                end=start + 1,
                sentence=words,
                actors=actors,
                event_id=f"{article_id}:e{n}",
            )
        )
    corpus.store.save_article(article, Extraction(quotes=found, events=events))


def _plain(corpus: Corpus, table, condition) -> list[str]:
    """The rows the filter's own condition keeps, read without the index."""
    key = table.c.quote_id if table is quotes_table else table.c.event_id
    with corpus.store.engine.connect() as conn:
        return sorted(conn.execute(select(key).where(condition)).scalars())


@pytest.fixture
def corpus(db_url: str):
    with Corpus(db_url) as opened:
        _save(opened, "s1", QUOTES[:3])
        _save(opened, "s2", QUOTES[3:])
        yield opened


def _same_as_plain(corpus: Corpus) -> None:
    q = quotes_table.c
    for needle in NEEDLES:
        by_text = sorted(x.quote_id for x in corpus.quotes(text=needle))
        assert by_text == _plain(corpus, quotes_table, queries._contains(q.text, needle)), needle
        by_speaker = sorted(x.quote_id for x in corpus.quotes(speaker=needle))
        either = or_(queries._contains(q.speaker, needle), queries._contains(q.speaker_mention, needle))
        assert by_speaker == _plain(corpus, quotes_table, either), needle
        by_actor = sorted(e.event_id for e in corpus.events(actor=needle))
        assert by_actor == _plain(corpus, events_table, queries._names_contain(events_table.c.actors, needle))
        assert corpus.quote_page(text=needle).total == len(by_text)


def test_indexed_filters_keep_the_rows_of_the_plain_filters(corpus: Corpus):
    _same_as_plain(corpus)
    assert [x.quote_id for x in corpus.quotes(text="50%")] == ["s1:q0"]
    assert [x.quote_id for x in corpus.quotes(text="%")] == ["s1:q0"]
    assert [x.quote_id for x in corpus.quotes(text="s_r")] == ["s1:q1"]
    assert [x.quote_id for x in corpus.quotes(text="ça suffit")] == ["s2:q0"]
    assert [x.quote_id for x in corpus.quotes(speaker="ölund")] == ["s1:q0"]
    assert [x.quote_id for x in corpus.quotes(speaker="the minister")] == ["s1:q1"]
    assert [x.quote_id for x in corpus.quotes(text='"a total')] == ["s1:q2"]
    assert [e.event_id for e in corpus.events(actor="zoë ångström")] == ["s2:e0"]


def test_the_index_follows_replaced_and_deleted_rows(corpus: Corpus):
    _save(corpus, "s1", [("Fresh words on housing", "Mara Quint", None)])
    assert list(corpus.quotes(text="50%")) == [] and list(corpus.quotes(speaker="ölund")) == []
    assert [x.quote_id for x in corpus.quotes(text="on housing")] == ["s1:q0"]
    with corpus.store.engine.begin() as conn:
        conn.execute(text("UPDATE quotes SET speaker = 'Ivo Brand' WHERE quote_id = 's1:q0'"))
        conn.execute(text("DELETE FROM quotes WHERE article_id = 's2'"))
    assert [x.quote_id for x in corpus.quotes(speaker="ivo bra")] == ["s1:q0"]
    assert list(corpus.quotes(speaker="mara")) == [] and list(corpus.quotes(text="suffit")) == []
    _same_as_plain(corpus)


def _plan(corpus: Corpus, listing: queries.Listing) -> str:
    engine = corpus.store.engine
    sql = str(listing.query.compile(engine, compile_kwargs={"literal_binds": True}))
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            return " ".join(str(row[-1]) for row in conn.execute(text("EXPLAIN QUERY PLAN " + sql)))
        for setting in ("enable_seqscan", "enable_indexscan", "enable_nestloop"):  # few rows: force
            conn.execute(text(f"SET LOCAL {setting} = off"))
        return " ".join(row[0] for row in conn.execute(text("EXPLAIN " + sql)))


def test_the_filters_read_the_trigram_indexes(corpus: Corpus):
    sqlite = corpus.store.engine.dialect.name == "sqlite"
    if sqlite and not substring.HAS_TRIGRAM:
        pytest.skip("this SQLite has no trigram tokenizer (3.34+)")
    expected = {
        "text": "quotes_trigram" if sqlite else "ix_quotes_text_trgm",
        "speaker": "quotes_trigram" if sqlite else "ix_quotes_speaker_trgm",
    }
    text_plan = _plan(corpus, queries.quotes(text="again"))
    assert expected["text"] in text_plan
    # SQLite reads the rows the index names by rowid, never scanning quotes to test membership
    assert not sqlite or "SEARCH quotes USING INTEGER PRIMARY KEY (rowid=?)" in text_plan
    speaker_plan = _plan(corpus, queries.quotes(speaker="minister"))
    assert expected["speaker"] in speaker_plan
    assert sqlite or "ix_quotes_speaker_mention_trgm" in speaker_plan
    actor_plan = _plan(corpus, queries.events(actor="ångström"))
    assert ("events_trigram" if sqlite else "ix_events_actors_trgm") in actor_plan
    assert "trigram" not in _plan(corpus, queries.quotes(text="an"))  # too short: scanned


def test_a_database_without_the_index_gets_it_filled_from_its_rows(db_url: str):
    with Corpus(db_url) as opened:
        _save(opened, "s1", QUOTES)
        with opened.store.engine.begin() as conn:
            if opened.store.is_sqlite:
                for name in substring.SQLITE_TABLES:
                    for trigger in ("insert", "delete", "update"):
                        conn.execute(text(f"DROP TRIGGER {name}_{trigger}"))
                    conn.execute(text(f"DROP TABLE {name}"))
            else:
                for name in substring.PG_INDEXES:
                    conn.execute(text(f"DROP INDEX {name}"))
            conn.execute(text("UPDATE alembic_version SET version_num = '0010_story_merges'"))
    with Corpus(db_url) as reopened:  # upgraded to the head again on opening
        assert [x.quote_id for x in reopened.quotes(text="again")] == ["s1:q1"]
        assert [x.quote_id for x in reopened.quotes(speaker="weiß")] == ["s1:q4"]
        _same_as_plain(reopened)


def test_a_postgresql_user_who_may_not_add_extensions_gets_the_same_rows_by_scanning(postgres):
    from sqlalchemy import create_engine

    url = postgres.create_database()
    database = url.rsplit("/", 1)[1]
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:  # a role that owns nothing and may create tables, not extensions
        conn.execute(text("CREATE ROLE plain_writer LOGIN"))
        conn.execute(text(f'REVOKE CREATE ON DATABASE "{database}" FROM PUBLIC'))
        conn.execute(text("GRANT CREATE, USAGE ON SCHEMA public TO plain_writer"))
    admin.dispose()
    with Corpus(url.replace("//postgres@", "//plain_writer@")) as opened:
        _save(opened, "s1", QUOTES)
        with opened.store.engine.connect() as conn:
            assert (
                conn.execute(text("SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'")).scalar()
                == 0
            )
        assert [x.quote_id for x in opened.quotes(text="again")] == ["s1:q1"]
        _same_as_plain(opened)


def _pages(read) -> tuple[list[str], int]:
    ids, page = [], read(None)
    while True:
        ids += [getattr(item, "quote_id", None) or item.event_id for item in page.items]
        if page.next is None:
            return ids, page.total
        page = read(page.next)


def test_pages_of_many_matches_walk_the_order_and_give_the_same_rows(db_url: str, monkeypatch):
    """A filter matching more rows than ``WALK_FROM`` pages along the list's order index, testing
    itself on each row: the same rows, order and totals as reading its matches by row id."""
    with Corpus(db_url) as corpus:
        for n in range(12):
            rows = [
                (f"Point {n}-{i} made again", "Mara Quell" if (n + i) % 3 else "Jo Pike", None)
                for i in range(5)
            ]
            _save(corpus, f"w{n:02d}", rows)
        reads = {
            "speaker": lambda after: corpus.quote_page(limit=4, after=after, speaker="quell"),
            "text": lambda after: corpus.quote_page(limit=7, after=after, text="AGAIN"),
            "actor": lambda after: corpus.event_page(limit=5, after=after, actor="mara quell"),
        }
        by_ids = {name: _pages(read) for name, read in reads.items()}
        monkeypatch.setattr(substring, "WALK_FROM", 3)
        substring.read_cache.shared.clear()
        walked = {name: _pages(read) for name, read in reads.items()}
        assert walked == by_ids
        monkeypatch.setattr(substring, "MOST_KEPT", 3)  # too many to keep: the filter tested per row
        substring.read_cache.shared.clear()
        assert {name: _pages(read) for name, read in reads.items()} == by_ids
        speaker_ids, total = walked["speaker"]
        assert total == len(speaker_ids) == 40 and len(walked["text"][0]) == 60
        engine = corpus.store.engine
        if engine.dialect.name == "sqlite":  # the page statement as it runs: the order's index, no sort
            listing = queries.quotes(speaker="quell")
            query = listing.query.order_by(*(key for key, _ in listing.keys)).limit(5)
            with engine.connect() as conn:
                resolved = substring.resolve(query, conn, page=True)
                sql = str(resolved.compile(engine, compile_kwargs={"literal_binds": True}))
                plan = " ".join(str(row[-1]) for row in conn.execute(text("EXPLAIN QUERY PLAN " + sql)))
            assert "ix_quotes_order" in plan and "TEMP B-TREE" not in plan, plan


def test_the_matching_rows_are_read_along_the_trigram_index_and_stop_at_the_limit(tmp_path):
    """The lookup of a filter's rows is driven by the trigram table (a join that stops at its
    limit), never ``rowid IN (every candidate)`` gathered first."""
    if not substring.HAS_TRIGRAM:
        pytest.skip("this SQLite has no trigram tokenizer")
    with Corpus(str(tmp_path / "t.db")) as corpus:
        _save(corpus, "a1", [(f"Again and again {n}", "Mara Quell", None) for n in range(6)])
        engine = corpus.store.engine
        condition = queries.quotes(text="again").query.whereclause
        element = next(e for e in condition.get_children() if isinstance(e, substring.IndexedMatch))
        matching = substring._matching(element, sa_column("quotes.rowid"))
        with engine.connect() as conn:
            sql = str(matching.compile(engine, compile_kwargs={"literal_binds": True}))
            plan = [str(row[-1]) for row in conn.execute(text("EXPLAIN QUERY PLAN " + sql))]
            assert plan[0].startswith("SCAN quotes_trigram VIRTUAL TABLE"), plan
            assert "LIST SUBQUERY" not in " ".join(plan), plan
            assert substring._ids(conn, matching) is not None
        assert len(corpus.quote_page(text="again").items) == 6
