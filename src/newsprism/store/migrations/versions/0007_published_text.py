"""Articles keep a publication date their input gave that is no possible date
(``published_text``: month 13, year 0001): ``published`` stays NULL, the value is not lost.

Revision ID: 0007_published_text
Revises: 0006_query_indexes
"""

import sqlalchemy as sa
from alembic import op

from newsprism.store.migrations import column_exists

revision = "0007_published_text"
down_revision = "0006_query_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if not column_exists("articles", "published_text"):
        op.add_column("articles", sa.Column("published_text", sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_column("articles", "published_text")
