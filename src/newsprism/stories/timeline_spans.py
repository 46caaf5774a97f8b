"""Whether a report's date agrees with a happening's: two reports that each date the act in words
of their own ("on Wednesday", "in April") must give days that meet; a report dated in words far from
every day the happening's other reports carry (or an undated one far from all its worded dates) is
the same act only when told with the same verb (``timeline_reads.act_words``). "He released the full
report in April" is not the hearing's "offered little" of a July article, and would otherwise give
that row April's date."""

from __future__ import annotations

from collections.abc import Iterable

Span = tuple[int, int]


def _meet(a: Span, b: Span, gap: int) -> bool:
    return a[0] - gap <= b[1] and b[0] - gap <= a[1]


def date_verdict(
    worded: Iterable[Span], loose: Iterable[int], span: Span | None, day: int | None, gap: int
) -> str:
    """ "agree", "disagree" (both dated in words, apart) or "far" (one side dated in words only,
    far from the other side's days: the verb must say it is the same act). ``worded``: the spans
    the happening's reports give in words; ``loose``: the days of its reports without date words
    (their articles' days); ``span``/``day``: the report's (``timeline_dates.worded_span``, its
    grouping day)."""
    worded = list(worded)
    if span is not None and worded:
        return "agree" if any(_meet(span, w, gap) for w in worded) else "disagree"
    if span is not None:
        loose = list(loose)
        return "agree" if not loose or any(span[0] - gap <= d <= span[1] + gap for d in loose) else "far"
    if day is None or not worded:
        return "agree"
    return "agree" if any(_meet((day, day), w, gap) for w in worded) else "far"
