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


def _link_each(store: Store, articles: dict[str, list[tuple[str, str]]]) -> dict[tuple[str, str], str]:
    """Store each article's (text, label) mentions and link it alone, as a growing corpus does;
    the entity id of each (article id, mention text)."""
    for article_id, found in articles.items():
        text, mentions = "", []
        for n, (written, label) in enumerate(found):
            mention = Mention(
                article_id, written, len(text), len(text) + len(written), label, local_name=written
            )
            mention.mention_id = f"{article_id}:m{n}"
            mentions.append(mention)
            text += written + ". "
        store.save_article(
            Article(article_id=article_id, source=article_id, text=text), Extraction(mentions=mentions)
        )
        link_articles(store, [article_id])
    return {(m.article_id, m.text): m.entity_id for m in store.mentions(article_ids=list(articles))}


@pytest.fixture
def link_each() -> Callable[[Store, dict[str, list[tuple[str, str]]]], dict[tuple[str, str], str]]:
    return _link_each
