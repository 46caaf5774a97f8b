"""Indexes on the sort keys that readers page through with keyset cursors (store/queries.py):
articles in stored order, quotes in article order, entities by mentions.

Revision ID: 0005_read_indexes
Revises: 0004
"""

from alembic import op

revision = "0005_read_indexes"
down_revision = "0004"
branch_labels = None
depends_on = None

INDEXES = [
    ("ix_articles_stored_order", "articles", ["stored_at", "article_id"]),
    ("ix_quotes_article_order", "quotes", ["article_id", "start"]),
    ("ix_entities_mentions_order", "entities", ["mentions", "name"]),
]


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns, unique=False, if_not_exists=True)


def downgrade() -> None:
    for name, table, _ in INDEXES:
        op.drop_index(name, table_name=table, if_exists=True)
