"""Pages of events and quotes read index ranges, and their totals count the rows the pages give."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from newsprism.api import Corpus
from newsprism.models import Article, Event, Extraction, Quote
from newsprism.store import pages, queries

DATES = [None, "2025-01-03", "2025-01-01", None, "2025-02-10", "2025-01-03"]


@pytest.fixture
def corpus(db_url: str):
    with Corpus(db_url) as opened:
        for a in range(3):
            article_id = f"q{a}"
            body = " ".join(f'"Line {i} of {a}," she said.' for i in range(len(DATES)))
            article = Article(
                article_id=article_id,
                source=f"{article_id}.txt",
                text=body,
                outlet=f"Outlet {a % 2}",
                published=f"2025-01-0{a + 1}",
            )
            events, found = [], []
            for i, date in enumerate(DATES):
                start = body.index(f"Line {i} ")
                events.append(
                    Event(
                        article_id=article_id,
                        type="CONSULT" if i % 2 else "AID",
                        start=start,
                        end=start + 4,
                        sentence="x",
                        date=date,
                        event_id=f"{article_id}:e{i}",
                    )
                )
                found.append(
                    Quote(
                        article_id=article_id,
                        text=f"Line {i} of {a}",
                        start=start,
                        end=start + 11,
                        kind="direct",
                        quote_id=f"{article_id}:q{i}",
                    )
                )
            opened.store.save_article(article, Extraction(quotes=found, events=events))
        yield opened


def _all_pages(read) -> list[str]:
    ids, page = [], read(None)
    while True:
        ids += [getattr(item, "event_id", None) or item.quote_id for item in page.items]
        assert page.total >= len(ids)
        if page.next is None:
            assert page.total == len(ids)
            return ids
        page = read(page.next)


def test_event_pages_keep_their_order_and_filters(corpus: Corpus):
    every = [e.event_id for e in corpus.events()]
    dates = {e.event_id: e.date for e in corpus.events()}
    assert [dates[i] or "" for i in every] == sorted(dates[i] or "" for i in every)  # undated first
    assert _all_pages(lambda after: corpus.event_page(limit=4, after=after)) == every
    since = _all_pages(lambda after: corpus.event_page(limit=2, after=after, since="2025-01-03"))
    assert since == [i for i in every if dates[i] and dates[i] >= "2025-01-03"]
    typed = _all_pages(
        lambda after: corpus.event_page(limit=2, after=after, type="consult", until="2025-01-03")
    )
    assert typed == [i for i in every if i[-1] in "135" and dates[i] and dates[i] <= "2025-01-03"]


def test_quote_totals_count_the_rows_with_and_without_article_filters(corpus: Corpus):
    assert len(_all_pages(lambda after: corpus.quote_page(limit=5, after=after))) == 18
    outlet = _all_pages(lambda after: corpus.quote_page(limit=5, after=after, outlet="outlet 0"))
    assert {i.split(":")[0] for i in outlet} == {"q0", "q2"} and len(outlet) == 12
    since = _all_pages(
        lambda after: corpus.quote_page(limit=4, after=after, since="2025-01-02", text="line 1")
    )
    assert since == ["q1:q1", "q2:q1"]


def test_filtered_totals_stop_counting_at_the_cap_and_the_pages_go_on(corpus: Corpus, monkeypatch):
    """Past COUNTED_MOST matches a filtered list's total is that many, marked as a lower bound;
    an unfiltered list counts its table exactly; the cursor still reaches every row."""
    monkeypatch.setattr(pages, "COUNTED_MOST", 5)
    first = corpus.quote_page(limit=4, since="2025-01-01")
    assert (first.total, first.total_capped) == (5, True)
    ids, page = [], first
    while True:
        ids += [q.quote_id for q in page.items]
        if page.next is None:
            break
        page = corpus.quote_page(limit=4, since="2025-01-01", after=page.next)
    assert len(ids) == len(set(ids)) == 18
    whole = corpus.quote_page(limit=4)
    assert (whole.total, whole.total_capped) == (18, False)
    few = corpus.event_page(limit=4, until="2025-01-01")
    assert (few.total, few.total_capped) == (3, False)
    many = corpus.event_page(limit=4, type="aid")
    assert (many.total, many.total_capped) == (5, True)


def test_event_and_quote_pages_read_their_order_index(corpus: Corpus):
    engine = corpus.store.engine
    if engine.dialect.name != "sqlite":
        pytest.skip("the plan is read on SQLite; PostgreSQL chooses by its own statistics")
    for listing, index in [
        (queries.events(), "ix_events_order"),
        (queries.events(type="aid"), "ix_events_type_order"),
        (queries.events(since="2025-01-02"), "ix_events_order"),
        # an until= page starts past the undated events: a range of the index, not its start
        (
            queries.events(until="2025-01-02"),
            "SEARCH events USING INDEX ix_events_order (<expr>>? AND <expr><?)",
        ),
        (queries.quotes(), "SCAN quotes USING INDEX ix_quotes_order"),  # never all joined first
        (queries.quotes(speaker_entity_id="person-1"), "ix_quotes_speaker_entity_order"),
        (queries.entities(min_mentions=2), "ix_entities_rank"),
    ]:
        query = listing.query.order_by(*(key.desc() if desc else key for key, desc in listing.keys)).limit(3)
        sql = str(query.compile(engine, compile_kwargs={"literal_binds": True}))
        with engine.connect() as conn:
            plan = " ".join(str(row[-1]) for row in conn.execute(text("EXPLAIN QUERY PLAN " + sql)))
        assert index in plan and "TEMP B-TREE" not in plan, plan  # not even for equal leading keys


def test_article_pages_in_a_date_window_are_the_same_read_either_way(corpus: Corpus, monkeypatch):
    """A window holding few articles is read through the published index and sorted; one holding
    many walks the stored order: the same pages, cursors interchangeable."""
    for n in range(9):
        corpus.store.save_article(
            Article(article_id=f"d{n}", source="d.txt", text="x", published=f"2025-03-{n + 1:02d}")
        )

    def ids(**filters) -> list[str]:
        page, found = corpus.article_page(limit=2, **filters), []
        while True:
            found += [a.article_id for a in page.items]
            assert page.total == len(found) or page.next
            if page.next is None:
                return found
            page = corpus.article_page(limit=2, after=page.next, **filters)

    stored = [a.article_id for a in corpus.articles()]
    for filters in (
        {"since": "2025-03-04"},
        {"until": "2025-03-02"},
        {"since": "2025-01-02", "until": "2025-03-05"},
    ):
        sorted_few = ids(**filters)
        monkeypatch.setattr(pages, "FEW", -1)
        walked = ids(**filters)
        monkeypatch.undo()
        published = {a.article_id: a.published for a in corpus.articles()}
        low, high = filters.get("since", ""), filters.get("until", "9999")
        assert (
            sorted_few
            == walked
            == [i for i in stored if low <= (published[i] or "") <= high and published[i]]
        )


def test_quote_pages_of_an_article_filter_are_the_same_listed_or_tested_per_row(corpus: Corpus, monkeypatch):
    """Few matching quotes: their articles listed first; many: each quote tests its own article."""
    for filters in ({"outlet": "outlet 0"}, {"since": "2025-01-02"}, {"until": "2025-01-02", "text": "line"}):
        listed = _all_pages(lambda after, f=filters: corpus.quote_page(limit=4, after=after, **f))
        monkeypatch.setattr(pages, "FEW", -1)
        per_row = _all_pages(lambda after, f=filters: corpus.quote_page(limit=4, after=after, **f))
        monkeypatch.undo()
        assert listed == per_row and listed, filters


def _late_window(corpus: Corpus) -> None:
    """Articles stored newest date first: a window of the earliest dates lies late in stored order
    and, with ids counting down, early in id order."""
    for n in range(8):
        article_id = f"w{9 - n}"
        body = '"One," he said. "Two," he said.'
        quotes = [
            Quote(
                article_id=article_id,
                text=t,
                start=body.index(t),
                end=body.index(t) + 3,
                kind="direct",
                quote_id=f"{article_id}:{t}",
            )
            for t in ("One", "Two")
        ]
        article = Article(article_id=article_id, source="w.txt", text=body, published=f"2024-06-{9 - n:02d}")
        corpus.store.save_article(article, Extraction(quotes=quotes))


def test_a_window_in_the_middle_of_the_order_pages_only_its_own_rows(corpus: Corpus, monkeypatch):
    """A window walked along the list's order reads from its first row to its last (its span);
    the pages are those of the window sorted, and a window of no article is an empty page."""
    _late_window(corpus)
    stored = [a.article_id for a in corpus.articles()]
    published = {a.article_id: a.published for a in corpus.articles()}
    monkeypatch.setattr(pages, "FEW", -1)  # walk the order, as for a window holding many
    for filters in ({"since": "2024-06-03", "until": "2024-06-05"}, {"until": "2024-06-04"}):
        low, high = filters.get("since", ""), filters.get("until", "9999")
        inside = [i for i in stored if published[i] and low <= published[i] <= high]
        for newest_first in (False, True):
            page, walked = corpus.article_page(limit=2, newest_first=newest_first, **filters), []
            while True:
                walked += [a.article_id for a in page.items]
                if page.next is None:
                    break
                page = corpus.article_page(limit=2, after=page.next, newest_first=newest_first, **filters)
            assert walked == (inside[::-1] if newest_first else inside) and len(inside) >= 2, filters
        quotes = _all_pages(lambda after, f=filters: corpus.quote_page(limit=3, after=after, **f))
        assert [q.split(":")[0] for q in quotes] == [i for i in sorted(inside) for _ in range(2)]
    for empty in (corpus.article_page(since="2030-01-01"), corpus.quote_page(since="2030-01-01")):
        assert (empty.items, empty.total, empty.next) == ([], 0, None)


def test_a_window_reads_its_span_from_the_covering_index_and_walks_only_that_range(corpus: Corpus):
    engine = corpus.store.engine
    if engine.dialect.name != "sqlite":
        pytest.skip("the plan is read on SQLite; PostgreSQL chooses by its own statistics")
    _late_window(corpus)
    article_list, quote_list = queries.articles(since="2024-06-03"), queries.quotes(since="2024-06-03")
    with engine.connect() as conn:

        def plan(statement) -> str:
            sql = str(statement.compile(engine, compile_kwargs={"literal_binds": True}))
            return " ".join(str(row[-1]) for row in conn.execute(text("EXPLAIN QUERY PLAN " + sql)))

        for listing in (article_list, quote_list):
            assert "COVERING INDEX ix_articles_published_cover" in plan(listing.span), plan(listing.span)
        for listing, walked in (
            (article_list, "ix_articles_stored_order (stored_at>? AND stored_at<?)"),
            (quote_list, "ix_quotes_order (article_id>? AND article_id<?)"),
        ):
            low, high = pages.kept_span(conn, listing.span)
            first = listing.keys[0][0]
            query = listing.query.where(first >= low, first <= high)
            query = query.order_by(*(key.desc() if desc else key for key, desc in listing.keys)).limit(3)
            assert walked in plan(query) and "TEMP B-TREE" not in plan(query), plan(query)
