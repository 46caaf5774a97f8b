"""The web app's guard rails over a real database: host names, security headers, HEAD, a
read-only database, dates, literal search text, ids by prefix, ambiguous names, paging."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from test_web import ARTICLES, LOCAL, flood_story, free_port

from newsprism.web.app import create_app

PAGES = [
    "/",
    "/quotes",
    "/search?q=barrier",
    "/articles/hp-flood-1",
    "/api/articles",
    "/docs",
    "/openapi.json",
]


@pytest.mark.parametrize("url", PAGES)
def test_a_forged_host_is_refused_and_never_echoed(client: TestClient, url: str):
    answer = client.get(url, headers={"Host": "evil.example"})
    assert answer.status_code == 400
    assert "evil.example" not in answer.text and "evil.example" not in str(answer.headers)


def test_next_links_use_only_an_allowed_host(db: str):
    app = create_app(db, allowed_hosts=["news.internal"])
    inside = TestClient(app, base_url="http://news.internal:8000").get("/api/articles", params={"limit": 1})
    assert inside.json()["next"].startswith("http://news.internal:8000/api/articles?")
    assert TestClient(app, base_url=LOCAL).get("/api/articles").status_code == 400
    for host in ("localhost", "127.0.0.1:8000", "[::1]:8000"):
        assert TestClient(create_app(db), base_url=f"http://{host}").get("/").status_code == 200, host


@pytest.mark.parametrize("url", [*PAGES, "/static/style.css", "/no/such/page", "/api/quotes?since=x"])
def test_every_response_carries_the_security_headers(client: TestClient, url: str):
    headers = client.get(url).headers
    csp = headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "same-origin"


def test_pages_have_no_inline_script_or_style(client: TestClient):
    story = flood_story(client)
    for url in ["/", f"/stories/{story['story_id']}", "/articles/hp-flood-1", "/docs", "/quotes"]:
        page = client.get(url).text
        assert "<script>" not in page and "<style" not in page and " style=" not in page, url
        assert "onclick=" not in page and "onload=" not in page, url


def test_head_is_answered_like_get_without_a_body(client: TestClient):
    for url in ["/", "/api/articles", "/articles/hp-flood-1"]:
        head, get = client.head(url), client.get(url)
        assert head.status_code == 200 and head.content == b"", url
        assert head.headers["content-type"] == get.headers["content-type"]
        assert "x-content-type-options" in head.headers


def test_serving_a_database_in_a_read_only_folder_never_writes(db: str, tmp_path: Path):
    folder = tmp_path / "ro"
    folder.mkdir()
    copy = folder / "news.db"
    shutil.copy(db, copy)
    for suffix in ("-wal", "-shm"):
        if Path(db + suffix).exists():
            shutil.copy(db + suffix, str(copy) + suffix)
    before = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.iterdir()}
    copy.chmod(stat.S_IRUSR | stat.S_IRGRP)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        client = TestClient(create_app(str(copy)), base_url=LOCAL)
        for url in ["/", "/api/quotes", "/api/search?q=barrier", "/articles/hp-flood-1"]:
            assert client.get(url).status_code == 200, url
        after = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.iterdir()}
        assert after["news.db"] == before["news.db"]
        if os.geteuid() != 0:  # root may write anyway (SQLite's -shm index); anyone else may not
            assert after == before
    finally:
        folder.chmod(stat.S_IRWXU)
        copy.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_the_served_database_refuses_writes(client: TestClient):
    corpus = client.app.state.corpus
    with pytest.raises(Exception, match="readonly|read-only|query_only"):
        with corpus.store.engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM quotes")


def test_quotes_date_filters_are_separate(client: TestClient):
    courier = client.get("/api/quotes", params={"outlet": "valley courier"}).json()["total"]
    post = client.get("/api/quotes", params={"outlet": "harbour post"}).json()["total"]
    until = client.get("/api/quotes", params={"until": "2025-05-12"}).json()
    assert until["total"] == 3 and {q["article_id"] for q in until["items"]} == {"hp-flood-1"}
    since = client.get("/api/quotes", params={"since": "2025-05-13"}).json()
    assert since["total"] == courier + post - 3
    page = client.get("/quotes", params={"until": "2025-05-12"}).text
    assert 'name="until" value="2025-05-12"' in page and 'name="since" value=""' in page
    assert "Our engineers followed" not in page and "The barrier was not designed" in page
    spec = client.get("/openapi.json").json()
    names = {p["name"] for p in spec["paths"]["/api/quotes"]["get"]["parameters"]}
    assert {"since", "until", "after", "entity"} <= names


@pytest.mark.parametrize(
    ("url", "parameter"),
    [
        ("/api/quotes?until=2020-13-45", "until"),
        ("/api/quotes?since=2020-02-30", "since"),
        ("/api/articles?until=yesterday", "until"),
        ("/api/stories?since=2021-02-29", "since"),
    ],
)
def test_impossible_dates_are_rejected_naming_the_parameter(client: TestClient, url: str, parameter: str):
    answer = client.get(url)
    assert answer.status_code == 422
    assert answer.json()["error"] == f"invalid parameters: {parameter}"
    page = client.get("/quotes?" + url.split("?", 1)[1])
    assert page.status_code == 422 and f"invalid parameters: {parameter}" in page.text


def test_percent_and_underscore_in_a_speaker_are_literal(client: TestClient):
    for wildcard in ("%", "_", "h_lm", "%olm"):
        assert client.get("/api/quotes", params={"speaker": wildcard}).json()["total"] == 0, wildcard
    assert client.get("/api/quotes", params={"speaker": "holm"}).json()["total"] == 2


def test_any_unique_id_prefix_is_accepted(client: TestClient):
    story = flood_story(client)
    prefix = story["story_id"][:8]
    whole = client.get(f"/api/stories/{prefix}").json()
    assert whole == {key: story[key] for key in whole}
    assert client.get(f"/api/stories/{prefix}/compare").status_code == 200
    assert client.get(f"/stories/{prefix}").status_code == 200
    assert client.get("/api/articles/vc-flo").json()["article_id"] == "vc-flood-2"
    ambiguous = client.get("/api/articles/hp-")
    assert ambiguous.status_code == 400
    assert "ambiguous" in ambiguous.json()["error"] and "hp-flood-1" in ambiguous.json()["error"]
    assert client.get("/articles/hp-").status_code == 400
    holm = client.get("/api/entities/Petra Holm").json()
    assert client.get(f"/api/entities/{holm['entity_id'][:-3]}").json()["entity_id"] == holm["entity_id"]


def test_api_pages_follow_cursors_to_the_end(client: TestClient):
    for url, key in [
        ("/api/quotes", "quote_id"),
        ("/api/entities", "entity_id"),
        ("/api/stories", "story_id"),
    ]:
        whole = client.get(url, params={"limit": 200}).json()
        seen, answer = [], client.get(url, params={"limit": 2}).json()
        while True:
            assert answer["total"] == whole["total"]
            seen += [item[key] for item in answer["items"]]
            if not answer["next"]:
                break
            assert "after=" in answer["next"] and "offset=" not in answer["next"]
            answer = client.get(answer["next"]).json()
        assert seen == [item[key] for item in whole["items"]], url
    bad = client.get("/api/quotes", params={"after": "bm90IG91cnM"})
    assert bad.status_code == 400 and "cursor" in bad.json()["error"]


def test_stories_sort_and_filter_by_outlets(client: TestClient):
    biggest = client.get("/api/stories", params={"sort": "outlets"}).json()["items"]
    assert sorted(biggest[0]["articles"]) == ["hp-flood-1", "vc-flood-2"]
    two = client.get("/api/stories", params={"min_outlets": 2}).json()
    assert two["total"] == 1 and len(two["items"][0]["outlets"]) == 2
    home = client.get("/").text
    assert home.index("Flood Barrier Fails") < home.index("Orchestra Tour Cancelled")
    newest = client.get("/", params={"sort": "newest"}).text
    assert newest.index("Orchestra Tour Cancelled") < newest.index("Flood Barrier Fails")
    filtered = client.get("/", params={"min_outlets": 2}).text
    assert "Flood Barrier Fails" in filtered and "1 story" in filtered


def test_a_page_past_the_end_says_so(client: TestClient):
    page = client.get("/", params={"offset": 200}).text
    assert "No stories yet" not in page
    assert "No stories on this page" in page and 'href="/"' in page


def test_entity_page_offers_the_rest_of_its_quotes(client: TestClient):
    holm = client.get("/api/entities/Petra Holm", params={"quote_limit": 1}).json()
    assert holm["quote_count"] == 2 and len(holm["quotes"]) == 1 and holm["quotes_next"]
    rest = client.get(holm["quotes_next"]).json()
    assert len(rest["quotes"]) == 1 and rest["quotes_next"] is None
    assert {q["quote_id"] for q in holm["quotes"] + rest["quotes"]} == {
        q["quote_id"] for q in client.get("/api/quotes", params={"entity": holm["entity_id"]}).json()["items"]
    }
    page = client.get(f"/entities/{holm['entity_id']}").text
    assert "2 quotes" in page


def test_serve_on_a_busy_port_fails_before_serving(db: str):
    import socket

    port = free_port()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", port))
        taken.listen()
        done = subprocess.run(
            [sys.executable, "-m", "newsprism", "serve", "--db", db, "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        )
    assert done.returncode == 2
    assert "Serving" not in done.stdout
    assert done.stderr.strip().splitlines() == [
        f"Error: cannot listen on 127.0.0.1:{port}: already in use (pick another --port)"
    ]


def test_all_invented_articles_are_served(client: TestClient):
    assert client.get("/api/articles").json()["total"] == len(ARTICLES)


def test_an_ambiguous_name_shows_the_best_supported_entity_and_names_the_others(tmp_path: Path):
    from newsprism import Corpus
    from newsprism.models import Entity
    from newsprism.people import names, place_names
    from newsprism.store.schema import entities_table

    db = str(tmp_path / "names.db")
    person = names.parse_person("Donald Trump")
    made = {
        "org-trump": (
            Entity("org-trump", "Trump", "ORG"),
            [*place_names.name_keys("Trump", "ORG"), "a:trump"],
            40,
        ),
        "person-trump": (Entity("person-trump", "Donald Trump", "PERSON"), names.person_keys(person), 1288),
    }
    with Corpus(db) as corpus:
        keys = [(key, eid) for eid, (_, found, _) in made.items() for key in found]
        corpus.store.save_entity_links([e for e, _, _ in made.values()], keys, [])
        counts = [{"entity_id": eid, "mentions": n} for eid, (_, _, n) in made.items()]
        corpus.store.update_rows(entities_table, "entity_id", counts)
    client = TestClient(create_app(db), base_url=LOCAL)
    api = client.get("/api/entities/Trump").json()
    assert api["entity_id"] == "person-trump" and [e["entity_id"] for e in api["also"]] == ["org-trump"]
    page = client.get("/entities/Trump").text
    assert (
        "<h1>Donald Trump" in page and "This name also fits" in page and 'href="/entities/org-trump"' in page
    )
    assert "also fits" not in client.get("/entities/org-trump").text


def test_events_are_listed_and_paged(client: TestClient):
    every = client.get("/api/events", params={"limit": 200}).json()
    assert every["total"] == len(every["items"]) > 0
    assert all(e["article_id"] in {a["id"] for a in ARTICLES} for e in every["items"])
    first = client.get("/api/events", params={"limit": 1}).json()
    if every["total"] > 1:
        assert client.get(first["next"]).json()["items"][0] == every["items"][1]
    one = client.get("/api/events", params={"article": "vc-flo"}).json()
    assert {e["article_id"] for e in one["items"]} <= {"vc-flood-2"}
    assert client.get("/api/events", params={"since": "2025-02-30"}).status_code == 422


def test_quote_and_search_pages_past_the_end_lead_back(client: TestClient):
    for url in ["/quotes?offset=500", "/search?q=barrier&offset=500", "/quotes?q=barrier&offset=500"]:
        page = client.get(url).text
        assert "Nothing on this page" in page and 'rel="first"' in page, url
    assert "Nothing on this page" not in client.get("/quotes").text


def test_serve_answers_the_allowed_host_names_only(db: str):
    import http.client
    import time

    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "newsprism", "serve", "--db", db, "--port", str(port)]
        + ["--allowed-host", "news.example.org"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )

    def status(host: str) -> tuple[int, bytes]:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        conn.request("GET", "/api/articles?limit=1", headers={"Host": host})
        answer = conn.getresponse()
        return answer.status, answer.read()

    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                status("localhost")
                break
            except OSError:
                assert process.poll() is None and time.monotonic() < deadline, "server did not start"
                time.sleep(0.2)
        ok, body = status(f"news.example.org:{port}")
        assert ok == 200 and f"http://news.example.org:{port}/api/articles?after=".encode() in body
        assert status(f"localhost:{port}")[0] == 200 and status(f"127.0.0.1:{port}")[0] == 200
        refused, body = status("evil.example")
        assert refused == 400 and b"evil" not in body
    finally:
        process.terminate()
        process.wait(timeout=10)
