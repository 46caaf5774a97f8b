"""Consistency check and repair of a store (``newsprism doctor``).

What must always hold, checked from the rows themselves: every entity's ``mentions`` and
``articles`` counters equal the mention rows linked to it; no entity without a mention stays
(except a place a demonym points at); every entity id in mentions, quotes, events and lookup
keys names an existing entity; every fact belongs to a stored, good article; every article's
story exists; every good article is linked (an interrupted run leaves some unlinked).

``check`` only reads. ``repair_rows`` fixes what rows alone can fix and marks articles that need
linking again as unlinked; the caller then links them (``pipeline.doctor``), holding the run lock.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.engine import Connection

from newsprism.store.forms import recount_forms
from newsprism.store.schema import (
    articles_table,
    entities_table,
    entity_keys_table,
    events_table,
    mentions_table,
    quotes_table,
    stories_table,
)
from newsprism.store.writes import CHUNK, remove_orphans

EXAMPLES = 5  # ids shown for each problem


@dataclass
class Finding:
    """One kind of inconsistency: how many rows have it, and a few of them."""

    problem: str
    count: int
    examples: list[str] = field(default_factory=list)

    def line(self) -> str:
        shown = ", ".join(self.examples[:EXAMPLES])
        more = f" (e.g. {shown})" if shown else ""
        return f"{self.count} {self.problem}{more}"


@dataclass
class _State:
    """The rows the checks need, read once."""

    entity_counts: dict[str, tuple[int, int]]  # stored counters
    entity_types: dict[str, str]
    linked: dict[str, tuple[int, int]]  # counted from the mentions
    held_places: set[str]  # places a demonym points at
    good_articles: set[str]
    all_articles: set[str]
    story_of: dict[str, str | None]
    stories: set[str]


def _read(conn: Connection) -> _State:
    e, m, a = entities_table, mentions_table, articles_table
    entity_counts, entity_types, held = {}, {}, set()
    for eid, kind, mentions, articles, related in conn.execute(
        select(e.c.entity_id, e.c.type, e.c.mentions, e.c.articles, e.c.related)
    ):
        entity_counts[eid] = (mentions, articles)
        entity_types[eid] = kind
        if kind == "NORP" and related and related.get("demonym_of"):
            held.add(related["demonym_of"])
    mention_count: Counter[str] = Counter()
    article_sets: dict[str, set[str]] = {}
    for eid, article_id in conn.execute(
        select(m.c.entity_id, m.c.article_id).where(m.c.entity_id.is_not(None))
    ):
        mention_count[eid] += 1
        article_sets.setdefault(eid, set()).add(article_id)
    linked = {eid: (n, len(article_sets[eid])) for eid, n in mention_count.items()}
    good, every, story_of = set(), set(), {}
    for article_id, status, story_id in conn.execute(select(a.c.article_id, a.c.status, a.c.story_id)):
        every.add(article_id)
        if status == "ok":
            good.add(article_id)
            story_of[article_id] = story_id
    stories = set(conn.execute(select(stories_table.c.story_id)).scalars())
    return _State(entity_counts, entity_types, linked, held, good, every, story_of, stories)


def check(store) -> list[Finding]:
    """Every inconsistency found, as findings (empty: the store is consistent)."""
    with store.engine.connect() as conn:
        state = _read(conn)
        return [found for found in _findings(conn, state) if found.count]


def _findings(conn: Connection, state: _State) -> list[Finding]:
    entities = state.entity_counts
    drift = sorted(eid for eid, counts in entities.items() if counts != state.linked.get(eid, (0, 0)))
    orphans = sorted(eid for eid in entities if eid not in state.linked and eid not in state.held_places)
    missing = set(state.linked) - set(entities)
    m, q, k = mentions_table, quotes_table, entity_keys_table
    dangling_speakers = [
        quote_id
        for quote_id, eid in conn.execute(
            select(q.c.quote_id, q.c.speaker_entity_id).where(q.c.speaker_entity_id.is_not(None))
        )
        if eid not in entities
    ]
    dangling_events = [
        event_id for event_id, ids in _event_entity_ids(conn) if any(i and i not in entities for i in ids)
    ]
    dangling_keys = sorted(
        {eid for (eid,) in conn.execute(select(k.c.entity_id).distinct()) if eid not in entities}
    )
    stray_facts = []
    for table in (quotes_table, mentions_table, events_table):
        ids = set(conn.execute(select(table.c.article_id).distinct()).scalars())
        stray_facts += sorted(ids - state.good_articles)
    lost_story = sorted(aid for aid, sid in state.story_of.items() if sid and sid not in state.stories)
    unlinked = sorted(aid for aid, sid in state.story_of.items() if sid is None)
    linked_nowhere = sorted(
        mention_id
        for mention_id, eid in conn.execute(
            select(m.c.mention_id, m.c.entity_id).where(m.c.entity_id.is_not(None))
        )
        if eid in missing
    )
    return [
        Finding("entities whose mention or article counters differ from their mentions", len(drift), drift),
        Finding("entities without any mention", len(orphans), orphans),
        Finding("mentions linked to a missing entity", len(linked_nowhere), linked_nowhere),
        Finding("quotes whose speaker entity is missing", len(dangling_speakers), dangling_speakers),
        Finding("events naming a missing entity", len(dangling_events), dangling_events),
        Finding("entities in the lookup keys that do not exist", len(dangling_keys), dangling_keys),
        Finding("articles with facts but no good article row", len(stray_facts), stray_facts),
        Finding("articles in a story that does not exist", len(lost_story), lost_story),
        Finding("articles stored but not yet linked (an interrupted run)", len(unlinked), unlinked),
    ]


def _event_entity_ids(conn: Connection):
    e = events_table
    for event_id, actors, recipients in conn.execute(
        select(e.c.event_id, e.c.actor_entity_ids, e.c.recipient_entity_ids)
    ):
        yield event_id, [*(actors or []), *(recipients or [])]


def repair_rows(store) -> None:
    """Fix in one transaction what the rows alone can fix; articles whose links or story were lost
    become unlinked, for the caller to link again under the run lock."""
    with store.engine.begin() as conn:
        state = _read(conn)
        entities = set(state.entity_counts)
        m, q, k, a = mentions_table, quotes_table, entity_keys_table, articles_table
        relink: set[str] = set()
        for table in (quotes_table, mentions_table, events_table):  # facts of no good article
            ids = set(conn.execute(select(table.c.article_id).distinct()).scalars()) - state.good_articles
            for chunk in _chunks(sorted(ids)):
                conn.execute(delete(table).where(table.c.article_id.in_(chunk)))
        missing = sorted(set(state.linked) - entities)
        for chunk in _chunks(missing):
            rows = conn.execute(select(m.c.article_id).where(m.c.entity_id.in_(chunk)).distinct())
            relink.update(rows.scalars())
            conn.execute(update(m).where(m.c.entity_id.in_(chunk)).values(entity_id=None))
        speakers = conn.execute(
            select(q.c.quote_id, q.c.speaker_entity_id).where(q.c.speaker_entity_id.is_not(None))
        )
        gone = [quote_id for quote_id, eid in speakers if eid not in entities]
        for chunk in _chunks(gone):
            conn.execute(update(q).where(q.c.quote_id.in_(chunk)).values(speaker_entity_id=None))
        event_rows = []
        e = events_table
        for event_id, actors, recipients in conn.execute(
            select(e.c.event_id, e.c.actor_entity_ids, e.c.recipient_entity_ids)
        ):
            kept_actors = [i if i in entities else None for i in actors or []]
            kept_recipients = [i if i in entities else None for i in recipients or []]
            if kept_actors != (actors or []) or kept_recipients != (recipients or []):
                event_rows.append(
                    {"e_id": event_id, "new_actors": kept_actors, "new_recipients": kept_recipients}
                )
        if event_rows:
            conn.execute(
                update(e)
                .where(e.c.event_id == bindparam("e_id"))
                .values(
                    actor_entity_ids=bindparam("new_actors"), recipient_entity_ids=bindparam("new_recipients")
                ),
                event_rows,
            )
        keys = sorted(
            {eid for (eid,) in conn.execute(select(k.c.entity_id).distinct()) if eid not in entities}
        )
        for chunk in _chunks(keys):
            conn.execute(delete(k).where(k.c.entity_id.in_(chunk)))
        relink.update(aid for aid, sid in state.story_of.items() if sid and sid not in state.stories)
        for chunk in _chunks(sorted(relink & state.good_articles)):
            conn.execute(update(a).where(a.c.article_id.in_(chunk)).values(story_id=None))
        store.recount_entities(conn, entities)  # exact counters; entities left without mentions go
        remove_orphans(conn, sorted(entities - set(state.linked)))
        recount_forms(conn)  # the per-form counts of what is left, exact


def _chunks(items: list[str]):
    for i in range(0, len(items), CHUNK):
        yield items[i : i + CHUNK]
