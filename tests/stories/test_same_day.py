"""Same-day floors: one day's reactions to an event lead with other words than its report, so
leads telling of one day link at lower floors; across days the usual floors hold."""

from __future__ import annotations

from collections import Counter
from datetime import date

from newsprism.stories.features import LEAD, LINKED, OTHER_DAY, StoryConfig, cosine_with, link_kind, weigh


def _config(settings, **changes) -> StoryConfig:
    return StoryConfig.from_settings(settings.with_(stories=dict(settings.stories, **changes)))


def _day(text: str) -> int:
    return date.fromisoformat(text).toordinal()


def _vectors(config):
    """An invented raid's report and a same-day reaction: one shared actor and few shared words."""
    report = weigh(Counter({"raid": 3, "harbour": 3, "smugglers": 2, "@p:ostrova": 1}), {}, 10, config)
    reaction = weigh(Counter({"vows": 3, "revenge": 3, "cleric": 2, "@p:ostrova": 1}), {}, 10, config)
    lead_report = weigh(
        Counter(
            {LEAD + "raid": 2, LEAD + "harbour": 2, LEAD + "killed": 1, LEAD + "port": 1, LEAD + "ostrova": 1}
        ),
        {},
        10,
        config,
    )
    lead_reaction = weigh(
        Counter({LEAD + "vows": 2, LEAD + "revenge": 2, LEAD + "cleric": 2, LEAD + "ostrova": 1}),
        {},
        10,
        config,
    )
    return report, reaction, (lead_report, lead_reaction)


def test_a_same_day_reaction_links_at_the_lower_floors(settings):
    usual = _config(settings, development_threshold=0.12, actor_link_threshold=0.13)
    report, reaction, leads = _vectors(usual)
    lead = cosine_with(*leads, 1.0)
    text = cosine_with(report, reaction, 1.0)
    assert lead < 0.12 and text < 0.13  # unlike by the usual floors
    friday = _day("2024-05-03")
    assert link_kind(report, reaction, 0, usual, leads=leads, lead_days=(friday, friday)) == 0
    lowered = _config(
        settings,
        development_threshold=0.12,
        actor_link_threshold=0.13,
        same_day_development_threshold=lead * 0.9,
        same_day_actor_threshold=text * 0.9,
    )
    assert link_kind(report, reaction, 0, lowered, leads=leads, lead_days=(friday, friday)) == LINKED
    # the floors are only the same day's: a day later the same words are no link
    saturday = _day("2024-05-04")
    assert link_kind(report, reaction, 1, lowered, leads=leads, lead_days=(friday, saturday)) not in (LINKED,)
    # nor when a day is unknown
    assert link_kind(report, reaction, 0, lowered, leads=leads, lead_days=(friday, None)) == 0
    # and the link stays symmetric: the same answer either way round
    swapped = (leads[1], leads[0])
    assert link_kind(reaction, report, 0, lowered, leads=swapped, lead_days=(friday, friday)) == LINKED


def test_the_same_day_floors_never_raise_a_floor(settings):
    config = _config(settings, development_threshold=0.05, same_day_development_threshold=0.3)
    report, _, leads = _vectors(config)
    alike = weigh(Counter({"raid": 3, "harbour": 3, "smugglers": 1, "@p:ostrova": 2}), {}, 10, config)
    friday = _day("2024-05-03")
    near_lead = weigh(
        Counter({LEAD + "raid": 1, LEAD + "police": 3, LEAD + "dock": 3, LEAD + "crowds": 2}), {}, 10, config
    )
    assert 0.05 <= cosine_with(leads[0], near_lead, 1.0) < 0.3
    assert link_kind(report, alike, 0, config, leads=(leads[0], near_lead), lead_days=(friday, friday)) in (
        LINKED,
        OTHER_DAY,
    )
