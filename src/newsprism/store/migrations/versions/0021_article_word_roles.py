"""Articles keep the part of speech and dependency label of their content words (``word_roles``,
nlp/word_roles.py), so the comparison, which reads stored rows and no parse, can tell an
adjective before a name from one after "is". Each row is ``[start, pos, dep, head_start]`` (the
head's offset tells what a predicate adjective is said of; subjects and possessors are kept too);
rows written as ``[start, pos, dep]`` (this migration's first content, no release) read without
heads. Rows stored before have none (NULL): the comparison ranks their words as it did.

Revision ID: 0021_article_word_roles
Revises: 0020_event_background
"""

import sqlalchemy as sa
from alembic import op

from newsprism.store.migrations import column_exists

revision = "0021_article_word_roles"
down_revision = "0020_event_background"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if not column_exists("articles", "word_roles"):
        op.add_column("articles", sa.Column("word_roles", sa.JSON(), nullable=True))


def downgrade() -> None:
    op.drop_column("articles", "word_roles")
