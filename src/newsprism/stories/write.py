"""Writing one call of the stories stage back: all of it in one transaction."""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import bindparam, delete, insert, select, update

from newsprism.store.schema import (
    articles_table,
    stories_table,
    story_article_blocks_table,
    story_articles_table,
    story_bands_table,
    story_blocks_table,
    story_merges_table,
    story_profiles_table,
    story_signatures_table,
    story_terms_table,
)
from newsprism.store.story_counts import recount_stories
from newsprism.stories.features import ArticleInfo
from newsprism.stories.state import Batch, Profile, chunks, day_text


def write_batch(batch: Batch, items: list[ArticleInfo]) -> None:
    """Signatures, bands, frequencies, stories and article links, in one transaction."""
    sig_rows = [
        {
            "article_id": i.article_id,
            "signature": i.signature.tobytes(),
            "shingles": i.shingle_count,
            "story_id": i.story_id,
        }
        for i in sorted(items, key=lambda i: i.article_id)
    ]
    # Rows go in key order: each B-tree page is then visited once per batch, where rows in
    # arrival order land on random pages and re-read and re-write pages the cache let go.
    band_rows = [
        {"band": band, "article_id": article_id}
        for band, article_id in sorted({(band, i.article_id) for i in items for band in i.bands})
    ]
    t = story_terms_table
    terms = sorted(batch.df.items())
    term_updates = [{"t": term, "d": df} for term, df in terms if term in batch.df_stored]
    term_inserts = [{"term": term, "df": df} for term, df in terms if term not in batch.df_stored]
    new_blocks = sorted(batch.new_blocks, key=lambda row: (row["key"], row["bucket"], row["story_id"]))
    profiles = [batch.profiles[sid] for sid in sorted(batch.touched_stories) if sid in batch.profiles]
    with batch.store.engine.begin() as conn:
        conn.execute(insert(story_signatures_table), sig_rows)
        if band_rows:
            # A band row left by a run that stopped between its two transactions is the same row.
            conn.execute(batch.store.upsert(story_bands_table), band_rows)
        if term_updates:
            conn.execute(update(t).where(t.c.term == bindparam("t")).values(df=bindparam("d")), term_updates)
        if term_inserts:
            conn.execute(insert(t), term_inserts)
        if new_blocks:
            conn.execute(insert(story_blocks_table), new_blocks)
        _write_articles(conn, batch, items)
        _write_merges(conn, batch)
        for chunk in chunks([p.story_id for p in profiles]):
            conn.execute(delete(story_profiles_table).where(story_profiles_table.c.story_id.in_(chunk)))
            conn.execute(delete(stories_table).where(stories_table.c.story_id.in_(chunk)))
        if profiles:
            conn.execute(insert(story_profiles_table), [_profile_row(p) for p in profiles])
            conn.execute(
                insert(stories_table),
                [
                    {
                        "story_id": p.story_id,
                        "title": p.title,
                        "first_published": p.first_published,
                        "last_published": p.last_published,
                        "storyline_id": p.storyline_id,
                    }
                    for p in profiles
                ],
            )
        a = articles_table
        changed = [
            {"aid": aid, "dup": batch.info[aid].duplicate_of, "sid": batch.info[aid].story_id}
            for aid in sorted(batch.changed)
        ]
        if changed:
            conn.execute(
                update(a)
                .where(a.c.article_id == bindparam("aid"))
                .values(duplicate_of=bindparam("dup"), story_id=bindparam("sid")),
                changed,
            )
            sig = story_signatures_table
            conn.execute(
                update(sig).where(sig.c.article_id == bindparam("aid")).values(story_id=bindparam("sid")),
                [{"aid": row["aid"], "sid": row["sid"]} for row in changed],
            )
        _drop_empty_stories(conn, batch.left_stories - set(batch.new_merges))
        # Stories re-inserted above, joined or left: their counts, from their members as they now are.
        recount_stories(conn, batch.recount | batch.left_stories | {p.story_id for p in profiles})
        s = stories_table
        for old, into in sorted(final_storylines(batch.storyline_merges).items()):
            conn.execute(update(s).where(s.c.storyline_id == old).values(storyline_id=into))


def final_storylines(merges: dict[str, str]) -> dict[str, str]:
    """Each merged storyline's last survivor. One call may join C into B and then B into A:
    re-pointing C's stories to B, in whichever order the ids sort, would leave them in a
    storyline that no longer exists."""
    final = {}
    for old in merges:
        into, seen = merges[old], {old}
        while into in merges and into not in seen:
            seen.add(into)
            into = merges[into]
        final[old] = into
    return final


def _drop_empty_stories(conn, story_ids: set[str]) -> None:
    """Stories that re-analysed articles left and that have no article any more."""
    for story_id in sorted(story_ids):
        member = select(articles_table.c.article_id).where(articles_table.c.story_id == story_id).limit(1)
        if conn.execute(member).first() is None:
            conn.execute(delete(stories_table).where(stories_table.c.story_id == story_id))
            conn.execute(delete(story_profiles_table).where(story_profiles_table.c.story_id == story_id))


def _profile_row(profile: Profile) -> dict[str, Any]:
    return {
        "story_id": profile.story_id,
        "first_published": day_text(profile.first_day),
        "last_published": day_text(profile.last_day),
        "size": profile.size,
        "vector": {term: round(weight, 5) for term, weight in profile.vector.items()},
        "title_article": profile.title_article,
    }


def _write_articles(conn, batch: Batch, items: list[ArticleInfo]) -> None:
    """Each new original's day and kept terms, and the blocks later articles find it under."""
    rows = [
        {
            "article_id": i.article_id,
            "day": batch.terms[i.article_id][0],
            "terms": batch.terms[i.article_id][1],
        }
        for i in sorted(items, key=lambda i: i.article_id)
        if i.article_id in batch.terms
    ]
    if rows:
        conn.execute(batch.store.upsert(story_articles_table), rows)
    blocks = sorted(batch.new_article_blocks, key=lambda row: (row["key"], row["bucket"], row["article_id"]))
    if blocks:
        conn.execute(batch.store.upsert(story_article_blocks_table), blocks)


def _write_merges(conn, batch: Batch) -> None:
    """Merged stories go; a record says where each went, and older records follow it there."""
    m = story_merges_table
    now = time.time()
    for old, into in sorted(batch.new_merges.items()):
        conn.execute(update(m).where(m.c.merged_into == old).values(merged_into=into))
    rows = [
        {"story_id": old, "merged_into": into, "merged_at": now}
        for old, into in sorted(batch.new_merges.items())
    ]
    if rows:
        conn.execute(batch.store.upsert(m), rows)
    for chunk in chunks(sorted(batch.new_merges)):
        conn.execute(delete(story_profiles_table).where(story_profiles_table.c.story_id.in_(chunk)))
        conn.execute(delete(stories_table).where(stories_table.c.story_id.in_(chunk)))
