"""Story list items (store/story_previews.py): each story's first members by date, capped per
story in one query, with the kept counts and a flag, the same on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import text

from newsprism.api import Corpus
from newsprism.store.schema import articles_table, stories_table
from newsprism.store.store import Store


def _rows() -> tuple[list[dict], list[dict]]:
    """Story big (12 members, 3 outlets, dates out of stored order, two on one day) and story one."""
    stories = [
        {"story_id": sid, "title": sid, "first_published": first, "last_published": last}
        for sid, first, last in (("big", "2025-01-01", "2025-01-12"), ("one", "2025-02-01", "2025-02-01"))
    ]
    articles = []
    for j in range(12):
        day = 12 - j if j != 11 else 5  # stored newest first; a-05 and a-11 share a day
        articles.append(
            _article(f"a-{j:02d}", "big", f"2025-01-{day:02d}", f"outlet {j % 3}", stored_at=float(j))
        )
    articles.append(_article("b-00", "one", "2025-02-01", None, stored_at=20.0))
    return stories, articles


def _article(article_id: str, story_id: str, day: str, outlet: str | None, stored_at: float) -> dict:
    return {
        "article_id": article_id,
        "source": "x",
        "text": "",
        "raw_text": "",
        "status": "ok",
        "content_hash": "",
        "words": 0,
        "stored_at": stored_at,
        "published": day,
        "outlet": outlet,
        "story_id": story_id,
    }


def test_items_list_the_first_members_by_date_with_counts_and_a_flag(db_url):
    store = Store(db_url)
    stories, articles = _rows()
    with store.engine.begin() as conn:
        conn.execute(stories_table.insert(), stories)
        conn.execute(articles_table.insert(), articles)
        conn.execute(text("UPDATE stories SET article_count = 12, outlet_count = 3 WHERE story_id = 'big'"))
        conn.execute(text("UPDATE stories SET article_count = 1 WHERE story_id = 'one'"))
    whole = {s.story_id: s for s in store.stories()}
    with Corpus(db_url) as corpus:
        items = {i["story_id"]: i for i in corpus.story_list_page(10, sort="outlets").items}
        big, one = items["big"], items["one"]
        assert big["articles"] == whole["big"].articles[:10] and len(whole["big"].articles) == 12
        assert big["articles"][:2] == ["a-10", "a-09"]  # the earliest days first, not stored order
        assert big["articles_truncated"] is True and (big["article_count"], big["outlet_count"]) == (12, 3)
        assert big["outlets"] == ["outlet 0", "outlet 1", "outlet 2"]
        assert one["articles"] == ["b-00"] and one["articles_truncated"] is False and one["outlets"] == []
        every = corpus.story_list_page(10, preview=12, sort="outlets").items[0]
        assert every["articles"] == whole["big"].articles and every["articles_truncated"] is False
        assert [i["story_id"] for i in corpus.story_list_page(10).items] == ["one", "big"]
    store.close()


def test_the_preview_reads_the_members_index_alone(tmp_path):
    store = Store(str(tmp_path / "plan.db"))
    with store.engine.connect() as conn:
        plan = conn.execute(
            text(
                "EXPLAIN QUERY PLAN SELECT story_id, article_id, row_number() OVER (PARTITION BY "
                "story_id ORDER BY published, stored_at, article_id) FROM articles WHERE story_id IN ('a', 'b')"
            )
        ).fetchall()
    assert "COVERING INDEX ix_articles_story_members" in " ".join(str(row[-1]) for row in plan), plan
    store.close()
