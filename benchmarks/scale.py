"""Does the cost of analyze grow linearly with the input, and does memory stay bounded?

    python benchmarks/scale.py [--sizes 500,1000,4000] [--processes 0] [--engine local|dask] [--db URL]

For each size, a fresh process analyzes that many real articles (the first ones of
../shared/data/allsides/articles.jsonl.gz, about 970 words each) into a fresh database and
reports articles/s, words/s and peak memory: the resident memory (RSS, and PSS, which counts
pages shared between the forked workers once) of that process and all of its children (parse
workers), summed and sampled four times a second, beside the peaks of the main process and of the
largest worker from getrusage. Then: per-article cost at the largest size over that at
the smallest (goal <= 1.2: linear; also in CPU time, which other work on a shared machine
hardly changes), peak memory at the largest (goal < 2 GB), and the time
the whole corpus would take at the largest size's rate.

Timing covers the analyze job only (ingest, clean, parse, quotes, entities, events, stories,
store), not writing the input file or the main process's model load.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from allsides import CORPUS, CORPUS_ARTICLES

REPO = Path(__file__).resolve().parents[1]
MB = 1024 * 1024


def write_input(count: int, path: Path) -> int:
    """The first ``count`` articles of the corpus as JSON Lines; how many were written."""
    written = 0
    with gzip.open(CORPUS, "rt", encoding="utf-8") as lines, open(path, "w", encoding="utf-8") as out:
        for line in lines:
            if written >= count:
                break
            out.write(line if line.endswith("\n") else line + "\n")
            written += 1
    return written


class PeakMemory:
    """Samples the summed memory of this process and its descendants on a background thread: RSS
    (counts pages the forked workers share with this process once for each), and PSS (shares them out)."""

    def __init__(self, interval: float = 0.25):
        import psutil

        self.process = psutil.Process()
        self.interval = interval
        self.peak = 0
        self.peak_pss = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> tuple[int, int]:
        import psutil

        rss = pss = 0
        for proc in [self.process, *self.process.children(recursive=True)]:
            try:
                memory = proc.memory_full_info()
                rss += memory.rss
                pss += getattr(memory, "pss", memory.rss)
            except psutil.Error:  # a worker that just exited
                pass
        return rss, pss

    def _run(self) -> None:
        while not self._stop.is_set():
            rss, pss = self._sample()
            self.peak, self.peak_pss = max(self.peak, rss), max(self.peak_pss, pss)
            self._stop.wait(self.interval)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def _cpu_seconds() -> float:
    """CPU time of this process and its exited children: unlike wall time, hardly changed by other
    work on a shared machine."""
    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        usage = resource.getrusage(who)
        total += usage.ru_utime + usage.ru_stime
    return total


def run_one(size: int, processes: int, engine: str, db: str | None) -> dict:
    """Analyze ``size`` articles in this process; the measurements as a dict."""
    from newsprism.config import Settings
    from newsprism.engines import make_executor
    from newsprism.nlp.model import load_model
    from newsprism.pipeline import analyze
    from newsprism.store.store import Store

    with tempfile.TemporaryDirectory(prefix="newsprism-scale-") as tmp:
        source = Path(tmp) / "articles.jsonl"
        count = write_input(size, source)
        settings = Settings.load(db=db or str(Path(tmp) / "scale.db"), processes=processes)
        load_model(settings.model)
        store = Store(settings.db)
        executor = make_executor(engine, settings)
        with PeakMemory() as memory:
            cpu_before = _cpu_seconds()
            started = time.perf_counter()
            try:
                summary = analyze([str(source)], store, settings, executor=executor)
            finally:
                executor.close()
            seconds = time.perf_counter() - started
            cpu = _cpu_seconds() - cpu_before  # the pool's workers count once they have exited
        store.close()
    main_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    worker_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {
        "size": count,
        "seconds": seconds,
        "cpu_seconds": cpu,
        "words": summary.words,
        "stored": summary.new + summary.updated,
        "failed": summary.failed,
        "quotes": summary.quotes,
        "events": summary.events,
        "peak_rss_mb": memory.peak / MB,
        "peak_pss_mb": memory.peak_pss / MB,
        "main_peak_mb": main_peak,
        "worker_peak_mb": worker_peak,
        "workers": settings.worker_count,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="500,1000,4000", help="comma-separated article counts")
    parser.add_argument("--processes", type=int, default=0, help="parse workers (0 = one a core)")
    parser.add_argument("--engine", default="local", choices=["local", "dask"])
    parser.add_argument("--db", default=None, help="database URL (default: a fresh SQLite file per size)")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: measure one size
    args = parser.parse_args()
    if not CORPUS.exists():
        sys.exit(f"benchmark needs {CORPUS}")
    if args.one:
        print(json.dumps(run_one(args.one, args.processes, args.engine, args.db)))
        return
    if args.db:
        print("note: --db is reused by every size; give an empty database for clean figures")

    sizes = sorted(int(s) for s in args.sizes.split(",") if s.strip())
    results = []
    print(
        f"{'articles':>8} {'seconds':>8} {'art/s':>7} {'words/s':>8} {'RSS MB':>7} {'PSS MB':>7} "
        f"{'main MB':>7} {'worker MB':>9} {'CPU s':>7} failed"
    )
    for size in sizes:
        command = [
            sys.executable,
            __file__,
            "--one",
            str(size),
            "--processes",
            str(args.processes),
            "--engine",
            args.engine,
        ]
        if args.db:
            command += ["--db", args.db]
        done = subprocess.run(command, capture_output=True, text=True, env=os.environ)
        if done.returncode != 0:
            sys.exit(f"size {size} failed:\n{done.stderr[-3000:]}")
        result = json.loads(done.stdout.strip().splitlines()[-1])
        results.append(result)
        print(
            f"{result['size']:>8} {result['seconds']:>8.1f} {result['size'] / result['seconds']:>7.2f} "
            f"{result['words'] / result['seconds']:>8.0f} {result['peak_rss_mb']:>7.0f} "
            f"{result['peak_pss_mb']:>7.0f} "
            f"{result['main_peak_mb']:>7.0f} {result['worker_peak_mb']:>9.0f} {result['cpu_seconds']:>7.0f} "
            f"{result['failed']:>6}",
            flush=True,
        )
    small, large = results[0], results[-1]
    per_article = [r["seconds"] / r["size"] for r in (small, large)]
    if len(results) > 1:
        ratio = per_article[1] / per_article[0]
        marginal = (large["seconds"] - small["seconds"]) / (large["size"] - small["size"])
        print(
            f"per-article cost {large['size']} vs {small['size']}: ratio {ratio:.2f} (goal <= 1.2); "
            f"marginal cost between them {marginal:.3f} s/article vs {per_article[0]:.3f} at {small['size']}"
        )
        cpu_ratio = (large["cpu_seconds"] / large["size"]) / (small["cpu_seconds"] / small["size"])
        print(
            f"per-article CPU time {large['size']} vs {small['size']}: ratio {cpu_ratio:.2f} "
            "(the fairer measure on a shared machine: other people's work does not change it)"
        )
    print(
        f"peak memory at {large['size']}: {large['peak_rss_mb']:.0f} MB RSS summed over all processes "
        f"({large['peak_pss_mb']:.0f} MB PSS: shared pages counted once) (goal < 2048)"
    )
    hours = CORPUS_ARTICLES * per_article[1] / 3600
    print(
        f"whole corpus ({CORPUS_ARTICLES} articles) at the {large['size']}-article rate with "
        f"{large['workers']} workers: about {hours:.1f} h"
    )


if __name__ == "__main__":
    main()
