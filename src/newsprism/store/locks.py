"""One lock a database, so concurrent analyze runs end as one run would have.

Runs store articles side by side, each holding the lock *shared*; the stages that look across
articles (entities, stories) run only under the lock held *exclusively*: after every run that
was storing has finished, by one run at a time, over every article still unlinked, in one
canonical order. So two overlapping runs give what one run over both inputs gives.

SQLite: ``flock`` on a file beside the database (``news.db.lock``). PostgreSQL: a session-level
advisory lock on a connection kept for the run. The operating system or the server drops either
the moment its process dies (kill -9 included): a dead run never leaves the database locked.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import text

from newsprism.errors import StoreError

ADVISORY_KEY = 0x6E657773_70726973  # "newspris": our key among a database's advisory locks
POLL_SECONDS = 0.2
_IN_PROCESS = threading.Lock()  # a database without a file (SQLite in memory)


class RunLock:
    """The database's run lock: ``shared()`` while storing, ``exclusive()`` while linking."""

    def __init__(self, store: Any, timeout: float = 3600.0):
        self.store = store
        self.timeout = timeout
        self.path = _lock_path(store.url) if store.is_sqlite else None
        self._handle: Any = None  # the open lock file, or the advisory-lock connection
        self.mode: str | None = None

    @contextlib.contextmanager
    def shared(self) -> Iterator[None]:
        self._acquire("shared")
        try:
            yield
        finally:
            self._release()

    @contextlib.contextmanager
    def exclusive(self) -> Iterator[None]:
        """Exclusive, waiting until no other run holds the lock (a shared hold of this run is
        given up first: a run that waits must hold nothing)."""
        previous = self.mode
        if previous:
            self._release()
        self._acquire("exclusive")
        try:
            yield
        finally:
            self._release()
            if previous:
                self._acquire(previous)

    def _acquire(self, mode: str) -> None:
        deadline = time.monotonic() + self.timeout
        self._open()
        while not self._try(mode):
            if time.monotonic() > deadline:
                self._close()
                after = (
                    "; what this run stored is kept and is linked by the next run to finish"
                    if mode == "exclusive"
                    else ""
                )
                raise StoreError(
                    f"another analyze run has held the database for over {self.timeout:.0f} s "
                    f"(the run.lock_timeout setting){after}"
                )
            time.sleep(POLL_SECONDS)
        self.mode = mode

    def _open(self) -> None:
        if self._handle is not None:
            return
        if self.store.is_sqlite:
            if self.path is None:
                self._handle = _IN_PROCESS
                return
            try:
                self._handle = open(self.path, "a+b")  # noqa: SIM115 - held open for the run
            except OSError as exc:
                raise StoreError(f"{self.path}: cannot open the lock file ({exc.strerror})") from exc
        else:
            conn = self.store.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
            self._handle = conn

    def _try(self, mode: str) -> bool:
        handle = self._handle
        if handle is _IN_PROCESS:
            return handle.acquire(blocking=False)
        if self.store.is_sqlite:
            flag = fcntl.LOCK_SH if mode == "shared" else fcntl.LOCK_EX
            try:
                fcntl.flock(handle.fileno(), flag | fcntl.LOCK_NB)
            except BlockingIOError:
                return False
            return True
        function = "pg_try_advisory_lock_shared" if mode == "shared" else "pg_try_advisory_lock"
        return bool(handle.execute(text(f"SELECT {function}(:key)"), {"key": ADVISORY_KEY}).scalar())

    def _release(self) -> None:
        handle, mode = self._handle, self.mode
        self.mode = None
        if handle is None or mode is None:
            return
        if handle is _IN_PROCESS:
            handle.release()
        elif self.store.is_sqlite:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        else:
            function = "pg_advisory_unlock_shared" if mode == "shared" else "pg_advisory_unlock"
            handle.execute(text(f"SELECT {function}(:key)"), {"key": ADVISORY_KEY})

    def _close(self) -> None:
        handle, self._handle = self._handle, None
        if handle is None or handle is _IN_PROCESS:
            return
        if not self.store.is_sqlite:
            handle.invalidate()  # never back to the pool with a session lock possibly held
        handle.close()

    def close(self) -> None:
        self._release()
        self._close()


def _lock_path(url: str) -> Path | None:
    """The lock file of a SQLite URL's database, None when it has no file."""
    path = url.removeprefix("sqlite:///").split("?", 1)[0]
    if not path or path == ":memory:" or url in ("sqlite://", "sqlite:///"):
        return None
    return Path(os.path.abspath(path) + ".lock")
