"""Story list items (/api/stories, the home page): a bounded preview of each story's members with
its counts, a flag and the whole story's URL; pages kept per database version stay right."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from fastapi.testclient import TestClient
from test_web import LOCAL

from newsprism import Corpus
from newsprism.store.store import Store
from newsprism.web.app import create_app


def by_id(items: list[dict]) -> dict[str, dict]:
    return {item["story_id"]: item for item in items}


def test_items_carry_counts_a_flag_and_the_whole_storys_url(client: TestClient, db: str):
    items = client.get("/api/stories").json()["items"]
    whole = {s.story_id: s for s in Store(db, create=False).stories()}
    assert set(by_id(items)) == set(whole)
    for item in items:
        story = whole[item["story_id"]]
        assert set(story.to_json()) <= set(item)  # every key of a story, then more
        assert item["article_count"] == len(story.articles)
        assert item["outlet_count"] == len(story.outlets)
        assert item["articles"] == story.articles and item["outlets"] == story.outlets
        assert item["articles_truncated"] is False
        assert item["story_url"] == f"{LOCAL}/api/stories/{item['story_id']}"
        assert client.get(item["story_url"]).json() == story.to_json()


def test_a_shortened_list_of_members_says_so(client: TestClient):
    flood = next(s for s in client.get("/api/stories").json()["items"] if s["article_count"] == 2)
    short = by_id(client.get("/api/stories", params={"articles": 1}).json()["items"])[flood["story_id"]]
    # The earliest member by date, the two counted, and the flag set.
    assert short["articles"] == ["hp-flood-1"] and short["article_count"] == 2
    assert short["articles_truncated"] is True and short["outlets"] == flood["outlets"]
    whole = client.get(short["story_url"]).json()
    assert whole["articles"][:1] == short["articles"] and len(whole["articles"]) == 2
    none = by_id(client.get("/api/stories", params={"articles": 0}).json()["items"])[flood["story_id"]]
    assert none["articles"] == [] and none["articles_truncated"] is True
    assert client.get("/api/stories", params={"articles": -1}).status_code == 422


def test_pages_of_one_follow_the_whole_list(client: TestClient):
    for sort in ("newest", "outlets"):
        whole = client.get("/api/stories", params={"sort": sort}).json()
        seen, url = [], "/api/stories"
        answer = client.get(url, params={"sort": sort, "limit": 1}).json()
        while True:
            seen += answer["items"]
            assert answer["total"] == whole["total"]
            if not answer["next"]:
                break
            answer = client.get(answer["next"]).json()
        assert seen == whole["items"], sort


def test_kept_pages_follow_changes_and_are_never_shared(db: str, tmp_path: Path):
    copy = tmp_path / "copy.db"
    shutil.copy(db, copy)
    client = TestClient(create_app(str(copy)), base_url=LOCAL)
    first = client.get("/api/stories").json()
    first["items"][0]["articles"].append("changed by a caller")
    again = client.get("/api/stories").json()
    assert "changed by a caller" not in again["items"][0]["articles"]
    story_id = again["items"][0]["story_id"]
    with sqlite3.connect(copy) as conn:  # another connection writes: the kept page is stale
        conn.execute("UPDATE stories SET title = 'A Retitled Story' WHERE story_id = ?", (story_id,))
    after = client.get("/api/stories").json()
    assert by_id(after["items"])[story_id]["title"] == "A Retitled Story"
    assert "A Retitled Story" in client.get("/", params={"window": "all"}).text


def test_corpus_list_page_and_home_page_show_the_counts(client: TestClient, db: str):
    with Corpus(db, read_only=True) as corpus:
        page = corpus.story_list_page(10, preview=1, sort="outlets")
        assert page.items[0]["article_count"] == 2 and len(page.items[0]["articles"]) == 1
        assert page.items[0]["articles_truncated"] is True
    home = " ".join(client.get("/", params={"window": "all"}).text.split())
    assert "2 articles · 2 outlets" in home and "1 article · 1 outlet" in home
