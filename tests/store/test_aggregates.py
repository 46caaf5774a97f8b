"""Entity counts computed in the database: the same numbers as counting the rows one by one."""

from __future__ import annotations

from collections import Counter

from newsprism.models import Article, Entity, Extraction, Mention, Quote
from newsprism.store.aggregates import entity_activity, entity_articles
from newsprism.store.store import Store


def _store_with_velosi(db_url: str) -> Store:
    store = Store(db_url)
    days = ["2025-03-01", "2025-03-01", "2025-03-02", None]
    outlets = ["Ledger", "Courier", "Ledger", "Ledger"]
    links = []
    for i, (day, outlet) in enumerate(zip(days, outlets, strict=True)):
        article_id = f"a{i}"
        mentions = [
            Mention(article_id=article_id, text="Velosi", start=k * 10, end=k * 10 + 6, label="PERSON",
                    mention_id=f"{article_id}:m{k}")
            for k in range(i + 1)
        ]  # fmt: skip
        quote = Quote(article_id=article_id, text="We will rebuild", start=50, end=65, kind="direct",
                      speaker="Velosi", quote_id=f"{article_id}:q0")  # fmt: skip
        article = Article(article_id=article_id, source=f"{article_id}.txt", text="x" * 80, title=f"T{i}",
                          outlet=outlet, published=day)  # fmt: skip
        store.save_article(article, Extraction(mentions=mentions, quotes=[quote] if i % 2 == 0 else []))
        links += [(m.mention_id, "person-velosi") for m in mentions]
    store.save_entity_links(
        [Entity(entity_id="person-velosi", name="Amara Velosi", type="PERSON")], [], links
    )
    from newsprism.store.schema import quotes_table

    store.update_rows(quotes_table, "quote_id", [{"quote_id": "a0:q0", "speaker_entity_id": "person-velosi"},
                                                 {"quote_id": "a2:q0", "speaker_entity_id": "person-velosi"}])  # fmt: skip
    return store


def test_activity_counts_mentions_and_quotes_per_outlet_and_day(db_url: str):
    store = _store_with_velosi(db_url)
    found = {(outlet, day, kind): n for outlet, day, kind, n in entity_activity(store, "person-velosi")}
    expected = Counter()
    for mention in store.mentions(entity_id="person-velosi"):
        article = store.article(mention.article_id)
        if article.published:
            expected[(article.outlet, article.published, "mentions")] += 1
    for quote in store.quotes(speaker_entity_id="person-velosi"):
        article = store.article(quote.article_id)
        expected[(article.outlet, article.published, "quotes")] += 1
    assert found == dict(expected)
    assert found[("Ledger", "2025-03-02", "mentions")] == 3 and found[("Ledger", "2025-03-01", "quotes")] == 1


def test_latest_articles_newest_first_undated_last_with_the_total(db_url: str):
    store = _store_with_velosi(db_url)
    rows, total = entity_articles(store, "person-velosi", limit=3)
    assert total == 4
    assert [r["article_id"] for r in rows] == ["a2", "a0", "a1"]
    assert set(rows[0]) == {"article_id", "title", "source", "outlet", "published"}
    assert entity_articles(store, "person-nobody") == ([], 0)
