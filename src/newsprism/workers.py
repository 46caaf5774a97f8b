"""Worker processes that never outlive their run, and a run that stops cleanly when told to.

A worker asks the kernel for SIGKILL the moment its parent dies (``PR_SET_PDEATHSIG``), so a
main process killed any way at all (kill -9, out of memory) takes its workers with it. Workers
ignore Ctrl-C: the terminal sends it to the whole process group, and only the main process
answers it (one line, workers stopped), instead of every worker printing a traceback.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def die_with_parent(parent_pid: int) -> None:
    """In a worker: be killed when the parent dies; ignore Ctrl-C (the parent handles it)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent_pid:  # the parent died before the request took effect
        os._exit(1)


def kill_pool(pool: ProcessPoolExecutor) -> None:
    """Stop a process pool now: its workers killed, its queued work dropped."""
    processes: dict[int, Any] = dict(getattr(pool, "_processes", None) or {})
    for process in processes.values():
        with contextlib.suppress(OSError, ValueError, AttributeError):
            process.kill()
    pool.shutdown(wait=True, cancel_futures=True)


class Terminated(KeyboardInterrupt):
    """SIGTERM, answered like Ctrl-C: stop, keep what was stored, say so in one line."""


@contextlib.contextmanager
def terminate_as_interrupt() -> Iterator[None]:
    """While the block runs, SIGTERM raises ``Terminated`` in the main thread (a subclass of
    KeyboardInterrupt, so every interrupt path handles it); the old handler comes back after."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(_signum: int, _frame: Any) -> None:
        raise Terminated

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
