"""The Dask engine against the local one on the same real articles: time, CPU, busy workers.

    python benchmarks/dask_engine.py [--articles 300] [--workers 2] [--engines local,dask]

Each engine analyzes the same AllSides articles (the first ``--articles`` of at least 100 words
in ../shared/data/allsides; the benchmark stops if absent) into a fresh SQLite database, with
``--workers`` worker processes (a local pool, or a ``LocalCluster`` of one-thread workers
started by the benchmark). Prints per engine: wall seconds, CPU seconds (this process and its
finished child processes, the workers included), words a second, the quotes and events stored
(equal across engines: the same database), and for Dask the workers' busy share: the time they
spent computing batches (the scheduler's task stream) over wall time times workers, the share a
slow batch at the head of an in-order collection leaves idle.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

from allsides import CORPUS, records


def cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def run(engine: str, source: Path, db: Path, workers: int) -> dict:
    from newsprism.config import Settings
    from newsprism.engines import DaskExecutor
    from newsprism.pipeline import analyze
    from newsprism.store.store import Store

    settings = Settings.load(db=str(db), processes=workers)
    store = Store(settings.db)
    found: dict = {"engine": engine}
    if engine == "dask":
        from dask.distributed import get_task_stream

        executor = DaskExecutor(settings, workers=workers)
        try:
            cpu, started = cpu_seconds(), time.perf_counter()
            with get_task_stream(client=executor.client) as stream:
                summary = analyze([str(source)], store, settings, executor=executor)
            wall = time.perf_counter() - started
            busy = sum(
                part["stop"] - part["start"]
                for task in stream.data
                for part in task.get("startstops", ())
                if part.get("action") == "compute"
            )
        finally:
            executor.close()
        found["busy_share"] = round(busy / (wall * workers), 3)
        cpu = cpu_seconds() - cpu  # the cluster's processes are reaped once it is closed
    else:
        cpu, started = cpu_seconds(), time.perf_counter()
        summary = analyze([str(source)], store, settings)
        wall = time.perf_counter() - started
        cpu = cpu_seconds() - cpu
    store.close()
    found |= {
        "articles": summary.new,
        "failed": summary.failed,
        "words": summary.words,
        "wall_s": round(wall, 1),
        "cpu_s": round(cpu, 1),
        "words_per_s": round(summary.words / wall),
        "quotes": summary.quotes,
        "events": summary.events,
    }
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--engines", default="local,dask")
    args = parser.parse_args()
    if not CORPUS.exists():
        sys.exit(f"benchmark needs {CORPUS}")
    chosen = list(islice(records(min_words=100), args.articles))
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "articles.jsonl"
        source.write_text("".join(json.dumps(r) + "\n" for r in chosen), encoding="utf-8")
        for engine in args.engines.split(","):
            print(json.dumps(run(engine, source, Path(tmp) / f"{engine}.db", args.workers)), flush=True)


if __name__ == "__main__":
    main()
