"""Timelines: events and quotes in date order, one row per real happening.

Several outlets reporting one event give several Event rows; here they become one row that
lists the outlets and the wording each used. Two reports are the same happening when they
share type, date and at least one actor (by canonical entity when linked, else by name).
Quotes are grouped the same way by speaker and wording.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from newsprism.entities.profiles import find_entity
from newsprism.errors import NotFoundError
from newsprism.models import Article, Event, Quote
from newsprism.store.schema import mentions_table, quotes_table
from newsprism.store.store import Store

_WORD = re.compile(r"[a-z0-9]+")
_ID_CHUNK = 500  # article ids per IN (...)


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
    """Events and quotes of a story and/or about an entity, grouped across outlets, in date order.

    A story's or an entity's facts are read through the indexes on their articles (an entity's
    are the articles that mention it or quote it), never by scanning every event and quote."""
    article_ids = None
    entity_id = None
    if story_id:
        stories = list(store.stories(ids=[story_id]))
        if not stories:
            raise NotFoundError(f"no story {story_id!r}")
        article_ids = stories[0].articles
    if entity:
        entity_id = find_entity(store, entity).entity_id
        if article_ids is None:
            article_ids = _entity_article_ids(store, entity_id)

    found_events: list[Event] = []
    found_quotes: list[Quote] = []
    articles: dict[str, Article] = {}
    for chunk in _chunks(article_ids) if article_ids is not None else [None]:
        events = store.events(article_ids=chunk)
        quotes = store.quotes(article_ids=chunk, speaker_entity_id=entity_id)
        if entity_id:
            events = (e for e in events if entity_id in e.actor_entity_ids + e.recipient_entity_ids)
        found_events.extend(events)
        found_quotes.extend(quotes)
        if chunk is not None:
            articles.update((a.article_id, a) for a in store.articles(ids=chunk))
    if article_ids is None:
        needed = {e.article_id for e in found_events} | {q.article_id for q in found_quotes}
        for chunk in _chunks(sorted(needed)):
            articles.update((a.article_id, a) for a in store.articles(ids=chunk))

    rows = _group_events(found_events, articles) + _group_quotes(found_quotes, articles)
    rows.sort(key=lambda r: (r.date or "9999", r.kind, r.summary))
    return rows[:limit] if limit else rows


def _entity_article_ids(store: Store, entity_id: str) -> list[str]:
    """The articles that mention the entity or quote it (both through an index on the entity)."""
    m, q = mentions_table, quotes_table
    mentioned = select(m.c.article_id).where(m.c.entity_id == entity_id)
    quoted = select(q.c.article_id).where(q.c.speaker_entity_id == entity_id)
    with store.engine.connect() as conn:
        return sorted(set(conn.execute(mentioned).scalars()) | set(conn.execute(quoted).scalars()))


def _chunks(ids: Sequence[str], size: int = _ID_CHUNK) -> Iterator[list[str]]:
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])


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
    """A quote joins the first earlier group of its speaker whose wording it shares (overlap of
    at least ``_SAME_WORDING`` of the shorter's words), else starts one. Candidate groups come
    from a word index (``_WordingIndex``), so a much-quoted speaker costs about linear time."""
    found = list(found)
    frequency = Counter(word for quote in found for word in _words(quote.text))
    rows: list[TimelineRow] = []
    by_speaker: dict[str, _WordingIndex] = {}
    for quote in found:
        article = articles.get(quote.article_id)
        outlet = _outlet(article)
        # Unattributed quotes group by the words at the cue ("business groups"), still only on wording.
        speaker_key = quote.speaker_entity_id or (quote.speaker or quote.speaker_mention or "").lower()
        words = _words(quote.text)
        groups = by_speaker.setdefault(speaker_key, _WordingIndex(frequency))
        target = groups.first_match(words)
        if target is None:
            target = TimelineRow(
                date=article.published if article else None,
                date_granularity="day" if article and article.published else None,
                kind="quote",
                type="SAY",
                summary=f"{quote.speaker or quote.speaker_mention or 'unattributed'}: {quote.text}",
                actors=[quote.speaker] if quote.speaker else [],
            )
            groups.add(words, target)
            rows.append(target)
        if outlet not in target.outlets:
            target.outlets.append(outlet)
        target.wording.append({"outlet": outlet, "article_id": quote.article_id, "text": quote.text})
        target.ids.append(quote.quote_id)
    return rows


_SAME_WORDING = 0.6


def _same_wording(words: set[str], group_words: set[str]) -> bool:
    overlap = len(words & group_words) / max(1, min(len(words), len(group_words)))
    return overlap >= _SAME_WORDING


def _needed(size: int) -> int:
    """The fewest shared words that reach ``_SAME_WORDING`` when the shorter has ``size`` words."""
    return next(shared for shared in range(size + 1) if shared / max(1, size) >= _SAME_WORDING)


class _WordingIndex:
    """One speaker's quote groups, found by words (prefix filtering, exact).

    Words are ranked rarest first. Two sets reaching the overlap share at least one of the
    shorter one's first ``len - needed + 1`` words: so a quote's candidates are the groups
    holding one of its own first words, and the groups whose first words it holds. Checking
    those alone, in the order the groups were made, finds the same group as checking all.
    """

    def __init__(self, frequency: Counter[str]):
        self.frequency = frequency
        self.groups: list[tuple[set[str], TimelineRow]] = []
        self.by_word: dict[str, list[int]] = {}
        self.by_prefix_word: dict[str, list[int]] = {}

    def _prefix(self, words: set[str]) -> list[str]:
        if not words:  # an empty wording never matches
            return []
        ranked = sorted(words, key=lambda word: (self.frequency[word], word))
        return ranked[: len(words) - _needed(len(words)) + 1]

    def first_match(self, words: set[str]) -> TimelineRow | None:
        if not words:
            return None
        candidates: set[int] = set()
        for word in self._prefix(words):
            candidates.update(self.by_word.get(word, ()))
        for word in words:
            candidates.update(self.by_prefix_word.get(word, ()))
        for number in sorted(candidates):
            group_words, row = self.groups[number]
            if _same_wording(words, group_words):
                return row
        return None

    def add(self, words: set[str], row: TimelineRow) -> None:
        number = len(self.groups)
        self.groups.append((words, row))
        for word in words:
            self.by_word.setdefault(word, []).append(number)
        for word in self._prefix(words):
            self.by_prefix_word.setdefault(word, []).append(number)


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
