"""Publication dates as inputs give them: ISO, US, day-first or prose, to ``YYYY-MM-DD``.

A date that cannot be right (month 13, February 30, year 0001 or 2150) is no date: the article is
stored without one, the value as given is kept, and the run reports a warning.
"""

from __future__ import annotations

import re
import warnings
from datetime import UTC, date, datetime
from typing import Any

from dateutil import parser as date_parser

ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ]\d)")
SLASH_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})(?:$|[ T,]\d)")
EARLIEST_YEAR, LATEST_YEAR = 1900, 2100  # the [limits] defaults, for callers without settings
# Two different defaults: a date that parses differently under each lacked a year, month or day.
_DEFAULTS = (datetime(2000, 1, 1), datetime(2001, 2, 2))


def checked_date(
    value: Any, earliest: int = EARLIEST_YEAR, latest: int = LATEST_YEAR
) -> tuple[str | None, str | None]:
    """``(ISO date or None, warning or None)``: a warning when a value was given but is no date."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    day = normalize_date(value, earliest, latest)
    if day:
        return day, None
    shown = str(value).strip()
    shown = shown if len(shown) <= 60 else shown[:59] + "…"
    return None, f"date {shown!r} is not a possible date: stored without a date (the value is kept)"


def normalize_date(value: Any, earliest: int = EARLIEST_YEAR, latest: int = LATEST_YEAR) -> str | None:
    """An ISO ``YYYY-MM-DD`` for a messy date (ISO, US ``1/21/2019``, prose), or None if unusable."""
    if value is None or value == "":
        return None
    years = (earliest, latest)
    if isinstance(value, datetime):
        return _checked(value.date(), years)
    if isinstance(value, date):
        return _checked(value, years)
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = value / 1000 if value > 1e11 else value  # milliseconds or seconds since 1970
        try:
            return _checked(datetime.fromtimestamp(seconds, tz=UTC).date(), years)
        except (OverflowError, OSError, ValueError):
            return None
    text = str(value).strip()
    if not text:
        return None
    if match := ISO_DATE.match(text):
        return _from_parts(int(match[1]), int(match[2]), int(match[3]), years)
    if match := SLASH_DATE.match(text):
        first, second, year = int(match[1]), int(match[2]), int(match[3])
        if year < 100:
            year += 2000 if year < 70 else 1900
        month, day = (second, first) if first > 12 else (first, second)  # 21/1/2019 is day first
        return _from_parts(year, month, day, years)
    if len(text) > 60 or not re.search(r"\d", text):
        return None
    try:
        with warnings.catch_warnings():  # unknown time zone names ("EST") are fine: we keep the day
            warnings.simplefilter("ignore")
            parsed = [date_parser.parse(text, default=default).date() for default in _DEFAULTS]
    except (ValueError, OverflowError, TypeError):
        return None
    if parsed[0] != parsed[1]:  # a year, month or day was missing
        return None
    return _checked(parsed[0], years)


def _from_parts(year: int, month: int, day: int, years: tuple[int, int]) -> str | None:
    try:
        return _checked(date(year, month, day), years)
    except ValueError:
        return None


def _checked(day: date, years: tuple[int, int]) -> str | None:
    """The ISO form of a plausible news date; placeholder dates like 0001-01-01 become None."""
    return day.isoformat() if years[0] <= day.year <= years[1] else None
