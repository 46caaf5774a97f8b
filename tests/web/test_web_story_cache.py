"""A story's page and its comparison are computed once and served again until the story changes;
a change by another connection (an analyze run writing while the server reads) is seen at once."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from fastapi.testclient import TestClient
from test_web import LOCAL

from newsprism.store.store import Store
from newsprism.stories import story_cache
from newsprism.web.app import create_app


def test_a_story_page_and_its_comparison_are_kept_until_the_story_changes(db: str, tmp_path: Path):
    copy = tmp_path / "copy.db"
    shutil.copy(db, copy)
    client = TestClient(create_app(str(copy)), base_url=LOCAL)
    stories = sorted(Store(str(copy), create=False).stories(), key=lambda s: -len(s.articles))
    changed, other = stories[0], stories[-1]
    urls = [f"/stories/{changed.story_id}", f"/api/stories/{changed.story_id}/compare"]
    story_cache.shared.clear()
    first = [client.get(url).text for url in urls]
    other_page = client.get(f"/stories/{other.story_id}").text
    computed = story_cache.shared.misses
    assert [client.get(url).text for url in urls] == first  # served again, not computed again
    assert story_cache.shared.misses == computed

    member = changed.articles[0]
    with sqlite3.connect(copy) as conn:  # another connection retitles a member
        conn.execute("UPDATE articles SET title = 'A Retitled Member' WHERE article_id = ?", (member,))
    page, comparison = (client.get(url) for url in urls)
    assert "A Retitled Member" in page.text and "A Retitled Member" not in first[0]
    assert "A Retitled Member" in json.dumps(comparison.json())
    recomputed = story_cache.shared.misses
    assert recomputed > computed  # computed again for the story's new version
    assert client.get(f"/stories/{other.story_id}").text == other_page  # the other story: kept
    assert story_cache.shared.misses == recomputed
