"""Where the store stage's time goes, chunk by chunk (``corpus_scale.py --trace FILE``).

A short probe appending a thousand articles to a big database does not see the costs that grow
with it (FTS5 merges of large segments are rare, WAL checkpoints and page-cache misses depend on
how much of the database a run has touched), so this traces a whole run: for every chunk, the CPU
milliseconds an article of each kind of statement (verb and table) and of the commits, and the
reads and writes the process made (``/proc/self/io``: SQLite's page-cache misses are ``pread``
calls, its WAL appends and checkpoints ``pwrite`` calls), and how many pooled connections there
are and how often the one handed out changed. At the end, the FTS5 indexes' levels and segments.
A JSON line a chunk; ``summarize`` compares the first and last tenth.
"""

from __future__ import annotations

import gc
import json
import re
import time
from collections import Counter
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine

_STATEMENT = re.compile(
    r"^\s*(INSERT INTO|DELETE FROM|UPDATE|SELECT|PRAGMA|WITH)\s+(?:.*?\bFROM\s+)?\"?(\w+)", re.S
)
IO_FIELDS = ("syscr", "syscw", "rchar", "wchar")


def statement_kind(statement: str) -> str:
    """'INSERT quotes', 'SELECT mentions', ...: the verb and the first table named."""
    found = _STATEMENT.match(statement)
    if not found:
        return statement.split(None, 1)[0].upper()
    verb = found.group(1).split()[0]
    return f"{verb} {found.group(2)}"


def process_io() -> dict[str, int]:
    try:
        lines = Path("/proc/self/io").read_text().splitlines()
    except OSError:
        return dict.fromkeys(IO_FIELDS, 0)
    values = dict(line.split(": ") for line in lines)
    return {name: int(values.get(name, 0)) for name in IO_FIELDS}


class StoreTrace:
    """CPU seconds by statement kind and commits, for the stage the benchmark says it is in."""

    def __init__(self, engine: Engine, path: Path) -> None:
        self.stage = ""
        self.cpu: Counter[str] = Counter()
        self.path = path
        self.out = path.open("w")
        self.io_counts: Counter[str] = Counter()
        self.last_done = 0
        self.engine = engine
        self.handed_out: list[int] = []  # the pooled connections handed out this chunk, in order
        event.listen(
            engine, "checkout", lambda dbapi_connection, *_: self.handed_out.append(id(dbapi_connection))
        )
        event.listen(engine, "before_cursor_execute", self._before)
        event.listen(engine, "after_cursor_execute", self._after)
        commit = engine.dialect.do_commit

        def timed_commit(dbapi_connection) -> None:  # the WAL checkpoint runs inside a commit
            started = time.process_time()
            commit(dbapi_connection)
            self.cpu[f"{self.stage}:commit"] += time.process_time() - started

        engine.dialect.do_commit = timed_commit
        gc.callbacks.append(self._collecting)

    def _collecting(self, phase: str, info: dict) -> None:
        """Python's cyclic collector, charged to the stage whose allocations set it off."""
        if phase == "start":
            self.gc_started = time.process_time()
        elif self.stage:
            self.cpu[f"{self.stage}:gc{info['generation']}"] += time.process_time() - self.gc_started

    def _before(self, conn, cursor, statement, params, context, executemany) -> None:
        conn.info["trace_started"] = time.process_time()

    def _after(self, conn, cursor, statement, params, context, executemany) -> None:
        spent = time.process_time() - conn.info.pop("trace_started", time.process_time())
        self.cpu[f"{self.stage}:{statement_kind(statement)}"] += spent

    def enter(self, stage: str) -> None:
        self.stage = stage
        self.entered = (time.process_time(), process_io())

    def leave(self) -> None:
        cpu, io = time.process_time(), process_io()
        self.cpu[self.stage] += cpu - self.entered[0]
        for name in IO_FIELDS:
            self.io_counts[f"{self.stage}:{name}"] += io[name] - self.entered[1][name]
        self.stage = ""

    def chunk_done(self, done: int, wal_bytes: int) -> None:
        """One line: per-article milliseconds of the stages and of the store's statement kinds, and
        the reads and writes of each stage an article."""
        count = max(1, done - self.last_done)
        row: dict[str, float] = {"done": done}
        for kind, seconds in sorted(self.cpu.items()):
            if ":" not in kind or kind.startswith("store:") or ":gc" in kind:
                row[kind] = 1000 * seconds / count
        for key, value in sorted(self.io_counts.items()):
            row[key] = value / count
        row["wal_mb"] = wal_bytes / 2**20
        # Two pooled connections taking turns each drop their page cache at every turn.
        row["pooled_connections"] = self.engine.pool.checkedin() + self.engine.pool.checkedout()
        turns = zip(self.handed_out, self.handed_out[1:], strict=False)
        row["connection_switches"] = sum(1 for before, after in turns if before != after)
        self.handed_out.clear()
        self.out.write(json.dumps({k: round(v, 4) for k, v in row.items()}) + "\n")
        self.out.flush()
        self.cpu.clear()
        self.io_counts.clear()
        self.last_done = done

    def close(self) -> None:
        gc.callbacks.remove(self._collecting)
        self.out.close()


def fts_structure(conn, table: str) -> tuple[int, int]:
    """Levels and segments of an FTS5 index, read from its structure record (id 10)."""
    row = conn.exec_driver_sql(f"SELECT block FROM {table}_data WHERE id = 10").fetchone()
    if not row:
        return (0, 0)
    data, pos = bytes(row[0]), 4  # a 4-byte cookie, then varints: levels, segments, ...

    def varint() -> int:
        nonlocal pos
        value = 0
        for _ in range(9):
            byte = data[pos]
            pos += 1
            value = (value << 7) | (byte & 0x7F)
            if not byte & 0x80:
                break
        return value

    return varint(), varint()


def summarize(path: Path) -> str:
    """The first tenth of the chunks against the last: which columns grew, by how much."""
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    rows = [row for row in rows if "done" in row]
    keys = list(dict.fromkeys(k for row in rows for k in row))
    tenth = max(1, len(rows) // 10)
    first, last = rows[:tenth], rows[-tenth:]
    out = [f"{'column':<34} {'first tenth':>12} {'last tenth':>12} {'growth':>9}"]
    for key in keys[1:]:
        a = sum(r.get(key, 0) for r in first) / len(first)
        b = sum(r.get(key, 0) for r in last) / len(last)
        out.append(f"{key:<34} {a:12.3f} {b:12.3f} {b - a:+9.3f}")
    return "\n".join(out)


if __name__ == "__main__":
    import sys

    print(summarize(Path(sys.argv[1])))
