"""Quotes keep the id of their speaker's mention (``speaker_mention_id``), so the entity linker
finds the speaker's entity by that id.

Revision ID: 0005_speaker_mention_id
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

from newsprism.store.migrations import column_exists

revision = "0005_speaker_mention_id"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if not column_exists("quotes", "speaker_mention_id"):
        op.add_column("quotes", sa.Column("speaker_mention_id", sa.String(96), nullable=True))


def downgrade() -> None:
    op.drop_column("quotes", "speaker_mention_id")
