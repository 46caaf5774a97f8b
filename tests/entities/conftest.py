"""Fixtures shared by the entity tests: link hand-written PERSON mentions, batch by batch, as the
pipeline would after the article stage."""

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
