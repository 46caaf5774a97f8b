"""How many articles a set of inputs holds, counted cheaply before the run, for progress bars.

Files are found as ``iter_raw`` finds them; a JSON Lines file counts its non-empty lines and a JSON
file that is a list counts its items (other files count one). The count is a goal, not a promise:
an unreadable file still counts one, and stdin is not counted at all (None).
"""

from __future__ import annotations

import glob
import gzip
import json
import os
from collections.abc import Iterator, Sequence

from newsprism.ingest.readers import GLOB_CHARS, JSON_SUFFIXES, JSONL_SUFFIXES, KNOWN_SUFFIXES

# A JSON file larger than this counts as one item rather than being parsed twice.
MAX_JSON_BYTES = 64 * 1024 * 1024


def _files(arg: str) -> Iterator[str]:
    if os.path.isdir(arg):
        for root, dirs, files in os.walk(arg):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith(".") and _suffix(name) in KNOWN_SUFFIXES:
                    yield os.path.join(root, name)
    elif os.path.exists(arg):
        yield arg
    elif GLOB_CHARS.search(arg):
        for match in sorted(glob.glob(arg, recursive=True)):
            if os.path.isdir(match):
                yield from _files(match)
            elif _suffix(match) in KNOWN_SUFFIXES:
                yield match
    else:
        yield arg  # a missing file: one failure to count


def _suffix(path: str) -> str:
    stem, suffix = os.path.splitext(path.lower())
    return os.path.splitext(stem)[1] if suffix == ".gz" else suffix


def _items_in(path: str) -> int:
    suffix = _suffix(path)
    opener = gzip.open if path.lower().endswith(".gz") else open
    try:
        if suffix in JSONL_SUFFIXES:
            with opener(path, "rb") as handle:
                return max(1, sum(1 for line in handle if line.strip()))
        if suffix in JSON_SUFFIXES and os.path.getsize(path) <= MAX_JSON_BYTES:
            with opener(path, "rb") as handle:
                data = json.loads(handle.read())
            return max(1, len(data)) if isinstance(data, list) else 1
    except (OSError, EOFError, ValueError, RecursionError):  # hostile JSON counts one: it fails alone
        return 1
    return 1


def count_inputs(paths: Sequence[str]) -> int | None:
    """How many articles ``paths`` will yield; None when one of them is stdin (``-``)."""
    if "-" in paths:
        return None
    return sum(_items_in(path) for arg in map(os.fspath, paths) for path in _files(arg))
