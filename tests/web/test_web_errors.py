"""Errors on the web: unknown ids and pages, bad parameters, internal failures, a read-only
server, a missing database, and serving on loopback only."""

from __future__ import annotations

import json
import sqlite3
import urllib.request
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from test_web import ARTICLES, LOCAL, serving

from newsprism.web.app import create_app

# ---- errors -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "/api/articles/nope",
        "/api/entities/nope",
        "/api/stories/nope",
        "/api/stories/nope/compare",
        "/api/nothing",
    ],
)
def test_unknown_ids_answer_404_json(client: TestClient, url: str):
    answer = client.get(url)
    assert answer.status_code == 404
    assert answer.headers["content-type"].startswith("application/json")
    assert answer.json()["status"] == 404 and answer.json()["error"]


@pytest.mark.parametrize("url", ["/articles/nope", "/entities/nope", "/stories/nope", "/no/such/page"])
def test_unknown_pages_answer_a_404_page(client: TestClient, url: str):
    answer = client.get(url)
    assert answer.status_code == 404 and answer.headers["content-type"].startswith("text/html")
    assert "Not found" in answer.text and "Traceback" not in answer.text


@pytest.mark.parametrize(
    "url",
    [
        "/api/articles?limit=0",
        "/api/articles?limit=201",
        "/api/articles?offset=-1",
        "/api/quotes?since=yesterday",
        "/api/quotes?limit=ten",
        "/api/search",
        "/api/entities?type=%3Cscript%3E",
    ],
)
def test_bad_parameters_answer_422_json(client: TestClient, url: str):
    answer = client.get(url)
    assert answer.status_code == 422
    body = answer.json()
    assert body["error"].startswith("invalid parameters") and body["detail"]
    assert "Traceback" not in answer.text


def test_an_internal_failure_answers_500_without_a_traceback(db: str, tmp_path: Path):
    broken = tmp_path / "broken.db"
    with sqlite3.connect(db) as source, sqlite3.connect(broken) as target:
        source.backup(target)
    app = create_app(str(broken))
    with sqlite3.connect(broken) as conn:
        conn.execute("DROP TABLE quotes")
    client = TestClient(app, base_url=LOCAL, raise_server_exceptions=False)
    api = client.get("/api/quotes")
    assert api.status_code == 500 and api.json() == {"error": "internal error", "status": 500, "detail": None}
    assert api.headers["x-content-type-options"] == "nosniff" and "content-security-policy" in api.headers
    page = client.get("/quotes")
    assert page.status_code == 500 and "internal error" in page.text and "Traceback" not in page.text


def test_the_server_only_reads(client: TestClient):
    for method in ("post", "put", "delete"):
        answer = getattr(client, method)("/api/articles")
        assert answer.status_code == 405 and answer.json()["status"] == 405


def test_create_app_on_a_missing_database_says_so(tmp_path: Path):
    from newsprism.errors import StoreError

    with pytest.raises(StoreError, match="no such database"):
        create_app(str(tmp_path / "missing.db"))


def test_serve_answers_on_loopback_only(db: str):
    with serving(db) as base:
        with urllib.request.urlopen(base + "/api/articles?limit=1") as answer:
            assert json.load(answer)["total"] == len(ARTICLES)
        with urllib.request.urlopen(base + "/") as answer:
            assert "Flood Barrier Fails in Lindmark" in answer.read().decode("utf-8")
        port = int(base.rsplit(":", 1)[1])
        table = Path("/proc/net/tcp")
        if table.exists():  # Linux: the listening socket is 127.0.0.1, not 0.0.0.0
            rows = [line.split() for line in table.read_text().splitlines()[1:]]
            listening = [r[1] for r in rows if r[3] == "0A" and int(r[1].split(":")[1], 16) == port]
            assert listening == [f"0100007F:{port:04X}"]


def test_serve_on_a_missing_database_is_an_error(tmp_path: Path):
    from typer.testing import CliRunner

    from newsprism.cli.main import app

    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "missing.db")])
    assert result.exit_code == 1 and "no such database" in result.output
