"""Stories: re-posted copies and same-event clusters across outlets, found incrementally.

``assign_stories`` runs on each batch of newly stored articles, in two steps:

1. Re-posts. An article's normalised text (lowercase, punctuation gone) is cut into word
   shingles and summarised by a MinHash signature. LSH bands of the signature, kept in
   ``story_bands``, give candidate copies by index lookup. A candidate is a copy when the
   shorter text's shingles are (estimated) at least ``duplicate_threshold`` contained in the
   longer's, and the Jaccard similarity is at least ``duplicate_min_jaccard``: a re-post that
   dropped a paragraph and added boilerplate still matches, an excerpt does not.
   ``duplicate_of`` points every copy at the first one (earliest published, then first
   stored); the first copy has none.
2. Stories. Every other article is a tf-idf vector of its content words and entity keys
   (canonical entity ids, else names), with document frequencies kept in ``story_terms``. It
   joins the most similar story whose dates are within ``story_window_days`` when the cosine
   with the story's centroid reaches ``story_threshold``, and opens a new story otherwise.
   Candidate stories come only from blocks, (salient key, date bucket) pairs in
   ``story_blocks`` capped at ``block_cap`` stories each, so the work per article stays bounded
   however large the corpus grows. Copies join their original's story.

Nothing already decided is recomputed: old articles keep their stories and story ids. The
features themselves (fingerprints, term vectors) are computed in ``story_features.py``.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
from sqlalchemy import bindparam, delete, insert, select, update

from newsprism.config import Settings
from newsprism.store.schema import (
    articles_table,
    mentions_table,
    stories_table,
    story_bands_table,
    story_blocks_table,
    story_profiles_table,
    story_signatures_table,
    story_terms_table,
)
from newsprism.store.store import Store
from newsprism.stories.features import (
    _CONTENT_WORD,
    ArticleInfo,
    StoryConfig,
    band_hashes,
    cosine_with,
    fingerprint,
    is_copy,
    stopwords,
    term_counts,
    weigh,
)

_SQL_CHUNK = 400  # ids per IN (...) clause
_DOCS = ""  # the story_terms row that counts the documents behind the frequencies
_CACHE_KIB = 64 * 1024  # SQLite page cache per connection; its default 2 MB holds little of
# the band and term tables once they pass a few thousand articles, so every row read misses


@dataclass
class Profile:
    """A story as the clustering sees it: centroid (sum of member vectors), size, dates, title."""

    story_id: str
    first_day: int
    last_day: int
    size: int = 0
    vector: dict[str, float] = field(default_factory=dict)
    title_article: str | None = None
    title: str = ""
    first_published: str | None = None
    last_published: str | None = None
    norm: float | None = None  # of the centroid, computed when needed


def story_id_for(article_id: str) -> str:
    """A story's stable id: its first article's id, hashed."""
    return "s" + hashlib.sha1(article_id.encode("utf-8")).hexdigest()[:15]


def _day_text(day: int) -> str:
    return date.fromordinal(day).isoformat()


def _chunks(items: Sequence, size: int = _SQL_CHUNK) -> Iterator[Sequence]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


# ---- the stage -----------------------------------------------------------------------------


class _Batch:
    """Everything one call reads and changes, written back in one transaction at the end."""

    def __init__(self, store: Store, config: StoryConfig):
        self.store = store
        self.config = config
        self.info: dict[str, ArticleInfo] = {}
        self.members: dict[str, set[str]] = {}  # first copy -> its copies
        self.changed: set[str] = set()  # articles whose duplicate_of or story_id changed
        self.profiles: dict[str, Profile] = {}
        self.touched_stories: set[str] = set()
        self.blocks: dict[tuple[str, int], list[str]] = {}
        self.new_blocks: list[dict[str, Any]] = []
        self.df: dict[str, int] = {}
        self.df_stored: set[str] = set()
        self.left_stories: set[str] = set()  # stories that re-analysed articles were in
        self.no_profile: set[str] = set()  # story ids looked up and not stored

    # -- reading
    def load_articles(self, ids: Iterable[str]) -> None:
        missing = [i for i in dict.fromkeys(ids) if i not in self.info]
        a = articles_table
        columns = (a.c.article_id, a.c.published, a.c.stored_at, a.c.duplicate_of, a.c.story_id, a.c.title)
        with self.store.engine.connect() as conn:
            for chunk in _chunks(missing):
                for row in conn.execute(select(*columns).where(a.c.article_id.in_(chunk))):
                    self.info[row.article_id] = ArticleInfo(
                        row.article_id,
                        row.published,
                        row.stored_at,
                        row.duplicate_of,
                        row.story_id,
                        row.title or "",
                    )

    def copies_of(self, first: str) -> set[str]:
        if first not in self.members:
            with self.store.engine.connect() as conn:
                rows = conn.execute(
                    select(articles_table.c.article_id).where(articles_table.c.duplicate_of == first)
                )
                found = {r.article_id for r in rows}
            self.load_articles(found)
            self.members[first] = {i for i in found if self.info[i].duplicate_of == first}
        return self.members[first]

    def first_copy(self, article_id: str) -> str:
        self.load_articles([article_id])
        return self.info[article_id].duplicate_of or article_id

    def set_duplicate(self, article_id: str, first: str | None) -> None:
        item = self.info[article_id]
        old = item.duplicate_of
        if old == first:
            return
        if old and old in self.members:
            self.members[old].discard(article_id)
        item.duplicate_of = first
        if first:
            self.copies_of(first).add(article_id)
        self.changed.add(article_id)

    def set_story(self, article_id: str, story_id: str | None) -> None:
        item = self.info[article_id]
        if item.story_id != story_id:
            item.story_id = story_id
            self.changed.add(article_id)

    def load_profiles(self, story_ids: Iterable[str]) -> None:
        missing = [s for s in dict.fromkeys(story_ids) if s not in self.profiles and s not in self.no_profile]
        self.no_profile.update(missing)  # until found below
        p, s = story_profiles_table, stories_table
        with self.store.engine.connect() as conn:
            for chunk in _chunks(missing):
                query = (
                    select(
                        p,
                        s.c.title,
                        s.c.first_published.label("story_first"),
                        s.c.last_published.label("story_last"),
                    )
                    .join(s, s.c.story_id == p.c.story_id, isouter=True)
                    .where(p.c.story_id.in_(chunk))
                )
                for row in conn.execute(query):
                    self.no_profile.discard(row.story_id)
                    self.profiles[row.story_id] = Profile(
                        story_id=row.story_id,
                        first_day=date.fromisoformat(row.first_published).toordinal(),
                        last_day=date.fromisoformat(row.last_published).toordinal(),
                        size=row.size,
                        vector=dict(row.vector or {}),
                        title_article=row.title_article,
                        title=row.title or "",
                        first_published=row.story_first,
                        last_published=row.story_last,
                    )


def assign_stories(store: Store, article_ids: Sequence[str], settings: Settings) -> None:
    """Mark re-posts and put each new article into a story (an existing one or its own)."""
    config = StoryConfig.from_settings(settings)
    if store.engine.dialect.name == "sqlite":  # the stage's B-trees, not only their top levels
        with store.engine.connect() as conn:
            conn.exec_driver_sql(f"PRAGMA cache_size=-{_CACHE_KIB}")
    batch = _Batch(store, config)
    items = _load_new(store, batch, article_ids)
    if not items:
        return
    for item in items:
        item.signature, item.shingle_count = fingerprint(item.text, config)
    find_duplicates(batch, items)
    cluster(batch, items)
    _write(batch, items)


def _load_new(store: Store, batch: _Batch, article_ids: Sequence[str]) -> list[ArticleInfo]:
    """The new articles (text, title, mentions) in the order their copies count: earliest first."""
    ids = list(dict.fromkeys(article_ids))
    a = articles_table
    items: list[ArticleInfo] = []
    with store.engine.begin() as conn:
        for chunk in _chunks(ids):  # a re-analysed article is matched afresh
            sig, bands = story_signatures_table, story_bands_table
            # One statement reads and deletes the old signatures: a signature another process
            # writes meanwhile is either seen here with its bands, or not touched at all.
            old = delete(sig).where(sig.c.article_id.in_(chunk))
            old = old.returning(sig.c.article_id, sig.c.signature, sig.c.story_id)
            for row in conn.execute(old).all():
                if row.story_id:
                    batch.left_stories.add(row.story_id)
                old_bands = band_hashes(np.frombuffer(row.signature, dtype=np.uint32), batch.config.lsh_bands)
                mine = bands.c.article_id == row.article_id
                conn.execute(delete(bands).where(bands.c.band.in_(old_bands), mine))
            query = select(a.c.article_id, a.c.published, a.c.stored_at, a.c.title, a.c.text).where(
                a.c.article_id.in_(chunk), a.c.status == "ok"
            )
            for row in conn.execute(query):
                item = ArticleInfo(
                    row.article_id, row.published, row.stored_at, title=row.title or "", text=row.text or ""
                )
                items.append(item)
                batch.info[item.article_id] = item
            m = mentions_table
            mention_rows = conn.execute(
                select(m.c.article_id, m.c.label, m.c.local_name, m.c.text, m.c.entity_id)
                .where(m.c.article_id.in_(chunk))
                .order_by(m.c.article_id, m.c.start)
            )
            for row in mention_rows:
                if row.article_id in batch.info:
                    batch.info[row.article_id].mentions.append(
                        (row.label, row.local_name or row.text, row.entity_id)
                    )
    for item in items:  # a new article's own copies are found again below
        batch.members[item.article_id] = set()
    return sorted(items, key=lambda item: item.order)


# ---- step 1: re-posts ----------------------------------------------------------------------


def find_duplicates(batch: _Batch, items: list[ArticleInfo]) -> None:
    """Point each new copy (and, when a new article came first, its older copies) at the first."""
    config = batch.config
    for item in items:
        item.bands = band_hashes(item.signature, config.lsh_bands)
    bands_of = {item.article_id: item.bands for item in items}
    by_band: dict[int, list[str]] = {}
    wanted = sorted({band for bands in bands_of.values() for band in bands})
    with batch.store.engine.connect() as conn:
        for chunk in _chunks(wanted):
            query = select(story_bands_table).where(story_bands_table.c.band.in_(chunk))
            for row in conn.execute(query):
                by_band.setdefault(row.band, []).append(row.article_id)
    signatures = {item.article_id: (item.signature, item.shingle_count) for item in items}
    stored_candidates = {aid for ids in by_band.values() for aid in ids} - set(signatures)
    with batch.store.engine.connect() as conn:
        for chunk in _chunks(sorted(stored_candidates)):
            query = select(story_signatures_table).where(story_signatures_table.c.article_id.in_(chunk))
            for row in conn.execute(query):
                signatures[row.article_id] = (np.frombuffer(row.signature, dtype=np.uint32), row.shingles)
    batch.load_articles(signatures)

    for item in items:
        candidates = {aid for band in bands_of[item.article_id] for aid in by_band.get(band, ())}
        candidates.discard(item.article_id)
        matches = [
            aid
            for aid in candidates
            if aid in signatures and is_copy(signatures[item.article_id], signatures[aid], config)
        ]
        if matches:
            _join_copies(batch, item, {batch.first_copy(aid) for aid in matches})
        for band in bands_of[item.article_id]:
            by_band.setdefault(band, []).append(item.article_id)


def _join_copies(batch: _Batch, item: ArticleInfo, firsts: set[str]) -> None:
    """Merge the article and the groups it copies into one group under the earliest copy."""
    batch.load_articles(firsts)
    group_first = min([item.article_id, *firsts], key=lambda aid: batch.info[aid].order)
    stories = [batch.info[f].story_id for f in sorted(firsts, key=lambda f: batch.info[f].order)]
    story_id = next((s for s in stories if s), None)
    for first in firsts | {item.article_id}:
        if first == group_first:
            continue
        for copy in list(batch.copies_of(first)):
            batch.set_duplicate(copy, group_first)
        batch.set_duplicate(first, group_first)
    batch.set_duplicate(group_first, None)
    if story_id:  # the group keeps the story its earlier first copy had
        for aid in [group_first, *batch.copies_of(group_first)]:
            batch.set_story(aid, story_id)
        batch.touched_stories.add(story_id)


# ---- step 2: stories -----------------------------------------------------------------------


def cluster(batch: _Batch, items: list[ArticleInfo]) -> None:
    """Each new article that is not a copy joins the closest story in its block, or opens one."""
    config = batch.config
    originals = [item for item in items if not item.duplicate_of]
    counts = {item.article_id: term_counts(item, config) for item in originals}
    docs = _update_df(batch, counts.values())
    for item in originals:
        item.vector = weigh(counts[item.article_id], batch.df, docs, config)
    keys = {item.article_id: _block_keys(item.vector, config) for item in originals}
    _load_blocks(
        batch,
        {
            (key, bucket)
            for item in originals
            for key in keys[item.article_id]
            for bucket in _buckets(item.day, config)
        },
    )
    batch.load_profiles({sid for stories in batch.blocks.values() for sid in stories})
    batch.load_profiles(story_id_for(item.article_id) for item in originals)  # taken ids, if any

    for item in items:
        if item.duplicate_of:
            story_id = batch.info[item.duplicate_of].story_id
            if story_id:
                batch.set_story(item.article_id, story_id)
                _extend_dates(batch, _profile(batch, story_id, item.day), item)
                continue
            item.vector = weigh(term_counts(item, config), batch.df, docs, config)
            keys[item.article_id] = _block_keys(item.vector, config)
            _load_blocks(batch, {(k, b) for k in keys[item.article_id] for b in _buckets(item.day, config)})
        if item.story_id:  # a new first copy that took over an older group's story
            profile = _profile(batch, item.story_id, item.day)
            _extend_dates(batch, profile, item)
            continue
        profile = _best_story(batch, item, keys[item.article_id])
        if profile is None:
            profile = Profile(_new_story_id(batch, item.article_id), item.day, item.day)
            batch.profiles[profile.story_id] = profile
        _add_to_story(batch, profile, item, keys[item.article_id])


def _new_story_id(batch: _Batch, article_id: str) -> str:
    """The first article's id hashed; salted when a re-analysed article opens a second story."""
    story_id, salt = story_id_for(article_id), 0
    batch.load_profiles([story_id])
    while story_id in batch.profiles:
        salt += 1
        story_id = story_id_for(f"{article_id}#{salt}")
        batch.load_profiles([story_id])
    return story_id


def _profile(batch: _Batch, story_id: str, day: int) -> Profile:
    """A story's profile; an empty one if the story has none (never so when this stage made it)."""
    batch.load_profiles([story_id])
    return batch.profiles.setdefault(story_id, Profile(story_id, day, day))


def _update_df(batch: _Batch, counts: Iterable[Counter[str]]) -> int:
    """Add the new articles to the document frequencies; returns the number of documents."""
    counts = list(counts)
    terms = sorted({term for c in counts for term in c} | {_DOCS})
    t = story_terms_table
    with batch.store.engine.connect() as conn:
        for chunk in _chunks(terms):
            for row in conn.execute(select(t.c.term, t.c.df).where(t.c.term.in_(chunk))):
                batch.df[row.term] = row.df
                batch.df_stored.add(row.term)
    for c in counts:
        for term in c:
            batch.df[term] = batch.df.get(term, 0) + 1
    batch.df[_DOCS] = batch.df.get(_DOCS, 0) + len(counts)
    return batch.df[_DOCS]


def _block_keys(vector: dict[str, float], config: StoryConfig) -> list[str]:
    """The article's most salient terms and entity keys: where its story is looked for."""
    return sorted(vector, key=lambda term: (-vector[term], term))[: config.block_keys]


def _buckets(day: int, config: StoryConfig) -> tuple[int, int, int]:
    """The date bucket of the day and its neighbours: all that a story within the window can be in."""
    bucket = day // max(1, config.story_window_days)
    return (bucket - 1, bucket, bucket + 1)


def _load_blocks(batch: _Batch, pairs: set[tuple[str, int]]) -> None:
    """The stories in these (key, bucket) blocks, one bucket at a time so the index is used
    (SQLite scans the table for a row-value ``(key, bucket) IN (...)``)."""
    missing = sorted(pair for pair in pairs if pair not in batch.blocks)
    keys_by_bucket: dict[int, list[str]] = {}
    for key, bucket in missing:
        batch.blocks[(key, bucket)] = []
        keys_by_bucket.setdefault(bucket, []).append(key)
    b = story_blocks_table
    with batch.store.engine.connect() as conn:
        for bucket, keys in sorted(keys_by_bucket.items()):
            for chunk in _chunks(keys):
                query = select(b.c.key, b.c.story_id).where(b.c.bucket == bucket, b.c.key.in_(chunk))
                for row in conn.execute(query):
                    batch.blocks[(row.key, bucket)].append(row.story_id)
    batch.load_profiles({sid for pair in missing for sid in batch.blocks[pair]})


def _best_story(batch: _Batch, item: ArticleInfo, keys: list[str]) -> Profile | None:
    """The most similar story within the date window, if it is similar enough."""
    config = batch.config
    bucket = item.day // max(1, config.story_window_days)
    window = config.story_window_days
    candidates = {
        sid
        for key in keys
        for b in (bucket - 1, bucket, bucket + 1)
        for sid in batch.blocks.get((key, b), ())
    }
    best, best_score = None, config.story_threshold
    for story_id in sorted(candidates):
        profile = batch.profiles.get(story_id)
        if profile is None or not (profile.first_day - window <= item.day <= profile.last_day + window):
            continue
        if profile.norm is None:
            profile.norm = math.sqrt(sum(w * w for w in profile.vector.values()))
        score = cosine_with(item.vector, profile.vector, profile.norm)
        if score >= best_score:
            best, best_score = profile, score
    return best


def _add_to_story(batch: _Batch, profile: Profile, item: ArticleInfo, keys: list[str]) -> None:
    """Add the article to the story's centroid, dates, title and blocks."""
    config = batch.config
    for term, weight in item.vector.items():
        profile.vector[term] = profile.vector.get(term, 0.0) + weight
    if len(profile.vector) > config.centroid_terms:
        kept = sorted(profile.vector.items(), key=lambda kv: (-kv[1], kv[0]))[: config.centroid_terms]
        profile.vector = dict(kept)
    profile.norm = None  # the centroid changed
    profile.size += 1
    _extend_dates(batch, profile, item)
    batch.set_story(item.article_id, profile.story_id)
    _choose_title(batch, profile, item)
    bucket = item.day // max(1, config.story_window_days)
    for key in keys:
        stories = batch.blocks.setdefault((key, bucket), [])
        if profile.story_id not in stories and len(stories) < config.block_cap:
            stories.append(profile.story_id)
            batch.new_blocks.append({"key": key, "bucket": bucket, "story_id": profile.story_id})


def _extend_dates(batch: _Batch, profile: Profile, item: ArticleInfo) -> None:
    profile.first_day = min(profile.first_day, item.day)
    profile.last_day = max(profile.last_day, item.day)
    if item.published:
        profile.first_published = min(filter(None, [profile.first_published, item.published]))
        profile.last_published = max(filter(None, [profile.last_published, item.published]))
    batch.touched_stories.add(profile.story_id)


def _title_score(batch: _Batch, title: str, profile: Profile) -> float:
    stop = stopwords()
    words = Counter(w for w in _CONTENT_WORD.findall(title.lower()) if w not in stop)
    if not words:
        return -1.0
    return cosine_with(weigh(words, batch.df, batch.df.get(_DOCS, 1), batch.config), profile.vector)


def _choose_title(batch: _Batch, profile: Profile, item: ArticleInfo) -> None:
    """The story's title is the member headline closest to its centroid."""
    if not item.title:
        return
    current = _title_score(batch, profile.title, profile) if profile.title else -2.0
    if _title_score(batch, item.title, profile) > current:
        profile.title = item.title
        profile.title_article = item.article_id


# ---- writing -------------------------------------------------------------------------------


def _write(batch: _Batch, items: list[ArticleInfo]) -> None:
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
        for chunk in _chunks([p.story_id for p in profiles]):
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
        _drop_empty_stories(conn, batch.left_stories)


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
        "first_published": _day_text(profile.first_day),
        "last_published": _day_text(profile.last_day),
        "size": profile.size,
        "vector": {term: round(weight, 5) for term, weight in profile.vector.items()},
        "title_article": profile.title_article,
    }
