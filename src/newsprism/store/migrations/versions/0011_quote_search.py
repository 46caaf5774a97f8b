"""Trigram indexes for the literal substring filters (quotes by text and by speaker, events by
actor): an FTS5 ``trigram`` table a filtered table on SQLite, GIN ``gin_trgm_ops`` indexes over
the compared expressions on PostgreSQL (store/substring.py says how the filters use them).

Revision ID: 0011_quote_search
Revises: 0010_story_merges
"""

from alembic import op
from sqlalchemy import text

from newsprism.store import substring

revision = "0011_quote_search"
down_revision = "0010_story_merges"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        substring.ensure_sqlite(conn)
    elif conn.dialect.name == "postgresql":
        substring.ensure_postgresql(conn)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        for name in substring.SQLITE_TABLES:
            for trigger in ("insert", "delete", "update"):
                conn.execute(text(f"DROP TRIGGER IF EXISTS {name}_{trigger}"))
            conn.execute(text(f"DROP TABLE IF EXISTS {name}"))
    elif conn.dialect.name == "postgresql":
        for name in substring.PG_INDEXES:
            conn.execute(text(f"DROP INDEX IF EXISTS {name}"))
