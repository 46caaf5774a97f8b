"""The day of an article's central event, given to the same actor's undated acts told after it.

A next-morning report leads with the act it tells and its day ("Trump revved up supporters on
Tuesday with a defense ..."), then tells that evening's acts without a date ("He mocked left-wing
protesters in his speech"): a careful reader dates them to the evening, not to the morning the
article came out. Here, when an article's lead (an act starting within ``timeline_lead_reach``
characters, not inside a quotation) dates itself in words to a day at most ``timeline_day_gap``
days before the article's, the lead actor's later acts with no date words of their own take that
day (``timeline_event_day``). Other actors' acts keep the article's day (a pundit's reaction is
told the next morning), and background (``timeline_background``) is read before this and left as
it is. One pass over the reports: linear.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from newsprism.models import Article, Event
from newsprism.stories import timeline_config
from newsprism.stories.state import day_number
from newsprism.stories.timeline_dates import dates_in_words, happening_date


def _lead(events: list[Event], article: Article, reach: int, gap: int) -> tuple[Event, str, str] | None:
    """The article's first report within its lead that dates its act to a day just before the
    article's own day, if that is its first dated report in the lead, with that date and its
    granularity (read once here, given to every later act of the lead actor)."""
    published = day_number(article.published)
    if published is None:
        return None
    for event in sorted(events, key=lambda e: e.start):
        if event.start > reach:
            return None
        if event.quote_id or not event.actor_entity_ids:
            continue
        when, granularity = happening_date(event, article)
        if not dates_in_words(event, when, granularity) or granularity != "day":
            continue
        own = day_number(when)
        return (event, when, granularity) if own is not None and published - gap <= own < published else None
    return None


def event_day_dated(
    events: Iterable[Event], articles: dict[str, Article], skip: set[str] | frozenset
) -> list[Event]:
    """The reports, each undated act of an article's lead actor told after the lead given the
    lead's day (``_lead``); ``skip``: report ids left as they are (dateless background)."""
    found = list(events)
    limits = timeline_config.limits()
    if not limits["timeline_event_day"]:
        return found
    by_article: dict[str, list[Event]] = {}
    for event in found:
        by_article.setdefault(event.article_id, []).append(event)
    leads: dict[str, tuple[Event, str, str]] = {}
    for article_id in sorted(by_article):
        article = articles.get(article_id)
        lead = (
            _lead(by_article[article_id], article, limits["timeline_lead_reach"], limits["timeline_day_gap"])
            if article
            else None
        )
        if lead is not None:
            leads[article_id] = lead
    out = []
    for event in found:
        lead, when, granularity = leads.get(event.article_id) or (None, None, None)
        if (
            lead is not None
            and not event.date_text
            and event.date_granularity is None  # no date words: the article's day
            and event.start > lead.start
            and event.event_id not in skip
            and {i for i in event.actor_entity_ids if i} & {i for i in lead.actor_entity_ids if i}
        ):
            event = replace(event, date=when, date_granularity=granularity)
        out.append(event)
    return out
