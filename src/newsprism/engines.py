"""Where the per-article work runs: on this machine, or spread over a dask cluster.

An executor takes batches of cleaned articles and gives back, batch by batch and in input
order, what ``pipeline.process_batch`` found in each (parsing and extraction). The main
process still stores every result and runs the cross-article stages (entities, stories)
itself, so the database ends the same whichever engine did the parsing.

Why dask.distributed: it runs plain Python functions on plain Python objects (our dataclasses
pickle as they are), it scales from a ``LocalCluster`` on a laptop to many machines with the
same code and only a scheduler address to change, and its futures let us keep a bounded number
of batches in flight, so memory stays flat however large the input.

The store takes the results in input order (the same database, and the same articles kept when a
run stops, as a local run), but the workers are not made to wait for it: a finished batch is
replaced at once, even while an earlier one is still running. Collecting strictly in order with
two batches a worker in flight left a worker idle behind every slow batch at the head (the whole
AllSides corpus got 130% of two cores).
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from newsprism.config import Settings
from newsprism.errors import NewsprismError, UsageError
from newsprism.models import Article, Extraction
from newsprism.pipeline import LocalExecutor, process_batch

ENGINES = ("local", "dask")
# How long to wait for a remote scheduler before giving up.
CONNECT_TIMEOUT = "30s"
# How often a waiting run checks that the cluster still has workers.
WATCH_SECONDS = 1.0
# Batches a worker held at most (running, queued or finished) beyond the one the store waits for.
AHEAD_PER_WORKER = 8


def check_engine(engine: str, scheduler: str | None = None) -> None:
    """Reject an unknown engine, or a scheduler without dask, before any work starts."""
    if engine not in ENGINES:
        raise UsageError(f"unknown engine {engine!r}: choose one of {', '.join(ENGINES)}")
    if scheduler and engine != "dask":
        raise UsageError("--scheduler needs --engine dask")


def make_executor(engine: str, settings: Settings, scheduler: str | None = None) -> Any:
    """The executor for ``--engine`` (and ``--scheduler``, dask only)."""
    check_engine(engine, scheduler)
    if engine == "dask":
        return DaskExecutor(settings, scheduler)
    return LocalExecutor(settings)


class DaskExecutor:
    """Runs ``process_batch`` on the workers of a dask cluster.

    With a scheduler address it joins that cluster; without one it starts a ``LocalCluster`` of
    worker processes (one a core, or ``settings.processes``) and stops it on ``close()``.
    Workers need newsprism and the spaCy model installed; each loads the model once.
    """

    task = staticmethod(process_batch)  # what a worker runs on a batch

    def __init__(self, settings: Settings, scheduler: str | None = None, workers: int | None = None):
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as exc:
            raise UsageError("--engine dask needs dask.distributed: pip install 'newsprism[dask]'") from exc
        self.settings = settings
        self.cluster = None
        # The run says what matters in one line; distributed's own warnings ("Couldn't gather
        # keys, rescheduling" once a worker dies) would print timestamped log lines around it, and
        # a result wait cut short by closing the client leaves asyncio's "Task exception was never
        # retrieved" (AllExit, logged at ERROR) to print.
        for logger in ("distributed", "distributed.client"):
            logging.getLogger(logger).setLevel(logging.ERROR)
        logging.getLogger("asyncio").setLevel(logging.CRITICAL)
        try:
            if scheduler:
                self.client = Client(scheduler, timeout=CONNECT_TIMEOUT)
            else:
                self.cluster = LocalCluster(
                    n_workers=workers or settings.worker_count,
                    threads_per_worker=1,  # spaCy parsing is CPU-bound: one article stream a process
                    processes=True,
                    dashboard_address=None,
                    silence_logs=logging.ERROR,
                )
                self.client = Client(self.cluster)
        except (OSError, TimeoutError) as exc:
            self.close()
            where = scheduler or "a local cluster"
            raise NewsprismError(f"cannot reach dask scheduler at {where} ({exc})") from exc

    @property
    def worker_count(self) -> int:
        return max(1, len(self.client.scheduler_info().get("workers", {})))

    def map(self, batches: Iterable[list[Article]], total: int) -> Iterator[list[Extraction | str]]:
        """Results per batch in input order. Two batches a worker run (or wait on the scheduler)
        at any time, refilled as soon as any of them finishes; at most ``AHEAD_PER_WORKER``
        batches a worker are held, running or finished, so memory stays bounded behind a batch
        that takes long."""
        workers = self.worker_count
        most_running, most_held = 2 * workers, AHEAD_PER_WORKER * workers
        held: deque = deque()  # submitted, in input order, until the store takes them
        finished = threading.Event()  # set by any batch finishing
        to_submit = iter(batches)
        while True:
            finished.clear()  # before looking: a batch finishing from here on wakes the wait below
            running = sum(not future.done() for future in held)
            while running < most_running and len(held) < most_held:
                batch = next(to_submit, None)
                if batch is None:
                    break
                future = self.client.submit(
                    self.task, batch, self.settings.model, self.settings.batch_size, pure=False
                )
                future.add_done_callback(lambda _: finished.set())
                held.append(future)
                running += 1
            if not held:
                return
            if held[0].done():
                yield self._result(held.popleft())  # a failed batch raises here, in input order
            else:
                self._watch(lambda: _wait_for(finished, held[0]))

    def _result(self, future: Any) -> list[Extraction | str]:
        """The future's result (recomputed by the cluster if the worker holding it died)."""
        return self._watch(lambda: future.result(timeout=WATCH_SECONDS))

    def _watch(self, wait_a_while: Any) -> Any:
        """What ``wait_a_while`` returns, called until it stops timing out; NewsprismError once the
        cluster has had no worker for the ``run.dask_worker_timeout`` setting's seconds (its tasks
        would wait forever)."""
        timeout = float(self.settings.run["dask_worker_timeout"])
        alone_since: float | None = None
        while True:
            try:
                return wait_a_while()
            except TimeoutError:
                pass
            if self._workers_now() > 0:
                alone_since = None
                continue
            alone_since = alone_since or time.monotonic()
            if time.monotonic() - alone_since >= timeout:
                raise NewsprismError(
                    f"no dask worker left for {timeout:.0f} s (the run.dask_worker_timeout setting): "
                    "stopping; the articles stored so far are kept"
                )

    def _workers_now(self) -> int:
        try:
            return len(self.client.nthreads())
        except (OSError, TimeoutError):  # the scheduler is gone too: no worker either
            return 0

    def abort(self) -> None:
        """Stop now (an interrupt or an error): this run's tasks are cancelled, the cluster closed."""
        client = getattr(self, "client", None)
        if client is not None:
            with contextlib.suppress(Exception):  # the scheduler may be gone already
                client.cancel(list(client.futures.values()), force=True)
        self.close()

    def close(self) -> None:
        client = getattr(self, "client", None)
        if client is not None:
            client.close()
            self.client = None
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None


def _wait_for(event: threading.Event, head: Any) -> None:
    """Until ``event`` is set or ``head`` is done (again: a result lost with its worker is made
    anew, without a second callback); TimeoutError after ``WATCH_SECONDS`` otherwise, so the
    caller can check that the cluster still has workers."""
    if not event.wait(WATCH_SECONDS) and not head.done():
        raise TimeoutError
