"""Helpers for tests that start a real Dask scheduler."""

from __future__ import annotations

import json
import time
from pathlib import Path


def scheduler_address(scheduler_file: Path, seconds: float = 120) -> str:
    """The address a ``dask scheduler --scheduler-file`` wrote, once the file is complete (it
    appears before its JSON is written, so existing is not enough)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            return json.loads(scheduler_file.read_text())["address"]
        except (OSError, ValueError, KeyError):
            time.sleep(0.2)
    raise AssertionError(f"the Dask scheduler wrote no address to {scheduler_file} in {seconds:.0f} s")
