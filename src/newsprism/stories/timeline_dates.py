"""When a timeline row or a brief's key event happened: the event's own date, unless it names
another happening or dates a speech act long before it was reported; and which reports date it in
words of their own, which outvote the days of their articles."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from newsprism.config import Settings, data_path
from newsprism.models import Article, Event


@lru_cache(maxsize=1)
def _said_days() -> int:
    """Days before publication within which a speech act's own date is trusted."""
    return int(Settings.load().stories["timeline_said_days"])


@lru_cache(maxsize=1)
def said_types() -> frozenset[str]:
    lines = data_path("timeline_said_types.txt").read_text("utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _days(day: str | None) -> int | None:
    try:
        return date.fromisoformat(day[:10]).toordinal() if day else None
    except ValueError:
        return None


def _possessive_date(date_text: str) -> re.Pattern:
    return re.compile(re.escape(date_text) + r"['\u2019]s\b", re.IGNORECASE)


def happening_date(event: Event, article: Article | None) -> tuple[str | None, str | None]:
    """When it happened: the event's own date, except that a date naming another happening in
    passing ("Monday's bombings") is not this one's, and a speech act (an accusation, a demand)
    dated long before its article only by a month or year ("accused him of assault at a 1982
    party": the year of what is told) is dated when said; both get the article's day. A speech act
    dated to its day ("On June 9, Tillerson called on ...") keeps that day."""
    published = article.published if article else None
    if published and event.date_text and _possessive_date(event.date_text).search(event.sentence):
        return published[:10], "day"  # "since Monday's bombings" dates the bombings, not this
    if event.type in said_types() and published and event.date_granularity != "day":
        own, said = _days(event.date), _days(published)
        if own is None or said is None or not (said - _said_days() <= own <= said):
            return published[:10], "day"
    return event.date, event.date_granularity


def dates_in_words(event: Event, when: str | None, granularity: str | None) -> bool:
    """Whether a report dates the happening with words of its own ("on Wednesday"), ``when`` and
    ``granularity`` being the date it is given (``happening_date``). One without them carries its
    article's day, which says only "by then": a hearing reported again the next morning did not
    happen that morning, so such days never outvote a day a report gives."""
    return bool(when and granularity) and (when, granularity) == (event.date, event.date_granularity)


def told_date(reports: list[Event]) -> str | None:
    """When a set of reports says it happened, all at once (the brief's key events; the timeline
    folds the same rule over its stream of reports): the date most reports that date it in words
    (``dates_in_words``) give, ties to the earliest; else the earliest of their days."""
    dated = [r.date for r in reports if dates_in_words(r, r.date, r.date_granularity)]
    if dated:
        return max(sorted(set(dated)), key=dated.count)
    return min((r.date for r in reports if r.date), default=None)
