"""Two ``newsprism analyze`` processes writing one database at once, on overlapping inputs:
nothing lost, nothing doubled, nothing failed, on SQLite and on PostgreSQL."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

from invented import invented_articles, write_jsonl
from newsprism.store.store import Store

FIRST = list(range(0, 30))
SECOND = list(range(12, 42))  # articles 12..29 are in both inputs


def run_side_by_side(db: str, inputs: list[Path]) -> list[subprocess.CompletedProcess]:
    env = {**os.environ, "NEWSPRISM_DB": db}
    command = [sys.executable, "-m", "newsprism", "analyze", "--processes", "1", "--batch-size", "4"]
    running = [
        subprocess.Popen(
            [*command, str(path)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for path in inputs
    ]
    results = []
    for process in running:
        out, err = process.communicate(timeout=600)
        results.append(subprocess.CompletedProcess(process.args, process.returncode, out, err))
    return results


def check_database(db: str, expected_ids: list[str], one_run: dict) -> None:
    store = Store(db)
    articles = list(store.articles())
    assert sorted(a.article_id for a in articles) == expected_ids
    assert all(a.status == "ok" for a in articles)
    quotes = list(store.quotes())
    assert len({q.quote_id for q in quotes}) == len(quotes)
    assert sorted((q.article_id, q.text, q.speaker) for q in quotes) == one_run["quotes"]
    mentions = list(store.mentions())
    assert sorted((m.article_id, m.start, m.end, m.label) for m in mentions) == one_run["mentions"]
    events = list(store.events())
    assert sorted((e.event_id, e.type) for e in events) == one_run["events"]
    # Cross-article stages: every mention linked, to one entity a name, counts that add up.
    entities = {e.entity_id: e for e in store.entities()}
    assert all(m.entity_id in entities for m in mentions if m.entity_id)
    assert [m for m in mentions if m.entity_id] and len([m for m in mentions if m.entity_id]) == one_run[
        "linked"
    ]
    names = Counter((e.type, e.name) for e in entities.values())
    assert [name for name, n in names.items() if n > 1] == []
    assert sum(e.mentions for e in entities.values()) == one_run["linked"]
    stories = {s.story_id: s for s in store.stories()}
    assert all(a.story_id in stories for a in articles)
    assert sorted(aid for s in stories.values() for aid in s.articles) == expected_ids
    store.close()


def one_process_run(tmp_path: Path, inputs: list[Path]) -> dict:
    """What a single process stores for the same articles: the facts both runs together must give."""
    db = str(tmp_path / "one.db")
    for path in inputs:
        assert run_side_by_side(db, [path])[0].returncode == 0
    store = Store(db)
    mentions = list(store.mentions())
    found = {
        "quotes": sorted((q.article_id, q.text, q.speaker) for q in store.quotes()),
        "mentions": sorted((m.article_id, m.start, m.end, m.label) for m in mentions),
        "events": sorted((e.event_id, e.type) for e in store.events()),
        "linked": len([m for m in mentions if m.entity_id]),
    }
    store.close()
    return found


def overlapping_inputs(tmp_path: Path) -> tuple[list[Path], list[str]]:
    records = {i: record for i, record in enumerate(invented_articles(max(SECOND) + 1))}
    first = write_jsonl(tmp_path / "first.jsonl", [records[i] for i in FIRST])
    second = write_jsonl(tmp_path / "second.jsonl", [records[i] for i in SECOND])
    ids = sorted(records[i]["id"] for i in set(FIRST) | set(SECOND))
    return [first, second], ids


def test_two_analyze_processes_on_one_database_lose_and_double_nothing(db_url: str, tmp_path: Path):
    inputs, ids = overlapping_inputs(tmp_path)
    one_run = one_process_run(tmp_path, inputs)
    results = run_side_by_side(db_url, inputs)
    for result in results:
        assert result.returncode == 0, result.stderr
        assert "0 failed" in result.stdout
    check_database(db_url, ids, one_run)
