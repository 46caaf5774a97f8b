"""Stories that merge and storylines: ``stories.storyline_id``, the record of merged story ids
(``story_merges``), and what the stories stage keeps per article to link articles pairwise
(``story_articles``: day and term counts; ``story_article_blocks``: where to look for them).

Revision ID: 0010_story_merges
Revises: 0009_story_order
"""

import sqlalchemy as sa
from alembic import op

from newsprism.store.migrations import column_exists, table_exists

revision = "0010_story_merges"
down_revision = "0009_story_order"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if not column_exists("stories", "storyline_id"):
        op.add_column("stories", sa.Column("storyline_id", sa.String(length=64), nullable=True))
        op.create_index("ix_stories_storyline_id", "stories", ["storyline_id"])
    if not table_exists("story_merges"):
        op.create_table(
            "story_merges",
            sa.Column("story_id", sa.String(length=64), nullable=False),
            sa.Column("merged_into", sa.String(length=64), nullable=False),
            sa.Column("merged_at", sa.Float(), nullable=False),
            sa.PrimaryKeyConstraint("story_id"),
        )
        op.create_index("ix_story_merges_merged_into", "story_merges", ["merged_into"])
    if not table_exists("story_articles"):
        op.create_table(
            "story_articles",
            sa.Column("article_id", sa.String(length=64), nullable=False),
            sa.Column("day", sa.Integer(), nullable=False),
            sa.Column("terms", sa.JSON(), nullable=False),
            sa.PrimaryKeyConstraint("article_id"),
        )
    if not table_exists("story_article_blocks"):
        op.create_table(
            "story_article_blocks",
            sa.Column("key", sa.String(length=200), nullable=False),
            sa.Column("bucket", sa.Integer(), autoincrement=False, nullable=False),
            sa.Column("article_id", sa.String(length=64), nullable=False),
            sa.PrimaryKeyConstraint("key", "bucket", "article_id"),
            sqlite_with_rowid=False,
        )


def downgrade() -> None:
    op.drop_table("story_article_blocks")
    op.drop_table("story_articles")
    op.drop_index("ix_story_merges_merged_into", "story_merges")
    op.drop_table("story_merges")
    op.drop_index("ix_stories_storyline_id", "stories")
    op.drop_column("stories", "storyline_id")
