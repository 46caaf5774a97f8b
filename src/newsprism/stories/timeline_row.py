"""One row of a timeline (its own module: the grouping, the stream and the pages all make them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class TimelineRow:
    """One happening: an event or a statement, with every outlet that reported it."""

    date: str | None
    kind: str  # event | quote
    type: str  # PLOVER type, or SAY for a quote
    summary: str
    actors: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    wording: list[dict[str, str]] = field(default_factory=list)  # {outlet, article_id, text}
    ids: list[str] = field(default_factory=list)  # event or quote ids grouped here
    date_granularity: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "date": self.date,
            "date_granularity": self.date_granularity,
            "kind": self.kind,
            "type": self.type,
            "summary": self.summary,
            "actors": self.actors,
            "recipients": self.recipients,
            "outlets": self.outlets,
            "wording": self.wording,
            "ids": self.ids,
        }

    def order(self) -> tuple[str, str, str, str]:
        """Where the row goes in a timeline: by date (undated last), kind, summary, first id."""
        return (self.date or "9999", self.kind, self.summary, self.ids[0] if self.ids else "")
