"""Migration 0020: events keep the events stage's ``background`` flag (the past perfect of the
narrative). A database at 0019 with events is upgraded in place, its events read back as not
background; new events store and read the flag, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from sqlalchemy import create_engine, inspect, text

from newsprism.models import Article, Event, Extraction
from newsprism.store.migrations import upgrade
from newsprism.store.store import Store, database_url

SENTENCE = "The harbour board had approved the plan that Mayor Rolf Dahl signed on Monday."


def _event(article_id: str, number: int, background: bool) -> Event:
    return Event(
        article_id=article_id,
        type="AGREE",
        start=0,
        end=len(SENTENCE),
        sentence=SENTENCE,
        trigger="approved",
        actors=["The harbour board"],
        actor_entity_ids=[None],
        background=background,
        event_id=f"{article_id}:e{number}",
    )


def test_events_stored_before_read_as_not_background_and_new_ones_keep_the_flag(db_url: str):
    engine = create_engine(database_url(db_url))
    upgrade(engine, "0019_article_genre")
    with engine.begin() as conn:
        assert "background" not in {c["name"] for c in inspect(conn).get_columns("events")}
        conn.execute(
            text(
                "INSERT INTO articles (article_id, source, text, raw_text, status, content_hash, words, stored_at)"
                " VALUES ('old', 'old.txt', :s, :s, 'ok', 'h', 14, 0)"
            ),
            {"s": SENTENCE},
        )
        conn.execute(
            text(
                "INSERT INTO events (event_id, article_id, type, trigger, actors, recipients, actor_entity_ids,"
                ' recipient_entity_ids, negated, hypothetical, future, sentence, start, "end", extra)'
                " VALUES ('old:e0', 'old', 'AGREE', 'approved', '[]', '[]', '[]', '[]', false, false, false,"
                " :s, 0, 10, '{}')"
            ),
            {"s": SENTENCE},
        )
    engine.dispose()

    store = Store(db_url)
    assert [e.background for e in store.events()] == [False]
    article = Article(article_id="new", source="new.txt", text=SENTENCE, raw_text=SENTENCE, content_hash="n")
    store.save_article(article, Extraction(events=[_event("new", 0, True), _event("new", 1, False)]))
    flags = {e.event_id: e.to_json()["background"] for e in store.events()}  # a key of the JSON Lines
    assert flags == {"old:e0": False, "new:e0": True, "new:e1": False}
    store.close()
