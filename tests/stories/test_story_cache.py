"""The story cache: an answer is computed once per story version and again when the story changes."""

from __future__ import annotations

import threading
from pathlib import Path

from newsprism.models import Article, Entity, Extraction, Mention
from newsprism.store.schema import articles_table
from newsprism.store.store import Store
from newsprism.stories.story_cache import StoryCache, story_version


def _article(article_id: str, text: str) -> tuple[Article, Extraction]:
    article = Article(article_id=article_id, source=f"{article_id}.txt", text=text, content_hash=text)
    mention = Mention(
        article_id=article_id, text="Velosi", start=0, end=6, label="PERSON", mention_id=f"{article_id}:m0"
    )
    return article, Extraction(mentions=[mention])


def _story_of_two(tmp_path: Path) -> Store:
    store = Store(str(tmp_path / "cache.db"))
    for article_id in ("a1", "a2"):
        store.save_article(*_article(article_id, "Velosi said the dam gave way."))
    store.update_rows(
        articles_table, "article_id", [{"article_id": a, "story_id": "s1"} for a in ("a1", "a2")]
    )
    return store


def test_an_answer_is_computed_once_until_the_story_changes(tmp_path: Path):
    store = _story_of_two(tmp_path)
    cache = StoryCache()
    calls = []

    def compute(store: Store, story_id: str) -> dict:
        calls.append(story_id)
        return {"members": sorted(a.article_id for a in store.articles() if a.story_id == story_id)}

    assert cache.get(store, "s1", "view", compute) == {"members": ["a1", "a2"]}
    assert cache.get(store, "s1", "view", compute) == {"members": ["a1", "a2"]}
    assert calls == ["s1"]

    store.save_article(*_article("a2", "Velosi said the dam burst."))  # re-analysed, new content
    store.update_rows(articles_table, "article_id", [{"article_id": "a2", "story_id": "s1"}])
    cache.get(store, "s1", "view", compute)
    assert calls == ["s1", "s1"]

    store.save_article(*_article("a3", "Velosi spoke again."))  # a new member
    store.update_rows(articles_table, "article_id", [{"article_id": "a3", "story_id": "s1"}])
    assert cache.get(store, "s1", "view", compute) == {"members": ["a1", "a2", "a3"]}
    assert len(calls) == 3


def test_linking_or_renaming_an_entity_changes_the_version(tmp_path: Path):
    store = _story_of_two(tmp_path)
    before = story_version(store, "s1")
    velosi = Entity(entity_id="person-velosi", name="Velosi", type="PERSON")
    store.save_entity_links([velosi], [], [("a1:m0", "person-velosi")])
    linked = story_version(store, "s1")
    velosi.name = "Amara Velosi"  # a later article gave the full name
    store.save_entity_links([velosi], [], [])
    assert len({before, linked, story_version(store, "s1")}) == 3
    assert story_version(store, "s1") == story_version(store, "s1")


def test_concurrent_requests_compute_an_answer_once(tmp_path: Path):
    store = _story_of_two(tmp_path)
    cache = StoryCache()
    calls = []
    started = threading.Event()

    def slow(store: Store, story_id: str) -> str:
        calls.append(story_id)
        started.wait(2)
        return "answer"

    answers = []
    threads = [
        threading.Thread(target=lambda: answers.append(cache.get(store, "s1", "view", slow)))
        for _ in range(6)
    ]
    for thread in threads:
        thread.start()
    started.set()
    for thread in threads:
        thread.join()
    assert answers == ["answer"] * 6 and calls == ["s1"]
