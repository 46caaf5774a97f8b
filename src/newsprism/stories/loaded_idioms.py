"""Figurative idioms as loaded wording: "muddy the waters", "a far cry", "threw him under the bus".

The evaluative lexicon weighs single words; an idiom characterises through words that are plain
one by one ("far", "cry", "bus"), so the words of ``data/loaded_idioms.txt`` are matched in
sequence by their rough stem, and each match is a candidate weighing as much as a hand-listed
word. Whether the other outlets use it is read from its longer words: an idiom none of whose
words some other outlet writes is only here.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache

from newsprism.nlp.lexicon import lines
from newsprism.stories.compare_text import WORD, stem

IDIOM_WEIGHT = 1.0  # as much as a hand-listed evaluative word
GAP_WORDS = 3  # "..." in an idiom stands for up to this many words ("threw the senator under the bus")
MIN_KEY_LENGTH = 4  # an idiom's words this long say whether other outlets use it ("far" does not)
PREFIX_LENGTH = 3  # each word of an idiom begins so in any of its forms ("mud", "wat")
POSSESSIVES = frozenset({"his", "her", "their", "its", "my", "our", "your"})
_GAP, _POSSESSIVE = ("gap",), ("possessive",)


@lru_cache(maxsize=1)
def _idioms() -> tuple[tuple[tuple[str, ...], tuple[tuple[str, ...], ...]], ...]:
    """Each idiom as (the opening letters of its words, its pattern of stems, "..." and "one's"):
    an idiom some of whose words' opening letters a text lacks is not in it, and most texts are
    passed over without stemming their words."""
    found = set()
    for line in lines("loaded_idioms.txt"):
        pattern = tuple(
            _GAP if w == "..." else _POSSESSIVE if w == "one's" else ("word", stem(w)) for w in line.split()
        )
        letters = tuple(w[:PREFIX_LENGTH] for w in line.split() if w not in ("...", "one's"))
        found.add((letters, pattern))
    return tuple(sorted(found))


def idiom_spans(
    text: str, start: int, end: int, stems: Collection[str] | None = None
) -> list[tuple[int, int]]:
    """(start, end) of each idiom written between ``start`` and ``end``, in order, the longest
    where two begin at one word; ``stems``: the stems the text holds, when the caller has them
    (an idiom one of whose words is missing is passed over)."""
    words = WORD.findall(text, start, end) if stems is None else []
    opening = {word[:PREFIX_LENGTH].lower() for word in words}
    by_first: dict[str, list[tuple[tuple[str, ...], ...]]] = {}
    for letters, pattern in _idioms():
        if stems is not None:
            here = all(part[1] in stems for part in pattern if part[0] == "word")
        else:
            here = all(part in opening for part in letters)
        if here:
            by_first.setdefault(pattern[0][1], []).append(pattern)
    if not by_first:
        return []
    tokens = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text, start, end)]
    stems = [stem(word) for *_, word in tokens]
    found, after = [], 0
    for at, key in enumerate(stems):
        if at < after or key not in by_first:
            continue
        ends = [e for pattern in by_first[key] if (e := _match(tokens, stems, at, pattern))]
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
    near: list[tuple[int, int, float]], idioms: list[tuple[int, int]], start: int, end: int
) -> tuple[list[tuple[int, int, float]], set[tuple[int, int]]]:
    """A sentence's evaluative words (``near``) with the article's idioms (``idioms``, as
    ``idiom_spans`` finds them) that lie between ``start`` and ``end`` added at ``IDIOM_WEIGHT``,
    the words inside an idiom left to it; and those idioms' spans."""
    spans = [(s, e) for s, e in idioms if start <= s and e <= end]
    if not spans:
        return near, set()
    kept = [w for w in near if not any(s <= w[0] and w[1] <= e for s, e in spans)]
    return sorted(kept + [(s, e, IDIOM_WEIGHT) for s, e in spans]), set(spans)
