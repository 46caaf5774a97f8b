"""The dask engine: parsing and extraction on a cluster's workers give the same database as a
local run, cross-article stages (entities, stories) included."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from daskfiles import scheduler_address
from invented import invented_articles, write_jsonl
from newsprism.cli.main import app
from newsprism.config import Settings
from newsprism.engines import DaskExecutor, make_executor
from newsprism.errors import UsageError
from newsprism.pipeline import LocalExecutor, analyze
from newsprism.store.store import Store

distributed = pytest.importorskip("dask.distributed", reason="dask[distributed] is not installed")

ARTICLES = 18


def snapshot(db: str) -> dict[str, list]:
    """Everything a run stored, without timestamps: comparable across runs."""
    store = Store(db)
    found = {
        "articles": sorted(
            (a.article_id, a.title, len(a.text), a.story_id, a.duplicate_of) for a in store.articles()
        ),
        "quotes": sorted(
            (q.quote_id, q.text, q.start, q.end, q.kind, q.speaker, q.speaker_entity_id)
            for q in store.quotes()
        ),
        "mentions": sorted((m.article_id, m.start, m.end, m.label, m.entity_id) for m in store.mentions()),
        "events": sorted(
            (e.event_id, e.type, tuple(e.actors), tuple(e.actor_entity_ids)) for e in store.events()
        ),
        "entities": sorted((e.entity_id, e.name, e.type, e.mentions, e.articles) for e in store.entities()),
        "stories": sorted((s.story_id, s.title, tuple(s.articles)) for s in store.stories()),
    }
    store.close()
    return found


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> Path:
    return write_jsonl(tmp_path_factory.mktemp("engines") / "in.jsonl", invented_articles(ARTICLES))


@pytest.fixture(scope="module")
def local_run(source: Path) -> dict[str, list]:
    settings = Settings.load(db=str(source.parent / "local.db"), processes=1, batch_size=4)
    summary = analyze([str(source)], Store(settings.db), settings)
    assert summary.new == ARTICLES and summary.failed == 0
    return snapshot(settings.db)


def test_a_cluster_of_two_workers_gives_the_same_database_as_a_local_run(
    source: Path, local_run: dict, tmp_path: Path
):
    db = str(tmp_path / "dask.db")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        result = CliRunner().invoke(
            app,
            [
                "analyze",
                str(source),
                "--db",
                db,
                "--engine",
                "dask",
                "--scheduler",
                cluster.scheduler_address,
                "--batch-size",
                "2",
            ],
        )
        assert result.exit_code == 0, result.output
        executed = client.run(lambda dask_worker: dask_worker.state.executed_count)
    assert len(executed) == 2 and all(count > 0 for count in executed.values()), executed
    assert sum(executed.values()) == ARTICLES // 2  # one task a batch of two
    on_cluster = snapshot(db)
    assert on_cluster["quotes"] and on_cluster["entities"] and on_cluster["stories"]
    assert on_cluster == local_run


def test_without_a_scheduler_it_starts_and_stops_its_own_local_cluster(
    source: Path, local_run: dict, tmp_path: Path
):
    settings = Settings.load(db=str(tmp_path / "own.db"), processes=2, batch_size=3)
    executor = DaskExecutor(settings)
    try:
        assert executor.worker_count == 2
        summary = analyze([str(source)], Store(settings.db), settings, executor=executor)
    finally:
        cluster = executor.cluster
        executor.close()
    assert cluster.status.name == "closed"
    assert summary.new == ARTICLES
    assert snapshot(settings.db) == local_run


def test_engine_choice_is_checked_before_any_work(tmp_path: Path):
    settings = Settings.load(db=str(tmp_path / "x.db"), processes=1)
    assert isinstance(make_executor("local", settings), LocalExecutor)
    with pytest.raises(UsageError, match="unknown engine"):
        make_executor("spark", settings)
    runner = CliRunner()
    result = runner.invoke(app, ["analyze", "x.txt", "--db", settings.db, "--scheduler", "tcp://127.0.0.1:1"])
    assert result.exit_code == 2 and "--scheduler needs --engine dask" in result.output
    assert not Path(settings.db).exists()


def test_a_slow_batch_at_the_head_does_not_leave_the_other_worker_idle(tmp_path: Path):
    """Results come in input order, but the workers are kept fed: while the first batch runs
    long, the other worker goes through many more batches than the two a worker once in flight;
    a failing batch raises at its own place, after the results before it."""

    def nap(batch: list, model: str, batch_size: int) -> list:  # what a worker runs on a batch
        started = time.time()
        time.sleep(batch[1])  # a negative length raises ValueError: a failing batch
        return [(batch[0], started, time.time())]

    class Napping(DaskExecutor):
        task = staticmethod(nap)

    executor = Napping(Settings.load(db=str(tmp_path / "x.db"), processes=2))
    try:
        assert executor.worker_count == 2
        spans = [result[0] for result in executor.map([[0, 4.0]] + [[i, 0.05] for i in range(1, 31)], 31)]
        assert [number for number, _, _ in spans] == list(range(31))  # in input order
        head_ended = spans[0][2]
        assert spans[0][2] - spans[0][1] >= 4
        # Two a worker in flight, collected in order: 3 ran behind the head, the other worker idled.
        assert sum(ended <= head_ended for _, _, ended in spans[1:]) >= 10
        got = []
        with pytest.raises(ValueError, match="non-negative"):
            for result in executor.map([[0, 0.5], [1, 0.0], [2, -1.0], [3, 0.0]], 4):
                got.append(result[0][0])
        assert got == [0, 1]
    finally:
        executor.close()


# ---- a worker killed mid-run ------------------------------------------------------------------

KILL_ARTICLES = 40


def _start(command: list[str], log: Path) -> subprocess.Popen:
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=open(log, "w"))  # noqa: SIM115


def _stored(db: str) -> int:
    if not Path(db).exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=30) as conn:
            return conn.execute("SELECT count(*) FROM articles WHERE status = 'ok'").fetchone()[0]
    except sqlite3.OperationalError:  # the tables are not there yet
        return 0


def test_a_worker_killed_mid_run_loses_nothing_and_the_result_equals_a_local_run(tmp_path: Path):
    """A real scheduler and two real workers on 127.0.0.1; the worker busy with a batch is killed
    (SIGKILL, no nanny to restart it) while the run is storing: the run completes on the other,
    every article is stored once, and the database equals a local run's."""
    dask = shutil.which("dask")
    if dask is None:
        pytest.skip("the dask command is not installed")
    source = write_jsonl(tmp_path / "in.jsonl", invented_articles(KILL_ARTICLES))
    settings = Settings.load(db=str(tmp_path / "local.db"), processes=1, batch_size=4)
    assert analyze([str(source)], Store(settings.db), settings).new == KILL_ARTICLES
    local = snapshot(settings.db)

    scheduler_file = tmp_path / "scheduler.json"
    processes = [
        _start(
            [dask, "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
             "--scheduler-file", str(scheduler_file)],
            tmp_path / "scheduler.log",
        )
    ]  # fmt: skip
    try:
        for k in range(2):
            processes.append(
                _start(
                    [dask, "worker", "--scheduler-file", str(scheduler_file), "--nthreads", "1",
                     "--no-nanny", "--no-dashboard", "--host", "127.0.0.1"],
                    tmp_path / f"worker{k}.log",
                )
            )  # fmt: skip
        deadline = time.monotonic() + 120
        scheduler_address(scheduler_file, 120)
        with distributed.Client(scheduler_file=str(scheduler_file), timeout=60) as client:
            client.wait_for_workers(2, timeout=120)
            db = str(tmp_path / "dask.db")
            run = subprocess.Popen(
                [sys.executable, "-m", "newsprism", "analyze", str(source), "--db", db, "--engine", "dask",
                 "--scheduler", client.scheduler.address, "--batch-size", "2"],
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            )  # fmt: skip
            busy = None
            while time.monotonic() < deadline + 240 and run.poll() is None:
                processing = {w: tasks for w, tasks in client.processing().items() if tasks}
                if _stored(db) >= 2 and processing:
                    busy = next(iter(processing))
                    break
                time.sleep(0.05)
            assert busy is not None, "the run ended before a worker could be killed"
            pids = client.run(os.getpid)
            stored_before_kill = _stored(db)
            os.kill(pids[busy], signal.SIGKILL)
            out, err = run.communicate(timeout=600)
            survivors = client.run(lambda dask_worker: dask_worker.state.executed_count)
        assert run.returncode == 0, err
        assert stored_before_kill < KILL_ARTICLES, "the kill came after the last article"
        assert list(survivors) != [busy] and len(survivors) == 1
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
                process.wait(timeout=30)
    on_cluster = snapshot(db)
    assert len(on_cluster["articles"]) == KILL_ARTICLES
    assert on_cluster == local
