"""Migration 0016: the single-column indexes a wider index starts with are gone, and a lookup by
each of those columns still searches an index (the wider one) rather than scanning the table."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, text

from newsprism.store.migrations.versions import __path__ as versions_path
from newsprism.store.store import Store


def _dropped() -> dict[str, tuple[str, str]]:
    namespace: dict = {}
    source = Path(versions_path[0], "0017_drop_prefix_indexes.py").read_text()
    exec(compile(source, "0017_drop_prefix_indexes.py", "exec"), namespace)
    return namespace["DROPPED"]


def test_prefix_indexes_are_dropped_and_their_lookups_still_use_an_index(tmp_path: Path):
    store = Store(str(tmp_path / "x.db"))
    dropped = _dropped()
    assert len(dropped) == 8
    with store.engine.connect() as conn:
        for name, (table, column) in dropped.items():
            names = {index["name"] for index in inspect(conn).get_indexes(table)}
            assert name not in names
            plan = " ".join(
                str(row[-1])
                for row in conn.execute(
                    text(f"EXPLAIN QUERY PLAN SELECT * FROM {table} WHERE {column} = 'x'")
                )
            )
            assert "USING INDEX" in plan or "USING COVERING INDEX" in plan, (table, column, plan)
    store.close()
