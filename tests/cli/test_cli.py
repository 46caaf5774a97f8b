"""The CLI end to end: real model, real SQLite files, checked by the text a user sees."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsprism.cli.main import app

runner = CliRunner()

SUMMIT = """Harbour Talks End With Shipping Pact

Trade ministers from Norland and Estavia agreed on Tuesday to reopen the northern shipping lane.

"This is a good day for both our ports," said Ilse Varga, Norland's trade minister. "We have waited a long time."

Her Estavian counterpart, Tomas Reiner, said the pact would be reviewed in a year.
"""

STRIKE = {
    "id": "wire-0042",
    "headline": "Dock Workers Strike in Port Amsel",
    "body": [
        "Dock workers in Port Amsel walked off the job on Monday over pay.",
        "\u201cWe will stay out until the offer is fair,\u201d said Marta Kell, who leads the dockers' union.",
    ],
    "source": "Harbour Post",
    "published": "2025-03-04",
}


def make_inputs(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "summit.txt").write_text(SUMMIT, encoding="utf-8")
    (folder / "strike.json").write_text(json.dumps(STRIKE), encoding="utf-8")
    return folder


def run(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_analyze_then_read_back_articles_and_quotes(tmp_path: Path):
    inputs = make_inputs(tmp_path / "in")
    db = str(tmp_path / "news.db")

    result = run("analyze", str(inputs), "--db", db, "--processes", "1")
    assert result.exit_code == 0, result.output
    assert "2 new, 0 updated, 0 unchanged, 0 failed articles" in result.stdout

    articles = jsonl(run("articles", "--db", db, "--format", "jsonl").stdout)
    assert len(articles) == 2
    for key in ("article_id", "source", "outlet", "title", "published", "text", "status", "error"):
        assert all(key in a for a in articles)
    by_title = {a["title"]: a for a in articles}
    summit = by_title["Harbour Talks End With Shipping Pact"]
    assert summit["source"].endswith("summit.txt")
    assert not summit["text"].startswith("Harbour Talks")  # the headline line became the title
    strike = by_title["Dock Workers Strike in Port Amsel"]
    assert strike["article_id"] == "wire-0042" and strike["outlet"] == "Harbour Post"
    assert strike["published"] == "2025-03-04"

    quotes = jsonl(run("quotes", "--db", db, "--format", "jsonl").stdout)
    for key in ("article_id", "source", "text", "speaker", "speaker_mention", "cue", "kind", "start", "end"):
        assert all(key in q for q in quotes)
    texts = {a["article_id"]: a["text"] for a in articles}
    for quote in quotes:  # offsets point at the quoted words in the clean text
        assert texts[quote["article_id"]][quote["start"] : quote["end"]] == quote["text"]
    speakers = {q["text"].rstrip(",. "): q["speaker"] for q in quotes}
    assert speakers["This is a good day for both our ports"] == "Ilse Varga"
    assert speakers["We will stay out until the offer is fair"] == "Marta Kell"


def test_rerun_is_idempotent_and_changed_article_is_replaced(tmp_path: Path):
    inputs = make_inputs(tmp_path / "in")
    db = str(tmp_path / "news.db")
    assert run("analyze", str(inputs), "--db", db, "-p", "1").exit_code == 0
    before = jsonl(run("quotes", "--db", db, "-f", "jsonl").stdout)

    again = run("analyze", str(inputs), "--db", db, "-p", "1")
    assert "0 new, 0 updated, 2 unchanged, 0 failed articles" in again.stdout
    assert jsonl(run("quotes", "--db", db, "-f", "jsonl").stdout) == before

    changed = dict(STRIKE, body=["Dock workers in Port Amsel returned to work on Friday, ending the strike."])
    (inputs / "strike.json").write_text(json.dumps(changed), encoding="utf-8")
    third = run("analyze", str(inputs), "--db", db, "-p", "1")
    assert "0 new, 1 updated, 1 unchanged" in third.stdout
    after = jsonl(run("quotes", "--db", db, "-f", "jsonl", "--article", "wire-0042").stdout)
    assert after == []  # the old article's quote went with the old text
    articles = jsonl(run("articles", "--db", db, "-f", "jsonl").stdout)
    assert len(articles) == 2


def test_bad_inputs_are_reported_and_the_rest_is_stored(tmp_path: Path):
    inputs = make_inputs(tmp_path / "in")
    (inputs / "empty.txt").write_text("", encoding="utf-8")
    (inputs / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (inputs / "broken.json").write_text('{"title": "x", "text": ', encoding="utf-8")
    db = str(tmp_path / "news.db")

    result = run("analyze", str(inputs), str(tmp_path / "missing.txt"), "--db", db, "-p", "1")
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert "Traceback" not in result.output + result.stderr
    for name in ("empty.txt", "binary.txt", "broken.json", "missing.txt"):
        assert any(line.startswith("Error: ") and name in line for line in errors), (name, errors)
    assert "2 new" in result.stdout and "4 failed" in result.stdout
    ok = jsonl(run("articles", "--db", db, "-f", "jsonl", "--status", "ok").stdout)
    assert len(ok) == 2


def test_usage_errors_exit_2(tmp_path: Path):
    db = str(tmp_path / "news.db")
    make_inputs(tmp_path / "in")
    assert run("analyze", str(tmp_path / "in"), "--db", db, "-p", "1").exit_code == 0
    result = run("quotes", "--db", db, "--format", "xml")
    assert result.exit_code == 2
    assert "Error: unknown format 'xml'" in result.stderr
    assert run("analyze").exit_code == 2
    missing = run("articles", "--db", str(tmp_path / "nope" / "x.db"))
    assert missing.exit_code == 1 and missing.stderr.startswith("Error: ")


def test_csv_and_table_formats(tmp_path: Path):
    db = str(tmp_path / "news.db")
    assert run("analyze", str(make_inputs(tmp_path / "in")), "--db", db, "-p", "1").exit_code == 0
    csv_out = run("quotes", "--db", db, "--format", "csv").stdout.splitlines()
    assert csv_out[0].startswith("article_id,text,start,end,kind,speaker")
    table = run("articles", "--db", db, "--format", "table").stdout
    assert "wire-0042" in table  # ids whole, on an 80-column terminal too
    assert all(word in table for word in "Dock Workers Strike in Port Amsel".split())


def test_stdin_and_pipe_give_jsonl(tmp_path: Path):
    """The installed console script: stdin as '-', JSON Lines when piped, batch metadata."""
    db = str(tmp_path / "news.db")
    exe = [sys.executable, "-m", "newsprism"]
    done = subprocess.run(
        [*exe, "analyze", "-", "--db", db, "--outlet", "Stdin Daily", "--published", "2025-01-31", "-p", "1"],
        input=SUMMIT.encode(),
        capture_output=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr.decode()
    listed = subprocess.run([*exe, "articles", "--db", db], capture_output=True, timeout=300)
    rows = jsonl(listed.stdout.decode())
    assert rows[0]["source"] == "-" and rows[0]["outlet"] == "Stdin Daily"
    assert rows[0]["published"] == "2025-01-31"


def test_python_api(tmp_path: Path):
    from newsprism import Corpus, Quote

    with Corpus(str(tmp_path / "api.db"), processes=1) as corpus:
        summary = corpus.analyze([str(make_inputs(tmp_path / "in"))])
        assert summary.new == 2 and summary.failed == 0
        found = list(corpus.quotes(speaker="Kell"))
        assert found and isinstance(found[0], Quote)
        assert {a.title for a in corpus.articles()} >= {"Dock Workers Strike in Port Amsel"}


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_read_commands_on_empty_database(tmp_path: Path, fmt: str):
    db = str(tmp_path / "empty.db")
    from newsprism.store.store import Store

    Store(db).close()
    result = run("quotes", "--db", db, "--format", fmt)
    assert result.exit_code == 0 and result.stdout.strip() == ""


def test_an_id_longer_than_the_id_columns_is_stored_on_both_backends(db_url: str, tmp_path: Path):
    long_id = "https://example.org/news/" + "port-amsel-dock-strike-" * 6
    record = dict(STRIKE, id=long_id)
    (tmp_path / "long.json").write_text(json.dumps(record), encoding="utf-8")
    for _ in range(2):  # the shortened id is the same on every run
        result = run("analyze", str(tmp_path / "long.json"), "--db", db_url, "--processes", "1")
        assert result.exit_code == 0, result.output
    [article] = jsonl(run("articles", "--db", db_url, "--format", "jsonl").stdout)
    assert len(article["article_id"]) == 64 and article["article_id"].startswith("https://example.org/news/")
    assert article["status"] == "ok"


def test_reading_commands_upgrade_an_older_database(tmp_path: Path):
    from sqlalchemy import create_engine

    from newsprism.store.migrations import current_revision, head_revision, upgrade

    db = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{db}")
    upgrade(engine, "0001")  # the first schema, with one article in it
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO articles (article_id, source, text, raw_text, status, content_hash, words, stored_at) "
            "VALUES ('kept', 'kept.txt', 'Kept.', 'Kept.', 'ok', 'h', 1, 1.0)"
        )
    result = run("articles", "--db", str(db), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    assert [a["article_id"] for a in jsonl(result.stdout)] == ["kept"]
    with engine.connect() as conn:
        assert current_revision(conn) == head_revision()
    engine.dispose()


def test_a_long_input_id_is_shortened_for_the_store_and_kept_whole(tmp_path: Path):
    long_id = "https://news.example.org/2025/03/04/harbour/" + "dock-workers-strike-" * 3 + "update"
    short_id = "wire-7"
    items = [
        {
            "id": long_id,
            "title": "Dock Strike Spreads",
            "text": "Dock workers in Port Amsel walked out again on Tuesday.",
        },
        {
            "id": short_id,
            "title": "Ferry Fares Rise",
            "text": "Ferry fares across the bay rose by a tenth on Monday.",
        },
        {"id": long_id + "-empty", "title": "Nothing Here", "text": "   "},
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(item) for item in items), encoding="utf-8")
    db = str(tmp_path / "news.db")

    result = run("analyze", str(feed), "--db", db, "--processes", "1")
    assert "2 new" in result.stdout and "1 failed" in result.stdout, result.output

    by_given = {a["given_id"]: a for a in jsonl(run("articles", "--db", db, "--format", "jsonl").stdout)}
    assert set(by_given) == {long_id, short_id, long_id + "-empty"}
    stored = by_given[long_id]["article_id"]
    assert len(stored) <= 64 and stored.startswith(long_id[:40]) and stored != long_id
    assert by_given[short_id]["article_id"] == short_id
    failed = by_given[long_id + "-empty"]
    assert failed["status"] == "failed" and len(failed["article_id"]) <= 64

    again = run("analyze", str(feed), "--db", db, "--processes", "1")  # same ids on a second run
    assert "0 new" in again.stdout and "2 unchanged" in again.stdout, again.output
