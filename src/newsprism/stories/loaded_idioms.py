"""Figurative idioms as loaded wording: "muddy the waters", "a far cry", "threw him under the bus".

The evaluative lexicon weighs single words; an idiom characterises through words that are plain
one by one ("far", "cry", "bus"), so the words of ``data/loaded_idioms.txt`` are matched in
sequence by their rough stem, and each match is a candidate weighing as much as a hand-listed
word. Whether the other outlets use it is read from its longer words: an idiom none of whose
words some other outlet writes is only here.
"""

from __future__ import annotations

from functools import lru_cache

from newsprism.nlp.lexicon import lines
from newsprism.stories.compare_text import WORD, stem

IDIOM_WEIGHT = 1.0  # as much as a hand-listed evaluative word
GAP_WORDS = 3  # "..." in an idiom stands for up to this many words ("threw the senator under the bus")
MIN_KEY_LENGTH = 4  # an idiom's words this long say whether other outlets use it ("far" does not)
POSSESSIVES = frozenset({"his", "her", "their", "its", "my", "our", "your"})
_GAP, _POSSESSIVE = ("gap",), ("possessive",)


@lru_cache(maxsize=1)
def _idioms() -> dict[str, tuple[tuple[tuple[str, ...], ...], ...]]:
    """Each idiom as a pattern of stems, "..." and "one's", filed under its first word's stem."""
    found: dict[str, set[tuple[tuple[str, ...], ...]]] = {}
    for line in lines("loaded_idioms.txt"):
        pattern = tuple(
            _GAP if w == "..." else _POSSESSIVE if w == "one's" else ("word", stem(w)) for w in line.split()
        )
        found.setdefault(pattern[0][1], set()).add(pattern)
    return {first: tuple(sorted(patterns)) for first, patterns in found.items()}


def idiom_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each idiom written between ``start`` and ``end`` (one sentence), in order,
    the longest where two begin at one word."""
    tokens = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text, start, end)]
    stems = [stem(word) for *_, word in tokens]
    found, after = [], 0
    for at, key in enumerate(stems):
        if at < after:
            continue
        ends = [e for pattern in _idioms().get(key, ()) if (e := _match(tokens, stems, at, pattern))]
        if ends:
            after = max(ends)
            found.append((tokens[at][0], tokens[after - 1][1]))
    return found


def _match(tokens, stems, at: int, pattern) -> int | None:
    """The token index just past ``pattern`` matched from ``at``, or None."""
    for k, part in enumerate(pattern):
        if part == _GAP:
            for gap in range(1, GAP_WORDS + 1):
                if (found := _match(tokens, stems, at + gap, pattern[k + 1 :])) is not None:
                    return found
            return None
        if at >= len(tokens):
            return None
        if part == _POSSESSIVE:
            if tokens[at][2].lower() not in POSSESSIVES:
                return None
        elif stems[at] != part[1]:
            return None
        at += 1
    return at


def idiom_keys(text: str) -> list[str]:
    """The stems of an idiom's longer words, by which its use elsewhere is read."""
    keys = [stem(w) for w in WORD.findall(text) if len(w) >= MIN_KEY_LENGTH]
    return keys or [stem(w) for w in WORD.findall(text)]


def with_idioms(
    near: list[tuple[int, int, float]], text: str, start: int, end: int
) -> tuple[list[tuple[int, int, float]], set[tuple[int, int]]]:
    """A sentence's evaluative words (``near``) with its idioms added at ``IDIOM_WEIGHT``, the
    words inside an idiom left to it; and the idioms' spans."""
    spans = idiom_spans(text, start, end)
    if not spans:
        return near, set()
    kept = [w for w in near if not any(s <= w[0] and w[1] <= e for s, e in spans)]
    return sorted(kept + [(s, e, IDIOM_WEIGHT) for s, e in spans]), set(spans)
