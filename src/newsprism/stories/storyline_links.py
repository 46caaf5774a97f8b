"""Average linkage for storylines: a story joins a storyline, and two storylines become one,
only when the stories on both sides are alike as a whole, not through one pair.

Joining on a single link chained a week's coverage into one storyline: a story about the
caucus shares "Trump" with the State of the Union, which shares him with the acquittal, and a
single bridging article or one ubiquitous actor was enough. Here the share of related pairs
between the two sides (the joining story, with its storyline's stories near it in time, against
the other storyline's stories near it) must reach ``storyline_link_share``. Only stories dated
within ``storyline_gap_days`` of the joining story count: a long storyline's old stories say
nothing of whether today's story continues it.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from newsprism.store.schema import stories_table
from newsprism.stories.state import Batch, Profile, chunks

Related = Callable[[Profile, Profile], bool]


def load_line_members(batch: Batch, lines: set[str], resolve: Callable[[str], str]) -> None:
    """Load the profiles of every stored story of these storylines (and of the storylines this
    call merged into them), so that a storyline's members are the loaded profiles in it."""
    wanted = set(lines) | {old for old in batch.storyline_merges if resolve(old) in lines}
    missing = sorted(line for line in wanted if line not in batch.lines_loaded)
    batch.lines_loaded.update(missing)
    found: list[str] = []
    s = stories_table
    with batch.store.engine.connect() as conn:
        for chunk in chunks(missing):
            query = select(s.c.story_id).where(s.c.storyline_id.in_(chunk))
            found += [row.story_id for row in conn.execute(query)]
    batch.load_profiles(found)


def near_by_line(
    batch: Batch, lines: set[str], profile: Profile, line_of: Callable[[Profile], str]
) -> dict[str, list[Profile]]:
    """The live stories of each of these storylines (other than ``profile``) dated within the
    gap of it, oldest first: one pass over the loaded stories, whatever the number of lines."""
    found: dict[str, list[Profile]] = {line: [] for line in lines}
    dated = profile.dated()
    if dated is None:
        return found
    gap = batch.config.storyline_gap_days
    for other in batch.profiles.values():
        if other.story_id == profile.story_id or batch.current(other.story_id) != other.story_id:
            continue
        when = other.dated()
        if when is None or when[0] > dated[1] + gap or dated[0] > when[1] + gap:
            continue
        line = line_of(other)  # a story with no storyline yet is one of its own
        if line in found:
            found[line].append(other)
    for members in found.values():
        members.sort(key=lambda p: p.age)
    return found


def linkage(side: list[Profile], other: list[Profile], related: Related) -> float:
    """The share of (one side, other side) pairs that are related: 0 when a side is empty."""
    if not side or not other:
        return 0.0
    linked = sum(related(a, b) for a in side for b in other)
    return linked / (len(side) * len(other))
