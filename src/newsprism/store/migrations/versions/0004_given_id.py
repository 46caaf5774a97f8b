"""Articles keep the id their input gave, whole (``given_id``), when ``article_id`` had to
shorten it to fit the id columns.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

from newsprism.store.migrations import column_exists

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if not column_exists("articles", "given_id"):
        op.add_column("articles", sa.Column("given_id", sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_column("articles", "given_id")
