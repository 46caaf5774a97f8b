"""Fixtures shared by the entity tests: link hand-written mentions, batch by batch or one article
at a time, as the pipeline would after the article stage."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsprism.entities import link_articles
from newsprism.models import Article, Extraction, Mention
from newsprism.store.store import Store

# article id -> [(text, roles) or (text, roles, the article's name for the mention)]
Batch = dict[str, list[tuple]]


def _link_batches(store: Store, batches: list[Batch]) -> None:
    """Each batch is one ``link_articles`` call; every mention is a PERSON 40 characters after the
    last, and its local name (the article's own name for it) is its text unless given."""
    for batch in batches:
        for article_id, items in batch.items():
            mentions = [
                Mention(
                    article_id,
                    text,
                    40 * n,
                    40 * n + len(text),
                    "PERSON",
                    local_name=local[0] if local else text,
                    roles=roles,
                    mention_id=f"{article_id}:m{n}",
                )
                for n, (text, roles, *local) in enumerate(items)
            ]
            store.save_article(
                Article(article_id=article_id, source=article_id, text="x" * 400), Extraction(mentions)
            )
        link_articles(store, list(batch))


@pytest.fixture
def link_batches() -> Callable[[Store, list[Batch]], None]:
    return _link_batches


# article id -> [(text, label, *roles)]: mentions written one after another, ". " between them
Written = dict[str, list[tuple]]
Links = dict[tuple[str, str], str | None]  # (article id, mention text) -> entity id


def _save_written(store: Store, article_id: str, found: list[tuple]) -> None:
    """Store one article made of its mentions' words; each mention's local name is its text."""
    text, mentions = "", []
    for n, (written, label, *roles) in enumerate(found):
        mention = Mention(article_id, written, len(text), len(text) + len(written), label, local_name=written)
        mention.roles = list(roles)
        mention.mention_id = f"{article_id}:m{n}"
        mentions.append(mention)
        text += written + ". "
    store.save_article(
        Article(article_id=article_id, source=article_id, text=text), Extraction(mentions=mentions)
    )


def _links(store: Store, articles: Written) -> Links:
    return {(m.article_id, m.text): m.entity_id for m in store.mentions(article_ids=list(articles))}


def _link_each(store: Store, articles: Written) -> Links:
    """Store each article and link it alone, as a growing corpus does."""
    for article_id, found in articles.items():
        _save_written(store, article_id, found)
        link_articles(store, [article_id])
    return _links(store, articles)


def _link_together(store: Store, articles: Written) -> Links:
    """Store the articles and link them in one batch."""
    for article_id, found in articles.items():
        _save_written(store, article_id, found)
    link_articles(store, list(articles))
    return _links(store, articles)


@pytest.fixture
def link_each() -> Callable[[Store, Written], Links]:
    return _link_each


@pytest.fixture
def link_together() -> Callable[[Store, Written], Links]:
    return _link_together
