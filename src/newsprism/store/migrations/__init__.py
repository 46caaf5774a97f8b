"""Schema migrations: Alembic, run from code (no alembic.ini), on SQLite and PostgreSQL alike.

``upgrade(engine)`` brings any database to the newest schema. It is safe when several
processes open a new database at the same moment: the first takes a lock (PostgreSQL: an
advisory lock; SQLite: ``BEGIN IMMEDIATE``) and migrates, the others wait and find it done.
A database made before migrations existed (tables, no ``alembic_version``) is stamped with the
baseline revision and then upgraded in place, keeping its rows.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import NullPool

HERE = Path(__file__).resolve().parent
# The schema as it was before migrations existed: what a database without alembic_version has.
BASELINE = "0001"
# Any fixed number: every newsprism process agrees on it to serialise schema changes.
PG_LOCK_KEY = 7_264_105_391


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic Config built in code; env.py takes the open connection from its attributes."""
    config = Config()
    config.set_main_option("script_location", str(HERE))
    config.attributes["connection"] = connection
    return config


@lru_cache(maxsize=1)
def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database behind ``engine`` up to ``revision``, one process at a time."""
    if revision == "head":
        with engine.connect() as conn:
            if current_revision(conn) == head_revision():
                return  # the usual case: nothing to do, no lock taken
    locking_engine = _locking_engine(engine)
    try:
        with locking_engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_LOCK_KEY})
            config = alembic_config(conn)
            tables = set(inspect(conn).get_table_names())
            if "alembic_version" not in tables and "articles" in tables:
                command.stamp(config, BASELINE)
            command.upgrade(config, revision)
    finally:
        if locking_engine is not engine:
            locking_engine.dispose()


def table_exists(name: str) -> bool:
    """Inside a migration: whether the table is there already (a database that development code
    made with ``create_all`` may have some of a revision's tables before it runs)."""
    from alembic import op

    return inspect(op.get_bind()).has_table(name)


def column_exists(table: str, column: str) -> bool:
    from alembic import op

    return any(c["name"] == column for c in inspect(op.get_bind()).get_columns(table))


def include_name(name: str | None, type_: str, parent_names: dict) -> bool:
    """What autogenerate compares: our own tables only (not the FTS tables, nor the indexes that
    search and substring make)."""
    from newsprism.store.schema import metadata

    if type_ == "table":
        return name in metadata.tables
    if type_ == "index":
        return not (name or "").endswith(("_fts", "_trgm")) and "_fts_" not in (name or "")
    return True


def _locking_engine(engine: Engine) -> Engine:
    """For SQLite, an engine whose transactions start with BEGIN IMMEDIATE (a write lock up front,
    and transactional DDL); PostgreSQL's own engine does both already."""
    if engine.dialect.name != "sqlite":
        return engine
    sqlite_engine = create_engine(
        engine.url, connect_args={"timeout": 60, "isolation_level": None}, poolclass=NullPool
    )

    @event.listens_for(sqlite_engine, "begin")
    def _begin_immediate(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return sqlite_engine
