"""A cleaned mention while the entity stage reads an article (``entities.mentions``)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Found:
    """A cleaned mention while the article is being read."""

    start: int  # token offsets in the doc
    end: int
    label: str
    roles: list[str] = field(default_factory=list)
    group: int = -1  # index of its local entity
