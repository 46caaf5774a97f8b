"""Trigram indexes for the literal substring filters (quotes by text and by speaker, events by
actor): an FTS5 ``trigram`` table a filtered table on SQLite, GIN ``gin_trgm_ops`` indexes over
the compared expressions on PostgreSQL (store/substring.py says how the filters use them).
And the order events are listed in (undated first: ``coalesce(date, '')``), alone and per type,
so a page of events reads an index range instead of sorting every event.

Revision ID: 0011_quote_search
Revises: 0010_story_merges
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy import text

from newsprism.store import substring

revision = "0011_quote_search"
down_revision = "0010_story_merges"
branch_labels = None
depends_on = None

_ORDER = [sa.text("coalesce(date, '')"), "article_id", "start", "event_id"]
INDEXES = {"ix_events_order": ["events", _ORDER], "ix_events_type_order": ["events", ["type", *_ORDER]]}


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        substring.ensure_sqlite(conn)
    elif conn.dialect.name == "postgresql":
        substring.ensure_postgresql(conn)
    for name, (table, columns) in INDEXES.items():  # IF NOT EXISTS: expression indexes are not reflected
        op.create_index(name, table, columns, if_not_exists=True)


def downgrade() -> None:
    conn = op.get_bind()
    for name, (table, _) in INDEXES.items():
        op.drop_index(name, table_name=table, if_exists=True)
    if conn.dialect.name == "sqlite":
        for name in [*substring.SQLITE_TABLES, *substring.LEGACY_SQLITE_TABLES]:
            for trigger in ("insert", "delete", "update"):
                conn.execute(text(f"DROP TRIGGER IF EXISTS {name}_{trigger}"))
            conn.execute(text(f"DROP TABLE IF EXISTS {name}"))
    elif conn.dialect.name == "postgresql":
        for name in substring.PG_INDEXES:
            conn.execute(text(f"DROP INDEX IF EXISTS {name}"))
