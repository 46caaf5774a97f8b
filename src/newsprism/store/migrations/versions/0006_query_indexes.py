"""Indexes for every filter and sort key the API, CLI and pages offer, so a page of any list
reads an index range instead of sorting a whole table (measured by benchmarks/corpus_scale.py).

Each list's order is its own index: articles by ``(stored_at, article_id)`` (alone, per status,
per outlet), entities by ``(mentions DESC, name, entity_id)`` (alone and per type), stories by
``(first_published DESC, story_id)``, events by ``(date, article_id, start)`` and per type;
quotes and mentions are read in article order through ``(article_id, start)``, and by speaker
or entity through ``(entity id, article_id)``. ``lower(outlet)`` is indexed as the filter spells
it. ``(story_id, outlet)`` answers a story's members and outlet counts from the index alone.

Revision ID: 0006_query_indexes
Revises: 0005_read_indexes
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_query_indexes"
down_revision = "0005_read_indexes"
branch_labels = None
depends_on = None

# name -> (table, columns or SQL expressions, in index order). Names another revision may create
# first (0005_read_indexes: the same columns) are skipped when present.
INDEXES = {
    "ix_articles_stored_order": ("articles", ["stored_at", "article_id"]),
    "ix_articles_status_stored": ("articles", ["status", "stored_at", "article_id"]),
    "ix_articles_outlet_stored": ("articles", [sa.text("lower(outlet)"), "stored_at", "article_id"]),
    "ix_articles_story_outlet": ("articles", ["story_id", "outlet"]),
    "ix_quotes_article_order": ("quotes", ["article_id", "start"]),
    "ix_quotes_speaker_entity_article": ("quotes", ["speaker_entity_id", "article_id"]),
    "ix_mentions_article_start": ("mentions", ["article_id", "start"]),
    "ix_mentions_entity_article": ("mentions", ["entity_id", "article_id"]),
    "ix_entities_rank": ("entities", [sa.text("mentions DESC"), "name", "entity_id"]),
    "ix_entities_type_rank": ("entities", ["type", sa.text("mentions DESC"), "name", "entity_id"]),
    "ix_events_date_article": ("events", ["date", "article_id", "start"]),
    "ix_events_type_date": ("events", ["type", "date", "article_id"]),
    "ix_stories_newest": ("stories", [sa.text("first_published DESC"), "story_id"]),
    "ix_stories_last": ("stories", ["last_published"]),
}


def _existing() -> set[str]:
    inspector = sa.inspect(op.get_bind())
    return {ix["name"] for table in {t for t, _ in INDEXES.values()} for ix in inspector.get_indexes(table)}


def upgrade() -> None:
    present = _existing()
    for name, (table, columns) in INDEXES.items():
        if name not in present:
            op.create_index(name, table, columns)


def downgrade() -> None:
    present = _existing()
    for name, (table, _) in INDEXES.items():
        if name in present:
            op.drop_index(name, table_name=table)
