"""Tables the stories stage keeps for incremental work: MinHash signatures and LSH bands
(near-duplicates), term document frequencies, story centroids and blocking keys.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

from newsprism.store.migrations import table_exists

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if not table_exists("story_signatures"):
        op.create_table(
            "story_signatures",
            sa.Column("article_id", sa.String(length=64), nullable=False),
            sa.Column("signature", sa.LargeBinary(), nullable=False),
            sa.Column("shingles", sa.Integer(), nullable=False),
            sa.Column("story_id", sa.String(length=64), nullable=True),
            sa.PrimaryKeyConstraint("article_id"),
        )
    if not table_exists("story_bands"):
        op.create_table(
            "story_bands",
            sa.Column("band", sa.BigInteger(), autoincrement=False, nullable=False),
            sa.Column("article_id", sa.String(length=64), nullable=False),
            sa.PrimaryKeyConstraint("band", "article_id"),
            sqlite_with_rowid=False,
        )
    if not table_exists("story_terms"):
        op.create_table(
            "story_terms",
            sa.Column("term", sa.String(length=200), nullable=False),
            sa.Column("df", sa.Integer(), nullable=False),
            sa.PrimaryKeyConstraint("term"),
            sqlite_with_rowid=False,
        )
    if not table_exists("story_profiles"):
        op.create_table(
            "story_profiles",
            sa.Column("story_id", sa.String(length=64), nullable=False),
            sa.Column("first_published", sa.String(length=10), nullable=True),
            sa.Column("last_published", sa.String(length=10), nullable=True),
            sa.Column("size", sa.Integer(), nullable=False),
            sa.Column("vector", sa.JSON(), nullable=False),
            sa.Column("title_article", sa.String(length=64), nullable=True),
            sa.PrimaryKeyConstraint("story_id"),
        )
    if not table_exists("story_blocks"):
        op.create_table(
            "story_blocks",
            sa.Column("key", sa.String(length=200), nullable=False),
            sa.Column("bucket", sa.Integer(), autoincrement=False, nullable=False),
            sa.Column("story_id", sa.String(length=64), nullable=False),
            sa.PrimaryKeyConstraint("key", "bucket", "story_id"),
            sqlite_with_rowid=False,
        )


def downgrade() -> None:
    for name in ("story_blocks", "story_profiles", "story_terms", "story_bands", "story_signatures"):
        op.drop_table(name)
