"""A store that can only read: what ``newsprism serve`` opens, so serving never writes.

SQLite is opened through a ``file:`` URI with ``mode=ro`` (or ``immutable=1`` when the file or its
folder is not writable, where SQLite could not even keep its lock files) and ``query_only`` on;
PostgreSQL sessions start read-only. Nothing is migrated: a database from an older newsprism
must be upgraded by a command that writes (``newsprism analyze``, or any read command) first.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import create_engine, event
from sqlalchemy.exc import SQLAlchemyError

from newsprism.errors import StoreError
from newsprism.store.migrations import current_revision, head_revision
from newsprism.store.store import Store, database_url
from newsprism.store.tuning import connection_listener, store_options


def _read_only_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA query_only=ON")
    cursor.close()


def sqlite_read_only_url(path: Path) -> str:
    """A URI that opens ``path`` read-only; immutable when nothing beside it may be written."""
    path = path.resolve()
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    mode = "mode=ro" if writable else "immutable=1"
    return f"sqlite:///file:{quote(str(path))}?{mode}&uri=true"


def open_read_only(db: str, options: Mapping[str, Any] | None = None) -> Store:
    """A Store over ``db`` whose every connection refuses to write; ``options`` as for ``Store``
    (a reader takes the page cache and memory map of the ``[store]`` settings)."""
    store = Store.__new__(Store)
    store.options = store_options(options)
    url = database_url(db)
    store.is_sqlite = url.startswith("sqlite")
    try:
        if store.is_sqlite:
            path = Path(url.removeprefix("sqlite:///"))
            if not path.exists():
                raise StoreError(f"{path}: no such database (run 'newsprism analyze' first)")
            store.url = sqlite_read_only_url(path)
            store.engine = create_engine(store.url, connect_args={"timeout": 60})
            event.listen(store.engine, "connect", _read_only_pragmas)
            event.listen(store.engine, "connect", connection_listener("sqlite", store.options, writer=False))
        else:
            store.url = url
            options = {"options": "-c default_transaction_read_only=on"}
            store.engine = create_engine(url, connect_args=options)
        with store.engine.connect() as conn:
            revision = current_revision(conn)
    except SQLAlchemyError as exc:
        reason = getattr(exc, "orig", None) or exc
        raise StoreError(f"{db}: cannot open database ({reason})") from exc
    if revision != head_revision():
        store.engine.dispose()
        raise StoreError(
            f"{db}: the database schema is older than this newsprism (revision {revision}); "
            "run 'newsprism articles --db ...' once to upgrade it"
        )
    return store
