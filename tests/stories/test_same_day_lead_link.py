"""Leads of one day much alike need no shared person: a commentary under a headline naming the
development keeps no person the report keeps; a storm's coverage shares only places."""

from __future__ import annotations

from collections import Counter
from datetime import date

from newsprism.stories.features import LEAD, LINKED, StoryConfig, cosine_with, link_kind, weigh


def _config(settings, **changes) -> StoryConfig:
    return StoryConfig.from_settings(settings.with_(stories=dict(settings.stories, **changes)))


def _pair(config):
    """An invented report of a ferry sinking and a commentary on it the same day."""
    report = weigh(
        Counter({"ferry": 3, "sank": 2, "strait": 2, "coast": 1, "@p:varga": 1, "@gpe:tarnovia": 1}),
        {},
        10,
        config,
    )
    column = weigh(
        Counter(
            {
                "ferry": 1,
                "regulators": 3,
                "neglect": 3,
                "owners": 2,
                "profits": 2,
                "@p:lindqvist": 1,
                "@gpe:tarnovia": 1,
            }
        ),
        {},
        10,
        config,
    )
    headline = {LEAD + "ferry": 2, LEAD + "sinks": 2, LEAD + "strait": 2, LEAD + "passengers": 1}
    lead_report = weigh(Counter(headline | {LEAD + "coast": 1}), {}, 10, config)
    lead_column = weigh(Counter(headline | {LEAD + "neglect": 1, LEAD + "owners": 1}), {}, 10, config)
    return report, column, (lead_report, lead_column)


def test_one_days_leads_much_alike_link_without_a_shared_person(settings):
    off = _config(settings, same_day_lead_link=0.0)
    report, column, leads = _pair(off)
    text, lead = cosine_with(report, column, 1.0), cosine_with(*leads, 1.0)
    assert off.actor_link_threshold <= text < off.link_threshold and lead > 0.5
    monday = date(2024, 3, 4).toordinal()
    days = (monday, monday)
    assert link_kind(report, column, 0, off, leads=leads, lead_days=days) == 0  # no shared person
    on = _config(settings, same_day_lead_link=0.5)
    assert link_kind(report, column, 0, on, leads=leads, lead_days=days) == LINKED
    assert link_kind(column, report, 0, on, leads=(leads[1], leads[0]), lead_days=days) == LINKED
    # another day, or leads less alike than the setting, still need the shared person
    assert link_kind(report, column, 1, on, leads=leads, lead_days=(monday, monday + 1)) != LINKED
    assert (
        link_kind(
            report, column, 0, _config(settings, same_day_lead_link=lead + 0.01), leads=leads, lead_days=days
        )
        == 0
    )


def test_a_shared_place_counts_on_one_day_only_when_set(settings):
    report, column, leads = _pair(_config(settings))
    monday = date(2024, 3, 4).toordinal()
    places = _config(settings, same_day_lead_link=0.0, same_day_entities=True)
    unset = _config(settings, same_day_lead_link=0.0, same_day_entities=False)
    assert link_kind(report, column, 0, unset, leads=leads, lead_days=(monday, monday)) == 0
    assert link_kind(report, column, 0, places, leads=leads, lead_days=(monday, monday)) == LINKED
    assert link_kind(report, column, 0, places, leads=leads, lead_days=(monday, None)) == 0
