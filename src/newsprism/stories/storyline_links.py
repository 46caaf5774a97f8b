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
from newsprism.stories.state import Batch, Profile, chunks, day_text

Related = Callable[[Profile, Profile], bool]


def load_line_members(batch: Batch, lines: set[str], resolve: Callable[[str], str], profile: Profile) -> None:
    """Load the profiles of the stored stories of these storylines (and of the storylines this
    call merged into them) dated within ``storyline_gap_days`` of ``profile``: the only ones
    ``near_by_line`` counts. A long storyline's older stories are never read (at 200,000
    articles reading every member cost more with every story a line gained)."""
    dated = profile.dated()
    if dated is None:  # an undated story is near no story
        return
    gap = batch.config.storyline_gap_days
    window = (dated[0] - gap, dated[1] + gap)
    wanted = set(lines) | {old for old in batch.storyline_merges if resolve(old) in lines}
    missing: dict[tuple[int, int], list[str]] = {}
    for line in sorted(wanted):
        loaded = batch.lines_loaded.get(line)
        if loaded is not None and loaded[0] <= window[0] and window[1] <= loaded[1]:
            continue
        # One window a line: the union of what was asked of it (rows already loaded are skipped).
        span = window if loaded is None else (min(loaded[0], window[0]), max(loaded[1], window[1]))
        batch.lines_loaded[line] = span
        missing.setdefault(span, []).append(line)
    found: list[str] = []
    s = stories_table
    with batch.store.engine.connect() as conn:
        for (first, last), span_lines in missing.items():
            for chunk in chunks(span_lines):
                query = select(s.c.story_id).where(
                    s.c.storyline_id.in_(chunk),
                    s.c.first_published <= day_text(last),
                    s.c.last_published >= day_text(first),
                )
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
