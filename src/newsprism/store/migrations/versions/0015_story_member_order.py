"""An index on each story's members in date order (``story_id, published, stored_at,
article_id``): a story list item's first few members are read from the index alone, where
looking up every member's row cost 25-30 ms for a page of the 50 biggest stories at 200,000
articles (store/story_previews.py).

Revision ID: 0015_story_member_order
Revises: 0014_story_counts
"""

from alembic import op

from newsprism.store.statistics import analyze

revision = "0015_story_member_order"
down_revision = "0014_story_counts"
branch_labels = None
depends_on = None

INDEX = "ix_articles_story_members"


def upgrade() -> None:
    op.create_index(
        INDEX, "articles", ["story_id", "published", "stored_at", "article_id"], if_not_exists=True
    )
    analyze(op.get_bind())


def downgrade() -> None:
    op.drop_index(INDEX, table_name="articles", if_exists=True)
