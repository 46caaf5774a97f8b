"""When a timeline row or a brief's key event happened: the event's own date, unless it names
another happening or dates a speech act long before it was reported; and which reports date it in
words of their own, which outvote the days of their articles. The timeline and the brief both date
a happening with ``HappeningDate``, so one happening has one date wherever it is shown."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from newsprism.models import Article, Event
from newsprism.nlp import lexicon
from newsprism.stories import timeline_config
from newsprism.stories.compare_text import stem
from newsprism.stories.state import day_number
from newsprism.stories.timeline_passing import possessed_date

LAST_DAY = 10**7  # sorts after every day (days are proleptic ordinals, below 3.7 million)


def said_types() -> frozenset[str]:
    return frozenset(lexicon.lines("timeline_said_types.txt"))


@lru_cache(maxsize=1)
def _formal_acts() -> frozenset[str]:
    """Stemmed verbs of formal acts a saying type may hold ("impeached"): dated by their own words."""
    return frozenset(lexicon.lines("timeline_formal_acts.txt"))


def _said(event: Event) -> bool:
    """An act of saying, as its type tells, unless its verb is a formal act's (``_formal_acts``)."""
    if event.type not in said_types():
        return False
    words = re.findall(r"[a-z]+", (event.trigger or "").lower())
    return not (words and stem(words[0]) in _formal_acts())


def _possessive_date(date_text: str) -> re.Pattern:
    return re.compile(re.escape(date_text) + r"['\u2019]s\b", re.IGNORECASE)


def happening_date(event: Event, article: Article | None) -> tuple[str | None, str | None]:
    """When it happened: the event's own date, except that a date naming another happening in
    passing ("Monday's bombings") is not this one's, and a speech act (an accusation, a demand)
    dated long before its article only by a month or year ("accused him of assault at a 1982
    party": the year of what is told) is dated when said; both get the article's day. A speech act
    dated to its day ("On June 9, Tillerson called on ...") keeps that day, and so does one whose
    date words come before its verb ("In 2011, Rubio derided ...": the clause dates the speech)."""
    published = article.published if article else None
    if published and event.date_text and _possessive_date(event.date_text).search(event.sentence):
        return published[:10], "day"  # "since Monday's bombings" dates the bombings, not this
    if published and possessed_date(event):
        return published[:10], "day"  # "their June 2016 meeting" dates the meeting, not this
    if _said(event) and published and event.date_granularity != "day" and not _dated_before_verb(event):
        own, said = day_number(event.date), day_number(published)
        trusted = timeline_config.limits()["timeline_said_days"]  # days before publication
        if own is None or said is None or not (said - trusted <= own <= said):
            return published[:10], "day"
    return event.date, event.date_granularity


def _dated_before_verb(event: Event) -> bool:
    """Whether the event's date words stand before its verb in the sentence, where they date the
    clause's own act ("Back in December, Cook defended ..."), not what the act tells of."""
    if not event.date_text or event.trigger_start is None:
        return False
    where = event.sentence.find(event.date_text)
    return 0 <= where < event.trigger_start - event.start


def dates_in_words(event: Event, when: str | None, granularity: str | None) -> bool:
    """Whether a report dates the happening with words of its own ("on Wednesday"), ``when`` and
    ``granularity`` being the date it is given (``happening_date``). One without them carries its
    article's day, which says only "by then": a hearing reported again the next morning did not
    happen that morning, so such days never outvote a day a report gives."""
    return bool(when and granularity) and (when, granularity) == (event.date, event.date_granularity)


def worded_span(event: Event, when: str | None, granularity: str | None) -> tuple[int, int] | None:
    """The days a report's own date words cover ("on Wednesday": one day; "in April": the month;
    "last week": seven days; "in 2016": the year), or None when it dates nothing in words of its
    own (``dates_in_words``) or its date is no calendar span read here."""
    if not dates_in_words(event, when, granularity) or not when:
        return None
    try:
        if granularity == "day" or granularity == "week":
            first = date.fromisoformat(when[:10]).toordinal()
            return first, first + (6 if granularity == "week" else 0)
        if granularity == "month":
            year, month = int(when[:4]), int(when[5:7])
            after = date(year + month // 12, month % 12 + 1, 1)
            return date(year, month, 1).toordinal(), after.toordinal() - 1
        if granularity == "year":
            year = int(when[:4])
            return date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal()
    except ValueError:
        return None
    return None


def report_day(event: Event, article: Article | None) -> tuple[str | None, str | None, int | None]:
    """When the report's happening took place (``happening_date``) and the day it is grouped on:
    that date's day, or, for a report without a day of its own (none, or only a month or year),
    its article's day. None only when neither is known."""
    when, granularity = happening_date(event, article)
    day = day_number(when)
    if day is None and article is not None:
        day = day_number(article.published)
    return when, granularity, day


def event_order(event: Event, article: Article | None) -> tuple[int, str, int]:
    """The order reports are grouped in: by the day they are grouped on (none last), article, place."""
    return _order(report_day(event, article)[2], event)


def _order(day: int | None, event: Event) -> tuple[int, str, int]:
    return (LAST_DAY if day is None else day, event.article_id, event.start)


@dataclass
class HappeningDate:
    """When one happening took place, folded over its reports as they come (in ``event_order``):
    the day most reports that date it in words give (``dates_in_words``), a tie kept by the day
    that reached the count first; while none dates it in words, the first day reported."""

    date: str | None = None
    granularity: str | None = None
    dated: Counter = field(default_factory=Counter)  # days given by the reports' own date words
    reports: int = 0

    def add(self, event: Event, when: str | None, granularity: str | None, day: int | None) -> None:
        """Count one report, ``when``, ``granularity`` and ``day`` being its ``report_day``."""
        self.reports += 1
        if self.reports == 1:
            self.date, self.granularity = when, granularity
        if dates_in_words(event, when, granularity):
            self.dated[day] += 1
            if self.dated[day] > self.dated[day_number(self.date)] or day_number(self.date) == day:
                self.date, self.granularity = when, granularity
        elif when and not self.dated and day is not None and day < (day_number(self.date) or LAST_DAY):
            self.date, self.granularity = when, granularity  # undated: by the first day reported
