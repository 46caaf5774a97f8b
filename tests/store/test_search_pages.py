"""Search pages follow ``after`` cursors on both backends, ranked or (past the ranking cap) newest
first: every match once, in the order of one whole read, and ``offset`` still agrees."""

from __future__ import annotations

import pytest

from newsprism.errors import UsageError
from newsprism.models import Article, Extraction, Quote
from newsprism.store import search as sqlite_search
from newsprism.store import search_pg
from newsprism.store.search import search_page
from newsprism.store.store import Store

WORDS = ["harbour", "harbour calm", "harbour calm calm", "harbour storm", "harbour harbour calm"]


def harbour_store(db_url: str) -> Store:
    """Seven articles naming the harbour (some twice, so ranks differ and tie), each quoting
    someone about it, and one article that does not."""
    store = Store(db_url)
    for n in range(7):
        body = f"Report {n}: the {WORDS[n % len(WORDS)]} today. “The harbour is open,” said Ada Vine {n}."
        item = Article(
            article_id=f"b{n}", source=f"b{n}.txt", text=body, title=f"Port news {n}", outlet="Wire"
        )
        words = "The harbour is open"
        start = body.index(words)
        quote = Quote(
            article_id=item.article_id,
            text=words,
            start=start,
            end=start + len(words),
            kind="direct",
            speaker=f"Ada Vine {n}",
            quote_id=f"b{n}:q0",
        )
        store.save_article(item, Extraction(quotes=[quote]))
    other = Article(
        article_id="c0", source="c0.txt", text="Nothing about boats.", title="Other", outlet="Wire"
    )
    store.save_article(other, Extraction())
    return store


def key(item: dict) -> tuple[str, str]:
    return (
        item["kind"],
        item["quote"]["quote_id"] if item["kind"] == "quote" else item["article"]["article_id"],
    )


def walk(store: Store, q: str, size: int) -> list[tuple[str, str]]:
    """Every page after the first by its ``next`` cursor."""
    seen, after = [], None
    for _ in range(50):
        page = search_page(store, q, limit=size, after=after)
        assert page.total == 14 and len(page.items) <= size
        seen += [key(i) for i in page.items]
        if page.next is None:
            return seen
        after = page.next
    raise AssertionError("the cursor never reached the end")


@pytest.mark.parametrize("ranked_most", [10_000, 3])
def test_cursor_pages_list_every_match_once_in_the_whole_order(db_url: str, monkeypatch, ranked_most: int):
    monkeypatch.setattr(sqlite_search, "RANKED_MOST", ranked_most)
    monkeypatch.setattr(search_pg, "RANKED_MOST", ranked_most)
    store = harbour_store(db_url)
    whole = search_page(store, "harbour", limit=100)
    assert whole.next is None and len(whole.items) == 14 == whole.total
    order = [key(i) for i in whole.items]
    if ranked_most < 14:  # many matches: the articles, then the quotes, nothing ranked for the order
        assert [k for k, _ in order] == ["article"] * 7 + ["quote"] * 7
        articles = [i for _, i in order[:7]]
        assert articles == sorted(articles, reverse=True)  # stored b0..b6: the last stored first
    else:  # ranked: scores never rise down the list
        scores = [i["score"] for i in whole.items]
        assert scores == sorted(scores, reverse=True)
    for size in (1, 2, 3, 5):
        assert walk(store, "harbour", size) == order
    for offset in (0, 4, 7, 9):  # old clients' offsets read the same order
        page = search_page(store, "harbour", limit=4, offset=offset)
        assert [key(i) for i in page.items] == order[offset : offset + 4]
        if offset + 4 < 14:  # and hand out a cursor that goes on from there
            following = search_page(store, "harbour", limit=4, after=page.next)
            assert [key(i) for i in following.items] == order[offset + 4 : offset + 8]


def test_a_cursor_keeps_the_order_its_first_page_used(db_url: str, monkeypatch):
    """Matches crossing the ranking cap between two pages do not reshuffle a reader's walk."""
    store = harbour_store(db_url)
    monkeypatch.setattr(sqlite_search, "RANKED_MOST", 3)
    monkeypatch.setattr(search_pg, "RANKED_MOST", 3)
    newest = [key(i) for i in search_page(store, "harbour", limit=100).items]
    first = search_page(store, "harbour", limit=5)
    monkeypatch.setattr(sqlite_search, "RANKED_MOST", 10_000)
    monkeypatch.setattr(search_pg, "RANKED_MOST", 10_000)
    rest = search_page(store, "harbour", limit=100, after=first.next)
    assert [key(i) for i in first.items + rest.items] == newest


def test_a_cursor_from_elsewhere_is_a_usage_error(db_url: str):
    store = harbour_store(db_url)
    with pytest.raises(UsageError, match="not a cursor"):
        search_page(store, "harbour", limit=2, after="bm90LWEtY3Vyc29y")
    other_list = "WyJ4Il0"  # ["x"]: a cursor shape no search gives out
    with pytest.raises(UsageError, match="not a cursor"):
        search_page(store, "harbour", limit=2, after=other_list)


def test_the_portable_search_pages_by_cursor_too(tmp_path, monkeypatch):
    """A SQLite file without the FTS index falls back to substring search, with cursors."""
    store = harbour_store(str(tmp_path / "plain.db"))
    monkeypatch.setattr(sqlite_search, "has_index", lambda _store: False)
    whole = [key(i) for i in search_page(store, "harbour", limit=100).items]
    assert len(whole) == 14 and whole[:7] == [("article", f"b{n}") for n in range(7)]
    assert walk(store, "harbour", 3) == whole
