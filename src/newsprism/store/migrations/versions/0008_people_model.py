"""Quotes keep the id of their speaker's mention (``speaker_mention_id``), so the entity linker
finds the speaker's entity by that id; articles keep the dateline and headline lines cleaning
found (``dateline``, ``headline_lines``).

Revision ID: 0008_people_model
Revises: 0007_published_text
"""

import sqlalchemy as sa
from alembic import op

from newsprism.store.migrations import column_exists

revision = "0008_people_model"
down_revision = "0007_published_text"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if not column_exists("quotes", "speaker_mention_id"):
        op.add_column("quotes", sa.Column("speaker_mention_id", sa.String(96), nullable=True))
    if not column_exists("articles", "dateline"):
        op.add_column("articles", sa.Column("dateline", sa.JSON(), nullable=True))
    if not column_exists("articles", "headline_lines"):
        op.add_column("articles", sa.Column("headline_lines", sa.JSON(), nullable=True))


def downgrade() -> None:
    op.drop_column("quotes", "speaker_mention_id")
    op.drop_column("articles", "dateline")
    op.drop_column("articles", "headline_lines")
