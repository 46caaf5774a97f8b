"""Actors' names as a timeline compares them across outlets, beside their linked entities: two
outlets' names the entity linker kept apart ("House", "House of Representatives") can still be
one actor when one name is the other's first words."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsprism.stories.features import stopwords

_WORD = re.compile(r"[a-z0-9]+")


def spelled_names(names: Sequence[str]) -> set[tuple[str, ...]]:
    """Each actor's name as its words, leading stopwords left out ("the house", "house")."""
    found = set()
    for name in names:
        tokens = _WORD.findall(name.lower())
        while tokens and tokens[0] in stopwords():
            tokens.pop(0)
        if tokens:
            found.add(tuple(tokens))
    return found


def shortened_name(a: set[tuple[str, ...]], b: set[tuple[str, ...]]) -> bool:
    """One actor's name is the other's first words: "House" of "House of Representatives" (two
    outlets' names the linker kept apart), not "House" of "White House"."""
    return any(x[: len(y)] == y or y[: len(x)] == x for x in a for y in b)
