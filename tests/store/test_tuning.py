"""The ``[store]`` settings reach every connection the store opens, on SQLite and PostgreSQL, and
the FTS5 indexes' merge settings reach the indexes (kept in the database)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from sqlalchemy import text

from newsprism.api import Corpus
from newsprism.config import Settings
from newsprism.errors import UsageError
from newsprism.store.store import Store

FTS5_TABLES = (
    "articles_fts",
    "quotes_fts",
    "quotes_trigram",
    "events_trigram",
)


def pragma(store: Store, name: str):
    with store.engine.connect() as conn:
        return conn.exec_driver_sql(f"PRAGMA {name}").scalar()


def fts5_option(store: Store, table: str, name: str):
    with store.engine.connect() as conn:
        return conn.execute(text(f"SELECT v FROM {table}_config WHERE k = :k"), {"k": name}).scalar()


def test_sqlite_settings_reach_every_new_connection(tmp_path):
    overrides = {
        "store.sqlite_cache_mib": 48,
        "store.sqlite_mmap_mib": 16,
        "store.sqlite_wal_autocheckpoint": 4000,
        "store.sqlite_temp_store": "memory",
    }
    with Corpus(str(tmp_path / "tuned.db"), **overrides) as corpus:
        store = corpus.store
        store.engine.dispose()  # a connection opened after the pool was emptied gets them too
        assert pragma(store, "cache_size") == -48 * 1024
        assert pragma(store, "mmap_size") == 16 * 2**20
        assert pragma(store, "wal_autocheckpoint") == 4000
        assert pragma(store, "temp_store") == 2  # MEMORY
        assert pragma(store, "journal_mode") == "wal"


def test_the_defaults_come_from_settings_toml_and_the_environment(tmp_path, monkeypatch):
    defaults = Settings.load().store
    store = Store(str(tmp_path / "plain.db"))
    assert pragma(store, "cache_size") == -defaults["sqlite_cache_mib"] * 1024
    assert pragma(store, "wal_autocheckpoint") == defaults["sqlite_wal_autocheckpoint"]
    store.close()
    monkeypatch.setenv("NEWSPRISM_STORE_SQLITE_WAL_AUTOCHECKPOINT", "2500")
    store = Store(str(tmp_path / "plain.db"))
    assert pragma(store, "wal_autocheckpoint") == 2500
    store.close()


def test_fts5_merge_settings_reach_every_full_text_index_and_follow_a_change(tmp_path):
    db = str(tmp_path / "merge.db")
    with Corpus(db, **{"store.fts_automerge": 8, "store.fts_crisismerge": 24}) as corpus:
        for table in FTS5_TABLES:
            assert fts5_option(corpus.store, table, "automerge") == 8
            assert fts5_option(corpus.store, table, "crisismerge") == 24
    with Corpus(db, **{"store.fts_automerge": 2}) as corpus:  # kept in the database: changed on open
        assert {fts5_option(corpus.store, t, "automerge") for t in FTS5_TABLES} == {2}
        assert {fts5_option(corpus.store, t, "crisismerge") for t in FTS5_TABLES} == {16}


def test_a_read_only_store_takes_the_readers_settings_and_still_refuses_writes(tmp_path):
    db = str(tmp_path / "served.db")
    Corpus(db).close()
    with Corpus(db, read_only=True, **{"store.sqlite_mmap_mib": 32, "store.sqlite_cache_mib": 8}) as corpus:
        assert pragma(corpus.store, "mmap_size") == 32 * 2**20
        assert pragma(corpus.store, "cache_size") == -8 * 1024
        with pytest.raises(Exception, match="readonly|read-only|attempt to write"):
            with corpus.store.engine.begin() as conn:
                conn.exec_driver_sql("DELETE FROM articles")


def test_an_unknown_temp_store_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="sqlite_temp_store"):
        Corpus(str(tmp_path / "bad.db"), **{"store.sqlite_temp_store": "disk"})


def test_the_cli_reports_a_bad_store_setting_from_the_environment_in_one_line(tmp_path):
    db = str(tmp_path / "cli.db")
    Corpus(db).close()
    command = [sys.executable, "-m", "newsprism", "articles", "--db", db]
    environment = {**os.environ, "NEWSPRISM_STORE_SQLITE_TEMP_STORE": "disk"}
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, env=environment)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("Error:") and "sqlite_temp_store" in done.stderr


def test_postgresql_sessions_take_work_mem_and_the_gin_pending_list(postgres):
    url = postgres.create_database()
    overrides = {"store.pg_work_mem_mib": 48, "store.pg_gin_pending_list_kib": 1024}
    with Corpus(url, **overrides) as corpus:
        corpus.store.engine.dispose()
        with corpus.store.engine.connect() as conn:
            assert conn.exec_driver_sql("SHOW work_mem").scalar() == "48MB"
            assert conn.exec_driver_sql("SHOW gin_pending_list_limit").scalar() == "1MB"
    with Corpus(url) as corpus:  # 0: the server's own values
        with corpus.store.engine.connect() as conn:
            assert conn.exec_driver_sql("SHOW work_mem").scalar() == "4MB"


def test_after_a_nested_connection_the_store_goes_on_with_the_connection_it_used_last(tmp_path):
    """Handed out in turn, two pooled SQLite connections would each find the other's writes and
    drop their whole page cache every transaction; the last one returned is handed out again."""
    store = Store(str(tmp_path / "pool.db"))
    with store.engine.connect() as outer, store.engine.connect() as inner:  # a nested read
        assert outer.connection.dbapi_connection is not inner.connection.dbapi_connection
    with store.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE written (n INTEGER)")
    used = []
    for n in range(6):
        with store.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO written (n) VALUES (?)", (n,))
            used.append(conn.connection.dbapi_connection)
    assert store.engine.pool.checkedin() == 2
    assert len({id(connection) for connection in used}) == 1
    store.close()
