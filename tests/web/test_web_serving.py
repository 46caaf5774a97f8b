"""Serving under load: several server processes, story pages and comparisons kept per story
version (and never after the story changed), an entity's timeline a page at a time."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from test_web import LOCAL, build_corpus, flood_story, free_port

from newsprism.web.app import create_app


@pytest.fixture(scope="module")
def db(tmp_path_factory, nlp) -> str:
    return build_corpus(tmp_path_factory.mktemp("serving"))


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        found += [int(x) for x in task.read_text().split()]
    return found


def test_serve_with_workers_answers_from_several_processes(db: str):
    if not Path("/proc/self/task").exists():
        pytest.skip("needs Linux /proc to count the server's processes")
    port = free_port()
    command = [sys.executable, "-m", "newsprism", "serve", "--db", db, "--port", str(port), "--workers", "2"]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(base + "/api/stories", timeout=5) as answer:
                    stories = json.load(answer)
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"server did not start: {server.stdout.read() if server.stdout else ''}")
                time.sleep(0.3)
        assert stories["total"] >= 1
        workers = [p for p in _children(server.pid) if Path(f"/proc/{p}/cmdline").exists()]
        assert len(workers) >= 2  # the two workers (uvicorn may also run a resource tracker)
        for _ in range(6):  # new connections, whichever worker takes them
            with urllib.request.urlopen(base + "/api/articles?limit=1", timeout=30) as answer:
                assert json.load(answer)["total"] == 3
        with urllib.request.urlopen(base + f"/stories/{stories['items'][0]['story_id']}", timeout=60) as page:
            assert page.status == 200
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert server.returncode is not None


def test_workers_must_be_a_positive_count(db: str):
    from typer.testing import CliRunner

    from newsprism.cli.main import app

    result = CliRunner().invoke(app, ["serve", "--db", db, "--workers", "0"])
    assert result.exit_code != 0 and "--workers" in result.output


def test_a_kept_story_page_and_comparison_follow_a_changed_story(db: str, tmp_path: Path):
    copy = str(tmp_path / "changing.db")
    shutil.copy(db, copy)
    client = TestClient(create_app(copy), base_url=LOCAL)
    story = flood_story(client)
    page = client.get(f"/stories/{story['story_id']}")
    assert page.status_code == 200 and "Barrier Gives Way" not in page.text
    assert client.get(f"/stories/{story['story_id']}").text == page.text  # kept: the same page
    compared = client.get(f"/api/stories/{story['story_id']}/compare")
    assert compared.headers["content-type"] == "application/json"
    assert compared.json()["story_id"] == story["story_id"]
    with sqlite3.connect(copy) as conn:  # as a re-analysis retitling one member would
        conn.execute("UPDATE articles SET title = 'Barrier Gives Way' WHERE article_id = 'hp-flood-1'")
    changed = client.get(f"/stories/{story['story_id']}").text
    assert "Barrier Gives Way" in changed
    assert "Barrier Gives Way" not in compared.text
    assert "Barrier Gives Way" in client.get(f"/api/stories/{story['story_id']}/compare").text


def test_an_entity_timeline_comes_a_page_at_a_time(db: str):
    client = TestClient(create_app(db), base_url=LOCAL)
    whole = client.get("/api/entities/Petra Holm/timeline", params={"quotes": "true"}).json()
    assert whole["next"] is None and whole["articles"] == 2 and whole["items"]
    first = client.get("/api/entities/Petra Holm/timeline", params={"quotes": "true", "articles": 1}).json()
    assert first["articles"] == 1 and first["next"]
    second = client.get(first["next"].removeprefix(LOCAL)).json()
    assert second["articles"] == 1 and second["next"] is None
    said = {w["article_id"] for page in (first, second) for row in page["items"] for w in row["wording"]}
    assert said == {"hp-flood-1", "vc-flood-2"}  # newest article first, then the older one
    assert {w["article_id"] for row in first["items"] for w in row["wording"]} == {"vc-flood-2"}
    assert client.get("/api/entities/Petra Holm/timeline", params={"after": "nope"}).status_code == 400
    assert client.get("/api/entities/nobody-at-all/timeline").status_code == 404
