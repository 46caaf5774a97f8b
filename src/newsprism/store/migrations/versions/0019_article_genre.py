"""Articles keep the genre cleaning read from their lead's label (``genre``: report, opinion,
editorial, roundup, analysis; ingest/genre.py), so the label line can leave the text while the
stories stage still files an opinion piece beside the reports. Rows stored before have none
(NULL): the stories stage reads their stored text's lead as it did.

Revision ID: 0019_article_genre
Revises: 0018_one_quote_trigram_index
"""

import sqlalchemy as sa
from alembic import op

from newsprism.store.migrations import column_exists

revision = "0019_article_genre"
down_revision = "0018_one_quote_trigram_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if not column_exists("articles", "genre"):
        op.add_column("articles", sa.Column("genre", sa.String(16), nullable=True))


def downgrade() -> None:
    op.drop_column("articles", "genre")
