"""One speaker's statement groups, found by words (prefix filtering, exact).

Words are ranked (rarest first when the ranking is their frequency). Two sets reaching the
overlap share at least one of the shorter one's first ``len - needed + 1`` words: so a quote's
candidates are the groups holding one of its own first words, and the groups whose first words
it holds. Checking those alone, in the order the groups were made, finds the same group as
checking all. Any fixed ranking gives the same groups; closed groups are forgotten lazily.
"""

from __future__ import annotations

from collections import Counter
from typing import Any


def needed(size: int, share: float) -> int:
    """The fewest shared words that reach ``share`` when the shorter has ``size`` words."""
    return next(shared for shared in range(size + 1) if shared / max(1, size) >= share)


class WordingIndex:
    """Groups (word set, row) of one speaker, in the order made."""

    def __init__(self, rank: Counter[str], share: float):
        self.rank = rank
        self.share = share
        self.groups: list[tuple[set[str], Any]] = []
        self.by_word: dict[str, list[int]] = {}
        self.by_prefix_word: dict[str, list[int]] = {}
        self.gone: set[int] = set()  # numbers of forgotten groups, until the index is remade
        self.number: dict[int, int] = {}  # id of a row -> its group's number

    def _prefix(self, words: set[str]) -> list[str]:
        if not words:  # an empty wording never matches
            return []
        ranked = sorted(words, key=lambda word: (self.rank[word], word))
        return ranked[: len(words) - needed(len(words), self.share) + 1]

    def _same(self, words: set[str], group_words: set[str]) -> bool:
        return len(words & group_words) / max(1, min(len(words), len(group_words))) >= self.share

    def first_match(self, words: set[str]) -> Any | None:
        if not words:
            return None
        candidates: set[int] = set()
        for word in self._prefix(words):
            candidates.update(self.by_word.get(word, ()))
        for word in words:
            candidates.update(self.by_prefix_word.get(word, ()))
        for number in sorted(candidates - self.gone):
            group_words, row = self.groups[number]
            if self._same(words, group_words):
                return row
        return None

    def add(self, words: set[str], row: Any) -> None:
        number = len(self.groups)
        self.groups.append((words, row))
        self.number[id(row)] = number
        for word in words:
            self.by_word.setdefault(word, []).append(number)
        for word in self._prefix(words):
            self.by_prefix_word.setdefault(word, []).append(number)

    def forget(self, rows: set[int]) -> None:
        """Forget the groups whose rows have these ids; remade once half of it is forgotten."""
        self.gone.update(self.number.pop(key) for key in rows if key in self.number)
        if len(self.gone) * 2 > len(self.groups):
            kept = [group for n, group in enumerate(self.groups) if n not in self.gone]
            self.groups, self.by_word, self.by_prefix_word, self.gone, self.number = [], {}, {}, set(), {}
            for words, row in kept:
                self.add(words, row)
