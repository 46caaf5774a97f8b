"""The day an article's lead tells of, for the lead-day rules of ``features.link_kind``.

A storyline's developments lead with their own day ("Trump said Tuesday he misspoke", a day
after the summit of Monday); read once per article and stored beside its terms (``LEAD_DAY``).
"""

from __future__ import annotations

from datetime import date

from newsprism.events.dates import find_date_expressions, resolve_date, tense_before
from newsprism.stories.features import OTHER_TIME, ArticleInfo, StoryConfig, lead_end


def lead_day(item: ArticleInfo, config: StoryConfig) -> int | None:
    """The day the lead tells of: the latest day named in the first ``lead_day_words`` words
    ("said Tuesday", "on Monday", "yesterday"), read back from the publication date (ahead when its
    clause says so: "will meet Tuesday"), and not
    after it nor more than ``story_window_days`` before (an anniversary is background). A
    storyline's developments lead with their own day ("Trump said Tuesday he misspoke", a day
    after the summit of Monday); ``OTHER_TIME`` when it names no such day but this week or a
    day to come (a preview: its happening is no one day), None when it names no time or the
    article has no date."""
    if config.lead_day_words <= 0 or item.published_day is None:
        return None
    published = date.fromordinal(item.published_day).isoformat()
    lead = item.text[: lead_end(item.text, config.lead_day_words)]
    days, coming = [], False
    for found in find_date_expressions(lead):
        day, granularity = resolve_date(found.text, published, tense_before(lead, found.start))
        if granularity == "day" and day:
            number = date.fromisoformat(day).toordinal()
            if 0 <= item.published_day - number <= config.story_window_days:
                days.append(number)
            coming |= number > item.published_day
        elif granularity == "week" and day:
            coming |= abs(date.fromisoformat(day).toordinal() - item.published_day) <= 7
    return max(days, default=OTHER_TIME if coming else None)


def happening_day(named: int | None, published_day: int | None, config: StoryConfig) -> int | None:
    """The day an article's development happened, for the lead-day rule: the day its lead names,
    else (``lead_day_published``) its publication day: news tells the day's happening, and a
    storyline's next development comes a day later under the same actors and background."""
    if named == OTHER_TIME:
        return None  # the lead tells of this week or days to come: no one day
    if named is not None or not config.lead_day_published:
        return named
    return published_day
