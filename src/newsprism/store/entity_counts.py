"""Entity counters (mentions, articles) kept by deltas, not recounted from an entity's history.

Recounting every mention of each entity a batch touched read the whole history of the most-named
people on every batch (hundreds of thousands of index entries for one person at 200,000
articles), so the cost of a batch grew with the corpus. A batch changes links only inside its own
articles, so the change in an entity's counters is the change in its (entity, article) mention
counts over those articles: read them before and after the change, add the difference.
``store.doctor`` still recounts everything, as a repair.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from sqlalchemy import bindparam, select, update
from sqlalchemy.engine import Connection

from newsprism.store.schema import entities_table, mentions_table

_PER_STATEMENT = 500
PairCounts = Counter  # (entity_id, article_id) -> mentions


def pair_counts(conn: Connection, article_ids: Iterable[str]) -> PairCounts:
    """Linked mentions per (entity, article) in these articles (read along the article index)."""
    m = mentions_table
    ids = sorted(set(article_ids))
    counts: PairCounts = Counter()
    for start in range(0, len(ids), _PER_STATEMENT):
        chunk = ids[start : start + _PER_STATEMENT]
        # Counted here, not by GROUP BY ... WHERE entity_id IS NOT NULL: with those SQLite's planner
        # may walk the whole (entity_id, article_id) index for its order instead of these articles.
        query = select(m.c.entity_id, m.c.article_id).where(m.c.article_id.in_(chunk))
        counts.update((eid, aid) for eid, aid in conn.execute(query) if eid is not None)
    return counts


def count_deltas(before: PairCounts, after: PairCounts) -> dict[str, tuple[int, int]]:
    """Per entity: (change in mentions, change in articles) between two readings of the same articles."""
    deltas: dict[str, list[int]] = {}
    for (entity_id, _), n in after.items():
        d = deltas.setdefault(entity_id, [0, 0])
        d[0] += n
        d[1] += 1
    for (entity_id, _), n in before.items():
        d = deltas.setdefault(entity_id, [0, 0])
        d[0] -= n
        d[1] -= 1
    return {eid: (dm, da) for eid, (dm, da) in deltas.items() if dm or da}


def apply_count_deltas(conn: Connection, deltas: dict[str, tuple[int, int]]) -> list[str]:
    """Add the deltas to the stored counters (one executemany); returns the entities now at zero
    mentions. ``counter = counter + delta`` is atomic per row, so concurrent writers add up."""
    if not deltas:
        return []
    e = entities_table
    conn.execute(
        update(e)
        .where(e.c.entity_id == bindparam("e_id"))
        .values(
            mentions=e.c.mentions + bindparam("d_mentions"), articles=e.c.articles + bindparam("d_articles")
        ),
        [{"e_id": eid, "d_mentions": dm, "d_articles": da} for eid, (dm, da) in sorted(deltas.items())],
    )
    losing = sorted(eid for eid, (dm, _) in deltas.items() if dm < 0)
    return zero_mentions(conn, losing)


def zero_mentions(conn: Connection, entity_ids: Sequence[str]) -> list[str]:
    """Those of these entities whose stored mention counter is zero (or less)."""
    e = entities_table
    found: list[str] = []
    for start in range(0, len(entity_ids), _PER_STATEMENT):
        chunk = list(entity_ids[start : start + _PER_STATEMENT])
        query = select(e.c.entity_id).where(e.c.entity_id.in_(chunk), e.c.mentions <= 0)
        found.extend(conn.execute(query).scalars())
    return found
