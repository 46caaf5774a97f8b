"""Counts in a page's words: "1 quote", "2 quotes"."""

from __future__ import annotations


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """The number with its noun, singular for one (``plural`` where adding "s" is wrong)."""
    return f"{number} {noun if number == 1 else plural or noun + 's'}"
