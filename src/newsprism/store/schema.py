"""The schema: every table of the store in SQLAlchemy Core, one definition for SQLite and
PostgreSQL. Alembic migrations (``migrations/``) are generated against this metadata."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Float,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    false,
    func,
    literal_column,
)

metadata = MetaData()

articles_table = Table(
    "articles",
    metadata,
    Column("article_id", String(64), primary_key=True),
    Column("source", Text, nullable=False),
    Column("outlet", Text),
    Column("title", Text),
    Column("published", String(10), index=True),
    Column("url", Text),
    Column("text", Text, nullable=False, default=""),
    Column("raw_text", Text, nullable=False, default=""),
    Column("status", String(16), nullable=False, default="ok"),
    Column("error", Text),
    Column("content_hash", String(64), nullable=False, default=""),
    Column("words", Integer, nullable=False, default=0),
    Column("duplicate_of", String(64), index=True),
    Column("story_id", String(64)),
    Column("stored_at", Float, nullable=False),
    Column("given_id", Text),  # the input's own id, whole, when article_id had to shorten it
    Column("published_text", Text),  # a date the input gave that is no possible date, as given
    Column("dateline", JSON),  # [start, end] of the story's dateline in text, found in cleaning
    Column("headline_lines", JSON),  # [[start, end], ...] of headline-cased lines in text
    Column("genre", String(16)),  # report, opinion, editorial, ... found in cleaning (ingest/genre.py)
    Column("word_roles", JSON),  # [[start, pos, dep, head_start], ...] (nlp/word_roles.py)
)

quotes_table = Table(
    "quotes",
    metadata,
    Column("quote_id", String(96), primary_key=True),
    Column("article_id", String(64), nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("speaker", Text),  # no index: every speaker filter is a substring (store/substring.py)
    Column("speaker_mention", Text),
    Column("speaker_start", Integer),
    Column("speaker_end", Integer),
    Column("cue", Text),
    Column("cue_start", Integer),
    Column("sentence", Text, nullable=False, default=""),
    Column("sentence_start", Integer, nullable=False, default=0),
    Column("sentence_end", Integer, nullable=False, default=0),
    Column("speaker_entity_id", String(64)),
    Column("speaker_type", String(16)),
    Column("speaker_mention_id", String(96)),  # the mention the speaker resolved to
    # Its article's published day ('' when undated), copied on saving: the key an entity's
    # articles are paged by, newest first (migration 0013_entity_article_days).
    Column("article_day", String(10), nullable=False, server_default=""),
)

mentions_table = Table(
    "mentions",
    metadata,
    Column("mention_id", String(96), primary_key=True),
    Column("article_id", String(64), nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("label", String(16), nullable=False),
    Column("local_name", Text, nullable=False, default=""),
    Column("roles", JSON, nullable=False, default=list),
    Column("sentence_start", Integer, nullable=False, default=0),
    Column("sentence_end", Integer, nullable=False, default=0),
    Column("entity_id", String(64)),
    Column("article_day", String(10), nullable=False, server_default=""),  # as quotes'
)

entities_table = Table(
    "entities",
    metadata,
    Column("entity_id", String(64), primary_key=True),
    Column("name", Text, nullable=False, index=True),
    Column("type", String(16), nullable=False),
    Column("aliases", JSON, nullable=False, default=list),
    Column("roles", JSON, nullable=False, default=list),
    Column("mentions", Integer, nullable=False, default=0),
    Column("articles", Integer, nullable=False, default=0),
    Column("related", JSON, nullable=False, default=dict),
)

events_table = Table(
    "events",
    metadata,
    Column("event_id", String(96), primary_key=True),
    Column("article_id", String(64), nullable=False, index=True),
    Column("type", String(16), nullable=False),
    Column("mode", String(32)),
    Column("trigger", Text, nullable=False, default=""),
    Column("actors", JSON, nullable=False, default=list),
    Column("recipients", JSON, nullable=False, default=list),
    Column("actor_entity_ids", JSON, nullable=False, default=list),
    Column("recipient_entity_ids", JSON, nullable=False, default=list),
    Column("location", Text),
    Column("date", String(10)),
    Column("date_granularity", String(16)),
    Column("date_text", Text),
    Column("negated", Boolean, nullable=False, default=False),
    Column("hypothetical", Boolean, nullable=False, default=False),
    Column("future", Boolean, nullable=False, default=False),
    # told in the past perfect of the narrative (migration 0020_event_background): false for
    # events stored before, which the timeline then shows as it would any act
    Column("background", Boolean, nullable=False, default=False, server_default=false()),
    Column("sentence", Text, nullable=False, default=""),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("quote_id", String(96)),
    Column("extra", JSON, nullable=False, default=dict),  # fields added to the model later
)

stories_table = Table(
    "stories",
    metadata,
    Column("story_id", String(64), primary_key=True),
    Column("title", Text, nullable=False, default=""),
    Column("first_published", String(10)),
    Column("last_published", String(10)),
    Column("storyline_id", String(64), index=True),  # stories sharing actors over days
    # Kept by the stories stage for the stories it touches (migration 0014_story_counts): the
    # "most outlets" order reads them from an index instead of counting every story's members.
    Column("article_count", Integer, nullable=False, server_default="0"),
    Column("outlet_count", Integer, nullable=False, server_default="0"),  # named outlets
)

story_merges_table = Table(  # a story merged into another: lookups of its id follow the record
    "story_merges",
    metadata,
    Column("story_id", String(64), primary_key=True),
    Column("merged_into", String(64), nullable=False, index=True),
    Column("merged_at", Float, nullable=False),
)

# What the stories stage keeps for incremental work (see stories.py).
story_signatures_table = Table(  # MinHash signature of each article's normalised text
    "story_signatures",
    metadata,
    Column("article_id", String(64), primary_key=True),
    Column("signature", LargeBinary, nullable=False),
    Column("shingles", Integer, nullable=False, default=0),  # how many distinct shingles it has
    Column("story_id", String(64)),  # the story it went to: a re-analysed article leaves it
)

# The next three are one B-tree each in SQLite (WITHOUT ROWID): each batch inserts rows at random
# places, and fewer trees mean fewer pages to write back.
story_bands_table = Table(  # LSH band hashes: articles sharing one are near-duplicate candidates
    "story_bands",
    metadata,
    Column("band", BigInteger, primary_key=True, autoincrement=False),
    Column("article_id", String(64), primary_key=True),
    sqlite_with_rowid=False,
)

story_terms_table = Table(  # document frequency of content words and entity keys, for idf
    "story_terms",
    metadata,
    Column("term", String(200), primary_key=True),
    Column("df", Integer, nullable=False, default=0),
    sqlite_with_rowid=False,
)

story_profiles_table = Table(  # each story's centroid and date range
    "story_profiles",
    metadata,
    Column("story_id", String(64), primary_key=True),
    Column("first_published", String(10)),
    Column("last_published", String(10)),
    Column("size", Integer, nullable=False, default=0),
    Column("vector", JSON, nullable=False, default=dict),
    Column("title_article", String(64)),
)

story_blocks_table = Table(  # blocking keys: (salient term or entity, date bucket) -> story
    "story_blocks",
    metadata,
    Column("key", String(200), primary_key=True),
    Column("bucket", Integer, primary_key=True, autoincrement=False),
    Column("story_id", String(64), primary_key=True),
    sqlite_with_rowid=False,
)

story_articles_table = Table(  # each original article's day and heaviest term counts, for linking
    "story_articles",
    metadata,
    Column("article_id", String(64), primary_key=True),
    Column("day", Integer, nullable=False),
    Column("terms", JSON, nullable=False, default=dict),
)

story_article_blocks_table = Table(  # (salient term or entity, date bucket) -> article
    "story_article_blocks",
    metadata,
    Column("key", String(200), primary_key=True),
    Column("bucket", Integer, primary_key=True, autoincrement=False),
    Column("article_id", String(64), primary_key=True),
    sqlite_with_rowid=False,
)

# The sort keys readers page through (store/queries.py): a page after a cursor is an index range.
Index("ix_articles_stored_order", articles_table.c.stored_at, articles_table.c.article_id)
# (0012 replaced the quotes' (article_id, start) and the entities' (mentions, name) orders by the
# whole sort keys below: a page needs no sort of equal keys.)

# Lookup keys of entities (folded name, surname, acronym...): the entity stage finds candidates
# for a new name here by key, never by scanning every entity.
entity_keys_table = Table(
    "entity_keys",
    metadata,
    Column("key", String(255), primary_key=True),
    Column("entity_id", String(64), primary_key=True),
)


# Mentions of each entity per form as written (migration 0012_entity_forms): kept incrementally by
# the entity stage (store/forms.py), they choose the name a person is shown under.
entity_forms_table = Table(
    "entity_forms",
    metadata,
    Column("entity_id", String(64), primary_key=True),
    Column("form", String(255), primary_key=True),
    Column("mentions", Integer, nullable=False, default=0),
)


# The order and filters of every list (migration 0006_query_indexes): a page reads an index range.
# An index another revision already declares under the same name is declared once.
def _index(table: Table, name: str, *columns) -> None:
    if not any(index.name == name for index in table.indexes):
        Index(name, *columns)


_a, _q, _m, _e, _ev, _s = (
    articles_table.c,
    quotes_table.c,
    mentions_table.c,
    entities_table.c,
    events_table.c,
    stories_table.c,
)
_index(articles_table, "ix_articles_stored_order", _a.stored_at, _a.article_id)
_index(articles_table, "ix_articles_status_stored", _a.status, _a.stored_at, _a.article_id)
_index(articles_table, "ix_articles_outlet_stored", func.lower(_a.outlet), _a.stored_at, _a.article_id)
_index(articles_table, "ix_articles_story_outlet", _a.story_id, _a.outlet)
# A story's members in date order: list items read their first few from it alone (0015).
_index(articles_table, "ix_articles_story_members", _a.story_id, _a.published, _a.stored_at, _a.article_id)
# A date window's first and last article in stored and in id order, from the index alone (0016).
_index(articles_table, "ix_articles_published_cover", _a.published, _a.stored_at, _a.article_id)
_index(quotes_table, "ix_quotes_order", _q.article_id, _q.start, _q.quote_id)  # queries.quotes' keys
_index(
    quotes_table, "ix_quotes_speaker_entity_order", _q.speaker_entity_id, _q.article_id, _q.start, _q.quote_id
)
_index(mentions_table, "ix_mentions_article_start", _m.article_id, _m.start)
_index(mentions_table, "ix_mentions_entity_article", _m.entity_id, _m.article_id)
# An entity's articles by day, newest first: a page of its timeline is an index range (0012).
_index(mentions_table, "ix_mentions_entity_day", _m.entity_id, _m.article_day, _m.article_id)
_index(quotes_table, "ix_quotes_speaker_entity_day", _q.speaker_entity_id, _q.article_day, _q.article_id)
_index(entities_table, "ix_entities_rank", _e.mentions.desc(), _e.name, _e.entity_id)
_index(entities_table, "ix_entities_type_rank", _e.type, _e.mentions.desc(), _e.name, _e.entity_id)
_index(events_table, "ix_events_date_article", _ev.date, _ev.article_id, _ev.start)
_index(events_table, "ix_events_type_date", _ev.type, _ev.date, _ev.article_id)
_ev_order = (func.coalesce(_ev.date, literal_column("''")), _ev.article_id, _ev.start, _ev.event_id)
_index(events_table, "ix_events_order", *_ev_order)  # migration 0011: store/queries.events' order
_index(events_table, "ix_events_type_order", _ev.type, *_ev_order)
_index(
    stories_table,
    "ix_stories_newest_order",  # the order of store/queries.stories: undated last
    func.coalesce(_s.first_published, literal_column("''")).desc(),
    _s.story_id,
)
_index(stories_table, "ix_stories_last", _s.last_published)
_index(
    stories_table,
    "ix_stories_outlets_order",  # store/queries.stories sorted by outlets (0014)
    _s.outlet_count.desc(),
    _s.article_count.desc(),
    func.coalesce(_s.last_published, literal_column("''")).desc(),
    _s.story_id,
)
