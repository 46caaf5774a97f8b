"""Repeated lines in one article: captions printed twice, a paragraph pasted again, a teaser
copied into the body. Both checks are linear in the text (a 1 MB text in well under a second)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any


def mark_repeats(lines: list[str], reasons: list[str | None], opts: dict[str, Any]) -> None:
    """Long lines repeated verbatim: next to each other they are a caption (all go), else keep the first."""
    seen: dict[str, int] = {}
    kept_before = _KeptCounter(reasons)
    for i, line in enumerate(lines):
        if len(line) < opts["caption_repeat_min_chars"]:
            continue
        if line in seen:
            first = seen[line]
            if first == i - 1 or kept_before.none_between(first, i):
                if reasons[first] is None:
                    kept_before.drop(first)
                reasons[first] = reasons[first] or "repeated_caption"
                reasons[i] = reasons[i] or "repeated_caption"
            else:
                reasons[i] = reasons[i] or "repeated_line"
        else:
            seen[line] = i


class _KeptCounter:
    """How many lines are still kept before each index, updated as lines are dropped (a Fenwick
    tree): "is any line between these two kept?" costs O(log n), not a scan of the lines between."""

    def __init__(self, reasons: list[str | None]):
        self.tree = [0] * (len(reasons) + 1)
        for i, reason in enumerate(reasons):
            if reason is None:
                self._add(i, 1)

    def _add(self, index: int, delta: int) -> None:
        index += 1
        while index < len(self.tree):
            self.tree[index] += delta
            index += index & -index

    def _kept_before(self, index: int) -> int:
        total = 0
        while index > 0:
            total += self.tree[index]
            index -= index & -index
        return total

    def drop(self, index: int) -> None:
        self._add(index, -1)

    def none_between(self, first: int, last: int) -> bool:
        """No line strictly between ``first`` and ``last`` is kept."""
        return self._kept_before(last) - self._kept_before(first + 1) == 0


def mark_contained(lines: list[str], reasons: list[str | None], opts: dict[str, Any]) -> None:
    """A line found again inside a longer kept paragraph (a teaser or caption copy) goes.

    Linear: candidate lines are indexed by their first characters, and the kept text is scanned
    once, at each word start, for those prefixes (a copy starts where a word starts)."""
    shortest, longest = opts["caption_repeat_min_chars"], opts["contained_max_chars"]
    kept = [i for i, reason in enumerate(reasons) if reason is None]
    folded = {i: lines[i].casefold() for i in kept}
    width = max(1, shortest)
    by_prefix: dict[str, list[int]] = {}
    for i in kept:
        if shortest <= len(lines[i]) <= longest and len(folded[i]) >= width:
            by_prefix.setdefault(folded[i][:width], []).append(i)
    if not by_prefix:
        return
    found: set[int] = set()
    for j in kept:
        text = folded[j]
        for start in _word_starts(text):
            for i in by_prefix.get(text[start : start + width], ()):
                if i not in found and (i != j or start != 0) and text.startswith(folded[i], start):
                    found.add(i)
    for i in found:
        reasons[i] = "contained_repeat"


WORD_START = re.compile(r"(?<!\S)\S")


def _word_starts(text: str) -> Iterator[int]:
    for match in WORD_START.finditer(text):
        yield match.start()
