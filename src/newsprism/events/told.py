"""Days counted from the happening told before: "the next day", "two days later", "that evening".

A story told in order dates its next act from the last one it dated, not from the day it is
published: "Police arrested him on Tuesday. The next day, the mayor ..." is Wednesday. Such an
expression resolves only against the date of the previous dated clause of the article (the anchor),
never against publication, and keeps the coarser granularity of the two ("a month later" after a day
is a month; "the next day" after a week or a month is no day at all and stays unresolved; "the
following week" after a day is that week, "a week later" the day seven days on). "the day before the
election" and "the same day as the vote" count from the election and the vote, not from the sentence
before, and "in the next week" is a week still to come: none is read here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

import newsprism.events.rules as rules
from newsprism.events.calendar import count_of, month_text, shift_month, week_of

_UNIT = r"(?P<tunit>day|morning|afternoon|evening|night|week|month|year)"
_COUNT = r"(?P<tn>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# What may follow "the day before", "the same day" when they count from the sentence before: an
# end or a new part ("the same day Iran released ...", "the day before the vote" count from those).
_ENDS = r"(?=\s*(?:[,.;:!?)\]\"'”’—–]|$)|\s+(?:and|but|in|at|on|with)\b)"
# "in the next week", "over the following days": a stretch ahead of now, not a day told after.
_AHEAD = r"(?<!\bin\x20)(?<!\bover\x20)(?<!within\x20)(?<!during\x20)"

# The named groups are read by resolve_told; dates.py puts this among its alternatives (as "told").
TOLD_PATTERN = (
    rf"(?P<told>{_AHEAD}\bthe\s+(?P<tafter>next|following)\s+{_UNIT}\b"
    rf"|\b(?P<tcount>{_COUNT})\s+(?P<tunit2>day|week|month|year)s?\s+(?P<tway>later|earlier)\b"
    rf"|\bthe\s+(?P<tunit3>day|night|week|month|year)\s+(?P<tway3>before|after){_ENDS}"
    rf"|\bthe\s+previous\s+(?P<tunit4>day|night|week|month|year)\b"
    rf"|\b(?:(?:later|earlier)\s+)?that\s+(?:same\s+)?(?P<tunit5>day|morning|afternoon|evening|night|week|month|year)\b"
    rf"|\bthe\s+same\s+(?P<tunit6>day|week|month){_ENDS})"
)
_TOLD = re.compile(TOLD_PATTERN, re.IGNORECASE)
# A part of a day is its day; how fine each granularity is.
_DAY_PARTS = {"morning": "day", "afternoon": "day", "evening": "day", "night": "day"}
_FINENESS = {"day": 0, "weekend": 1, "week": 1, "month": 2, "year": 3}


def is_told(text: str | None) -> bool:
    """Whether a date expression counts from the happening told before."""
    return bool(text) and _TOLD.fullmatch(text.strip()) is not None


def resolve_told(text: str, anchor: tuple[str, str] | None) -> tuple[str | None, str | None]:
    """(date, granularity) of a told-relative expression from ``anchor`` (date, granularity);
    (None, None) without an anchor or when the anchor is too coarse for it."""
    match = _TOLD.search(text or "")
    if match is None or anchor is None or not anchor[0] or anchor[1] not in _FINENESS:
        return None, None
    unit, shift = _unit_and_shift(match)
    unit = _DAY_PARTS.get(unit, unit)
    if unit == "day" and anchor[1] != "day":
        return None, None  # "the next day" after "last week": no day to count from
    if anchor[1] == "weekend" and unit == "week":
        return None, None
    if unit in ("week", "weekend") and anchor[1] in ("month", "year"):
        return None, None  # "a week later" after "in November": no day to count the week from
    granularity = max(unit, anchor[1], key=lambda g: _FINENESS[g])
    counted = match["tunit2"] or not rules.enabled("told_weeks")
    if unit == "week" and shift and anchor[1] == "day" and counted:
        granularity = "day"  # "a week later" after a day is the day seven days on; "the
        # following week" is that week (its Monday), no day of it
    return _shifted(anchor[0], unit, shift, granularity), granularity


def _unit_and_shift(match: re.Match) -> tuple[str, int]:
    if match["tafter"]:
        return match["tunit"].lower(), 1
    if match["tunit2"]:
        count = count_of(match["tn"])
        return match["tunit2"].lower(), count if match["tway"].lower() == "later" else -count
    if match["tunit3"]:
        return match["tunit3"].lower(), 1 if match["tway3"].lower() == "after" else -1
    if match["tunit4"]:
        return match["tunit4"].lower(), -1
    return (match["tunit5"] or match["tunit6"]).lower(), 0


def _shifted(anchor: str, unit: str, shift: int, granularity: str) -> str:
    """The anchor moved by ``shift`` units, written at ``granularity``."""
    year, month = int(anchor[:4]), int(anchor[5:7]) if len(anchor) >= 7 else 1
    if unit == "year":
        year += shift
    elif unit == "month":
        year, month = shift_month(year, month, shift)
    else:
        day = date.fromisoformat(anchor) + timedelta(days=shift * (7 if unit == "week" else 1))
        if granularity == "week":
            day = week_of(day)
        if granularity in ("day", "week"):
            return day.isoformat()
        year, month = day.year, day.month
    # a month or a year on is never finer than its unit
    return str(year) if granularity == "year" else month_text(year, month)


@dataclass
class Telling:
    """The article read in order: the date of the last dated happening, the anchor of the next
    told-relative expression. A sentence without a dated event is dated only when a later
    "the next day" needs it (``_pending``): most articles never do, and dating every sentence
    would cost the events stage a tenth of its time."""

    _anchor: tuple[str, str] | None = None
    _pending: list[Callable[[], tuple]] = field(default_factory=list)

    _dating: bool = False  # a pending sentence being dated reads the anchor before it

    @property
    def anchor(self) -> tuple[str, str] | None:
        if self._dating:
            return self._anchor
        self._dating = True
        try:
            while self._pending:
                undated = self._pending.pop(0)  # in order: each is dated with the anchor before it
                when, granularity, _ = undated()
                if when and granularity:
                    self._anchor = (when, granularity)
        finally:
            self._dating = False
        return self._anchor

    def settle(self, events: list, day: str | None, undated: Callable[[], tuple]) -> None:
        """Date this sentence's told-relative events from the anchor (unresolved: the article's
        ``day``, as an undated event), then move the anchor to the sentence's first dated event, or,
        with none, to ``undated()``'s (date, granularity, text) of the sentence itself."""
        for event in events:
            if is_told(event.date_text):
                when, granularity = resolve_told(event.date_text, self.anchor)
                if when is None:
                    event.date, event.date_granularity, event.date_text = day, None, None
                else:
                    event.date, event.date_granularity = when, granularity
        dated = next((e for e in events if e.date_granularity and e.date), None)
        if dated is not None:
            self._anchor, self._pending = (dated.date, dated.date_granularity), []
            return
        self._pending.append(undated)
