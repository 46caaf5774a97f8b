"""Connection settings of the store, from the ``[store]`` section of ``settings.toml``.

What each costs was measured with ``benchmarks/corpus_scale.py --trace`` (docs/measured/speed.md):
SQLite's page cache and memory map decide how many of a growing database's index pages a write
reads from the file again; the WAL checkpoint interval how often a page written by many batches
is copied into the database; FTS5's ``automerge`` how many times each indexed word is rewritten
as the full-text indexes grow. PostgreSQL has no per-connection page cache or checkpoint to set;
its counterparts that a session may set are ``work_mem`` and the GIN pending list that its
full-text and trigram indexes collect new entries in (``gin_pending_list_limit``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

from newsprism.config import Settings
from newsprism.errors import UsageError

# The FTS5 indexes the store keeps (search.py, substring.py); each keeps its own merge settings.
FTS5_MERGE_OPTIONS = ("automerge", "crisismerge")


def store_options(given: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The ``[store]`` settings: ``given`` (a run's ``settings.store``), else the defaults and
    environment (``NEWSPRISM_STORE_<KEY>``)."""
    if given is not None:
        return dict(given)
    return dict(Settings.load().store)


def sqlite_pragmas(options: Mapping[str, Any], writer: bool = True) -> list[str]:
    """The PRAGMA statements a new SQLite connection runs (a reader skips the writer's)."""
    pragmas = [
        "PRAGMA busy_timeout=60000",
        f"PRAGMA cache_size=-{int(options['sqlite_cache_mib']) * 1024}",
        f"PRAGMA mmap_size={int(options['sqlite_mmap_mib']) * 2**20}",
        f"PRAGMA temp_store={_temp_store(options['sqlite_temp_store'])}",
    ]
    if writer:
        pragmas = [
            "PRAGMA journal_mode=WAL",
            "PRAGMA synchronous=NORMAL",
            f"PRAGMA wal_autocheckpoint={int(options['sqlite_wal_autocheckpoint'])}",
            *pragmas,
        ]
    return pragmas


def _temp_store(value: str) -> str:
    allowed = {"default", "file", "memory"}
    if str(value).lower() not in allowed:
        raise UsageError(
            f"setting store.sqlite_temp_store: {value!r} is not one of {', '.join(sorted(allowed))}"
        )
    return str(value).upper()


def postgresql_settings(options: Mapping[str, Any]) -> list[str]:
    """``SET`` statements a new PostgreSQL session runs; 0 leaves the server's value."""
    statements = []
    if int(options["pg_work_mem_mib"]) > 0:
        statements.append(f"SET work_mem = '{int(options['pg_work_mem_mib'])}MB'")
    if int(options["pg_gin_pending_list_kib"]) > 0:
        statements.append(f"SET gin_pending_list_limit = {int(options['pg_gin_pending_list_kib'])}")
    return statements


def connection_listener(dialect: str, options: Mapping[str, Any], writer: bool = True):
    """A ``connect`` event listener running the settings on every new DBAPI connection."""
    statements = sqlite_pragmas(options, writer) if dialect == "sqlite" else postgresql_settings(options)

    def on_connect(dbapi_connection, _record) -> None:
        if not statements:
            return
        cursor = dbapi_connection.cursor()
        for statement in statements:
            cursor.execute(statement)
        cursor.close()
        if dialect != "sqlite":
            dbapi_connection.commit()  # psycopg opened a transaction for the SETs

    return on_connect


def apply_fts5_merging(conn: Connection, tables: list[str], options: Mapping[str, Any]) -> None:
    """Set each FTS5 table's ``automerge`` and ``crisismerge`` (kept in the table's ``_config``)
    where they differ from the settings; an unchanged table is not written."""
    wanted = {name: int(options[f"fts_{name}"]) for name in FTS5_MERGE_OPTIONS}
    for table in tables:
        stored = dict(conn.execute(text(f"SELECT k, v FROM {table}_config")).all())
        for name, value in wanted.items():
            if stored.get(name) != value:
                conn.execute(
                    text(f"INSERT INTO {table}({table}, rank) VALUES (:name, :value)"),
                    {"name": name, "value": value},
                )
