"""Calendar steps shared by the date readers: months counted on, weeks given by their Monday.

dates.py resolves expressions from the publication date and told.py from the happening told
before; both count months and weeks the same way, so the arithmetic is here, once (dates.py
imports told.py, so neither can hold it for the other).
"""

from __future__ import annotations

from datetime import date, timedelta

# Counts written in words: "two weeks ago", "two days later".
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip


def count_of(text: str) -> int:
    """A count written in figures or words ("3", "three", "a")."""
    word = text.lower()
    return NUMBER_WORDS[word] if word in NUMBER_WORDS else int(word)


def shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    """(year, month) ``months`` on (back when negative): December plus one is January."""
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def month_text(year: int, month: int) -> str:
    """A month as stored: ``YYYY-MM``."""
    return f"{year}-{month:02d}"


def week_of(day: date) -> date:
    """A week is given by its Monday."""
    return day - timedelta(days=day.weekday())
