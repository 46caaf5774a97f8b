"""Actors' names as a timeline compares them across outlets, beside their linked entities: two
outlets' names the entity linker kept apart ("House", "House of Representatives") can still be
one actor when one name is the other's first words. And how a row shows its participants."""

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


def _display(names: Sequence[str], entity_ids: Sequence[str | None], canonical: dict[str, str]) -> list[str]:
    """Each participant by its entity's name when linked, as written otherwise."""
    shown = []
    for i, name in enumerate(names):
        eid = entity_ids[i] if i < len(entity_ids) else None
        label = canonical.get(eid, name) if eid else name
        if label not in shown:
            shown.append(label)
    return shown


def _shown_actors(
    names: Sequence[str], entity_ids: Sequence[str | None], canonical: dict[str, str]
) -> list[str]:
    """A row's actors as shown: beside a linked actor, an unlinked one written in lower case ("the
    ones who worked with McCabe", "he and others", "met with the team") is a common noun the
    parse took along, not who acted; it still counts in grouping (``_actor_keys``)."""
    linked = any(entity_ids[i] for i in range(min(len(names), len(entity_ids))))
    kept = [
        (name, entity_ids[i] if i < len(entity_ids) else None)
        for i, name in enumerate(names)
        if not linked or (i < len(entity_ids) and entity_ids[i]) or name != name.lower()
    ]
    return _display([n for n, _ in kept], [e for _, e in kept], canonical)
