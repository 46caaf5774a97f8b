"""An entity's articles page newest first as index ranges, and lists carry leads, not texts.

The pages of an entity's timeline (``/api/entities/{id}/timeline``) are made from its articles in
day order, read by keyset on the ``(entity, article_day, article_id)`` indexes of mentions and
quotes (migration 0012); ``/api/articles`` items carry a lead of the text and a link to the whole.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event, insert

from newsprism.models import Article, Event, Extraction, Mention, Quote
from newsprism.store.schema import entities_table
from newsprism.store.store import Store
from newsprism.stories.timeline_pages import entity_article_window
from newsprism.web.app import create_app

LOCAL = "http://127.0.0.1:8000"
ADA = "person-ada"
LONG = "The river council met again on Tuesday to weigh the dam proposal and its costs. " * 12


def _articles() -> list[tuple[Article, Extraction]]:
    made = []
    for i in range(40):
        aid = f"a{i:03d}"
        published = None if i % 9 == 4 else f"2025-0{1 + i % 3}-{1 + i % 5:02d}"  # shared days too
        article = Article(aid, f"{aid}.txt", LONG, outlet=["Ledger", "Courier"][i % 2], published=published)
        mentions, quotes, events = [], [], []
        if i % 4 != 3:  # every fourth names someone else only
            mentions = [
                Mention(aid, "Ada Quill", 0, 9, "PERSON", entity_id=ADA, mention_id=f"{aid}:m{n}")
                for n in range(2)
            ]
            events = [
                Event(aid, "CONSULT", 0, 80, "Ada Quill met the river council", trigger="met",
                      actors=["Ada Quill"], actor_entity_ids=[ADA], date=published, event_id=f"{aid}:e0")
            ]  # fmt: skip
        if i % 5 == 0:  # quoted; in a fourth-type article only quoted
            quotes = [
                Quote(
                    aid,
                    "We will build it",
                    10,
                    26,
                    "direct",
                    speaker="Ada Quill",
                    speaker_entity_id=ADA,
                    quote_id=f"{aid}:q0",
                )
            ]
        made.append((article, Extraction(quotes=quotes, mentions=mentions, events=events)))
    return made


@pytest.fixture
def store(db_url: str) -> Store:
    opened = Store(db_url)
    for article, extraction in _articles():
        opened.save_article(article, extraction)
    with opened.engine.begin() as conn:
        row = {
            "entity_id": ADA,
            "name": "Ada Quill",
            "type": "PERSON",
            "aliases": [],
            "roles": [],
            "related": {},
        }
        conn.execute(insert(entities_table), [row])
    yield opened
    opened.close()


def _newest_first(store: Store) -> list[str]:
    """Every article naming or quoting her, newest first, undated last, by id within a day."""
    named = {a.article_id: a.published or "" for a, x in _articles() if x.mentions or x.quotes}
    return [aid for aid, day in sorted(named.items(), key=lambda item: (item[1], item[0]), reverse=True)]


def test_entity_article_windows_page_every_article_once_newest_first(store: Store):
    expected = _newest_first(store)
    pages, cursor = [], None
    while True:
        window, cursor = entity_article_window(store, ADA, cursor, size=4)
        pages.append(window)
        if cursor is None:
            break
    assert [aid for page in pages for aid in page] == expected  # each once, in order
    assert all(len(page) == 4 for page in pages[:-1]) and len(pages) == -(-len(expected) // 4)
    quoted_only = {a.article_id for a, x in _articles() if x.quotes and not x.mentions}
    assert quoted_only and quoted_only <= set(expected)


def test_timeline_pages_follow_next_links_over_every_article(store: Store):
    if not store.url.startswith("sqlite"):
        pytest.skip("the web app is opened on the SQLite file")
    client = TestClient(create_app(store.url.removeprefix("sqlite:///")), base_url=LOCAL)
    url, read, seen = f"/api/entities/{ADA}/timeline?articles=4&quotes=true", 0, []
    while url:
        page = client.get(url).json()
        read += page["articles"]
        seen += [w["article_id"] for row in page["items"] for w in row["wording"]]
        url = page["next"]
        assert url is None or "after=" in url
    expected = _newest_first(store)
    assert read == len(expected) and set(seen) == set(expected)


def _plans(store: Store, work) -> list[str]:
    """The query plan of every SELECT ``work()`` runs (SQLite's EXPLAIN QUERY PLAN)."""
    statements = []

    def keep(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", keep)
    try:
        work()
    finally:
        event.remove(store.engine, "before_cursor_execute", keep)
    plans = []
    with store.engine.connect() as conn:
        for statement, parameters in statements:
            rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
            plans.append(" ; ".join(row[3] for row in rows))
    return plans


def test_an_entity_article_window_reads_its_index_in_order(store: Store):
    if not store.url.startswith("sqlite"):
        pytest.skip("EXPLAIN QUERY PLAN is SQLite's")
    first, cursor = entity_article_window(store, ADA, size=4)
    plans = _plans(store, lambda: entity_article_window(store, ADA, cursor, size=4))
    assert any("ix_mentions_entity_day" in plan for plan in plans)
    assert any("ix_quotes_speaker_entity_day" in plan for plan in plans)
    assert not any("TEMP B-TREE" in plan for plan in plans), plans


def test_article_lists_carry_a_lead_and_a_link_to_the_whole_text(store: Store):
    if not store.url.startswith("sqlite"):
        pytest.skip("the web app is opened on the SQLite file")
    client = TestClient(create_app(store.url.removeprefix("sqlite:///")), base_url=LOCAL)
    answer = client.get("/api/articles", params={"limit": 40})
    items = answer.json()["items"]
    assert len(items) == 40 and len(answer.content) < 40 * 1200  # not 40 whole texts
    whole = client.get(items[0]["text_url"]).json()
    assert whole["text"] == LONG and whole["article_id"] == items[0]["article_id"]
    for item in items:
        assert set(Article("x", "x", "").to_json()) <= set(item)  # every key lists had
        assert item["text_truncated"] and len(item["text"]) <= 301 and item["text"].endswith("…")
        assert LONG.startswith(item["text"][:-1]) and item["words"] == len(LONG.split())
