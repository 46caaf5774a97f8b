"""Per-form mention counts of entities (``entity_forms``): a person is shown under the full name
most of its mentions are written in, kept up to date incrementally by the entity stage. An
existing database gets the counts from its linked mentions, and its people their names from them.

Revision ID: 0012_entity_forms
Revises: 0011_quote_search
"""

import sqlalchemy as sa
from alembic import op

from newsprism.store.migrations import table_exists

revision = "0012_entity_forms"
down_revision = "0011_quote_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if not table_exists("entity_forms"):
        op.create_table(
            "entity_forms",
            sa.Column("entity_id", sa.String(length=64), nullable=False),
            sa.Column("form", sa.String(length=255), nullable=False),
            sa.Column("mentions", sa.Integer(), nullable=False),
            sa.PrimaryKeyConstraint("entity_id", "form"),
        )
    conn = op.get_bind()
    linked = sa.text("SELECT 1 FROM mentions WHERE entity_id IS NOT NULL LIMIT 1")
    if conn.execute(linked).first() is None:
        return  # a new database: nothing to count (and no need to load the entity stage)
    from newsprism.entities.display import rename_people  # the naming rule is the entity stage's
    from newsprism.store.forms import recount_forms

    recount_forms(conn)
    rename_people(conn)


def downgrade() -> None:
    op.drop_table("entity_forms")
