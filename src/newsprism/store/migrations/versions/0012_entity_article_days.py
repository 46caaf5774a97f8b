"""Each mention and quote keeps its article's published day (``article_day``, '' when undated),
indexed after the entity: an entity's articles newest first are an index range, so a page of
its timeline reads that page's rows, not every article naming it (the most-named synthetic
person of 200,000 articles is in 91,865). Existing rows get their article's day here; saving
sets it from then on (store/bulk.py, store/writes.py: an article's day changes only when it is
saved again, with all its facts).

Revision ID: 0012_entity_article_days
Revises: 0011_quote_search
"""

import sqlalchemy as sa
from alembic import op

from newsprism.store.statistics import analyze

revision = "0012_entity_article_days"
down_revision = "0011_quote_search"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_mentions_entity_day": ("mentions", ["entity_id", "article_day", "article_id"]),
    "ix_quotes_speaker_entity_day": ("quotes", ["speaker_entity_id", "article_day", "article_id"]),
    # The whole sort keys of a page of quotes (store/queries.quotes), alone and per speaker entity:
    # the indexes they replace lacked the last key, and every page sorted runs of equal keys.
    "ix_quotes_order": ("quotes", ["article_id", "start", "quote_id"]),
    "ix_quotes_speaker_entity_order": ("quotes", ["speaker_entity_id", "article_id", "start", "quote_id"]),
}
# Replaced by the above, and the entities' (mentions, name) by ix_entities_rank (0006), which has
# the whole order; with both, SQLite took the shorter one and sorted what it left out.
REPLACED = {
    "ix_quotes_article_order": ("quotes", ["article_id", "start"]),
    "ix_quotes_speaker_entity_article": ("quotes", ["speaker_entity_id", "article_id"]),
    "ix_entities_mentions_order": ("entities", ["mentions", "name"]),
}
_DAY = "(SELECT coalesce(a.published, '') FROM articles a WHERE a.article_id = {table}.article_id)"


def upgrade() -> None:
    for table in ("mentions", "quotes"):
        # Safe to run again (a database set back to an older revision is upgraded once more).
        if "article_day" in {c["name"] for c in sa.inspect(op.get_bind()).get_columns(table)}:
            continue
        column = sa.Column("article_day", sa.String(10), nullable=False, server_default="")
        op.add_column(table, column)
        # Only rows whose article is dated change (the rest keep the default '').
        op.execute(
            f"UPDATE {table} SET article_day = {_DAY.format(table=table)} "
            f"WHERE article_id IN (SELECT article_id FROM articles WHERE published IS NOT NULL)"
        )
    for name, (table, columns) in INDEXES.items():
        op.create_index(name, table, columns, if_not_exists=True)
    for name, (table, _) in REPLACED.items():
        op.drop_index(name, table_name=table, if_exists=True)
    analyze(op.get_bind())


def downgrade() -> None:
    for name, (table, columns) in REPLACED.items():
        op.create_index(name, table, columns, if_not_exists=True)
    for name, (table, _) in INDEXES.items():
        op.drop_index(name, table_name=table, if_exists=True)
    for table in ("mentions", "quotes"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("article_day")
