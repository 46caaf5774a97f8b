"""Schema migrations by hand, without an alembic.ini.

    python -m newsprism.store.migrations current  [--db PATH_OR_URL]   # the database's revision
    python -m newsprism.store.migrations upgrade  [--db PATH_OR_URL]   # bring it to the newest
    python -m newsprism.store.migrations revision "add a column"      # draft the next revision file

``revision`` compares the tables declared in schema.py with a scratch SQLite database upgraded
to the newest revision, and writes what differs into a new file under versions/ (check it,
and keep steps idempotent like the existing ones).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from newsprism.config import Settings
from newsprism.store.migrations import alembic_config, current_revision, head_revision, upgrade
from newsprism.store.store import database_url


def main() -> None:
    parser = argparse.ArgumentParser(
        prog="python -m newsprism.store.migrations",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("action", choices=["current", "upgrade", "revision"])
    parser.add_argument("message", nargs="?", default="schema change")
    parser.add_argument("--db", default=None, help="SQLite path or URL [env NEWSPRISM_DB]")
    args = parser.parse_args()
    if args.action == "revision":
        with tempfile.TemporaryDirectory() as tmp:
            engine = create_engine(f"sqlite:///{Path(tmp) / 'scratch.db'}")
            upgrade(engine)
            with engine.begin() as conn:
                number = int(head_revision()) + 1
                config = alembic_config(conn)
                command.revision(config, args.message, autogenerate=True, rev_id=f"{number:04d}")
            engine.dispose()
        return
    engine = create_engine(database_url(Settings.load(db=args.db).db))
    if args.action == "upgrade":
        upgrade(engine)
    with engine.connect() as conn:
        print(f"{current_revision(conn) or 'none'} (newest: {head_revision()})")
    engine.dispose()


if __name__ == "__main__":
    main()
