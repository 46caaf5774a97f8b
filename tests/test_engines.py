"""The dask engine: parsing and extraction on a cluster's workers give the same database as a
local run, cross-article stages (entities, stories) included."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

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
