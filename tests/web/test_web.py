"""The web app over a real SQLite file built by the real pipeline: JSON API, pages, search, safety."""

from __future__ import annotations

import html
import json
import re
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsprism import Corpus
from newsprism.models import Article
from newsprism.store.search import search
from newsprism.store.store import Store
from newsprism.web.app import create_app
from newsprism.web.views import highlight

# Invented articles: two outlets telling one flood story, and one article with a hostile title.
ARTICLES = [
    {
        "id": "hp-flood-1",
        "headline": "Flood Barrier Fails in Lindmark, Hundreds Evacuated",
        "source": "Harbour Post",
        "published": "2025-05-12",
        "body": [
            "Hundreds of residents in the river town of Lindmark were evacuated on Monday after a flood barrier gave way during a storm.",
            "\u201cThe barrier was not designed for a storm of this size,\u201d said Petra Holm, the mayor of Lindmark.",
            "Rescue crews worked through the night. Jonas Berg, a spokesman for the regional fire service, said no one had been seriously hurt.",
            "\u201cWe were told the repairs were finished last year,\u201d said Ada Moreau, a shop owner whose store was flooded.",
        ],
    },
    {
        "id": "vc-flood-2",
        "headline": "Lindmark Mayor Defends Flood Defences After Barrier Collapse",
        "source": "Valley Courier",
        "published": "2025-05-13",
        "body": [
            "The mayor of Lindmark, Petra Holm, defended the town's flood defences on Tuesday, a day after a barrier collapsed during a storm and forced hundreds of residents from their homes.",
            "\u201cOur engineers followed every national guideline,\u201d Holm told reporters.",
            "The regional environment minister, Karl Wendt, said the government would fund an independent inquiry into the flood barrier. \u201cWe owe the people of Lindmark answers,\u201d Wendt said.",
            "Jonas Berg of the regional fire service said crews had rescued 40 residents from rooftops.",
        ],
    },
    {
        "id": "hp-hostile-3",
        "headline": "<script>alert('pwned')</script> Orchestra Tour Cancelled",
        "url": "javascript:alert(1)",
        "source": "Harbour Post",
        "published": "2025-06-02",
        "body": [
            "The Estavian Youth Orchestra cancelled its summer tour of Norland on Friday, citing rising travel costs.",
            "\u201cIt breaks our hearts to <b>stay home</b>,\u201d said conductor Mira Solberg.",
        ],
    },
]
HOSTILE_TITLE = ARTICLES[2]["headline"]
# The test client asks for a host name the app answers for.
LOCAL = "http://localhost"


def build_corpus(folder: Path) -> str:
    """Run the real pipeline on the invented articles; returns the database path."""
    inputs = folder / "in"
    inputs.mkdir(parents=True, exist_ok=True)
    for article in ARTICLES:
        (inputs / f"{article['id']}.json").write_text(json.dumps(article), encoding="utf-8")
    db = str(folder / "web.db")
    with Corpus(db, processes=1) as corpus:
        summary = corpus.analyze([str(inputs)])
    assert summary.new == len(ARTICLES) and summary.failed == 0, summary.failures
    return db


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def serving(db: str) -> Iterator[str]:
    """`newsprism serve` in a subprocess on a free port; yields its base URL once it answers."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "newsprism", "serve", "--db", db, "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(base + "/api/stories", timeout=2):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"server did not start: {process.stdout.read() if process.stdout else ''}")
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def flood_story(client: TestClient) -> dict:
    stories = client.get("/api/stories").json()["items"]
    return next(s for s in stories if "hp-flood-1" in s["articles"])


# ---- JSON API --------------------------------------------------------------------------------


def test_lists_are_paged_with_next_links(client: TestClient):
    first = client.get("/api/articles", params={"limit": 2}).json()
    assert first["total"] == 3 and len(first["items"]) == 2
    assert first["next"] and "after=" in first["next"] and first["next"].startswith(LOCAL)
    last = client.get(first["next"]).json()
    assert len(last["items"]) == 1 and last["next"] is None
    seen = {a["article_id"] for a in first["items"] + last["items"]}
    assert seen == {a["id"] for a in ARTICLES}


def test_stories_are_paged_newest_first(client: TestClient):
    first = client.get("/api/stories", params={"limit": 1}).json()
    second = client.get(first["next"]).json()
    assert first["total"] == second["total"] == 2 and second["next"] is None
    assert first["items"][0]["articles"] == ["hp-hostile-3"]  # published last, listed first
    assert sorted(second["items"][0]["articles"]) == ["hp-flood-1", "vc-flood-2"]


def test_items_have_the_cli_json_keys(client: TestClient, db: str):
    store = Store(db, create=False)
    article = store.article("hp-flood-1")
    api_article = client.get("/api/articles/hp-flood-1").json()
    assert set(article.to_json()) <= set(api_article)
    assert {k: api_article[k] for k in article.to_json()} == article.to_json()
    assert [q["text"] for q in api_article["quotes"]] == [
        q.text for q in store.quotes(article_ids=["hp-flood-1"])
    ]
    quote = next(store.quotes())
    assert set(client.get("/api/quotes").json()["items"][0]) == set(quote.to_json())
    entity = next(store.entities())
    assert client.get("/api/entities").json()["items"][0] == entity.to_json()
    assert set(next(store.stories()).to_json()) <= set(flood_story(client))  # keys added, none dropped


def test_quote_filters(client: TestClient):
    holm = client.get("/api/quotes", params={"speaker": "holm"}).json()
    assert holm["total"] == 2 and {q["speaker"] for q in holm["items"]} == {"Petra Holm"}
    courier = client.get("/api/quotes", params={"outlet": "valley courier"}).json()
    assert courier["total"] >= 3 and {q["article_id"] for q in courier["items"]} == {"vc-flood-2"}
    words = client.get("/api/quotes", params={"q": "engineers"}).json()
    assert [q["text"] for q in words["items"]] == ["Our engineers followed every national guideline"]
    dated = client.get("/api/quotes", params={"since": "2025-05-13", "until": "2025-05-31"}).json()
    assert dated["total"] == courier["total"]


def test_full_text_search_over_articles_and_quotes(client: TestClient):
    found = client.get("/api/search", params={"q": "barrier"}).json()
    kinds = {(hit["kind"], hit["article"]["article_id"]) for hit in found["items"]}
    assert ("article", "hp-flood-1") in kinds and ("article", "vc-flood-2") in kinds
    assert ("quote", "hp-flood-1") in kinds  # "The barrier was not designed ..."
    assert found["total"] == len(found["items"])
    for hit in found["items"]:
        for start, end in hit["highlights"]:
            assert hit["snippet"][start:end].lower().startswith("barrier")
    phrase = client.get("/api/search", params={"q": '"national guideline"'}).json()
    assert [h["quote"]["speaker"] for h in phrase["items"] if h["kind"] == "quote"] == ["Petra Holm"]
    prefix = client.get("/api/search", params={"q": "evacu*"}).json()
    assert {h["article"]["article_id"] for h in prefix["items"]} == {"hp-flood-1"}
    assert client.get("/api/search", params={"q": "zeppelin"}).json() == {
        "items": [],
        "total": 0,
        "next": None,
        "total_capped": False,
    }


@pytest.mark.parametrize("query", ['"unbalanced', "AND OR NOT", "barrier)(", "col:umn", "*", "NEAR(a b)"])
def test_search_input_is_never_query_syntax(client: TestClient, query: str):
    answer = client.get("/api/search", params={"q": query})
    assert answer.status_code == 200, answer.text
    assert set(answer.json()) == {"items", "total", "next", "total_capped"}


def test_search_index_follows_changed_articles(tmp_path: Path, nlp):
    db = str(tmp_path / "change.db")
    folder = tmp_path / "in"
    folder.mkdir()
    story = dict(ARTICLES[0])
    (folder / "a.json").write_text(json.dumps(story), encoding="utf-8")
    with Corpus(db, processes=1) as corpus:
        corpus.analyze([str(folder)])
        assert search(corpus.store, "barrier")[1] >= 2
        story["body"] = [
            "Volunteers rebuilt the harbour wall in Lindmark on Sunday.",
            "\u201cWe worked all night,\u201d said Tove Lind.",
        ]
        (folder / "a.json").write_text(json.dumps(story), encoding="utf-8")
        assert corpus.analyze([str(folder)]).updated == 1
        assert search(corpus.store, "repairs")[1] == 0  # the old text and quotes are gone
        items, total = search(corpus.store, "volunteers")
        assert total == 1 and items[0]["article"]["article_id"] == "hp-flood-1"
        assert [i["quote"]["speaker"] for i in search(corpus.store, "night")[0] if i["kind"] == "quote"] == [
            "Tove Lind"
        ]


def test_search_without_fts_index_falls_back_to_substrings(db: str, tmp_path: Path):
    copy = tmp_path / "plain.db"
    with sqlite3.connect(db) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    with sqlite3.connect(copy) as conn:
        conn.execute("DROP TABLE articles_fts")
        conn.execute("DROP TABLE quotes_fts")
    store = Store(str(copy), create=False)
    items, total = search(store, "barrier", limit=2, offset=1)
    full, full_total = search(store, "barrier")
    assert total == full_total >= 3 and items == full[1:3]
    assert all(hit["snippet"][s:e].lower() == "barrier" for hit in full for s, e in hit["highlights"])


def test_entities_stories_and_compare(client: TestClient):
    people = client.get("/api/entities", params={"type": "person"}).json()
    holm = next(e for e in people["items"] if e["name"] == "Petra Holm")
    assert all(e["type"] == "PERSON" for e in people["items"]) and people["total"] == len(people["items"])
    profile = client.get(f"/api/entities/{holm['entity_id']}").json()
    assert {k: profile[k] for k in holm} == holm  # the entity's own keys, then more
    assert profile["outlets"] == {"Harbour Post": 1, "Valley Courier": 1}
    assert client.get("/api/entities/Petra Holm").json()["entity_id"] == holm["entity_id"]  # by name too
    assert {q["text"] for q in profile["quotes"]} >= {"Our engineers followed every national guideline"}
    assert set(profile["over_time"]) == {"Harbour Post", "Valley Courier"}

    story = flood_story(client)
    whole = client.get(f"/api/stories/{story['story_id']}").json()
    assert whole == {key: story[key] for key in whole}  # a list item: the story's keys, then more
    compared = client.get(f"/api/stories/{story['story_id']}/compare").json()
    outlets = {o["outlet"]: o for o in compared["outlets"]}
    assert set(outlets) == {"Harbour Post", "Valley Courier"}
    assert all({"distinct", "loaded", "sources", "last_word"} <= set(o) for o in outlets.values())
    everything = client.get(f"/api/stories/{story['story_id']}/compare", params={"all": "true"}).json()
    for outlet in everything["outlets"]:
        assert len(outlet["distinct"]) == outlet["more"]["distinct"]
    assert outlets["Valley Courier"]["quotes_by_speaker"]["Karl Wendt"] == 2
    # Two outlets: what one lacks is carried by only one other, never "most others" (issue 18).
    assert outlets["Harbour Post"]["missing_here"]["entities"] == []
    assert "Karl Wendt" in outlets["Valley Courier"]["only_here"]["entities"]
    assert outlets["Valley Courier"]["labels"]["Karl Wendt"] == {"regional environment minister": 1}
    said = [row for row in compared["timeline"] if row["kind"] == "quote"]
    assert {row["date"] for row in said} == {"2025-05-12", "2025-05-13"}


# ---- pages ------------------------------------------------------------------------------------


def test_pages_render(client: TestClient):
    story = flood_story(client)
    holm = next(e for e in client.get("/api/entities").json()["items"] if e["name"] == "Petra Holm")
    for url in [
        "/",
        f"/stories/{story['story_id']}",
        f"/entities/{holm['entity_id']}",
        "/articles/hp-flood-1",
        "/quotes?q=barrier",
        "/search?q=barrier",
        "/quotes",
        "/search",
        "/quotes?q=barrier&speaker=&outlet=&since=&until=",
    ]:  # a form's empty fields
        answer = client.get(url)
        assert answer.status_code == 200, url
        assert "<html" in answer.text and 'rel="stylesheet" href="/static/style.css"' in answer.text
        assets = re.findall(r'(?:src|href)="([^"#]+)"', answer.text)
        assert all(a.startswith("/") for a in assets), url  # every link and asset is the app's own
        for asset in {a for a in assets if a.startswith("/static/")}:
            assert client.get(asset).status_code == 200, asset
    home = client.get("/").text
    assert f"/stories/{story['story_id']}" in home and "Flood Barrier Fails in Lindmark" in home


def test_story_page_has_outlets_side_by_side_and_charts(client: TestClient):
    story = flood_story(client)
    page = client.get(f"/stories/{story['story_id']}").text
    assert page.count('<section class="outlet">') == 2
    assert page.count('<svg class="chart"') == 2
    # one dot per outlet and day in the timeline chart: each outlet published once
    timeline = page.split('<svg class="chart"')[1]
    assert timeline.count("<circle") == 1 + 2  # legend dot + two articles
    assert "Karl Wendt" in page and "Leaves out" in page and "2025-05-12" in page
    assert "regional environment minister" in page  # labelling words
    assert 'href="/entities/Karl%20Wendt"' in page  # a name only one outlet uses links to its entity
    entity_page = client.get("/entities/Karl%20Wendt")
    assert entity_page.status_code == 200
    assert "2 articles from 2 outlets" in page
    for text in (page, entity_page.text):  # counts read as English: "1 quote", never "1 quotes"
        assert not re.search(
            r"\b1 (more )?(quote|outlet|event|article|mention|source|statement|row)s\b", text
        )
    assert re.search(r"\b1 article\b", entity_page.text)


def test_story_page_lists_every_difference_on_asking(client: TestClient):
    """Issue 18: the differences past each outlet's top few are a link away (``?all=true``),
    and the full page links back to the top few."""
    sid = flood_story(client)["story_id"]
    top, full = client.get(f"/stories/{sid}").text, client.get(f"/stories/{sid}?all=true")
    assert full.status_code == 200
    assert f'href="/stories/{sid}?all=true">every difference</a>' in top
    assert f'every difference (<a href="/stories/{sid}">the top few</a>)' in full.text
    assert full.text.count("<li title=") >= top.count("<li title=")


def test_entity_page_charts_mentions_and_quotes(client: TestClient):
    holm = next(e for e in client.get("/api/entities").json()["items"] if e["name"] == "Petra Holm")
    page = client.get(f"/entities/{holm['entity_id']}").text
    assert '<svg class="chart"' in page and "Harbour Post" in page and "Valley Courier" in page
    assert "mayor of Lindmark" in page and "Our engineers followed every national guideline" in page


def test_hostile_text_is_escaped_everywhere(client: TestClient):
    escaped_title = html.escape(HOSTILE_TITLE, quote=False)
    for url in ["/", "/articles/hp-hostile-3", "/search?q=orchestra", "/quotes?q=hearts"]:
        page = client.get(url).text
        assert "<script>" not in page, url
        assert "<b>stay home</b>" not in page, url
    assert escaped_title.replace("'", "&#39;") in client.get("/").text
    article = client.get("/articles/hp-hostile-3").text
    assert "&lt;b&gt;stay home&lt;/b&gt;" in article
    assert client.get("/api/articles/hp-hostile-3").json()["url"] == "javascript:alert(1)"
    assert "javascript:" not in article  # only http(s) addresses become links
    search_page = client.get("/search", params={"q": "<script>"}).text
    assert "<script>" not in search_page


def test_article_text_marks_quotes_at_their_offsets(client: TestClient):
    data = client.get("/api/articles/hp-flood-1").json()
    page = client.get("/articles/hp-flood-1").text
    body = page.split('id="article-text">', 1)[1].split("</div>", 1)[0]
    assert html.unescape(re.sub(r"<[^>]+>", "", body)) == data["text"]
    marked = re.findall(r'<mark class="quote"[^>]*>(.*?)</mark>', body)
    assert [html.unescape(re.sub(r"<[^>]+>", "", m)) for m in marked] == [q["text"] for q in data["quotes"]]


def test_highlight_escapes_each_piece_and_nests_overlaps():
    text = 'A <i>"x"</i> said Bob & co.'
    quotes = [{"start": 2, "end": 12, "speaker": "Bob <x>", "speaker_start": 18, "speaker_end": 21}]
    mentions = [{"start": 18, "end": 21, "label": "PERSON", "entity_id": "p/1?"}, {"start": 40, "end": 50}]
    marked = str(highlight(text, quotes, mentions))
    assert "<i>" not in marked and "&lt;i&gt;" in marked and "&amp; co." in marked
    assert 'title="Bob &lt;x&gt;"' in marked and 'href="/entities/p%2F1%3F"' in marked
    assert html.unescape(re.sub(r"<[^>]+>", "", marked)) == text
    assert highlight("", [], []) == ""


def test_api_docs_are_served_without_a_cdn(client: TestClient):
    spec = client.get("/openapi.json").json()
    api_routes = [r.path for r in client.app.routes if getattr(r, "path", "").startswith("/api/")]
    assert api_routes and set(api_routes) <= set(spec["paths"])
    for path in api_routes:
        answer = spec["paths"][path]["get"]["responses"]["200"]
        assert answer["description"] and answer["content"]["application/json"]["schema"], path
    docs = client.get("/docs").text
    assert "cdn" not in docs.lower() and "https://" not in docs
    for asset in re.findall(r'(?:src|href)="(/static/[^"]+)"', docs):
        assert client.get(asset).status_code == 200, asset


def test_an_empty_corpus_has_a_home_page_and_empty_lists(tmp_path: Path):
    Store(str(tmp_path / "empty.db")).close()
    client = TestClient(create_app(str(tmp_path / "empty.db")), base_url=LOCAL)
    home = client.get("/")
    assert home.status_code == 200 and "No articles stored" in home.text and "No stories yet" in home.text
    for url in ["/api/articles", "/api/quotes", "/api/entities", "/api/stories", "/api/search?q=anything"]:
        assert client.get(url).json() == {"items": [], "total": 0, "next": None, "total_capped": False}, url


def test_pages_link_to_their_next_page(client: TestClient):
    quotes = client.get("/api/quotes").json()["total"]
    first = client.get("/api/quotes", params={"limit": 3}).json()
    pages = [first]
    while pages[-1]["next"]:
        pages.append(client.get(pages[-1]["next"]).json())
    assert len(pages) == -(-quotes // 3) and sum(len(p["items"]) for p in pages) == quotes
    assert len({q["quote_id"] for p in pages for q in p["items"]}) == quotes


def test_search_items_carry_the_article_keys(db: str):
    items, _ = search(Store(db, create=False), "orchestra")
    assert items and set(items[0]["article"]) == set(Article(article_id="x", source="s", text="").to_json())


def test_story_page_opens_with_what_happened_as_the_brief_tells_it(client: TestClient):
    """Issue 18 item 5: the page shows what the markdown brief shows; its "What happened" lists
    the comparison's key events, each linked to its article and offsets, before the outlets."""
    shown = 0
    for story in client.get("/api/stories").json()["items"]:
        compared = client.get(f"/api/stories/{story['story_id']}/compare").json()
        page = client.get(f"/stories/{story['story_id']}").text
        if not compared["key_events"]:
            assert "<h2>What happened</h2>" not in page
            continue
        assert page.index("<h2>What happened</h2>") < page.index("<h2>Side by side</h2>")
        for event in compared["key_events"]:
            assert f'href="/articles/{event["article_id"]}#{event["start"]}-{event["end"]}"' in page
            shown += 1
    assert shown  # the corpus has a story with a key event, so the section was checked
