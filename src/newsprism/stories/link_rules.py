"""The conditions of ``features.link_kind`` beyond the two cosines: which floors hold for a pair,
whether its leads tell days too far apart, and whether the two articles share an actor."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

# ``config`` below is a ``features.StoryConfig``; not imported, since features imports this module.
StoryConfig = Any


def distinct_actors(keys: set[str]) -> int:
    """How many actors the keys name: a linked entity has an id key and a name key."""
    ids = [k for k in keys if not k.startswith(("@p:", "@org:"))]
    return len(ids) or min(1, len(keys))


def share_actor(
    a: dict[str, float],
    b: dict[str, float],
    config: StoryConfig,
    actors_of: Callable[[dict[str, float]], set[str]],
    same_day: bool,
    lead: float | None,
) -> bool:
    """Whether the actor rule's shared actor is there. Leads of one day much alike
    (``same_day_lead_link``) name the development themselves: a column under such a headline
    keeps no person the report keeps (the main actor, named all week, is too common to be kept)."""
    if distinct_actors(actors_of(a) & actors_of(b)) >= config.shared_actors:
        return True
    if not same_day:
        return False
    if config.same_day_lead_link > 0 and lead is not None and lead >= config.same_day_lead_link:
        return True
    # a storm's coverage shares only places and the storm (``same_day_entities``)
    named = {t for t in a if t.startswith("@")} & {t for t in b if t.startswith("@")}
    return config.same_day_entities and distinct_actors(named) >= config.shared_actors


def link_floors(config: StoryConfig, same_day: bool) -> tuple[float, float]:
    """The lead and actor-rule floors of a pair: lower, when set, for leads telling of one day
    (``same_day_*``), since a day's reactions to an event ("Khamenei vows revenge", "Schumer:
    Congress not told") lead with other words than its report; across days the usual ones."""
    development, actor = config.development_threshold, config.actor_link_threshold
    if same_day and config.same_day_development_threshold > 0:
        development = min(development, config.same_day_development_threshold)
    if same_day and config.same_day_actor_threshold > 0:
        actor = min(actor, config.same_day_actor_threshold)
    return development, actor


def far_apart(
    lead_days: tuple[int | None, int | None], lead: float, config: StoryConfig, named: tuple[bool, bool]
) -> bool:
    """Whether two leads tell of days so far apart (``lead_day_far_days``) that only leads much
    alike (``lead_day_far_threshold``) tell one development: a story's reports come the day of its
    happening or the next; two days on, the same people's act is the storyline's next one."""
    if config.lead_day_far_days <= 0 or lead_days[0] is None or lead_days[1] is None:
        return False
    if config.lead_day_far_named and not all(named):
        return False
    return (
        abs(lead_days[0] - lead_days[1]) >= config.lead_day_far_days and lead < config.lead_day_far_threshold
    )


def one_outlet_other_day(a_outlet: str, a_day: int | None, b_outlet: str, b_day: int | None) -> bool:
    """Whether two articles are one outlet's reports of different publication days: an outlet
    reports a development once, so its next day's report on the same people is the storyline's
    next development (``outlet_day_developments``; the caller applies it only to pairs under
    ``link_threshold`` in words: BASIL's re-posts stand in for their originals under an aggregator's
    name). On the hand-grouped weeks 3 of 587 same-story pairs are such, against 24 of the 519
    pairs joined wrongly; an outlet unknown says nothing."""
    outlet = a_outlet.strip().lower()
    if not outlet or outlet != b_outlet.strip().lower():
        return False
    return a_day is not None and b_day is not None and a_day != b_day
