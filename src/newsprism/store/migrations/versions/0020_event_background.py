"""Events keep whether they are told as background (``background``: the past perfect of the
narrative, read from the parse by the events stage, events/aspect.py), so the timeline no longer
re-reads the stored sentence's words for it. Events stored before are false: the parse that
would tell is not stored, so the timeline shows them as it would any act (an article changed and
analysed again gets the flag).

Revision ID: 0020_event_background
Revises: 0019_article_genre
"""

import sqlalchemy as sa
from alembic import op

from newsprism.store.migrations import column_exists

revision = "0020_event_background"
down_revision = "0019_article_genre"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if not column_exists("events", "background"):
        column = sa.Column("background", sa.Boolean(), nullable=False, server_default=sa.false())
        op.add_column("events", column)


def downgrade() -> None:
    op.drop_column("events", "background")
