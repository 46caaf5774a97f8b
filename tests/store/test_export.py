"""Exports: every table in every format, read back with DuckDB and pyarrow, same columns as jsonl."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from invented import invented_articles, write_jsonl
from newsprism.cli.main import app
from newsprism.config import Settings
from newsprism.errors import UsageError
from newsprism.pipeline import analyze
from newsprism.store.export import FORMATS, TABLES, export_table
from newsprism.store.store import Store


@pytest.fixture(scope="module")
def analyzed(tmp_path_factory) -> Store:
    """A database the real pipeline filled from invented articles."""
    folder = tmp_path_factory.mktemp("export")
    source = write_jsonl(folder / "in.jsonl", invented_articles(9))
    settings = Settings.load(db=str(folder / "export.db"), processes=1)
    store = Store(settings.db)
    summary = analyze([str(source)], store, settings)
    assert summary.new == 9 and summary.failed == 0
    return store


def read_back(path: Path, fmt: str) -> list[dict]:
    if fmt == "parquet":
        return pq.read_table(path).to_pylist()
    reader = "read_csv" if fmt == "csv" else "read_json"
    relation = duckdb.sql(f"SELECT * FROM {reader}('{path}')")
    return [dict(zip(relation.columns, row, strict=True)) for row in relation.fetchall()]


@pytest.mark.parametrize("table", list(TABLES))
def test_every_table_exports_to_every_format_with_the_jsonl_columns(
    analyzed: Store, table: str, tmp_path: Path
):
    cls, read = TABLES[table]
    expected = [item.to_json() for item in read(analyzed)]
    assert expected, f"the pipeline stored no {table}"
    for fmt in FORMATS:
        out = tmp_path / f"{table}.{fmt}"
        assert export_table(analyzed, table, fmt, out) == len(expected)
        rows = read_back(out, fmt)
        assert len(rows) == len(expected)
        assert list(rows[0]) == list(expected[0]), f"{fmt} columns differ from to_json()"
        key = next(iter(expected[0]))  # the id column
        assert sorted(str(r[key]) for r in rows) == sorted(str(e[key]) for e in expected)


def test_parquet_keeps_types_lists_and_maps(analyzed: Store, tmp_path: Path):
    export_table(analyzed, "events", "parquet", tmp_path / "events.parquet")
    export_table(analyzed, "entities", "parquet", tmp_path / "entities.parquet")
    export_table(analyzed, "stories", "parquet", tmp_path / "stories.parquet")
    events = {e.event_id: e.to_json() for e in analyzed.events()}
    for row in pq.read_table(tmp_path / "events.parquet").to_pylist():
        original = events[row["event_id"]]
        assert row["actors"] == original["actors"] and row["negated"] is original["negated"]
        assert row["start"] == original["start"]
    stories = {s.story_id: s.to_json() for s in analyzed.stories()}
    for row in duckdb.sql(f"SELECT story_id, articles FROM '{tmp_path / 'stories.parquet'}'").fetchall():
        assert row[1] == stories[row[0]]["articles"]
    entity_schema = pq.read_schema(tmp_path / "entities.parquet")
    assert str(entity_schema.field("aliases").type) == "list<element: string>"
    assert str(entity_schema.field("related").type).startswith("map<string, string")


def test_an_empty_table_gives_a_valid_file_with_its_columns(tmp_path: Path):
    store = Store(str(tmp_path / "empty.db"))
    assert export_table(store, "quotes", "parquet", tmp_path / "q.parquet") == 0
    assert "speaker" in pq.read_schema(tmp_path / "q.parquet").names


def test_the_command_writes_the_file_and_rejects_bad_names(analyzed: Store, tmp_path: Path):
    runner = CliRunner()
    out = tmp_path / "quotes.parquet"
    result = runner.invoke(app, ["export", "quotes", "--out", str(out), "--db", analyzed.url])
    assert result.exit_code == 0, result.output
    assert pq.read_table(out).num_rows == analyzed.count_quotes()
    jsonl = tmp_path / "articles.txt"
    result = runner.invoke(app, ["export", "articles", "-f", "jsonl", "-o", str(jsonl), "--db", analyzed.url])
    assert result.exit_code == 0
    assert json.loads(jsonl.read_text().splitlines()[0])["article_id"].startswith("inv-")
    bad = runner.invoke(app, ["export", "sentences", "--out", str(out), "--db", analyzed.url])
    assert bad.exit_code == 2 and "unknown table" in bad.output
    with pytest.raises(UsageError):
        export_table(analyzed, "quotes", "xlsx", tmp_path / "q.xlsx")


def test_export_streams_from_either_backend(db_url: str, tmp_path: Path):
    """On PostgreSQL the rows come through a server-side cursor; the file is the same."""
    from test_store import make_article, make_extraction

    store = Store(db_url)
    for i in range(5):
        store.save_article(make_article(f"s{i}"), make_extraction(f"s{i}"))
    out = tmp_path / "events.parquet"
    assert export_table(store, "events", "parquet", out) == 5
    rows = pq.read_table(out).to_pylist()
    assert sorted(r["event_id"] for r in rows) == [f"s{i}:e0" for i in range(5)]
    assert all(r["future"] is True and r["actors"] == ["Harbour officials"] for r in rows)
    assert store.engine.get_execution_options().get("stream_results") is None  # restored afterwards
    store.close()


def test_reading_commands_take_a_database_url(db_url: str, tmp_path: Path):
    """The same commands on a SQLite path and on a PostgreSQL URL (given as --db or NEWSPRISM_DB)."""
    from test_store import make_article, make_extraction

    store = Store(db_url)
    store.save_article(make_article("u1"), make_extraction("u1"))
    store.close()
    runner = CliRunner()
    for command in (["articles"], ["quotes"], ["events"]):
        result = runner.invoke(app, [*command, "--db", db_url, "--format", "jsonl"])
        assert result.exit_code == 0, result.output
        assert json.loads(result.output.splitlines()[0])["article_id"] == "u1"
    result = runner.invoke(app, ["quotes", "--format", "jsonl"], env={"NEWSPRISM_DB": db_url})
    assert result.exit_code == 0 and '"speaker": "Ilse Voorhees"' in result.output
