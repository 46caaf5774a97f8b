"""Storylines: stories about the same people or organisations over days, grouped.

One story is one event or development (the hearing, the allegation, the arrest). Stories whose
centroids share a salient actor, lie within ``storyline_gap_days`` of each other and are at
least ``storyline_threshold`` alike are related; a story joins the storylines of its related
stories only when related to ``storyline_link_share`` of their stories near in time (average
linkage, ``storyline_links``: one ubiquitous actor or one bridging story is no chain). A
storyline's id is the id of the oldest story's storyline ("l" + its story id). Only the stories
a batch touched are looked at, candidates come from (actor key, date bucket) blocks in
``story_blocks``, and two storylines that a story links become one (the older id survives; the
other's stories are re-pointed). A story lies in time where its dated articles do: an undated
article never places it on the day it was stored (a whole archive stored in one night is not one
week's news), and a story with no dated article has a storyline of its own.

A storyline is bounded in time like a story: a story joins a storyline, and two storylines
become one, only while the storyline's dated stories stay within ``storyline_span_days`` of each
other (links chain, and without the bound a campaign's coverage grew one storyline over half a
year). A storyline's extent is read from its stored stories and only grows during a call, so a
bound checked against it is never exceeded by joining; a story that grows past it leaves.
"""

from __future__ import annotations

import heapq
import math

from sqlalchemy import func, select

from newsprism.store.schema import stories_table, story_blocks_table
from newsprism.stories.features import actors, cosine_with, headline_words
from newsprism.stories.state import DOCS, Batch, Profile, chunks, day_number, read_blocks
from newsprism.stories.storyline_links import linkage, load_line_members, near_by_line
from newsprism.stories.topic_words import generic, topical

SALIENT_TERMS = 30  # a story's actors are the person and organisation keys among its heaviest terms
NAME_KEYS = ("@p:", "@org:")  # actor keys made from a name, not a linked entity id
_ACTOR_KEYS = ("@person-", "@org-", *NAME_KEYS)


def storyline_for(story_id: str) -> str:
    return "l" + story_id[1:]


def _heaviest(profile: Profile) -> list[str]:
    # the heaviest few without sorting the whole centroid (the same terms: keys are unique)
    return heapq.nsmallest(SALIENT_TERMS, profile.vector, key=lambda term: (-profile.vector[term], term))


def _salient_actors(profile: Profile) -> list[str]:
    return sorted(actors(dict.fromkeys(_heaviest(profile), 1.0)))


def _topic_words(profile: Profile, generic_share: float = 0.0, topic_share: float = 0.0) -> list[str]:
    """The story headline's words among its heaviest terms: what the story is about when no
    person or organisation says it ("shutdown" in "Trump accuses Democrats over shutdown
    impasse" and "No deal in sight as shutdown extends"). Shared like an actor. A headline word
    that heads few of the articles using it ("decade") is none when ``generic_share`` is set; a
    headline word that heads many ("impeachment") is one, heavy or not, when ``topic_share`` is."""
    heading = set(headline_words(profile.title))
    found = heading & set(_heaviest(profile))
    found |= {word for word in heading if topical(word, topic_share)}
    return sorted(word for word in found if not generic(word, generic_share))


class _Looks:
    """Each story's salient actors and unit centroid, computed once a call: centroids do not
    change while storylines are assigned, and one story is compared with dozens of others."""

    def __init__(self, topics: bool = False, generic_share: float = 0.0, headline_share: float = 0.0) -> None:
        self.topics = topics  # topic words are shared like actors (``storyline_topic_words``)
        self.generic_share = generic_share  # ``storyline_generic_share``
        self.headline_share = headline_share  # ``storyline_topic_share`` with ``storyline_topic_headlines``
        self.salient: dict[str, set[str]] = {}
        self.unit: dict[str, dict[str, float]] = {}
        self.df: dict[str, int] = {}  # articles naming each salient actor of the touched stories
        self.docs = 0
        self.hints: dict[str, set[str]] = {}  # stories linked but for their days (``_day_hints``)

    def actors_of(self, profile: Profile) -> set[str]:
        """Its salient actors (and, with ``storyline_topic_words``, its topic words): the keys
        two related stories must share, and the keys of its blocks."""
        if profile.story_id not in self.salient:
            found = set(_salient_actors(profile))
            if self.topics:
                found |= set(_topic_words(profile, self.generic_share, self.headline_share))
            self.salient[profile.story_id] = found
        return self.salient[profile.story_id]

    def unit_of(self, profile: Profile) -> dict[str, float]:
        if profile.story_id not in self.unit:
            norm = _norm(profile)
            self.unit[profile.story_id] = {term: w / norm for term, w in profile.vector.items()}
        return self.unit[profile.story_id]


def _buckets(profile: Profile, batch: Batch) -> list[int]:
    """The date buckets its related stories can be in: none when no article of it is dated."""
    dated = profile.dated()
    if dated is None:
        return []
    width = max(1, batch.config.story_window_days)
    gap = batch.config.storyline_gap_days
    return list(range((dated[0] - gap) // width, (dated[1] + gap) // width + 1))


Days = tuple[int, int] | None  # first and last dated day, None when nothing is dated


def union_days(*extents: Days) -> Days:
    dated = [e for e in extents if e is not None]
    if not dated:
        return None
    return min(e[0] for e in dated), max(e[1] for e in dated)


def within_span(batch: Batch, extent: Days) -> bool:
    span = batch.config.storyline_span_days
    return not span or extent is None or extent[1] - extent[0] <= span


def load_line_days(batch: Batch, lines: set[str]) -> None:
    """The dated extent of these stored storylines (from their stories' rows), read once a call."""
    missing = sorted(line for line in lines if line and line not in batch.line_days)
    s = stories_table
    with batch.store.engine.connect() as conn:
        for chunk in chunks(missing):
            query = (
                select(s.c.storyline_id, func.min(s.c.first_published), func.max(s.c.last_published))
                .where(s.c.storyline_id.in_(chunk))
                .group_by(s.c.storyline_id)
            )
            for line, first, last in conn.execute(query):
                first_day, last_day = day_number(first), day_number(last)
                if first_day is not None and last_day is not None:
                    batch.line_days[line] = (first_day, last_day)
    for line in missing:
        batch.line_days.setdefault(line, None)


def line_of(batch: Batch, profile: Profile) -> str:
    """The storyline the story is in now (after this call's joins), or would found."""
    return _storyline(batch, profile) if profile.storyline_id else storyline_for(profile.story_id)


def line_extent(batch: Batch, profile: Profile) -> Days:
    """Where the story's storyline (or the story, when it has none yet) lies in time."""
    if not profile.storyline_id:
        return profile.dated()
    line = _storyline(batch, profile)
    load_line_days(batch, {line})
    return union_days(batch.line_days[line], profile.dated())


def join_lines(batch: Batch, survivor: str, other: str, extent: Days) -> None:
    """Record that storyline ``other`` is now part of ``survivor``, which lies over ``extent``."""
    if other != survivor:
        batch.storyline_merges[other] = survivor
    batch.line_days[survivor] = extent


def _load_blocks(batch: Batch, pairs: set[tuple[str, int]]) -> None:
    missing = read_blocks(batch.store, story_blocks_table, "story_id", pairs, batch.blocks)
    batch.load_profiles({sid for pair in missing for sid in batch.blocks[pair]})


def _norm(profile: Profile) -> float:
    if profile.norm is None:
        profile.norm = math.sqrt(sum(w * w for w in profile.vector.values()))
    return profile.norm


def same_name_keys(key: str) -> list[str]:
    """The key and, for a one-word name, its reading under the other label: the recognizer
    types one "Trump" a person in one article and an organisation in another (``@org:trump``),
    and the name is as common whichever label it got."""
    word = key.split(":", 1)[1] if key.startswith(NAME_KEYS) else ""
    if not word or " " in word:
        return [key]
    return [f"{prefix}{word}" for prefix in NAME_KEYS]


def shared_rarity(shared: set[str], df: dict[str, int], docs: int, prior: int = 0) -> float:
    """How telling the actors two stories share are: the sum of their inverse document
    frequencies, counted over entity ids, or over name keys when that is more (an entity
    linking split in two still shares its name). The commonest actor of a corpus ("Trump" in
    most political articles) tells little alone. A small corpus's shares are noise (every
    actor of a five-article corpus is "common"), so the counts are read as if ``prior`` more
    articles named none of them: log((articles + prior) / (articles naming it + 1))."""

    def idf(keys: list[str]) -> float:
        counts = [max(df.get(k, 0) for k in same_name_keys(key)) for key in keys]
        return sum(math.log((max(docs, 0) + prior) / (count + 1)) for count in counts)

    names = [k for k in shared if k.startswith(NAME_KEYS)]
    return max(idf([k for k in shared if not k.startswith(NAME_KEYS)]), idf(names))


def _related(batch: Batch, a: Profile, b: Profile, looks: _Looks) -> bool:
    gap = batch.config.storyline_gap_days
    dated_a, dated_b = a.dated(), b.dated()
    if dated_a is None or dated_b is None:  # undated stories are placed by nothing else
        return False
    if dated_a[0] > dated_b[1] + gap or dated_b[0] > dated_a[1] + gap:
        return False
    shared = looks.actors_of(a) & looks.actors_of(b)
    needed = batch.config.storyline_actor_idf
    prior = batch.config.storyline_prior_articles
    if needed > 0 and (not shared or shared_rarity(shared, looks.df, looks.docs, prior) < needed):
        return False
    if b.story_id in looks.hints.get(a.story_id, ()):
        return True  # an article of one links the other but for the day: the next development
    if not shared:
        return False
    norm_a, norm_b = _norm(a), _norm(b)
    if not norm_a or not norm_b:
        return False
    needed_cosine = batch.config.storyline_threshold
    if lone_organisation(shared):
        needed_cosine = max(needed_cosine, batch.config.storyline_lone_org_threshold)
    elif lone_common_actor(shared, looks.df, looks.docs, batch.config.storyline_common_actor_share):
        needed_cosine = max(needed_cosine, batch.config.storyline_common_actor_threshold)
    elif batch.config.storyline_topic_threshold:
        # a topic no name says: a column and the vote it weighs share it, their casts differ
        topics = unnamed_topics(shared, looks.actors_of(a) | looks.actors_of(b))
        share = batch.config.storyline_topic_share  # only a storyline's word, not a generic one
        if any(share <= 0 or topical(word, share) for word in topics):
            needed_cosine = min(needed_cosine, batch.config.storyline_topic_threshold)
    return cosine_with(looks.unit_of(a), b.vector, norm_b) >= needed_cosine


def lone_organisation(shared: set[str]) -> bool:
    """Whether all two stories share is one organisation (its entity id and its name key): an
    institution ("the Senate", "the Justice Department") is in many unrelated developments of a
    week, and at the usual cosine it joined them into one storyline."""
    if not shared or any(not key.startswith(("@org-", "@org:")) for key in shared):
        return False
    return sum(k.startswith("@org:") for k in shared) <= 1 and sum(k.startswith("@org-") for k in shared) <= 1


def lone_common_actor(shared: set[str], df: dict[str, int], docs: int, share: float) -> bool:
    """Whether all two stories share is one actor (its entity id and its name, under either
    label) named among the heaviest terms of at least ``share`` of the stored articles (0: never):
    the corpus's commonest actor ("Trump" in a political week) is in most of its unrelated
    developments, and through him alone a week's stories chained into one storyline."""
    if (
        share <= 0
        or not shared
        or docs <= 0
        or any(not k.startswith(("@person-", "@org-", *NAME_KEYS)) for k in shared)
    ):
        return False
    names = {k.split(":", 1)[1] for k in shared if k.startswith(NAME_KEYS)}
    if len(names) > 1 or len(shared) - sum(k.startswith(NAME_KEYS) for k in shared) > 1:
        return False
    count = max(df.get(same, 0) for key in shared for same in same_name_keys(key))
    return count >= share * docs


def unnamed_topics(shared: set[str], actor_keys: set[str]) -> list[str]:
    """The shared topic words (headline words among both stories' heaviest terms) that are no
    word of a name either story keys ("impeachment", not "pelosi" beside "@p:pelosi"): what two
    developments are about when their casts differ (a column and the vote it weighs)."""
    named = {word for key in actor_keys if key.startswith(NAME_KEYS) for word in key.split(":", 1)[1].split()}
    return sorted(k for k in shared if not k.startswith("@") and k not in named)


def _storyline(batch: Batch, profile: Profile) -> str:
    return _resolve(batch, profile.storyline_id or storyline_for(profile.story_id))


def _resolve(batch: Batch, line: str) -> str:
    """The storyline a storyline id now is: itself, or the one this call joined it into."""
    seen = set()
    while line in batch.storyline_merges and line not in seen:
        seen.add(line)
        line = batch.storyline_merges[line]
    return line


def _supported(batch: Batch, profile: Profile, related: list[Profile], looks: _Looks) -> list[Profile]:
    """The related stories whose storylines the story may join: its own, and those whose stories
    near it in time are related to it (with its own storyline's stories near it) in at least
    ``storyline_link_share`` of the pairs (``storyline_links``). One shared actor or one
    bridging story no longer chains two developments into one storyline."""
    share = batch.config.storyline_link_share
    own = line_of(batch, profile)
    lines = {line_of(batch, other) for other in related} - {own}
    if share <= 0 or not lines:
        return related
    load_line_members(batch, lines | {own}, lambda line: _resolve(batch, line), profile)

    def current_line(p: Profile) -> str:
        return line_of(batch, p)

    def rel(a: Profile, b: Profile) -> bool:
        return _related(batch, a, b, looks)

    near = near_by_line(batch, lines | {own}, profile, current_line)
    side = [profile, *near[own]]
    shares = {line: linkage(side, near[line], rel) for line in sorted(lines)}
    kept = {own} | {line for line, found in shares.items() if found >= share}
    leaf = batch.config.storyline_leaf_share
    if kept == {own} and leaf > 0 and not near[own]:
        # a story alone in its time joins the one storyline it is most related to, at a lower
        # share: a leaf attached to a storyline bridges nothing (two storylines still need the share)
        best = max(shares, key=lambda line: (shares[line], line))
        stories = round(shares[best] * len(near[best]))  # the related stories of it near in time
        if shares[best] >= leaf and stories >= batch.config.storyline_leaf_stories:
            kept.add(best)
    return [other for other in related if line_of(batch, other) in kept]


def _fitting_lines(batch: Batch, profile: Profile, related: list[Profile]) -> tuple[set[str], Days]:
    """The storylines the story and its related stories make one of: its own, then each related
    story's (oldest story first) while all of them together stay within the span. A story that
    grew past its storyline's span leaves it, unless it founded it (then the storyline is anchored
    on it: by ``story_span_days`` at most past the span, and only when older stories joined later)."""
    if (
        profile.storyline_id
        and line_of(batch, profile) != storyline_for(profile.story_id)
        and not within_span(batch, line_extent(batch, profile))
    ):
        profile.storyline_id = None
    chosen = {line_of(batch, profile)}
    extent = line_extent(batch, profile)
    for other in sorted(related, key=lambda p: p.age):
        line = line_of(batch, other)
        if line in chosen:
            continue
        joined = union_days(extent, line_extent(batch, other))
        if within_span(batch, joined):
            chosen.add(line)
            extent = joined
    return chosen, extent


def _day_hints(batch: Batch) -> dict[str, set[str]]:
    """The stories each story's articles link to but for the days their leads tell (both ways,
    as the stories now are): developments of one storyline on other days, related whatever their
    centroids and salient actors (``storyline_day_links``), save by the rarity rule when it is on;
    the average linkage still decides the storyline."""
    found: dict[str, set[str]] = {}
    if not batch.config.storyline_day_links:
        return found
    for a, b in batch.line_hints:
        a, b = batch.current(a), batch.current(b)
        if a and b and a != b and a in batch.profiles and b in batch.profiles:
            found.setdefault(a, set()).add(b)
            found.setdefault(b, set()).add(a)
    return found


def assign_storylines(batch: Batch) -> None:
    """Give every story the batch touched a storyline, joining related stories' storylines."""
    touched = sorted(
        (batch.profiles[s] for s in batch.touched_stories if s in batch.profiles), key=lambda p: p.age
    )
    config = batch.config
    headline_share = config.storyline_topic_share if config.storyline_topic_headlines else 0.0
    looks = _Looks(config.storyline_topic_words, config.storyline_generic_share, headline_share)
    wanted = {(key, bucket) for p in touched for key in looks.actors_of(p) for bucket in _buckets(p, batch)}
    if (
        config.storyline_actor_idf > 0 or config.storyline_common_actor_share > 0
    ):  # every shared actor is one of a touched story's
        keys = {same for key, _ in wanted for same in same_name_keys(key)}
        looks.df = batch.frequencies(keys | {DOCS})
        looks.docs = looks.df.pop(DOCS)
    _load_blocks(batch, wanted)
    load_line_days(batch, {_storyline(batch, p) for p in batch.profiles.values() if p.storyline_id})
    looks.hints = _day_hints(batch)
    for profile in touched:
        keys = sorted(looks.actors_of(profile))
        found = {
            batch.current(sid)
            for key in keys
            for bucket in _buckets(profile, batch)
            for sid in batch.blocks.get((key, bucket), ())
        } | looks.hints.get(profile.story_id, set())
        related = [
            batch.profiles[sid]
            for sid in sorted(s for s in found if s and s != profile.story_id and s in batch.profiles)
            if _related(batch, profile, batch.profiles[sid], looks)
        ]
        related = _supported(batch, profile, related, looks)
        chosen, extent = _fitting_lines(batch, profile, related)
        group = sorted((p for p in [profile, *related] if line_of(batch, p) in chosen), key=lambda p: p.age)
        oldest = next((_storyline(batch, p) for p in group if p.storyline_id), line_of(batch, group[0]))
        for line in chosen:
            join_lines(batch, oldest, line, extent)
        for p in group:
            if p.storyline_id != oldest:
                p.storyline_id = oldest
                batch.touched_stories.add(p.story_id)
        dated = profile.dated()
        if dated is None:  # found by no other story: it is placed in time by nothing
            continue
        bucket = dated[1] // max(1, batch.config.story_window_days)
        for key in keys:
            stories = batch.blocks.setdefault((key, bucket), [])
            if profile.story_id not in stories and len(stories) < batch.config.block_cap:
                stories.append(profile.story_id)
                batch.new_blocks.append({"key": key, "bucket": bucket, "story_id": profile.story_id})
