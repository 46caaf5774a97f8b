"""One trigram table for a quote's text, speaker and the words naming the speaker, where there
were two (``quote_texts_trigram``, ``quote_speakers_trigram``), and the trigram tables without
the trigrams' positions (``detail=column``) and per-row token counts: every stored quote fed two
trigram indexes with positions, and merging them grew with the corpus (``INSERT quotes`` 0.17 to
1.34 ms an article from 20,000 to 200,000 synthetic articles; issue 21). The substring filters
keep their meaning (store/substring.py looks a spelling up as all of its trigrams and tests the
filter on the rows found). PostgreSQL's GIN indexes are unchanged.

And no B-tree index on ``quotes.speaker``: every speaker filter is a substring (read through the
trigram indexes), which it cannot serve, yet each stored quote and each speaker set by linking
wrote one more random page of it (1,200 pages a chunk of 512 articles at 200,000 articles).

Revision ID: 0018_one_quote_trigram_index
Revises: 0017_drop_prefix_indexes
"""

from alembic import op

from newsprism.store import substring

revision = "0018_one_quote_trigram_index"
down_revision = "0017_drop_prefix_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_quotes_speaker", table_name="quotes", if_exists=True)
    conn = op.get_bind()
    if conn.dialect.name != "sqlite" or not substring.HAS_TRIGRAM:
        return
    substring.drop_sqlite(conn, substring.LEGACY_SQLITE_TABLES)
    substring.ensure_sqlite(conn)  # the new quote table, and the events table made again


def downgrade() -> None:
    op.create_index("ix_quotes_speaker", "quotes", ["speaker"], if_not_exists=True)
    conn = op.get_bind()
    if conn.dialect.name != "sqlite" or not substring.HAS_TRIGRAM:
        return
    substring.drop_sqlite(conn, substring.SQLITE_TABLES)
    old_tables = {
        **substring.LEGACY_SQLITE_TABLES,
        "events_trigram": substring.SQLITE_TABLES["events_trigram"],
    }
    for name, (source, columns) in old_tables.items():
        substring.install_sqlite(conn, name, source, columns, substring.LEGACY_OPTIONS)
