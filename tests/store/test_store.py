"""The store on both backends: SQLite files and a real PostgreSQL server the tests start.

Schema from the Alembic migrations equals the tables the code declares; an old database is
upgraded in place; facts round-trip with their types; concurrent writers collide safely.
"""

from __future__ import annotations

import threading

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, func, insert, select, text

from newsprism.models import Article, Event, Extraction, Mention, Quote
from newsprism.store.migrations import head_revision, include_name, upgrade
from newsprism.store.schema import articles_table, metadata, quotes_table
from newsprism.store.store import Store, database_url

TEXT = (
    "Harbour officials in Port Maren said on Monday that the new ferry terminal would open in May. "
    "\u201cWe are ready,\u201d said Ilse Voorhees, the port director."
)


def make_article(
    article_id: str = "a1", text: str = TEXT, title: str = "Ferry terminal to open in May"
) -> Article:
    return Article(
        article_id=article_id,
        source=f"{article_id}.txt",
        text=text,
        raw_text=text,
        title=title,
        outlet="Maren Gazette",
        published="2025-02-03",
        content_hash=f"hash-{article_id}-{len(text)}",
    )


def make_extraction(article_id: str = "a1") -> Extraction:
    start = TEXT.index("We are ready")
    quote = Quote(
        article_id=article_id,
        text="We are ready,",
        start=start,
        end=start + 13,
        kind="direct",
        speaker="Ilse Voorhees",
        cue="said",
        quote_id=f"{article_id}:q0",
        sentence=TEXT[start - 1 :],
    )
    mention = Mention(
        article_id=article_id,
        text="Ilse Voorhees",
        start=TEXT.index("Ilse"),
        end=TEXT.index("Ilse") + 13,
        label="PERSON",
        local_name="Ilse Voorhees",
        roles=["port director"],
        mention_id=f"{article_id}:m0",
    )
    event = Event(
        article_id=article_id,
        type="ANNOUNCE",
        start=0,
        end=94,
        sentence=TEXT[:94],
        trigger="said",
        actors=["Harbour officials"],
        actor_entity_ids=[None],
        date="2025-05",
        negated=False,
        future=True,
        event_id=f"{article_id}:e0",
    )
    return Extraction(quotes=[quote], mentions=[mention], events=[event])


def schema_differences(url: str) -> list:
    engine = create_engine(database_url(url))
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "include_name": include_name}
            )
            return compare_metadata(context, metadata)
    finally:
        engine.dispose()


def revision_of(store: Store) -> str | None:
    with store.engine.connect() as conn:
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def test_new_database_is_migrated_to_head_and_matches_the_declared_tables(db_url: str):
    store = Store(db_url)
    assert revision_of(store) == head_revision()
    store.close()
    assert schema_differences(db_url) == []


def test_facts_round_trip_with_their_types(db_url: str):
    store = Store(db_url)
    extraction = make_extraction()
    store.save_article(make_article(), extraction)
    article = store.article("a1")
    assert article is not None and article.text == TEXT and article.outlet == "Maren Gazette"
    [quote] = store.quotes()
    assert (quote.text, quote.speaker, quote.start, quote.source) == (
        "We are ready,",
        "Ilse Voorhees",
        extraction.quotes[0].start,
        "a1.txt",
    )
    [mention] = store.mentions()
    assert mention.roles == ["port director"] and mention.label == "PERSON"
    [event] = store.events()
    assert event.actors == ["Harbour officials"] and event.actor_entity_ids == [None]
    assert event.future is True and event.negated is False and event.date == "2025-05"
    store.close()


def test_saving_again_replaces_the_facts_and_keeps_the_first_stored_time(db_url: str):
    store = Store(db_url)
    store.save_article(make_article(), make_extraction())
    first_stored = store.count(articles_table), _stored_at(store, "a1")
    changed = make_article(text=TEXT + " The first crossing is sold out.")
    store.save_article(changed, Extraction())
    assert store.count(articles_table) == 1
    assert store.count(quotes_table) == 0
    assert store.article("a1").text.endswith("sold out.")
    assert _stored_at(store, "a1") == first_stored[1]
    store.close()


def _stored_at(store: Store, article_id: str) -> float:
    with store.engine.connect() as conn:
        return conn.execute(
            select(articles_table.c.stored_at).where(articles_table.c.article_id == article_id)
        ).scalar()


def test_a_failure_never_replaces_a_good_copy(db_url: str):
    store = Store(db_url)
    store.save_article(make_article(), make_extraction())
    store.save_failed("a1", "a1.txt", "could not decode")
    assert store.article("a1").status == "ok"
    store.save_failed("b2", "b2.txt", "could not decode")
    store.save_failed("b2", "b2.txt", "still broken")
    failed = store.article("b2")
    assert (failed.status, failed.error) == ("failed", "still broken")
    store.close()


def test_a_database_made_before_migrations_is_upgraded_in_place(db_url: str):
    """Tables but no alembic_version: stamped as the baseline, upgraded, every row kept."""
    engine = create_engine(database_url(db_url))
    upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE alembic_version"))
        baseline_columns = [c for c in articles_table.c.keys() if c in _columns(conn, "articles")]
        row = {c: v for c, v in _article_row("old-1").items() if c in baseline_columns}
        conn.execute(insert(articles_table), [row, {**row, "article_id": "old-2"}])
        conn.execute(
            insert(quotes_table),
            [
                {
                    "quote_id": "old-1:q0",
                    "article_id": "old-1",
                    "text": "We are ready,",
                    "start": 1,
                    "end": 14,
                    "kind": "direct",
                    "sentence": "",
                    "sentence_start": 0,
                    "sentence_end": 0,
                }
            ],
        )
    engine.dispose()

    store = Store(db_url)
    assert revision_of(store) == head_revision()
    assert [a.article_id for a in store.articles()] == ["old-1", "old-2"]
    assert [q.text for q in store.quotes()] == ["We are ready,"]
    store.save_article(make_article("new-1"), make_extraction("new-1"))  # the upgraded schema works
    assert store.count(articles_table) == 3
    store.close()
    assert schema_differences(db_url) == []


def test_an_older_revision_is_upgraded_keeping_its_rows(db_url: str):
    engine = create_engine(database_url(db_url))
    upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(insert(articles_table), [_article_row("kept")])
    engine.dispose()
    store = Store(db_url)
    assert revision_of(store) == head_revision()
    assert store.article("kept").title == "Kept article"
    store.close()


def _columns(conn, table: str) -> set[str]:
    from sqlalchemy import inspect

    return {c["name"] for c in inspect(conn).get_columns(table)}


def _article_row(article_id: str) -> dict:
    return {
        "article_id": article_id,
        "source": f"{article_id}.txt",
        "title": "Kept article",
        "text": TEXT,
        "raw_text": TEXT,
        "status": "ok",
        "content_hash": "h",
        "words": 30,
        "stored_at": 1.0 + len(article_id),
    }


def test_processes_opening_a_new_database_at_once_migrate_it_once(db_url: str):
    errors: list[BaseException] = []

    def open_store() -> None:
        try:
            Store(db_url).close()
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=open_store) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    store = Store(db_url)
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(text("alembic_version"))).scalar() == 1
    assert revision_of(store) == head_revision()
    store.close()


def test_concurrent_saves_of_the_same_articles_leave_one_copy_each(db_url: str):
    """Writers on their own connections save overlapping articles at once: nothing fails or doubles."""
    Store(db_url).close()
    errors: list[BaseException] = []
    ids = [f"c{i}" for i in range(12)]

    def writer(order: list[str]) -> None:
        store = Store(db_url)
        try:
            for article_id in order:
                store.save_article(make_article(article_id), make_extraction(article_id))
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)
        finally:
            store.close()

    threads = [
        threading.Thread(target=writer, args=(order,)) for order in (ids, ids[::-1], ids[3:] + ids[:3])
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    store = Store(db_url)
    assert sorted(a.article_id for a in store.articles()) == sorted(ids)
    assert sorted(q.quote_id for q in store.quotes()) == sorted(f"{i}:q0" for i in ids)
    assert len(list(store.mentions())) == len(ids) and len(list(store.events())) == len(ids)
    store.close()


@pytest.mark.parametrize("bad", ["/no/such/folder/x.db"])
def test_a_missing_folder_is_a_clear_error(bad: str):
    from newsprism.errors import StoreError

    with pytest.raises(StoreError, match="does not exist"):
        Store(bad)


def test_full_text_search_uses_the_backends_own_index(db_url: str):
    """FTS5 on SQLite, tsvector with GIN indexes on PostgreSQL: same results, same shape."""
    from newsprism.store.search import PG_ARTICLE_VECTOR, has_index, search

    store = Store(db_url)
    store.save_article(make_article("a1"), make_extraction("a1"))
    store.save_article(
        make_article("a2", text="Snow closed the mountain pass to lorries on Friday.", title="Pass closed"),
        Extraction(),
    )
    items, total = search(store, "terminal lorries")
    assert total == 0 and items == []  # every word must match in one article
    items, total = search(store, "ferry terminal")
    assert total == 1 and items[0]["article"]["article_id"] == "a1" and items[0]["kind"] == "article"
    snippet, (start, end) = items[0]["snippet"], items[0]["highlights"][0]
    assert snippet[start:end].lower() in {"ferry", "terminal"}
    items, total = search(store, "ready Voorhees")
    assert sorted(i["kind"] for i in items) == ["article", "quote"]  # the quote, and the article holding it
    assert [i["quote"]["speaker"] for i in items if i["kind"] == "quote"] == ["Ilse Voorhees"]
    assert search(store, "lorr*")[1] == 1 and search(store, '"pass to lorries"')[1] == 1
    if store.is_sqlite:
        assert has_index(store)
    else:
        with store.engine.connect() as conn:
            conn.execute(text("SET enable_seqscan = off"))
            plan = "\n".join(
                conn.execute(
                    text(
                        f"EXPLAIN SELECT article_id FROM articles WHERE {PG_ARTICLE_VECTOR} @@ plainto_tsquery('english', 'ferry')"
                    )
                ).scalars()
            )
        assert "ix_articles_fts" in plan
    store.close()


def test_a_nul_character_is_stored_on_both_backends_without_moving_offsets(db_url: str):
    store = Store(db_url)
    text_with_nul = TEXT.replace("Monday", "Mon\x00ay")  # same length: the quote keeps its offsets
    store.save_article(make_article("n1", text=text_with_nul), make_extraction("n1"))
    stored = store.article("n1").text
    assert len(stored) == len(text_with_nul) and stored.index("\ufffd") == text_with_nul.index("\x00")
    [quote] = store.quotes()
    assert stored[quote.start : quote.end] == quote.text
    store.close()


def test_the_revisions_form_one_line_from_the_baseline():
    """Engineers add revisions side by side: two with the same parent would leave two heads."""
    from alembic.script import ScriptDirectory

    from newsprism.store.migrations import BASELINE, alembic_config

    scripts = ScriptDirectory.from_config(alembic_config())
    assert len(scripts.get_heads()) == 1
    assert [s.revision for s in scripts.walk_revisions()][-1] == BASELINE


def test_a_database_at_revision_0003_gains_given_id_and_keeps_its_rows(db_url: str):
    engine = create_engine(database_url(db_url))
    upgrade(engine, "0003")
    with engine.begin() as conn:
        assert "given_id" not in _columns(conn, "articles")
        conn.execute(insert(articles_table), [_article_row("older")])
    engine.dispose()
    store = Store(db_url)
    with store.engine.connect() as conn:
        assert "given_id" in _columns(conn, "articles")
    kept = store.article("older")
    assert kept.title == "Kept article" and kept.given_id is None
    store.close()


def test_the_run_lock_lets_runs_store_together_and_link_alone(db_url: str):
    from newsprism.errors import StoreError
    from newsprism.store.locks import RunLock

    store, other_store = Store(db_url), Store(db_url)
    first, second = RunLock(store, timeout=0.5), RunLock(other_store, timeout=0.5)
    try:
        with first.shared(), second.shared():  # two runs store side by side
            with pytest.raises(StoreError, match="run.lock_timeout"):
                with first.exclusive():  # but neither links while the other still stores
                    pass
        with first.exclusive():
            with pytest.raises(StoreError, match="another analyze run"):
                with second.shared():  # nor stores while another links
                    pass
        with second.exclusive():  # released: the next run takes it
            pass
    finally:
        first.close()
        second.close()
        store.close()
        other_store.close()
