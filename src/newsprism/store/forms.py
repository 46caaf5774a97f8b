"""How often each entity is written in each form: ``entity_forms`` (migration 0012_entity_forms).

The entity stage shows a person under the full name the corpus writes most often, not the
longest one it ever met ("Nancy Pelosi", never "Nervous Nancy Pelosi"). The counts behind that
are kept incrementally: each batch of links adds and subtracts its own mentions in one bulk
upsert (``INSERT ... ON CONFLICT`` adding to the stored count, SQLite and PostgreSQL alike), so
no entity's history is ever recounted; a re-saved article takes its old linked mentions back out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection

from newsprism.store.schema import entity_forms_table, mentions_table

MAX_FORM = 255  # characters of a form kept (the key column's width)
_CHUNK = 500

FormDeltas = Counter  # (entity_id, form) -> mentions gained (negative: lost)


def form_of(text: str) -> str:
    """The form a mention counts under: its text with runs of white space made one space."""
    return " ".join(text.split())[:MAX_FORM]


def linked_form_deltas(conn: Connection, links: Sequence[tuple[str, str | None]]) -> FormDeltas:
    """What ``(mention_id, entity_id)`` links change: each mention leaves the entity it had (if
    any) and counts for its new one (if any)."""
    m = mentions_table
    new_entity = dict(links)
    deltas: FormDeltas = Counter()
    ids = sorted(new_entity)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        for mention_id, old, text in conn.execute(
            select(m.c.mention_id, m.c.entity_id, m.c.text).where(m.c.mention_id.in_(chunk))
        ):
            new = new_entity[mention_id]
            if old == new:
                continue
            if old:
                deltas[(old, form_of(text))] -= 1
            if new:
                deltas[(new, form_of(text))] += 1
    return deltas


def unlinked_article_deltas(conn: Connection, article_ids: Sequence[str]) -> FormDeltas:
    """The counts to take out before these articles' mentions are deleted (a re-saved article)."""
    m = mentions_table
    deltas: FormDeltas = Counter()
    ids = sorted(set(article_ids))
    for start in range(0, len(ids), _CHUNK):
        query = select(m.c.entity_id, m.c.text).where(
            m.c.article_id.in_(ids[start : start + _CHUNK]), m.c.entity_id.is_not(None)
        )
        for entity_id, text in conn.execute(query):
            deltas[(entity_id, form_of(text))] -= 1
    return deltas


def apply_form_deltas(conn: Connection, deltas: FormDeltas) -> None:
    """Add the deltas to the stored counts in one executemany upsert; forms left at 0 go."""
    rows = [{"entity_id": eid, "form": form, "mentions": n} for (eid, form), n in sorted(deltas.items()) if n]
    if not rows:
        return
    f = entity_forms_table
    insert = sqlite_insert if conn.dialect.name == "sqlite" else postgresql_insert
    statement = insert(f)
    added = {"mentions": f.c.mentions + statement.excluded.mentions}
    statement = statement.on_conflict_do_update(index_elements=[f.c.entity_id, f.c.form], set_=added)
    conn.execute(statement, rows)
    lost = sorted({eid for (eid, _), n in deltas.items() if n < 0})
    for start in range(0, len(lost), _CHUNK):
        chunk = lost[start : start + _CHUNK]
        conn.execute(delete(f).where(f.c.entity_id.in_(chunk), f.c.mentions <= 0))


def form_counts(conn: Connection, entity_ids: Iterable[str]) -> dict[str, dict[str, int]]:
    """``{entity_id: {form: mentions}}`` as stored (an entity with no row is left out)."""
    f = entity_forms_table
    found: dict[str, dict[str, int]] = {}
    ids = sorted(set(entity_ids))
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        query = select(f.c.entity_id, f.c.form, f.c.mentions).where(f.c.entity_id.in_(chunk))
        for entity_id, form, mentions in conn.execute(query):
            found.setdefault(entity_id, {})[form] = mentions
    return found


def forget_forms(conn: Connection, entity_ids: Sequence[str]) -> None:
    """Remove the counts of entities that are removed."""
    f = entity_forms_table
    ids = sorted(set(entity_ids))
    for start in range(0, len(ids), _CHUNK):
        conn.execute(delete(f).where(f.c.entity_id.in_(ids[start : start + _CHUNK])))


def recount_forms(conn: Connection) -> int:
    """Every entity's form counts again from the linked mentions, streamed (a new or repaired
    database, never a batch); returns how many forms are stored."""
    m, f = mentions_table, entity_forms_table
    counts: FormDeltas = Counter()
    query = select(m.c.entity_id, m.c.text).where(m.c.entity_id.is_not(None))
    for entity_id, text in conn.execute(query.execution_options(yield_per=10_000)):
        counts[(entity_id, form_of(text))] += 1
    conn.execute(delete(f))
    rows = [{"entity_id": eid, "form": form, "mentions": n} for (eid, form), n in sorted(counts.items())]
    for start in range(0, len(rows), 5_000):
        conn.execute(f.insert(), rows[start : start + 5_000])
    return len(rows)
