"""One act of a kind per actor, day and article: how two outlets' wordings of it become one row.

Two outlets tell one act in words that may share nothing but the actor's name ("Apple fired back
that it responded within hours to the FBI's plea" and "It rejected the idea of making its products
more accessible"): the wording checks of ``timeline_group`` keep them apart. What joins them is that
each article tells only one act of that type by that actor on that day: then the two are the one
act of the kind the actor did that day. A report joins another article's happening on this ground
when

- both are the same kind of act as finely as the events lexicon tells kinds apart: the same PLOVER
  type and the same mode of it (ACCUSE "disapprove": "fired back", "rejected", "slammed"; not
  "allege" nor "investigate"); a report whose verb has no mode (or ``HAPPENING``, an untyped verb)
  says too little of the kind of act to be joined on this ground;
- they share an actor and the very same day (a known one);
- their recipients do not differ (when both state some, they share one);
- every article of the happening tells that actor's act of that type that day in it alone, and the
  report is its own article's first of the kind that day (an article's reports of a day come
  together, in ``event_order``, so the earlier articles' are all known by then);
- that happening is the only one that fits.

Within one article, two reports of one kind by one actor are two acts, as elsewhere.
"""

from __future__ import annotations

from typing import Any

from newsprism.models import HAPPENING, Event


def lone_kind(event: Event) -> str | None:
    """The kind of act the rule compares: type and mode, or None when the mode is not known."""
    return f"{event.type}/{event.mode}" if event.mode and event.type != HAPPENING else None


class LoneActs:
    """Which happenings hold an article's reports of one type, actor and day."""

    def __init__(self) -> None:
        # day -> (article id, type, actor key) -> ids of the happenings holding such reports
        self.by_day: dict[int, dict[tuple[str, str, str], set[int]]] = {}

    def filed(self, group: Any, article_id: str, kind: str | None, actors: set[str], day: int | None) -> None:
        """``group`` got a report of ``article_id`` of the kind ``kind`` (``lone_kind``) by
        ``actors`` on ``day``."""
        if day is None or kind is None:
            return
        held = self.by_day.setdefault(day, {})
        for key in actors:
            held.setdefault((article_id, kind, key), set()).add(id(group))

    def joins(
        self,
        candidates: list[Any],
        article_id: str,
        kind: str | None,
        actors: set[str],
        recipients: set[str],
        day: int | None,
    ) -> Any | None:
        """The one happening among ``candidates`` (of the report's type, near its day) that the
        report (of the kind ``kind``, ``lone_kind``) is another article's telling of, by the rule
        above; else None."""
        if day is None or kind is None or not actors:
            return None
        held = self.by_day.get(day, {})
        if any((article_id, kind, key) in held for key in actors):
            return None  # not the article's first report of the kind that day
        found = [
            g
            for g in candidates
            if article_id not in g.articles
            and day in g.days
            and self._alone(g, held, kind, actors & g.actors)
            if not (recipients and g.recipients and not recipients & g.recipients)
        ]
        return found[0] if len(found) == 1 else None

    @staticmethod
    def _alone(group: Any, held: dict[tuple[str, str, str], set[int]], kind: str, shared: set[str]) -> bool:
        """Whether, for some shared actor, every article of the happening that tells the actor's
        act of the kind that day tells it in this happening alone."""
        for key in sorted(shared):
            told = [held[(a, kind, key)] for a in sorted(group.articles) if (a, kind, key) in held]
            if told and all(ids == {id(group)} for ids in told):
                return True
        return False

    def close_before(self, day: int) -> None:
        """Forget the days no report on ``day`` or later can be the same day as."""
        for old in [d for d in self.by_day if d < day]:
            del self.by_day[old]
