"""``newsprism analyze`` processes writing one database at once, on overlapping inputs: the
database ends exactly as one clean run over all the inputs leaves it (articles, quotes, mentions,
events, entities with their counters, stories), on SQLite and on PostgreSQL, whatever the
interleaving, and no driver error leaks out."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from invented import invented_articles, write_jsonl
from newsprism.store.doctor import check
from newsprism.store.store import Store
from test_faults import clean_run, snapshot

FIRST = list(range(0, 30))
SECOND = list(range(12, 42))  # articles 12..29 are in both inputs
THIRD = list(range(36, 48))  # and 36..41 in the second and the third


def run_side_by_side(db: str, inputs: list[list[Path]]) -> list[subprocess.CompletedProcess]:
    env = {**os.environ, "NEWSPRISM_DB": db}
    command = [sys.executable, "-m", "newsprism", "analyze", "--processes", "1", "--batch-size", "4"]
    running = [
        subprocess.Popen(
            [*command, *map(str, paths)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for paths in inputs
    ]
    results = []
    for process in running:
        out, err = process.communicate(timeout=600)
        results.append(subprocess.CompletedProcess(process.args, process.returncode, out, err))
    return results


def overlapping_inputs(tmp_path: Path, parts: list[list[int]]) -> list[Path]:
    records = dict(enumerate(invented_articles(max(max(p) for p in parts) + 1)))
    return [
        write_jsonl(tmp_path / f"part{n}.jsonl", [records[i] for i in part]) for n, part in enumerate(parts)
    ]


@pytest.mark.parametrize("parts", [[FIRST, SECOND], [FIRST, SECOND, THIRD]], ids=["two", "three"])
def test_overlapping_analyze_processes_end_as_one_clean_run(db_url: str, tmp_path: Path, parts):
    inputs = overlapping_inputs(tmp_path, parts)
    expected = clean_run(tmp_path, str(tmp_path / "clean.db"), *inputs)  # one run over every input

    results = run_side_by_side(db_url, [[path] for path in inputs])
    for result in results:
        assert result.returncode == 0, result.stderr
        assert "0 failed" in result.stdout and result.stderr == ""  # no stray driver error either
    found = snapshot(db_url)
    assert found == expected
    entities = found["entities"]
    assert len({(kind, name) for _, name, kind, *_ in entities}) == len(entities)  # one entity a name
    store = Store(db_url)
    assert check(store) == []  # counters equal rows, no orphan entity, every article linked
    store.close()
