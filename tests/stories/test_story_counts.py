"""Each story's article and outlet counts, kept by the stories stage (store/story_counts.py) and
read by the "most outlets" order of every story list: right after articles join, leave and
stories merge, the same after a re-run, and filled in for an older database by its migration."""

from __future__ import annotations

from sqlalchemy import create_engine, func, select, text
from test_stories import BANK, DAM, MERGING, _add, _dam_and_bank, _raw, _repost
from typer.testing import CliRunner

from newsprism.api import Corpus
from newsprism.cli.main import app
from newsprism.store.migrations import upgrade
from newsprism.store.schema import articles_table, stories_table
from newsprism.store.store import Store, database_url
from newsprism.stories.cluster import assign_stories


def _stored_counts(store: Store) -> dict[str, tuple[int, int]]:
    s = stories_table
    with store.engine.connect() as conn:
        return {r.story_id: (r.article_count, r.outlet_count) for r in conn.execute(select(s))}


def _counted(store: Store) -> dict[str, tuple[int, int]]:
    """The counts as the members say: every stored story, its articles and its named outlets."""
    a = articles_table
    query = (
        select(a.c.story_id, func.count(), func.count(a.c.outlet.distinct()))
        .where(a.c.story_id.is_not(None))
        .group_by(a.c.story_id)
    )
    with store.engine.connect() as conn:
        return {sid: (n, outlets) for sid, n, outlets in conn.execute(query)}


def test_counts_follow_articles_joining_leaving_and_reruns(db_url, nlp, settings):
    """On SQLite and on PostgreSQL."""
    settings = settings.with_(db=db_url)
    store = Store(db_url)
    dam, bank = _dam_and_bank()
    _add(store, nlp, settings, [dam[0], bank[0]])
    dam_story = store.article("dam-0").story_id
    assert _stored_counts(store) == _counted(store) and _stored_counts(store)[dam_story] == (1, 1)
    # two more outlets and a repost (the aggregator, a fourth outlet) join the dam story
    _add(store, nlp, settings, [dam[1], dam[2], _repost(dam[0], "dam-copy")])
    assert _stored_counts(store)[dam_story] == (4, 4)
    assert _stored_counts(store) == _counted(store)
    # bank-0 is corrected into north-wire's dam report: it leaves its story (which goes)
    _add(store, nlp, settings, [_raw(*DAM[2], given_id="bank-0")])
    assert _stored_counts(store) == _counted(store) == {dam_story: (5, 4)}
    # dam-1 (daily-lantern's only dam report) is corrected into a bank report: a new story opens
    _add(store, nlp, settings, [_raw(*BANK[1], given_id="dam-1")])
    counts = _stored_counts(store)
    assert counts == _counted(store) and counts[dam_story] == (4, 3) and len(counts) == 2
    # the stage run again over the same articles counts the same (a lone article's story may
    # take its id afresh)
    assign_stories(store, [a.article_id for a in store.articles()], settings)
    again = _stored_counts(store)
    assert again == _counted(store) and sorted(again.values()) == sorted(counts.values())
    assert again[dam_story] == (4, 3)
    store.close()


def test_merged_stories_count_every_member_once(tmp_path, nlp, settings):
    dam, bank = _dam_and_bank()
    strict = settings.with_(stories=dict(settings.stories, **MERGING))
    store = Store(str(tmp_path / "m.db"))
    _add(store, nlp, strict, [bank[0], bank[2]])
    _add(store, nlp, strict, [dam[0]])
    assert sorted(_stored_counts(store).values()) == [(1, 1), (2, 2)]
    roundup = _raw("weekly", "2024-04-04", "The week", DAM[1][3] + "\n\n" + BANK[1][3], "roundup")
    _add(store, nlp, strict, [roundup])
    assert _stored_counts(store) == _counted(store) == {store.article("dam-0").story_id: (4, 3)}
    store.close()


def _story_rows(count: int) -> tuple[list[dict], list[dict]]:
    """Stories s00.. with 1-3 outlets, 1-4 articles and a last day, in an order with ties."""
    stories, articles = [], []
    for i in range(count):
        outlets, size = 1 + i % 3, 1 + (i * 7) % 4
        last = None if i % 5 == 0 else f"2025-01-{1 + i % 4:02d}"
        stories.append(
            {"story_id": f"s{i:02d}", "title": "", "first_published": last, "last_published": last}
        )
        for j in range(max(size, outlets)):
            articles.append(
                {
                    "article_id": f"a{i:02d}-{j}",
                    "source": "x",
                    "text": "",
                    "raw_text": "",
                    "status": "ok",
                    "content_hash": "",
                    "words": 0,
                    "stored_at": 0.0,
                    "outlet": f"outlet {j % outlets}" if j or i % 4 else None,  # some unnamed
                    "story_id": f"s{i:02d}",
                }
            )
    return stories, articles


def test_an_older_database_gets_its_counts_and_pages_most_outlets_first(db_url):
    """A database at 0013 (no counts) is counted by the migration; the order then pages by cursor.
    On SQLite and on PostgreSQL."""
    path = db_url
    engine = create_engine(database_url(path))
    upgrade(engine, "0013_entity_article_days")
    stories, articles = _story_rows(23)
    with engine.begin() as conn:
        conn.execute(stories_table.insert(), stories)
        conn.execute(articles_table.insert(), articles)
    engine.dispose()
    store = Store(path)
    counts = _stored_counts(store)
    assert counts == _counted(store) and len(counts) == 23
    last = {row["story_id"]: row["last_published"] or "" for row in stories}
    expected = sorted(counts, key=lambda s: (-counts[s][1], -counts[s][0], _desc(last[s]), s))
    with Corpus(path) as corpus:
        paged, after = [], None
        while True:
            page = corpus.story_page(limit=4, after=after, sort="outlets")
            paged += [story.story_id for story in page.items]
            after = page.next
            if after is None:
                break
        assert paged == expected and page.total == 23
        wide = corpus.story_page(limit=50, sort="outlets", min_outlets=3)
        assert [s.story_id for s in wide.items] == [s for s in expected if counts[s][1] >= 3]
    listed = CliRunner().invoke(app, ["stories", "--db", path, "--sort", "outlets", "-f", "jsonl"])
    assert listed.exit_code == 0, listed.stderr
    assert len(listed.stdout.strip().splitlines()) == 23
    store.close()


def _desc(day: str) -> tuple[int, ...]:
    return tuple(-ord(c) for c in day) + (0,)


def test_the_most_outlets_order_reads_its_index(tmp_path):
    from newsprism.store import queries

    store = Store(str(tmp_path / "plan.db"))
    listing = queries.stories(sort="outlets", min_outlets=2)
    query = listing.query.order_by(*(key.desc() if desc else key for key, desc in listing.keys)).limit(3)
    sql = str(query.compile(store.engine, compile_kwargs={"literal_binds": True}))
    with store.engine.connect() as conn:
        plan = " ".join(str(row[-1]) for row in conn.execute(text("EXPLAIN QUERY PLAN " + sql)))
    assert "ix_stories_outlets_order" in plan and "TEMP B-TREE" not in plan, plan
    store.close()


def test_story_filters_give_the_same_pages_walked_or_sorted(tmp_path, monkeypatch):
    """Few matching stories are read through the filter's index and sorted, many by walking the
    order's index: the same pages either way, in both orders."""
    from newsprism.store import pages

    path = str(tmp_path / "f.db")
    Store(path).close()
    stories, articles = _story_rows(23)
    engine = create_engine(database_url(path))
    with engine.begin() as conn:
        conn.execute(stories_table.insert(), stories)
        conn.execute(articles_table.insert(), articles)
        conn.execute(text("UPDATE stories SET article_count = 0, outlet_count = 0"))
    engine.dispose()
    store = Store(path)
    from newsprism.store.story_counts import recount_stories

    with store.engine.begin() as conn:
        recount_stories(conn, [row["story_id"] for row in stories])
    assert _stored_counts(store) == _counted(store)

    def paged(corpus: Corpus, **filters) -> list[str]:
        found, after = [], None
        while True:
            page = corpus.story_page(limit=3, after=after, **filters)
            found += [story.story_id for story in page.items]
            assert page.total >= len(found)
            if page.next is None:
                return found
            after = page.next

    cases = [
        {"sort": "outlets", "since": "2025-01-03"},
        {"sort": "outlets", "since": "2025-01-03", "undated": True},
        {"sort": "newest", "until": "2025-01-02"},
        {"sort": "newest", "min_outlets": 2},
        {"sort": "newest", "min_outlets": 2, "since": "2025-01-02", "until": "2025-01-03", "undated": True},
    ]
    with Corpus(path) as corpus:
        for filters in cases:
            sorted_few = paged(corpus, **filters)
            monkeypatch.setattr(pages, "FEW", -1)
            walked = paged(corpus, **filters)
            monkeypatch.undo()
            assert sorted_few == walked and sorted_few, filters
    store.close()
