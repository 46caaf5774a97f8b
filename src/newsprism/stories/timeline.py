"""Timelines: what happened in date order, one row per real happening.

Several outlets reporting one event give several Event rows; here they become one row that
lists the outlets and the wording each used. Two reports are the same happening when they
have the same type, share an actor (by canonical entity when linked, else by name), are dated
at most two days apart (outlets resolve "Tuesday" from different days), and share a recipient
or much of their wording. A row is dated when the happening took place: most reports' date,
and for an act of saying, when it was said. Quotes (only when asked for) are grouped by
speaker and wording.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import select

from newsprism.config import data_path
from newsprism.entities.profiles import find_entity
from newsprism.errors import NotFoundError
from newsprism.models import Article, Event, Quote
from newsprism.store.schema import mentions_table, quotes_table
from newsprism.store.store import Store
from newsprism.stories.features import stopwords

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


_SAID_WEEK = 7  # days before publication within which a speech act's own date is trusted


@lru_cache(maxsize=1)
def said_types() -> frozenset[str]:
    lines = data_path("timeline_said_types.txt").read_text("utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _actor_keys(names: Sequence[str], entity_ids: Sequence[str | None]) -> set[str]:
    keys = {eid for eid in entity_ids if eid}
    for i, name in enumerate(names):
        if i >= len(entity_ids) or not entity_ids[i]:
            keys.add(name.lower())
    return keys


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in stopwords()}


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / max(1, min(len(a), len(b)))


def _days(day: str | None) -> int | None:
    try:
        return date.fromisoformat(day[:10]).toordinal() if day else None
    except ValueError:
        return None


def _possessive_date(date_text: str) -> re.Pattern:
    return re.compile(re.escape(date_text) + r"['\u2019]s\b", re.IGNORECASE)


def happening_date(event: Event, article: Article | None) -> tuple[str | None, str | None]:
    """When it happened: the event's own date, except that a date naming another happening in
    passing ("Monday's bombings") is not this one's, and a speech act (an accusation, a demand)
    dated long before its article is dated when said; both get the article's day."""
    published = article.published if article else None
    if published and event.date_text and _possessive_date(event.date_text).search(event.sentence):
        return published[:10], "day"  # "since Monday's bombings" dates the bombings, not this
    if event.type in said_types() and published:
        own, said = _days(event.date), _days(published)
        if own is None or said is None or not (said - _SAID_WEEK <= own <= said):
            return published[:10], "day"
    return event.date, event.date_granularity


def build_timeline(
    store: Store,
    story_id: str | None = None,
    entity: str | None = None,
    limit: int | None = None,
    quotes: bool = False,
    unnamed: bool = False,
) -> list[TimelineRow]:
    """The happenings of a story and/or about an entity, each once with every outlet that told
    it, in date order. Events that did not happen (negated, hypothetical, future) are left out;
    so are events without a named actor unless ``unnamed``, and quotes unless ``quotes``. With
    ``limit`` the rows most outlets reported are kept.

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
        said = store.quotes(article_ids=chunk, speaker_entity_id=entity_id) if quotes else []
        if entity_id:
            events = (e for e in events if entity_id in e.actor_entity_ids + e.recipient_entity_ids)
        found_events.extend(
            e
            for e in events
            if not (e.negated or e.hypothetical or e.future) and (unnamed or any(e.actor_entity_ids))
        )
        found_quotes.extend(q for q in said if unnamed or q.speaker_entity_id)
        if chunk is not None:
            articles.update((a.article_id, a) for a in store.articles(ids=chunk))
    if article_ids is None:
        needed = {e.article_id for e in found_events} | {q.article_id for q in found_quotes}
        for chunk in _chunks(sorted(needed)):
            articles.update((a.article_id, a) for a in store.articles(ids=chunk))
    entity_ids = {eid for e in found_events for eid in (*e.actor_entity_ids, *e.recipient_entity_ids) if eid}
    names = {x.entity_id: x.name for x in store.entities(ids=sorted(entity_ids))} if entity_ids else {}

    rows = _group_events(found_events, articles, names) + _group_quotes(found_quotes, articles)
    if limit:
        rows.sort(
            key=lambda r: (-len(r.outlets), -len({w["article_id"] for w in r.wording}), r.date or "9999")
        )
        rows = rows[:limit]
    rows.sort(key=lambda r: (r.date or "9999", r.kind, r.summary))
    return rows


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


def _display(names: Sequence[str], entity_ids: Sequence[str | None], canonical: dict[str, str]) -> list[str]:
    """Each participant by its entity's name when linked, as written otherwise."""
    shown = []
    for i, name in enumerate(names):
        eid = entity_ids[i] if i < len(entity_ids) else None
        label = canonical.get(eid, name) if eid else name
        if label not in shown:
            shown.append(label)
    return shown


@dataclass
class _Group:
    row: TimelineRow
    actors: set[str]
    recipients: set[str]
    words: set[str]
    days: Counter = field(default_factory=Counter)


def _same(group: _Group, actors: set[str], recipients: set[str], words: set[str], day: int | None) -> bool:
    """One happening: same type (the caller's index), a shared actor, dates at most two days apart,
    and either a shared (or unstated) recipient or much the same wording."""
    if not (actors & group.actors) and (actors or group.actors):
        return False
    known = [d for d in group.days if d is not None]
    if day is not None and known and min(abs(day - d) for d in known) > 2:
        return False
    if recipients and group.recipients and not (recipients & group.recipients):
        return _overlap(words, group.words) >= 0.5
    return True


def _group_events(
    found: Iterable[Event], articles: dict[str, Article], names: dict[str, str]
) -> list[TimelineRow]:
    groups: dict[str, list[_Group]] = {}  # event type -> its happenings so far
    for event in sorted(found, key=lambda e: (e.date or "9999", e.article_id, e.start)):
        article = articles.get(event.article_id)
        when, granularity = happening_date(event, article)
        actors = _actor_keys(event.actors, event.actor_entity_ids)
        recipients = _actor_keys(event.recipients, event.recipient_entity_ids)
        words = _words(event.sentence)
        day = _days(when)
        target = next(
            (g for g in groups.get(event.type, []) if _same(g, actors, recipients, words, day)), None
        )
        if target is None:
            shown_actors = _display(event.actors, event.actor_entity_ids, names)
            shown_recipients = _display(event.recipients, event.recipient_entity_ids, names)
            verb = event.trigger or event.type.lower()
            row = TimelineRow(
                date=when,
                date_granularity=granularity,
                kind="event",
                type=event.type,
                summary=" ".join(
                    filter(None, [", ".join(shown_actors) or "?", verb, ", ".join(shown_recipients)])
                ),
                actors=shown_actors,
                recipients=shown_recipients,
            )
            target = _Group(row, set(), set(), set())
            groups.setdefault(event.type, []).append(target)
        target.actors |= actors
        target.recipients |= recipients
        target.words |= words
        target.days[day] += 1
        row = target.row
        if when and target.days[day] > target.days[_days(row.date)]:  # the date most reports give
            row.date, row.date_granularity = when, granularity
        outlet = _outlet(article)
        if outlet not in row.outlets:
            row.outlets.append(outlet)
        if not any(w["article_id"] == event.article_id and w["text"] == event.sentence for w in row.wording):
            row.wording.append({"outlet": outlet, "article_id": event.article_id, "text": event.sentence})
        row.ids.append(event.event_id)
    return [g.row for happenings in groups.values() for g in happenings]


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
