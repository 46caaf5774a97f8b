"""Which happenings a timeline report may belong to, found by day.

A report joins a happening only when dated at most ``timeline_day_gap`` days from one of its
reports, or when one of the two has no date (``timeline._close``). Trying every happening of the
type, and every happening of each actor, made a much-reported person's whole timeline quadratic
(189 s for the most-quoted person of 200,000 synthetic articles): each happening is also filed
under the days of its reports, so a dated report looks only at the happenings of the few days
around it, plus the undated ones. The candidates come in the order the happenings were made, so
the first that fits is the one trying them all finds.
"""

from __future__ import annotations

from typing import Any


class HappeningIndex:
    """Happenings (timeline groups) by type, by day and by actor, in the order they were made."""

    def __init__(self, gap: int):
        self.gap = gap
        self.order: dict[int, int] = {}  # id of an open happening -> when it was made
        self.made = 0  # happenings made so far, closed ones too
        self.by_type: dict[str, list[Any]] = {}
        self.by_day: dict[int, list[Any]] = {}  # day -> the happenings with a report that day
        self.by_actor: dict[str, list[Any]] = {}
        self.undated: list[Any] = []  # made without a known day (some may have one since)
        self.last_day: dict[int, int] = {}  # id of a happening -> the latest day it was reported

    def add(self, group: Any, kind: str, day: int | None) -> None:
        """A new happening of type ``kind``, first reported on ``day``."""
        self.order[id(group)] = self.made
        self.made += 1
        self.by_type.setdefault(kind, []).append(group)
        if day is None:
            self.undated.append(group)

    def reported(self, group: Any, day: int | None, new_day: bool, new_actors: set[str]) -> None:
        """``group`` got a report on ``day`` (``new_day``: its first that day) naming ``new_actors``
        it had no report of yet."""
        if day is not None and new_day:
            self.by_day.setdefault(day, []).append(group)
            self.last_day[id(group)] = max(day, self.last_day.get(id(group), day))
        for key in new_actors:
            self.by_actor.setdefault(key, []).append(group)

    def near(self, day: int | None) -> list[Any] | None:
        """The happenings a report on ``day`` can be close to (with a report within the gap, or
        undated), in the order made. A report without any day (its own or its article's) comes
        after every dated one and is looked at beside the happenings made without a day only."""
        if day is None:
            return sorted(self.undated, key=lambda g: self.order[id(g)])
        found = {id(g): g for d in range(day - self.gap, day + self.gap + 1) for g in self.by_day.get(d, ())}
        found.update((id(g), g) for g in self.undated)
        return sorted(found.values(), key=lambda g: self.order[id(g)])

    def same_type(self, kind: str, near: list[Any] | None, type_of) -> list[Any]:
        """Candidates of the report's own type."""
        if near is None:
            return self.by_type.get(kind, [])
        return [g for g in near if type_of(g) == kind]

    def of_actors(self, actors: set[str], near: list[Any] | None) -> list[Any]:
        """Candidates of any type sharing an actor (the caller checks the type and the actors)."""
        if near is not None:
            return near
        found = {id(g): g for key in actors for g in self.by_actor.get(key, ())}
        return sorted(found.values(), key=lambda g: self.order[id(g)])

    def close_before(self, day: int) -> list[Any]:
        """Take out and return (in the order made) the happenings no report on ``day`` or later can
        be close to: every report of theirs more than the gap before it, none undated."""
        limit = day - self.gap
        closed: dict[int, Any] = {}
        for old_day in [d for d in self.by_day if d < limit]:
            for group in self.by_day.pop(old_day):
                if self.last_day.get(id(group), limit) < limit and id(group) in self.order:
                    closed[id(group)] = group
        undated = {id(g) for g in self.undated}
        closed = {key: g for key, g in closed.items() if key not in undated}
        if not closed:
            return []
        for kind, groups in self.by_type.items():
            self.by_type[kind] = [g for g in groups if id(g) not in closed]
        kept = {key: [g for g in groups if id(g) not in closed] for key, groups in self.by_actor.items()}
        self.by_actor = {key: groups for key, groups in kept.items() if groups}
        found = sorted(closed.values(), key=lambda g: self.order[id(g)])
        for key in closed:
            del self.order[key]
            del self.last_day[key]
        return found
