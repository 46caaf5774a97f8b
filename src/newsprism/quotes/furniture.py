"""Quoted words nobody said, left after extraction: titles of shows after a possessive name
("the Discovery Channel’s “Dirty Jobs”") and headlines in lines of links ("Related: China is
crushing the U.S. in ‘economic warfare’"). The line labels are data (``link_labels.txt``)."""

from __future__ import annotations

import re
from functools import lru_cache

from newsprism.config import data_path
from newsprism.models import Quote

_POSSESSIVE_NAME = re.compile(r"(?:^|\s)(?:[A-Z][\w.&-]*\s)*[A-Z][\w.&-]*['’]s\s*$")
_MARKS = "\"“”‘’'"


@lru_cache(maxsize=1)
def link_labels() -> tuple[str, ...]:
    lines = data_path("link_labels.txt").read_text("utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def drop_furniture(text: str, quotes: list[Quote]) -> list[Quote]:
    """The quotes that are somebody's words."""
    return [q for q in quotes if not (_in_link_line(text, q) or _title_after_possessive(text, q))]


def _in_link_line(text: str, quote: Quote) -> bool:
    line_start = text.rfind("\n", 0, quote.start) + 1
    line = text[line_start : line_start + 40].lower()
    return any(
        line.startswith(label) and line[len(label) : len(label) + 1] in " :" for label in link_labels()
    )


def _title_after_possessive(text: str, quote: Quote) -> bool:
    """A short title-cased phrase right after a capitalised possessive ("NBC's “Meet the Press”")."""
    if quote.kind != "partial":
        return False
    words = re.findall(r"[A-Za-z][\w'’-]*", quote.text)
    long_words = [w for w in words if len(w) > 3]
    if not words or len(words) > 6 or not long_words or not all(w[0].isupper() for w in long_words):
        return False
    before = text[max(0, quote.start - 60) : quote.start].rstrip(_MARKS + " ")
    return bool(_POSSESSIVE_NAME.search(before))
