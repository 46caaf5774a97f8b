"""Stories: same-event coverage across outlets, found incrementally and in any order alike.

``assign_stories`` runs on each batch of newly stored articles:

1. Re-posts (``duplicates.py``): copies of one text point at the first copy and join its story.
2. Stories. Every other article keeps its ``article_terms`` heaviest tf-idf terms (content
   words, headline words counted extra, entity keys). Two articles report the same event when
   they are close in time and either much alike in words or alike enough and naming the same
   person or organisation (``features.linked``). A story is a connected group of such links:
   the answer does not depend on the order or batching of the input, because every new
   article is compared with the stored articles it can link to, and when it links two stories
   they merge. The older story (earliest article, then id) keeps its id; the other is recorded
   in ``story_merges`` and every lookup follows the record. Candidates come only from blocks,
   (salient key, date bucket) pairs in ``story_article_blocks`` capped at ``block_cap`` articles
   each, so the work per article stays bounded however large the corpus grows. A story is one
   event or development, so it is bounded in time: a dated article joins a story, and stories
   merge, only while the story's dated articles stay within ``story_span_days`` (links chain,
   and a recurring actor would grow one story over years); an undated article joins a story only
   when it is alike its centroid (``undated_centroid_threshold``), not through one member.
   Where the bound cuts a chain of coverage longer than the span, where one story ends and the
   next begins depends on which articles came first; within the span the order does not matter.
   An opinion column or a roundup of views (``pieces.py``) argues about a development: its links
   are the storyline's, so it is a story of its own (or a copy's).
3. Storylines (``storylines.py``): stories sharing actors over days share a ``storyline_id``.

Nothing else is recomputed: a batch touches only the stories its articles join.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np
from sqlalchemy import delete, select

from newsprism.config import Settings
from newsprism.store.schema import (
    articles_table,
    mentions_table,
    story_article_blocks_table,
    story_articles_table,
    story_bands_table,
    story_signatures_table,
    story_terms_table,
)
from newsprism.store.store import Store
from newsprism.stories.duplicates import find_duplicates
from newsprism.stories.event_anchors import anchor_marks, anchored
from newsprism.stories.features import (
    LEAD_DAY,
    LINKED,
    OTHER_DAY,
    ArticleInfo,
    StoryConfig,
    actors,
    band_hashes,
    cosine_with,
    development_counts,
    fingerprint,
    kept_terms,
    link_kind,
    split_terms,
    term_counts,
    time_gap,
    weigh,
)
from newsprism.stories.lead_days import happening_day, lead_day
from newsprism.stories.lead_people import names_newcomer, people_marks
from newsprism.stories.link_rules import one_outlet_other_day
from newsprism.stories.merge import add_to_story, extend_dates, merge_stories, new_story
from newsprism.stories.pieces import PIECE, is_piece
from newsprism.stories.state import DOCS, Batch, Profile, chunks, dated_span, read_blocks, story_id_for
from newsprism.stories.storylines import assign_storylines
from newsprism.stories.write import write_batch


def assign_stories(store: Store, article_ids: Sequence[str], settings: Settings) -> None:
    """Mark re-posts, put each new article into a story (merging the stories it links), and
    group the stories it touched into storylines."""
    config = StoryConfig.from_settings(settings)
    batch = Batch(store, config)
    items = _load_new(store, batch, article_ids)
    if not items:
        return
    for item in items:
        item.signature, item.shingle_count = fingerprint(item.text, config)
    find_duplicates(batch, items)
    cluster(batch, items)
    assign_storylines(batch)
    write_batch(batch, items)


def _load_new(store: Store, batch: Batch, article_ids: Sequence[str]) -> list[ArticleInfo]:
    """The new articles (text, title, mentions) in the order their copies count: earliest first."""
    ids = list(dict.fromkeys(article_ids))
    a = articles_table
    items: list[ArticleInfo] = []
    with store.engine.begin() as conn:
        for chunk in chunks(ids):  # a re-analysed article is matched afresh
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
            # Its old terms go too; its old block rows stay and lead to it as a mere candidate.
            conn.execute(delete(story_articles_table).where(story_articles_table.c.article_id.in_(chunk)))
            columns = (a.c.article_id, a.c.published, a.c.stored_at, a.c.title, a.c.text)
            columns += (a.c.genre, a.c.outlet)
            query = select(*columns).where(a.c.article_id.in_(chunk), a.c.status == "ok")
            for row in conn.execute(query):
                item = ArticleInfo(
                    row.article_id, row.published, row.stored_at, title=row.title or "", text=row.text or ""
                )
                item.genre, item.outlet = row.genre, row.outlet or ""
                items.append(item)
                batch.info[item.article_id] = item
            m = mentions_table
            mention_rows = conn.execute(
                select(m.c.article_id, m.c.label, m.c.local_name, m.c.text, m.c.entity_id, m.c.start)
                .where(m.c.article_id.in_(chunk))
                .order_by(m.c.article_id, m.c.start)
            )
            for row in mention_rows:
                if row.article_id in batch.info:
                    batch.info[row.article_id].mentions.append(
                        (row.label, row.local_name or row.text, row.entity_id, row.start)
                    )
    for item in items:  # a new article's own copies are found again below
        batch.members[item.article_id] = set()
    batch.load_merges(batch.left_stories)
    batch.left_stories = {batch.current(s) or s for s in batch.left_stories}
    return sorted(items, key=lambda item: item.order)


def cluster(batch: Batch, items: list[ArticleInfo]) -> None:
    """Each new article joins every story it links to (merging them), or opens its own."""
    config = batch.config
    originals = [item for item in items if not item.duplicate_of]
    counts = {item.article_id: term_counts(item, config) for item in originals}
    leads = {item.article_id: development_counts(item, config) for item in originals}
    docs = _update_df(batch, [counts[aid] + leads[aid] for aid in counts])
    lead_vectors: dict[str, dict[str, float]] = {}
    for item in originals:
        _keep_terms(batch, item, counts[item.article_id], leads[item.article_id], docs)
        lead_vectors[item.article_id] = weigh(leads[item.article_id], batch.df, docs, config)
    keys = {item.article_id: block_keys(item.vector, config) for item in originals}
    _load_article_blocks(
        batch,
        {
            (key, bucket)
            for item in originals
            for key in keys[item.article_id]
            for bucket in buckets(item.day, config)
        },
    )
    candidates = {aid for ids in batch.article_blocks.values() for aid in ids}
    batch.load_terms(candidates)
    batch.load_profiles({batch.info[aid].story_id for aid in candidates if aid in batch.info} - {None})
    vectors: dict[str, dict[str, float]] = {item.article_id: item.vector for item in originals}

    def vector_of(aid: str) -> dict[str, float]:
        if aid not in vectors:
            kept, lead = split_terms(batch.terms[aid][1])
            vectors[aid] = weigh(Counter(kept), batch.df, docs, config)
            lead_vectors[aid] = weigh(Counter(lead), batch.df, docs, config)
        return vectors[aid]

    def lead_of(aid: str) -> dict[str, float]:
        vector_of(aid)
        return lead_vectors.get(aid, {})

    actor_sets: dict[int, tuple[dict[str, float], set[str]]] = {}

    def actors_of(vector: dict[str, float]) -> set[str]:
        """A vector's actors, once per vector (held here, so its id is not reused)."""
        cached = actor_sets.get(id(vector))
        if cached is None or cached[0] is not vector:
            cached = actor_sets[id(vector)] = (vector, actors(vector))
        return cached[1]

    copies_stories = _copies_stories(batch, [item.article_id for item in items])
    # the ids new stories would take, looked up in one go rather than one story at a time
    batch.load_profiles(story_id_for(item.article_id) for item in items)

    for item in items:
        if item.duplicate_of:
            story_id = batch.current(batch.info[item.duplicate_of].story_id)
            if story_id:
                batch.set_story(item.article_id, story_id)
                extend_dates(batch, batch.profile(story_id, item.day), item)
                continue
            # the original is stored without a story (its run stopped): the copy stands in for it
            lead = development_counts(item, config)
            _keep_terms(batch, item, term_counts(item, config), lead, docs)
            vectors[item.article_id] = item.vector
            lead_vectors[item.article_id] = weigh(lead, batch.df, docs, config)
            keys[item.article_id] = block_keys(item.vector, config)
            _load_article_blocks(
                batch, {(k, b) for k in keys[item.article_id] for b in buckets(item.day, config)}
            )
        stories = set()
        if item.story_id:  # a new first copy that took over an older group's story
            stories.add(batch.current(item.story_id))
        # an original linked again (its story was lost) rejoins the story its stored copies are in
        stories |= {batch.current(sid) for sid in copies_stories.get(item.article_id, ())} - {None}
        links: Counter[str] = Counter()
        day_links: Counter[str] = Counter()  # links, and links of the storyline on other days
        near: Counter[str] = Counter()  # candidates of each story close in time
        for other in sorted(_candidates(batch, item, keys[item.article_id])):
            other_story = batch.current(batch.info[other].story_id) if other in batch.info else None
            if not other_story or other not in batch.terms:
                continue
            gap, is_near = time_gap(item, batch.info[other], batch.terms[other][0], config)
            near[other_story] += is_near
            leads_pair = (lead_of(item.article_id), lead_of(other))
            days = (_lead_day_of(batch, item.article_id), _lead_day_of(batch, other))
            named = (LEAD_DAY in batch.terms[item.article_id][1], LEAD_DAY in batch.terms[other][1])
            kind = link_kind(item.vector, vector_of(other), gap, config, actors_of, leads_pair, days, named)
            pair = (item.vector, vector_of(other))
            terms_pair = (batch.terms[item.article_id][1], batch.terms[other][1])
            if kind != LINKED and anchored(config, gap, pair, terms_pair, days, named):
                kind = LINKED  # one rally or news conference, told with other acts and words
            if kind == LINKED and _newcomer_day(batch, item.article_id, other, days):
                kind = OTHER_DAY  # another day, and someone new leads: the storyline's next development
            if kind == LINKED and config.outlet_day_developments and _outlet_days(item, batch.info[other]):
                # one outlet, another day, not much alike in words: its next report is the next development
                if cosine_with(item.vector, vector_of(other), 1.0) < config.link_threshold:
                    kind = OTHER_DAY
            if kind and (_is_piece(batch, item.article_id) or _is_piece(batch, other)):
                kind = OTHER_DAY  # a column about the development: the storyline's link, not the story's
            links[other_story] += kind == LINKED
            day_links[other_story] += bool(kind)
        # A story is joined when the article links to enough of its members near in time, not
        # merely to one: one link would chain a busy week's coverage into one story.
        joined = {sid for sid, n in links.items() if n and n >= config.link_share * near[sid]}
        stories |= {sid for sid in joined if _may_join(batch, batch.profile(sid, item.day), item)}
        stories = _mergeable(batch, stories, links, near, item)
        if stories:
            profile = merge_stories(batch, stories, item.day)
        else:
            profile = new_story(batch, item)
        add_to_story(batch, profile, item)
        _add_to_blocks(batch, item, keys[item.article_id])
        # the stories it would join but for the day its lead tells of: the storyline's other days
        for sid, n in sorted(day_links.items()):
            if n >= config.link_share * near[sid] and batch.current(sid) != profile.story_id:
                batch.line_hints.append((profile.story_id, sid))


def _keep_terms(batch: Batch, item: ArticleInfo, counts: Counter[str], lead: Counter[str], docs: int) -> None:
    """The article's heaviest terms and its lead's terms, as stored; its vector of the former."""
    config = batch.config
    terms = kept_terms(counts, weigh(counts, batch.df, docs, config), config.article_terms)
    item.vector = weigh(Counter(terms), batch.df, docs, config)
    stored = {**terms, **{t: float(c) for t, c in lead.items()}}
    day = lead_day(item, config)
    if day is not None:
        stored[LEAD_DAY] = float(day)
    if is_piece(item, config, day):
        stored[PIECE] = 1.0
    if config.lead_people_days > 0:
        stored.update(people_marks(item, config.lead_day_words))
    stored.update(
        anchor_marks(item, config.anchor_words, config.anchor_previews, day, config.anchor_readings)
    )
    batch.terms[item.article_id] = (item.day, stored)


def _outlet_days(item: ArticleInfo, other: ArticleInfo) -> bool:
    return one_outlet_other_day(item.outlet, item.published_day, other.outlet, other.published_day)


def _is_piece(batch: Batch, article_id: str) -> bool:
    """Whether the article is an opinion column or roundup (``pieces.py``), as stored."""
    return PIECE in batch.terms[article_id][1]


def _newcomer_day(batch: Batch, article_id: str, other: str, days: tuple[int | None, int | None]) -> bool:
    """Whether two articles tell of days ``lead_people_days`` or more apart and one lead names
    someone the other article never names (``lead_people``): two developments of a storyline."""
    gap = batch.config.lead_people_days
    if gap <= 0 or days[0] is None or days[1] is None or abs(days[0] - days[1]) < gap:
        return False
    return names_newcomer(batch.terms[article_id][1], batch.terms[other][1], batch.config.lead_people_both)


def _lead_day_of(batch: Batch, article_id: str) -> int | None:
    """The day the article's lead tells of, as stored beside its terms, else (when so set) the
    day it was published (None: no day known)."""
    day = batch.terms[article_id][1].get(LEAD_DAY)
    named = None if day is None else int(day)
    published = batch.info[article_id].published_day if article_id in batch.info else None
    return happening_day(named, published, batch.config)


def _copies_stories(batch: Batch, article_ids: Sequence[str]) -> dict[str, set[str]]:
    """The stories of the stored articles that are copies of each of these (nothing is written
    before the call ends, so one read serves the whole call)."""
    a = articles_table
    found: dict[str, set[str]] = {}
    with batch.store.engine.connect() as conn:
        for chunk in chunks(sorted(set(article_ids))):
            # Filtered here, not in SQL: "story_id IS NOT NULL" let SQLite's planner walk the whole
            # story_id index instead of looking the copies up by duplicate_of.
            rows = conn.execute(select(a.c.duplicate_of, a.c.story_id).where(a.c.duplicate_of.in_(chunk)))
            for row in rows:
                if row.story_id is not None:
                    found.setdefault(row.duplicate_of, set()).add(row.story_id)
    return found


def _may_join(batch: Batch, profile: Profile, item: ArticleInfo) -> bool:
    """Whether the article may join the story it links to. Dated, it must keep the story's dated
    articles within ``story_span_days``: links chain (each article near the one before), and a
    recurring actor would otherwise grow one story over years; a long-running topic is a
    storyline of many stories. Undated, nothing bounds it in time, so it must be alike the story
    as a whole (its centroid), not merely one member: single links between undated articles
    chain a whole archive's politics into one story."""
    config = batch.config
    if item.published_day is not None:
        span = config.story_span_days
        return not span or dated_span([profile], item.published_day) <= span
    if config.undated_centroid_threshold <= 0:
        return True
    return cosine_with(item.vector, profile.vector) >= config.undated_centroid_threshold


def _mergeable(batch: Batch, stories: set[str], links: Counter, near: Counter, item: ArticleInfo) -> set[str]:
    """The stories the article joins: the one it links best, and each other one whose centroid
    is alike enough to it (two established stories merge only when they tell the same thing)
    and that keeps the merged story's dated articles within ``story_span_days``."""
    if len(stories) < 2:
        return stories

    def strength(sid: str) -> tuple[float, int, str]:
        return (-links[sid] / max(1, near[sid]), -links[sid], sid)

    ranked = sorted(stories, key=strength)
    kept = [batch.profile(ranked[0], item.day)]
    span = batch.config.story_span_days
    for sid in ranked[1:]:
        other = batch.profile(sid, item.day)
        small = batch.config.merge_singles and min(kept[0].size, other.size) < 2
        alike = small or _centroid_cosine(kept[0], other) >= batch.config.merge_threshold
        if alike and (not span or dated_span([*kept, other], item.published_day) <= span):
            kept.append(other)
    return {p.story_id for p in kept}


def _centroid_cosine(a, b) -> float:
    norm_a = math.sqrt(sum(w * w for w in a.vector.values()))
    if not norm_a:
        return 0.0
    return cosine_with({t: w / norm_a for t, w in a.vector.items()}, b.vector)


def _candidates(batch: Batch, item: ArticleInfo, keys: list[str]) -> set[str]:
    found = {
        aid
        for key in keys
        for b in buckets(item.day, batch.config)
        for aid in batch.article_blocks.get((key, b), ())
    }
    found.discard(item.article_id)
    return found


def _update_df(batch: Batch, counts: Iterable[Counter[str]]) -> int:
    """Add the new articles to the document frequencies; returns the number of documents."""
    counts = list(counts)
    terms = sorted({term for c in counts for term in c} | {DOCS})
    t = story_terms_table
    with batch.store.engine.connect() as conn:
        for chunk in chunks(terms):
            for row in conn.execute(select(t.c.term, t.c.df).where(t.c.term.in_(chunk))):
                batch.df[row.term] = row.df
                batch.df_stored.add(row.term)
    for c in counts:
        for term in c:
            batch.df[term] = batch.df.get(term, 0) + 1
    batch.df[DOCS] = batch.df.get(DOCS, 0) + len(counts)
    return batch.df[DOCS]


def block_keys(vector: dict[str, float], config: StoryConfig) -> list[str]:
    """The article's most salient terms, and its heaviest actor keys (shared with the articles
    it reports with even where a small corpus makes the event's words common): where its story
    is looked for."""
    heaviest = sorted(vector, key=lambda term: (-vector[term], term))
    who = actors(vector)
    named = [term for term in heaviest if term in who]
    return list(dict.fromkeys(heaviest[: config.block_keys] + named[: config.block_keys // 2]))


def buckets(day: int, config: StoryConfig) -> tuple[int, int, int]:
    """The date bucket of the day and its neighbours: all that an article within the window can be in."""
    bucket = day // max(1, config.story_window_days)
    return (bucket - 1, bucket, bucket + 1)


def _load_article_blocks(batch: Batch, pairs: set[tuple[str, int]]) -> None:
    """The articles in these (key, bucket) blocks, with their terms and their stories' profiles."""
    missing = read_blocks(batch.store, story_article_blocks_table, "article_id", pairs, batch.article_blocks)
    found = {aid for pair in missing for aid in batch.article_blocks[pair]}
    batch.load_terms(found)
    batch.load_profiles({batch.info[aid].story_id for aid in found if aid in batch.info} - {None})


def _add_to_blocks(batch: Batch, item: ArticleInfo, keys: list[str]) -> None:
    """Later articles (of this batch or the next) find this one under its salient keys."""
    bucket = item.day // max(1, batch.config.story_window_days)
    for key in keys:
        found = batch.article_blocks.setdefault((key, bucket), [])
        if item.article_id not in found and len(found) < batch.config.block_cap:
            found.append(item.article_id)
            batch.new_article_blocks.append({"key": key, "bucket": bucket, "article_id": item.article_id})
