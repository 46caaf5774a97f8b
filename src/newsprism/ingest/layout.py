"""An article's layout: its headline-cased lines and its dateline, found once, in cleaning.

Later stages need both: a headline's "Leader Vows" names nobody, a dateline's place ("ASHBY —",
"DES MOINES, Iowa —") is where "the city said" points and is never a speaker. ``clean_article``
stores them on the Article (``headline_lines``, ``dateline``); the quote and people stages read
them from there (or find them here, from the text, when given a text without an Article). The
dateline's shape is a regular expression in ``data/patterns.yaml``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

from newsprism.models import Article
from newsprism.nlp.patterns import regex

PARAGRAPH_BREAK = re.compile(r"\n\s*")
SENTENCE_END = (".", "?", "!", '"', "”", ":")
HEADLINE_CAPITALISED_SHARE = 0.6  # of the longer words, for a line to read as a headline


@dataclass(frozen=True)
class Layout:
    """Where the headline-cased lines and the dateline are in a text (character offsets)."""

    headline_lines: tuple[tuple[int, int], ...] = ()
    dateline: tuple[int, int] | None = None  # "DES MOINES, Iowa —", the dash included
    lines_judged: bool = False  # every line is one cleaning's boilerplate rules kept (Article)

    def in_headline(self, offset: int) -> bool:
        starts, reach = self._headline_reach
        i = bisect_right(starts, offset) - 1
        return i >= 0 and offset < reach[i]

    @cached_property
    def _headline_reach(self) -> tuple[list[int], list[int]]:
        """The lines' starts in order, and the furthest end of the lines up to each: asked for
        every proper noun of an article, a link list's hundred lines are not scanned each time."""
        starts, reach, furthest = [], [], 0
        for start, end in sorted(self.headline_lines):
            furthest = max(furthest, end)
            starts.append(start)
            reach.append(furthest)
        return starts, reach

    def in_dateline(self, offset: int) -> bool:
        return self.dateline is not None and self.dateline[0] <= offset < self.dateline[1]


def headline_lines(text: str) -> list[tuple[int, int]]:
    """Title-case lines without final punctuation: (start, end) of each."""
    found = []
    start = 0
    for line in text.split("\n"):
        words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
        if words and not line.rstrip().endswith(SENTENCE_END):
            if sum(w[0].isupper() for w in words) >= HEADLINE_CAPITALISED_SHARE * len(words):
                found.append((start, start + len(line)))
        start += len(line) + 1
    return found


def paragraph_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in PARAGRAPH_BREAK.finditer(text)]


def find_dateline(text: str, headlines: list[tuple[int, int]] | tuple = ()) -> tuple[int, int] | None:
    """The dateline opening the story's first paragraph that is not a headline, if it has one. A
    first paragraph that does not end as a sentence ends ("CLOSE ... video caption ... USA TODAY",
    a photo credit) is page furniture: the dateline may open the paragraph after it."""
    furniture = 0
    for start in paragraph_starts(text):
        if any(a <= start < b for a, b in headlines) or not text[start:].strip():
            continue
        found = regex("dateline_place").match(text, start)
        if found:
            return found.start(), found.end()
        line = text[start:].split("\n", 1)[0].rstrip()
        furniture += 1
        if furniture > 1 or line.endswith(SENTENCE_END):
            return None
    return None


def dateline_place(text: str, dateline: tuple[int, int] | None) -> str | None:
    """The dateline's place as a name: "DES MOINES, Iowa —" -> "Des Moines"."""
    if dateline is None:
        return None
    found = regex("dateline_place").match(text, dateline[0])
    if not found or not found.group(1):  # "(Wire) -": the agency alone names no place
        return None
    return " ".join(w.capitalize() for w in found.group(1).split())


def layout_of(text: str) -> Layout:
    """Headline lines and dateline of a text."""
    headlines = headline_lines(text)
    return Layout(tuple(headlines), find_dateline(text, headlines))


def stored_layout(article: Article) -> Layout | None:
    """The layout cleaning kept on an article; None when it kept none (then found from the text).
    An article cleaning made keeps its layout even when it holds no headline or dateline (the same
    as finding it from the text then), for ``lines_judged``."""
    if article.dateline is None and not article.headline_lines and not article.lines_judged:
        return None
    dateline = tuple(article.dateline) if article.dateline else None  # a JSON list when read back
    headlines = tuple(tuple(line) for line in article.headline_lines or ())
    return Layout(headlines, dateline, lines_judged=article.lines_judged)
