"""Timelines: events and quotes in date order, one row per real happening.

Several outlets reporting one event give several Event rows; here they become one row that
lists the outlets and the wording each used. Two reports are the same happening when they
share type, date and at least one actor (by canonical entity when linked, else by name).
Quotes are grouped the same way by speaker and wording.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from newsprism.errors import NotFoundError
from newsprism.models import Article, Event, Quote
from newsprism.store.store import Store

_WORD = re.compile(r"[a-z0-9]+")


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


def _actor_keys(names: Sequence[str], entity_ids: Sequence[str | None]) -> set[str]:
    keys = {eid for eid in entity_ids if eid}
    for i, name in enumerate(names):
        if i >= len(entity_ids) or not entity_ids[i]:
            keys.add(name.lower())
    return keys


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def build_timeline(
    store: Store, story_id: str | None = None, entity: str | None = None, limit: int | None = None
) -> list[TimelineRow]:
    """Events and quotes of a story and/or about an entity, grouped across outlets, in date order."""
    article_ids = None
    entity_id = None
    if story_id:
        stories = list(store.stories(ids=[story_id]))
        if not stories:
            raise NotFoundError(f"no story {story_id!r}")
        article_ids = stories[0].articles
    if entity:
        entity_id = _find_entity_id(store, entity)
    articles = {a.article_id: a for a in store.articles(ids=article_ids)} if article_ids else None

    found_events = list(store.events(article_ids=article_ids))
    found_quotes = list(store.quotes(article_ids=article_ids))
    if articles is None:
        needed = {e.article_id for e in found_events} | {q.article_id for q in found_quotes}
        articles = {a.article_id: a for a in store.articles(ids=sorted(needed))}
    if entity_id:
        found_events = [
            e for e in found_events if entity_id in e.actor_entity_ids or entity_id in e.recipient_entity_ids
        ]
        found_quotes = [q for q in found_quotes if q.speaker_entity_id == entity_id]

    rows = _group_events(found_events, articles) + _group_quotes(found_quotes, articles)
    rows.sort(key=lambda r: (r.date or "9999", r.kind, r.summary))
    return rows[:limit] if limit else rows


def _find_entity_id(store: Store, name: str) -> str:
    wanted = name.lower()
    for found in store.entities():
        if found.entity_id == name or found.name.lower() == wanted:
            return found.entity_id
    for found in store.entities():
        if any(alias.lower() == wanted for alias in found.aliases):
            return found.entity_id
    raise NotFoundError(f"no entity named {name!r}")


def _outlet(article: Article | None) -> str:
    """The outlet a row counts under: "unknown" without one, as in every other listing."""
    return (article.outlet if article else None) or "unknown"


def _group_events(found: Iterable[Event], articles: dict[str, Article]) -> list[TimelineRow]:
    groups: list[tuple[set[str], TimelineRow]] = []
    index: dict[tuple[str | None, str], list[int]] = {}  # (date, type) -> group numbers
    for event in found:
        keys = _actor_keys(event.actors, event.actor_entity_ids) | _actor_keys(
            event.recipients, event.recipient_entity_ids
        )
        article = articles.get(event.article_id)
        outlet = _outlet(article)
        slot = (event.date, event.type)
        target = None
        for number in index.get(slot, []):
            group_keys, row = groups[number]
            if keys & group_keys or (not keys and not group_keys):
                target = number
                break
        if target is None:
            summary = f"{', '.join(event.actors) or '?'} {event.type.lower()} {', '.join(event.recipients)}"
            row = TimelineRow(
                date=event.date,
                date_granularity=event.date_granularity,
                kind="event",
                type=event.type,
                summary=summary.strip(),
                actors=list(event.actors),
                recipients=list(event.recipients),
            )
            groups.append((set(keys), row))
            index.setdefault(slot, []).append(len(groups) - 1)
            target = len(groups) - 1
        group_keys, row = groups[target]
        group_keys |= keys
        if outlet not in row.outlets:
            row.outlets.append(outlet)
        row.wording.append({"outlet": outlet, "article_id": event.article_id, "text": event.sentence})
        row.ids.append(event.event_id)
    return [row for _, row in groups]


def _group_quotes(found: Iterable[Quote], articles: dict[str, Article]) -> list[TimelineRow]:
    rows: list[TimelineRow] = []
    by_speaker: dict[str, list[tuple[set[str], TimelineRow]]] = {}
    for quote in found:
        article = articles.get(quote.article_id)
        outlet = _outlet(article)
        # Unattributed quotes group by the words at the cue ("business groups"), still only on wording.
        speaker_key = quote.speaker_entity_id or (quote.speaker or quote.speaker_mention or "").lower()
        words = _words(quote.text)
        target = None
        for group_words, row in by_speaker.get(speaker_key, []):
            overlap = len(words & group_words) / max(1, min(len(words), len(group_words)))
            if overlap >= 0.6:
                target = row
                break
        if target is None:
            target = TimelineRow(
                date=article.published if article else None,
                date_granularity="day" if article and article.published else None,
                kind="quote",
                type="SAY",
                summary=f"{quote.speaker or quote.speaker_mention or 'unattributed'}: {quote.text}",
                actors=[quote.speaker] if quote.speaker else [],
            )
            by_speaker.setdefault(speaker_key, []).append((words, target))
            rows.append(target)
        if outlet not in target.outlets:
            target.outlets.append(outlet)
        target.wording.append({"outlet": outlet, "article_id": quote.article_id, "text": quote.text})
        target.ids.append(quote.quote_id)
    return rows


def render_html(rows: Sequence[TimelineRow], title: str = "Timeline") -> str:
    """A self-contained, escaped HTML page (no scripts, no outside assets)."""
    esc = html.escape
    items = []
    for row in rows:
        wording = "".join(f"<li><b>{esc(w['outlet'])}</b>: {esc(w['text'])}</li>" for w in row.wording)
        items.append(
            f"<tr><td>{esc(row.date or 'undated')}</td><td>{esc(row.type)}</td>"
            f"<td>{esc(row.summary)}<ul>{wording}</ul></td><td>{esc(', '.join(row.outlets))}</td></tr>"
        )
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{esc(title)}</title><style>body{{font-family:system-ui,sans-serif;margin:1rem}}"
        "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.4rem;"
        "vertical-align:top;text-align:left}ul{margin:.2rem 0;padding-left:1.2rem;color:#444}</style></head>"
        f"<body><h1>{esc(title)}</h1><table><tr><th>Date</th><th>Type</th><th>What</th><th>Outlets</th></tr>"
        + "".join(items)
        + "</table></body></html>"
    )
