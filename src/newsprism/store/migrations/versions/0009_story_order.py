"""Stories are listed newest first with undated ones last, ``coalesce(first_published, '') DESC``:
an index on that very expression serves the order (the plain ``first_published DESC`` index of
0006 did not, and goes). Then planner statistics, so the query indexes are picked on a loaded
database (see ``store/statistics.py``).

Revision ID: 0009_story_order
Revises: 0008_people_model
"""

import sqlalchemy as sa
from alembic import op

from newsprism.store.statistics import analyze

revision = "0009_story_order"
down_revision = "0008_people_model"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_stories_newest_order",
        "stories",
        [sa.text("coalesce(first_published, '') DESC"), "story_id"],
        if_not_exists=True,
    )
    op.drop_index("ix_stories_newest", table_name="stories", if_exists=True)
    analyze(op.get_bind())


def downgrade() -> None:
    op.create_index(
        "ix_stories_newest", "stories", [sa.text("first_published DESC"), "story_id"], if_not_exists=True
    )
    op.drop_index("ix_stories_newest_order", table_name="stories", if_exists=True)
