"""Storylines: stories about the same people or organisations over days, grouped.

One story is one event or development (the hearing, the allegation, the arrest). Stories whose
centroids share a salient actor, lie within ``storyline_gap_days`` of each other and are at
least ``storyline_threshold`` alike get one ``storyline_id``: the id of the oldest story's
storyline ("l" + its story id). Only the stories a batch touched are looked at, candidates
come from (actor key, date bucket) blocks in ``story_blocks``, and two storylines that a story
links become one (the older id survives; the other's stories are re-pointed). A story lies in
time where its dated articles do: an undated article never places it on the day it was stored
(a whole archive stored in one night is not one week's news), and a story with no dated
article has a storyline of its own.
"""

from __future__ import annotations

import heapq
import math

from newsprism.store.schema import story_blocks_table
from newsprism.stories.features import actors, cosine_with
from newsprism.stories.state import Batch, Profile, read_blocks

SALIENT_TERMS = 30  # a story's actors are the person and organisation keys among its heaviest terms


def storyline_for(story_id: str) -> str:
    return "l" + story_id[1:]


def _salient_actors(profile: Profile) -> list[str]:
    # the heaviest few without sorting the whole centroid (the same terms: keys are unique)
    heaviest = heapq.nsmallest(SALIENT_TERMS, profile.vector, key=lambda term: (-profile.vector[term], term))
    return sorted(actors(dict.fromkeys(heaviest, 1.0)))


class _Looks:
    """Each story's salient actors and unit centroid, computed once a call: centroids do not
    change while storylines are assigned, and one story is compared with dozens of others."""

    def __init__(self) -> None:
        self.salient: dict[str, set[str]] = {}
        self.unit: dict[str, dict[str, float]] = {}

    def actors_of(self, profile: Profile) -> set[str]:
        if profile.story_id not in self.salient:
            self.salient[profile.story_id] = set(_salient_actors(profile))
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


def _load_blocks(batch: Batch, pairs: set[tuple[str, int]]) -> None:
    missing = read_blocks(batch.store, story_blocks_table, "story_id", pairs, batch.blocks)
    batch.load_profiles({sid for pair in missing for sid in batch.blocks[pair]})


def _norm(profile: Profile) -> float:
    if profile.norm is None:
        profile.norm = math.sqrt(sum(w * w for w in profile.vector.values()))
    return profile.norm


def _related(batch: Batch, a: Profile, b: Profile, looks: _Looks) -> bool:
    gap = batch.config.storyline_gap_days
    dated_a, dated_b = a.dated(), b.dated()
    if dated_a is None or dated_b is None:  # undated stories are placed by nothing else
        return False
    if dated_a[0] > dated_b[1] + gap or dated_b[0] > dated_a[1] + gap:
        return False
    if not (looks.actors_of(a) & looks.actors_of(b)):
        return False
    norm_a, norm_b = _norm(a), _norm(b)
    if not norm_a or not norm_b:
        return False
    return cosine_with(looks.unit_of(a), b.vector, norm_b) >= batch.config.storyline_threshold


def _storyline(batch: Batch, profile: Profile) -> str:
    line = profile.storyline_id or storyline_for(profile.story_id)
    seen = set()
    while line in batch.storyline_merges and line not in seen:
        seen.add(line)
        line = batch.storyline_merges[line]
    return line


def assign_storylines(batch: Batch) -> None:
    """Give every story the batch touched a storyline, joining related stories' storylines."""
    touched = sorted(
        (batch.profiles[s] for s in batch.touched_stories if s in batch.profiles), key=lambda p: p.age
    )
    looks = _Looks()
    wanted = {(key, bucket) for p in touched for key in looks.actors_of(p) for bucket in _buckets(p, batch)}
    _load_blocks(batch, wanted)
    for profile in touched:
        keys = sorted(looks.actors_of(profile))
        found = {
            batch.current(sid)
            for key in keys
            for bucket in _buckets(profile, batch)
            for sid in batch.blocks.get((key, bucket), ())
        }
        related = [
            batch.profiles[sid]
            for sid in sorted(s for s in found if s and s != profile.story_id and s in batch.profiles)
            if _related(batch, profile, batch.profiles[sid], looks)
        ]
        group = sorted([profile, *related], key=lambda p: p.age)
        lines = {_storyline(batch, p) for p in group if p.storyline_id} or {storyline_for(group[0].story_id)}
        oldest = next(
            (_storyline(batch, p) for p in group if p.storyline_id), storyline_for(group[0].story_id)
        )
        for line in lines - {oldest}:
            batch.storyline_merges[line] = oldest
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
