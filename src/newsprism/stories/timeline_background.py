"""Background acts a chronology cannot date: told with no date words of their own, so the only day
they would get is their article's, which is wrong for them. The timeline leaves them out, as it
does the past perfect (``timeline_reads.undated_background``). Read from the stored sentence, the
trigger's place in it and the other reports of the same article (the timeline parses nothing):

- the present perfect ("Rosenstein, who has also clashed with the president"; "Democrats have
  repeatedly sought"): done at some undated time up to now, not the story's day;
- the simple present right after the actor's name ("Ford alleges that ...", "The Kremlin denies"): a
  standing claim, not a happening of a day;
- a historic year told after the verb ("were impeached by the House, respectively in 1868 and
  1998"), at least ``timeline_historic_years`` years before the article: the act is that old, and
  the date reader did not take the year as its date;
- a past narrative: the undated acts that follow, in the same article, a report dated in words to
  a time more than ``timeline_narrative_days`` before the article ("By March 2017, ..." then
  "Sessions recused himself. ... Trump fired Comey."), until a report dated near the article's day
  brings the telling back to the story's day.

Each rule has its switch in ``[stories]`` settings (``timeline_present_perfect``,
``timeline_present_reports``, ``timeline_historic_years``, ``timeline_narrative_days``: 0 is off).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from newsprism.models import Article, Event
from newsprism.nlp import lexicon
from newsprism.stories import timeline_config
from newsprism.stories.state import day_number
from newsprism.stories.timeline_dates import worded_span

# "has/have" and up to three words right before the trigger ("has also", "have repeatedly")
_PERFECT = re.compile(r"\b(?:has|have)\s+((?:[a-z]+\s+){0,3})$")
# ", who has": the present perfect in a non-restrictive relative clause
_WHO_PERFECT = re.compile(r",\s+who\s+(?:has|have)\s+(?:[a-z]+\s+)?$")
# ", who also accused him": a non-restrictive relative clause right before the trigger
_WHO = re.compile(r",\s+who\s+(?:[a-z]+ly\s+|also\s+|first\s+|later\s+|once\s+)*$")
# "in 1868", "respectively in 1868 and 1998", "in the 1990s"
# (a year standing alone, not a noun's modifier: "in the 2016 election" dates the election)
_IN_YEAR = re.compile(
    r"\bin\s+(?:the\s+)?(1[5-9]\d\d|20\d\d)(?!\d)"
    r"(?=s?\s*(?:[,.;:)\u2014\u2013-]|$|(?:and|or|but|when|while|as|after|before|until|under|by|with)\b))"
)


def _before_trigger(event: Event) -> str | None:
    if event.trigger_start is None:
        return None
    return event.sentence[: max(0, event.trigger_start - event.start)]


@lru_cache(maxsize=1)
def _perfect_adverbs() -> frozenset[str]:
    return frozenset(lexicon.lines("timeline_perfect_adverbs.txt"))


def present_perfect(event: Event) -> bool:
    """An undated act told in the present perfect with an adverb of time or repetition ("has
    repeatedly called", ``timeline_perfect_adverbs.txt``) or in a relative clause ("Smith, who has
    clashed with ..."): done at some time up to now, not on the story's day. Without either the
    present perfect is often the news itself ("has barred X from testifying") and is kept."""
    before = _before_trigger(event)
    if not timeline_config.limits()["timeline_present_perfect"] or event.date_text or before is None:
        return False
    if _WHO_PERFECT.search(before):
        return True
    found = _PERFECT.search(before.lower())
    between = found.group(1).split() if found else []
    adverbs = _perfect_adverbs()
    plain = all(w in adverbs or w.endswith("ly") or w in ("not", "never") for w in between)
    return plain and any(w in adverbs for w in between)


def relative_act(event: Event) -> bool:
    """An undated act told in a non-restrictive relative clause on its actor ("Ford, who accused
    him of assault"): who the person is, not what happened on the story's day."""
    before = _before_trigger(event)
    return (
        bool(timeline_config.limits()["timeline_relative_acts"])
        and not event.date_text
        and before is not None
        and bool(_WHO.search(before))
    )


def present_report(event: Event) -> bool:
    """An undated act told in the simple present right after its actor's name ("Ford alleges that
    ...", "The Kremlin denies any meddling"): a standing claim or stance, not what happened on a
    day. Only the -s form after the name; the progressive ("are backing") is as often the news."""
    before = _before_trigger(event)
    words = (event.trigger or "").split()
    if not timeline_config.limits()["timeline_present_reports"] or event.date_text or not before or not words:
        return False
    verb = words[0]
    if (
        not verb.isalpha()
        or not verb.islower()
        or not verb.endswith("s")
        or verb.endswith(("ss", "us", "is"))
    ):
        return False
    last = before.rstrip().rsplit(" ", 1)[-1]
    return before.endswith(" ") and any(a and a.split()[-1] == last for a in event.actors)


def historic_year(event: Event, article: Article | None) -> bool:
    """An undated act whose sentence, after its verb, tells a year ("in 1998") at least
    ``timeline_historic_years`` years before its article's."""
    years = timeline_config.limits()["timeline_historic_years"]
    before = _before_trigger(event)
    if not years or event.date_text or before is None or not article or not article.published:
        return False
    published = int(article.published[:4])
    after = event.sentence[len(before) :]
    return any(int(m.group(1)) <= published - years for m in _IN_YEAR.finditer(after))


def _last_worded_day(event: Event) -> int | None:
    """The last day an event's own date words cover ("in late July 2017": July 31), or None."""
    if not event.date_text:
        return None
    span = worded_span(event, event.date, event.date_granularity)
    return span[1] if span else None


def past_narrative(events: Iterable[Event], articles: dict[str, Article]) -> set[str]:
    """The ids of undated reports told inside a past narrative of their article (see the module):
    after a report dated in words more than ``timeline_narrative_days`` days before the article,
    and before any report dated within that many days of it."""
    days = timeline_config.limits()["timeline_narrative_days"]
    if not days:
        return set()
    by_article: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        by_article[event.article_id].append(event)
    found: set[str] = set()
    for article_id in sorted(by_article):
        article = articles.get(article_id)
        published = day_number(article.published) if article and article.published else None
        if published is None:
            continue
        past_since: int | None = None  # the sentence start after which the telling is in the past
        for event in sorted(by_article[article_id], key=lambda e: (e.start, e.trigger_start or 0)):
            own = _last_worded_day(event)
            if own is not None:
                if own < published - days:
                    past_since = event.start if past_since is None else past_since
                else:
                    past_since = None  # back to the story's days
                continue
            if past_since is not None and event.start > past_since:
                found.add(event.event_id)
    return found


def dateless_background(events: list[Event], articles: dict[str, Article]) -> set[str]:
    """The ids of reports the timeline leaves out as background it cannot date (see the module)."""
    found = past_narrative(events, articles)
    for event in events:
        article = articles.get(event.article_id)
        undated_kind = present_perfect(event) or relative_act(event) or present_report(event)
        if undated_kind or historic_year(event, article):
            found.add(event.event_id)
    return found
