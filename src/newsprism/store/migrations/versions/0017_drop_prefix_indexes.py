"""Drop the single-column indexes that a wider index already starts with (``mentions.entity_id``
is the head of ``(entity_id, article_id)`` and of ``(entity_id, article_day, article_id)``, and
so on): each answers the same lookups as the wider one, yet every stored mention, quote and event
and every link written cost one more B-tree insert into it, at a random page of an index that
grows with the corpus (issue 21: the store's cost an article grew from 20,000 to 200,000).

Revision ID: 0017_drop_prefix_indexes
Revises: 0015_story_member_order
"""

from alembic import op

revision = "0017_drop_prefix_indexes"
down_revision = "0016_article_published_cover"
branch_labels = None
depends_on = None

# index -> (table, column); the wider index that starts with the same column stays
DROPPED = {
    "ix_articles_story_id": ("articles", "story_id"),  # ix_articles_story_members, ix_articles_story_outlet
    "ix_entities_type": ("entities", "type"),  # ix_entities_type_rank
    "ix_events_type": ("events", "type"),  # ix_events_type_date, ix_events_type_order
    "ix_events_date": ("events", "date"),  # ix_events_date_article
    "ix_mentions_entity_id": ("mentions", "entity_id"),  # ix_mentions_entity_article, ix_mentions_entity_day
    "ix_mentions_article_id": ("mentions", "article_id"),  # ix_mentions_article_start
    "ix_quotes_speaker_entity_id": ("quotes", "speaker_entity_id"),  # ix_quotes_speaker_entity_order
    "ix_quotes_article_id": ("quotes", "article_id"),  # ix_quotes_order
}


def upgrade() -> None:
    for name, (table, _) in DROPPED.items():
        op.drop_index(name, table_name=table, if_exists=True)


def downgrade() -> None:
    for name, (table, column) in DROPPED.items():
        op.create_index(name, table, [column], if_not_exists=True)
