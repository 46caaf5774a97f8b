"""The two ends of a date span read together: "from June to November 2016".

News names the year (or month) of a span once, on the end that carries it: "from June to
November 2016", "between March and May 2019", "June 3 to 5, 2016", "from November 2015 to
March". Resolved alone, the open end would be the nearest June before publication; read with
its partner it takes the partner's year (a month after the partner's, the year before), and a
bare day ("from 3 to 5 June") the partner's month. Which end dates an event is chosen elsewhere
(events/when.py); this only completes the chosen end's text before it is resolved.
"""

from __future__ import annotations

import re

from newsprism.events.dates import DAY, SPAN_JOIN, YEAR, DateExpression, calendar_parts

JOIN = re.compile(rf"^{SPAN_JOIN}$")
# A closing end that is only a day and a year: "June 3 to 5, 2016", "June 3-5, 2016".
_DAY_THEN_YEAR = re.compile(rf"{SPAN_JOIN}{DAY},?\s+(?P<year>{YEAR})\b")
# An opening end that is only a day: "from 3 to 5 June", "between 3 and 5 June 2016".
_DAY_BEFORE = re.compile(rf"(?<![^\s(])(?P<day>{DAY}){SPAN_JOIN}$")
# A year named relatively after the month: "through February of this year" is no partner's.
_OF_RELATIVE_YEAR = re.compile(r"\s+of\s+(?:this|last|next)\s+year\b", re.IGNORECASE)


def completed_text(
    expression: DateExpression, expressions: list[DateExpression], text: str, offset: int = 0
) -> str:
    """``expression``'s text with the year or month its span partner gives it; ``text`` is the
    sentence the expressions were found in, ``offset`` where it starts in their offsets."""
    expression, expressions = _shifted(expression, offset), [_shifted(e, offset) for e in expressions]
    parts = calendar_parts(expression.text)
    if parts is None:
        return expression.text
    later = [e for e in expressions if e.start >= expression.end]
    earlier = [e for e in expressions if e.end <= expression.start]
    if parts["year"] is None and not _OF_RELATIVE_YEAR.match(text, expression.end):
        closing = later[0] if later else None
        if closing is not None and JOIN.match(text[expression.end : closing.start]):
            year = _partner_year(parts, calendar_parts(closing.text), opening=True)
            if year is not None:
                return _with_year(expression.text, parts, year)
        tail = _DAY_THEN_YEAR.match(text, expression.end)
        if tail and parts["day"] is not None:
            return _with_year(expression.text, parts, int(tail["year"]))
        opening = earlier[-1] if earlier else None
        if opening is not None and JOIN.match(text[opening.end : expression.start]):
            year = _partner_year(parts, calendar_parts(opening.text), opening=False)
            if year is not None:
                return _with_year(expression.text, parts, year)
    if parts["kind"] == "dmy":
        day = _DAY_BEFORE.search(text, max(0, expression.start - 20), expression.start)
        if day:  # "from 3 to 5 June": the span starts on the 3rd
            return f"{day['day']} {parts['month_text']}" + (f" {parts['year']}" if parts["year"] else "")
    return expression.text


def _shifted(expression: DateExpression, offset: int) -> DateExpression:
    return DateExpression(expression.text, expression.start - offset, expression.end - offset)


def _partner_year(parts: dict, partner: dict | None, opening: bool) -> int | None:
    """The year of an end without one from its partner's: a span runs forward, so an opening
    month after the closing one is in the year before ("from November to March 2016"), a
    closing month before the opening one in the year after ("from November 2015 to March")."""
    if partner is None or partner["year"] is None:
        return None
    year = partner["year"]
    if opening and parts["month"] > partner["month"]:
        return year - 1
    if not opening and parts["month"] < partner["month"]:
        return year + 1
    return year


def _with_year(text: str, parts: dict, year: int) -> str:
    return f"{text}, {year}" if parts["kind"] == "mdy" else f"{text} {year}"
