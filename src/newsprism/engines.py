"""Where the per-article work runs: on this machine, or spread over a dask cluster.

An executor takes batches of cleaned articles and gives back, batch by batch and in input
order, what ``pipeline.process_batch`` found in each (parsing and extraction). The main
process still stores every result and runs the cross-article stages (entities, stories)
itself, so the database ends the same whichever engine did the parsing.

Why dask.distributed: it runs plain Python functions on plain Python objects (our dataclasses
pickle as they are), it scales from a ``LocalCluster`` on a laptop to many machines with the
same code and only a scheduler address to change, and its futures let us keep a bounded number
of batches in flight, so memory stays flat however large the input.
"""

from __future__ import annotations

import contextlib
import logging
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

    def __init__(self, settings: Settings, scheduler: str | None = None, workers: int | None = None):
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as exc:
            raise UsageError("--engine dask needs dask.distributed: pip install 'newsprism[dask]'") from exc
        self.settings = settings
        self.cluster = None
        # The run says what matters in one line; distributed's own warnings ("Couldn't gather
        # keys, rescheduling" once a worker dies) would print timestamped log lines around it.
        for logger in ("distributed", "distributed.client"):
            logging.getLogger(logger).setLevel(logging.ERROR)
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
        """Results per batch in input order, with at most two batches a worker in flight."""
        window = 2 * self.worker_count
        pending: deque = deque()
        settings = self.settings
        for batch in batches:
            pending.append(
                self.client.submit(process_batch, batch, settings.model, settings.batch_size, pure=False)
            )
            if len(pending) >= window:
                yield self._result(pending.popleft())
        while pending:
            yield self._result(pending.popleft())

    def _result(self, future: Any) -> list[Extraction | str]:
        """The future's result; NewsprismError once the cluster has had no worker for the
        ``run.dask_worker_timeout`` setting's seconds (its tasks would wait forever)."""
        timeout = float(self.settings.run["dask_worker_timeout"])
        alone_since: float | None = None
        while True:
            try:
                return future.result(timeout=WATCH_SECONDS)
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
