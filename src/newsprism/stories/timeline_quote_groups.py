"""Statements grouped into rows across outlets, as they come (split from ``timeline_group``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from newsprism.models import Article, Quote
from newsprism.quotes.group_form import group_form
from newsprism.stories import timeline_config
from newsprism.stories.timeline_dates import LAST_DAY, day_number
from newsprism.stories.timeline_group import _outlet, content_words
from newsprism.stories.timeline_row import TimelineRow
from newsprism.stories.timeline_words import WordingIndex


def quote_order(quote: Quote, article: Article | None) -> tuple[int, str, int]:
    """Statements by their article's day (undated last), article, place."""
    day = day_number(article.published) if article else None
    return (LAST_DAY if day is None else day, quote.article_id, quote.start)


class QuoteGroups:
    """Statements grouped as they come (in ``quote_order``): a quote joins the first earlier open
    group of its speaker whose wording it shares (at least ``timeline_quote_wording`` of the
    shorter's words), else starts one. A group closes ``timeline_quote_days`` days after its last
    report. Candidates come from a word index per speaker (``WordingIndex``), so a much-quoted
    speaker costs about linear time; ``rank`` orders words for it (any fixed order gives the same
    groups; rarest first gives the fewest candidates)."""

    def __init__(self, rank: Counter[str] | None = None) -> None:
        self.rank = rank if rank is not None else Counter()
        self.by_speaker: dict[str, WordingIndex] = {}
        self.last_day: dict[int, int] = {}  # id of a row -> the day of its last report
        self.open: dict[int, TimelineRow] = {}  # in the order made

    def add(self, quote: Quote, article: Article | None) -> None:
        outlet = _outlet(article)
        day = day_number(article.published) if article else None
        # Unattributed quotes group by the words at the cue ("business groups"), still only on wording.
        shown = quote.speaker or group_form(quote.speaker_mention)
        speaker_key = quote.speaker_entity_id or (shown or "").lower()
        words = content_words(quote.text)
        groups = self.by_speaker.setdefault(
            speaker_key, WordingIndex(self.rank, timeline_config.limits()["timeline_quote_wording"])
        )
        target = groups.first_match(words)
        if target is None:
            target = TimelineRow(
                date=article.published if article else None,
                date_granularity="day" if article and article.published else None,
                kind="quote",
                type="SAY",
                summary=f"{shown or 'unattributed'}: {quote.text}",
                actors=[quote.speaker] if quote.speaker else [],
            )
            groups.add(words, target)
            self.open[id(target)] = target
        if day is not None:
            self.last_day[id(target)] = max(day, self.last_day.get(id(target), day))
        if outlet not in target.outlets:
            target.outlets.append(outlet)
        target.wording.append({"outlet": outlet, "article_id": quote.article_id, "text": quote.text})
        target.ids.append(quote.quote_id)

    def close_before(self, day: int) -> list[TimelineRow]:
        """The rows no statement on ``day`` or later can join (they leave the word indexes)."""
        last = day - timeline_config.limits()["timeline_quote_days"]
        closed = [row for key, row in self.open.items() if self.last_day.get(key, last) < last]
        if closed:
            gone = {id(row) for row in closed}
            for key in gone:
                del self.open[key]
                del self.last_day[key]
            for groups in self.by_speaker.values():
                groups.forget(gone)
        return closed

    def rows(self) -> list[TimelineRow]:
        return list(self.open.values())


def group_quotes(found: Iterable[Quote], articles: dict[str, Article]) -> list[TimelineRow]:
    found = sorted(found, key=lambda q: quote_order(q, articles.get(q.article_id)))
    groups = QuoteGroups(Counter(word for quote in found for word in content_words(quote.text)))
    rows: list[TimelineRow] = []
    current_day = None
    for quote in found:
        article = articles.get(quote.article_id)
        day = day_number(article.published) if article else None
        if day is not None and day != current_day:  # undated ones (last) close nothing
            rows += groups.close_before(day)
        current_day = day
        groups.add(quote, article)
    return rows + groups.rows()
