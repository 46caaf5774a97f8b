"""Lead days: a storyline's developments lead with their own day, and the actor rule does not
join leads telling of different days unless the leads are alike."""

from __future__ import annotations

from collections import Counter
from datetime import date

from newsprism.stories.features import (
    LEAD,
    LEAD_DAY,
    OTHER_TIME,
    ArticleInfo,
    StoryConfig,
    cosine_with,
    linked,
    split_terms,
    weigh,
)
from newsprism.stories.lead_days import lead_day


def _config(settings, **changes) -> StoryConfig:
    return StoryConfig.from_settings(settings.with_(stories=dict(settings.stories, **changes)))


def _day(text: str) -> int:
    return date.fromisoformat(text).toordinal()


def test_the_lead_day_is_the_latest_day_its_first_words_name(settings):
    config = _config(settings, lead_day_words=30)
    # published Wednesday 2024-04-03: Tuesday is the 2nd, Monday the 1st
    walk_back = ArticleInfo(
        "a",
        "2024-04-03",
        0.0,
        text="Governor Velosi, who on Monday blamed the engineers, said Tuesday that she misspoke.",
    )
    assert lead_day(walk_back, config) == _day("2024-04-02")  # the new act, not the background
    yesterday = ArticleInfo("b", "2024-04-03", 0.0, text="The dam burst yesterday, flooding three villages.")
    assert lead_day(yesterday, config) == _day("2024-04-02")
    # no day named, a day only past the lead, after publication or long before, no publication date
    assert (
        lead_day(ArticleInfo("c", "2024-04-03", 0.0, text="The dam burst, flooding villages."), config)
        is None
    )
    late = ArticleInfo(
        "d", "2024-04-03", 0.0, text="The dam burst. " + "Rain fell. " * 20 + "On Monday it rained."
    )
    assert lead_day(late, _config(settings, lead_day_words=10)) is None
    # a preview: the lead tells of a day to come or of this week, no one day of its own
    coming = ArticleInfo("e", "2024-04-03", 0.0, text="The vote is on April 9, 2024.")
    assert lead_day(coming, config) == OTHER_TIME
    this_week = ArticleInfo("h", "2024-04-03", 0.0, text="The governor will unveil a plan this week.")
    assert lead_day(this_week, config) == OTHER_TIME
    assert (
        lead_day(ArticleInfo("g", "2024-04-03", 0.0, text="A year after the March 1, 2023 flood."), config)
        is None
    )
    assert lead_day(ArticleInfo("f", None, 0.0, text="The dam burst on Tuesday."), config) is None
    assert lead_day(walk_back, _config(settings, lead_day_words=0)) is None  # the rule turned off


def test_the_stored_lead_day_is_neither_a_term_nor_a_lead_term():
    kept, lead = split_terms({"dam": 2.0, LEAD + "dam": 1.0, LEAD_DAY: float(_day("2024-04-02"))})
    assert kept == {"dam": 2.0} and lead == {LEAD + "dam": 1.0}


def test_the_actor_rule_does_not_join_leads_of_different_days_unless_alike(settings):
    config = _config(settings, development_threshold=0.1, lead_day_words=50, lead_day_lead_threshold=0.5)
    # alike only enough for the actor rule: one shared actor, a few shared words
    first = weigh(Counter({"dam": 1, "rain": 3, "spillway": 3, "@p:velosi": 1}), {}, 10, config)
    second = weigh(Counter({"dam": 1, "inquiry": 3, "judge": 3, "@p:velosi": 1}), {}, 10, config)
    lead_a = weigh(Counter({LEAD + "dam": 1, LEAD + "bursts": 1, LEAD + "floods": 1}), {}, 10, config)
    lead_b = weigh(Counter({LEAD + "dam": 1, LEAD + "inquiry": 1, LEAD + "judge": 1}), {}, 10, config)
    assert config.actor_link_threshold <= cosine_with(first, second, 1.0) < config.link_threshold
    assert cosine_with(lead_a, lead_b, 1.0) < config.lead_day_lead_threshold
    monday, tuesday = _day("2024-04-01"), _day("2024-04-02")
    leads = (lead_a, lead_b)
    assert linked(first, second, 1, config, leads=leads, lead_days=(monday, monday))  # one day told
    assert linked(first, second, 1, config, leads=leads, lead_days=(monday, None))  # a lead naming no day
    assert not linked(first, second, 1, config, leads=leads, lead_days=(monday, tuesday))
    assert not linked(
        first, second, 0, config, leads=leads, lead_days=(monday, tuesday)
    )  # also published alike
    assert linked(
        first, second, 1, config, leads=(lead_a, lead_a), lead_days=(monday, tuesday)
    )  # alike leads
    much_alike = weigh(Counter({"dam": 1, "rain": 3, "spillway": 2, "@p:velosi": 1}), {}, 10, config)
    assert cosine_with(first, much_alike, 1.0) >= config.link_threshold  # the words rule is not vetoed
    assert linked(first, much_alike, 1, config, leads=leads, lead_days=(monday, tuesday))
    off = _config(settings, development_threshold=0.1, lead_day_lead_threshold=0.0)
    assert linked(first, second, 1, off, leads=leads, lead_days=(monday, tuesday))


def test_leads_of_days_far_apart_are_two_developments_unless_much_alike(settings):
    rule = {"development_threshold": 0.1, "lead_day_lead_threshold": 0.2, "lead_day_far_days": 2}
    config = _config(settings, lead_day_far_threshold=0.6, **rule)
    # the same mayor and the same words: Monday's levy vote and Wednesday's recall petition
    first = weigh(Counter({"levy": 3, "council": 2, "harbour": 2, "@p:ostrander": 1}), {}, 10, config)
    second = weigh(Counter({"levy": 3, "council": 2, "petition": 2, "@p:ostrander": 1}), {}, 10, config)
    lead_a = weigh(Counter({LEAD + w: 1 for w in ("levy", "council", "approves", "vote")}), {}, 10, config)
    lead_b = weigh(
        Counter({LEAD + w: 1 for w in ("levy", "recall", "petition", "signatures")}), {}, 10, config
    )
    assert cosine_with(first, second, 1.0) >= config.link_threshold
    assert config.lead_day_words_threshold <= cosine_with(lead_a, lead_b, 1.0) < config.lead_day_far_threshold
    monday, tuesday, wednesday = _day("2024-04-01"), _day("2024-04-02"), _day("2024-04-03")
    leads = (lead_a, lead_b)
    assert linked(first, second, 1, config, leads=leads, lead_days=(monday, tuesday))  # a day on: one story
    assert not linked(first, second, 2, config, leads=leads, lead_days=(monday, wednesday))
    assert linked(first, second, 2, config, leads=(lead_a, lead_a), lead_days=(monday, wednesday))
    # read only between leads that name their day, when so set
    named = _config(settings, lead_day_far_threshold=0.6, lead_day_far_named=True, **rule)
    assert linked(
        first, second, 2, named, leads=leads, lead_days=(monday, wednesday), named_days=(True, False)
    )
    assert not linked(
        first, second, 2, named, leads=leads, lead_days=(monday, wednesday), named_days=(True, True)
    )
    off = _config(settings, development_threshold=0.1, lead_day_far_days=0)
    assert linked(first, second, 2, off, leads=leads, lead_days=(monday, wednesday))


def test_a_day_the_lead_says_is_coming_is_no_day_told(settings):
    """ "will meet ... on Thursday" published Wednesday is the coming Thursday (a preview), not the
    Thursday before; "is expected to testify Wednesday" or "will take the stage Wednesday" on a
    Wednesday is that day."""
    config = _config(settings, lead_day_words=30)
    coming = ArticleInfo("i", "2024-04-03", 0.0, text="The governor will meet the engineers on Thursday.")
    assert lead_day(coming, config) == OTHER_TIME
    today = ArticleInfo("j", "2024-04-03", 0.0, text="The governor is expected to testify Wednesday.")
    assert lead_day(today, config) == _day("2024-04-03")
    stage = ArticleInfo("l", "2024-04-03", 0.0, text="The governor will take the stage Wednesday evening.")
    assert lead_day(stage, config) == _day("2024-04-03")  # news names today by its weekday
    told = ArticleInfo(
        "k", "2024-04-03", 0.0, text="The governor said on Thursday she will meet the engineers."
    )
    assert lead_day(told, config) == _day("2024-03-28")
