"""Repeated lines in one article: captions printed twice, a paragraph pasted again, a teaser
copied into the body. Both checks are linear in the text (a 1 MB text in well under a second)."""

from __future__ import annotations

import re
from collections import Counter
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
            elif reasons[first] == "restated":  # a summary box's copy of a body line: the body's copy stays
                seen[line] = i
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


WORD = re.compile(r"\w+")
GRAM = 4  # words in the runs compared between lines
LEAD_RESTATED_MIN_WORDS = 15  # a summary box's points are paragraphs; a short lead line may be quoted again
PULL_QUOTE_MIN_WORDS = 8
EMBED_SIGNATURE = (
    "(@"  # an embedded post's signature ("— Jan Roe (@janroe) May 2, 2020"): it quotes the story
)


def _grams(line: str) -> set[tuple[str, ...]]:
    words = WORD.findall(line.casefold())
    return {tuple(words[k : k + GRAM]) for k in range(len(words) - GRAM + 1)}


def mark_restated(lines: list[str], reasons: list[str | None], opts: dict[str, Any]) -> None:
    """Lines that only restate the story in its own words: a summary box over the lead (the first
    kept lines, each told again further down: "Why we wrote this" boxes, a lead quote printed again
    in the body) and pull quotes (a line that is a whole quotation, its words in another
    paragraph). Both counted twice would double their names, quotes and events. A line goes when
    most of its four-word runs recur: for a lead line, in a later line; for a pull quote, in any
    other line. Linear: one pass collects, per run, the lines holding it."""
    kept = [i for i, reason in enumerate(reasons) if reason is None]
    if len(kept) < opts["restated_min_lines"]:
        return
    grams = {i: _grams(lines[i]) if EMBED_SIGNATURE not in lines[i] else set() for i in kept}
    last_line: dict[tuple[str, ...], int] = {}
    holders: dict[tuple[str, ...], int] = {}
    for i in kept:
        told = not _is_pull_quote(lines[i], opts)  # a pull quote repeats the lead, not the other way round
        for gram in grams[i]:
            if told:
                last_line[gram] = i
            holders[gram] = holders.get(gram, 0) + 1
    copies = Counter(lines[i] for i in kept)
    share = opts["restated_share"]
    head = set(kept[: opts["restated_lead_lines"]])
    for i in kept:
        line = lines[i]
        words = len(line.split())
        if not grams[i] or words < PULL_QUOTE_MIN_WORDS:
            continue
        if i in head and words >= LEAD_RESTATED_MIN_WORDS:
            again = sum(1 for gram in grams[i] if last_line.get(gram, -1) > i)
        elif _is_pull_quote(line, opts) and copies[line] == 1:  # a paragraph printed twice: mark_repeats
            again = sum(1 for gram in grams[i] if holders[gram] > 1)
        else:
            continue
        if again >= share * len(grams[i]):
            reasons[i] = "restated"


def _is_pull_quote(line: str, opts: dict[str, Any]) -> bool:
    """A whole quotation standing alone, no attribution: the shape of a pull quote. A paragraph
    that closes its quotation for an attribution and opens another ('"...," she added. "..."')
    holds more quotation marks and is the story's."""
    if line[0] not in '"“' or line[-1] not in '"”' or len(line.split()) > opts["pull_quote_max_words"]:
        return False
    return not any(mark in line[1:-1] for mark in '"“”')
