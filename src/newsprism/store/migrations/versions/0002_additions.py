"""Tables and columns added after the baseline (entity lookup keys, ...).

Each step first checks that its table or column is missing: a database that development
code created with ``create_all`` may already have some of them.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

from newsprism.store.migrations import table_exists

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if not table_exists("entity_keys"):
        op.create_table(
            "entity_keys",
            sa.Column("key", sa.String(length=255), nullable=False),
            sa.Column("entity_id", sa.String(length=64), nullable=False),
            sa.PrimaryKeyConstraint("key", "entity_id"),
        )


def downgrade() -> None:
    op.drop_table("entity_keys")
