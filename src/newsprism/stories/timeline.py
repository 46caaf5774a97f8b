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
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from functools import lru_cache
from typing import Any

from sqlalchemy import Text, cast, or_, select

from newsprism.config import Settings
from newsprism.entities.profiles import find_entity
from newsprism.errors import NotFoundError
from newsprism.models import Article, Event, Quote
from newsprism.store.schema import articles_table, events_table, mentions_table
from newsprism.store.store import Store
from newsprism.stories.features import stopwords
from newsprism.stories.timeline_dates import _days, happening_date
from newsprism.stories.timeline_index import HappeningIndex

_WORD = re.compile(r"[a-z0-9]+")
_GROUP_PREFIX = "norp-"  # entity ids of nationalities, religious and political groups
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


@lru_cache(maxsize=1)
def _limits() -> dict[str, Any]:
    """The ``timeline_*`` thresholds of the ``[stories]`` settings."""
    return {k: v for k, v in Settings.load().stories.items() if k.startswith("timeline_")}


def _actor_keys(names: Sequence[str], entity_ids: Sequence[str | None]) -> set[str]:
    """An actor's keys: its entity, else its name; a group (nationality, party, religion) also
    by its name in the singular, since "Republican" and "Republicans" are linked apart."""
    keys = {eid for eid in entity_ids if eid}
    for i, name in enumerate(names):
        entity_id = entity_ids[i] if i < len(entity_ids) else None
        if not entity_id:
            keys.add(name.lower())
        elif entity_id.startswith(_GROUP_PREFIX):
            keys.add(_GROUP_PREFIX + re.sub(r"s$", "", name.lower()))
    return keys


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in stopwords()}


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / max(1, min(len(a), len(b)))


def build_timeline(
    store: Store,
    story_id: str | None = None,
    entity: str | None = None,
    limit: int | None = None,
    quotes: bool = False,
    unnamed: bool = False,
    within: Sequence[str] | None = None,
) -> list[TimelineRow]:
    """The happenings of a story and/or about an entity, each once with every outlet that told
    it, in date order. Events that did not happen (negated, hypothetical, future) are left out;
    so are events without a named actor unless ``unnamed``, and quotes unless ``quotes``. With
    ``limit`` the rows most outlets reported are kept; ``within`` (article ids) keeps to those
    articles' facts.

    Only the facts shown are read, through indexes: a story's by its members; an entity's quotes
    by their speaker and its events among the articles that name it. Articles are read as their
    outlet, source and date, never their texts."""
    article_ids = None
    entity_id = None
    if story_id:
        stories = list(store.stories(ids=[story_id]))
        if not stories:
            raise NotFoundError(f"no story {story_id!r}")
        article_ids = stories[0].articles
    if within is not None:
        kept = set(within)
        article_ids = [a for a in article_ids if a in kept] if story_id else sorted(kept)
    if entity:
        entity_id = find_entity(store, entity).entity_id

    found_events: list[Event] = []
    found_quotes: list[Quote] = []
    if entity_id and article_ids is None:
        found_quotes = list(store.quotes(speaker_entity_id=entity_id)) if quotes else []
        found_events = _entity_events(store, entity_id, _entity_article_ids(store, entity_id))
    else:
        for chunk in _chunks(article_ids) if article_ids is not None else [None]:
            found_events.extend(store.events(article_ids=chunk))
            if quotes:
                found_quotes.extend(store.quotes(article_ids=chunk, speaker_entity_id=entity_id))
        if entity_id:
            found_events = [e for e in found_events if _names(e, entity_id)]
    found_events = [
        e
        for e in found_events
        if not (e.negated or e.hypothetical or e.future) and (unnamed or any(e.actor_entity_ids))
    ]
    found_quotes = [q for q in found_quotes if unnamed or q.speaker_entity_id]
    needed = {e.article_id for e in found_events} | {q.article_id for q in found_quotes}
    articles = _article_heads(store, sorted(needed))
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


def _names(event: Event, entity_id: str) -> bool:
    return entity_id in event.actor_entity_ids or entity_id in event.recipient_entity_ids


def _entity_events(store: Store, entity_id: str, article_ids: list[str]) -> list[Event]:
    """The events among these articles that have the entity as an actor or recipient (narrowed
    in SQL on the JSON text of the id lists, decided on the lists themselves)."""
    e = events_table
    quoted_id = json.dumps(entity_id)
    names_it = or_(
        cast(e.c.actor_entity_ids, Text).contains(quoted_id, autoescape=True),
        cast(e.c.recipient_entity_ids, Text).contains(quoted_id, autoescape=True),
    )
    known = {f.name for f in fields(Event)}
    found = []
    with store.engine.connect() as conn:
        for chunk in _chunks(article_ids):
            query = (
                select(e)
                .where(e.c.article_id.in_(chunk), names_it)
                .order_by(e.c.date, e.c.article_id, e.c.start)
            )
            for row in conn.execute(query):
                data = dict(row._mapping)
                data.update(data.pop("extra", None) or {})
                event = Event(**{k: v for k, v in data.items() if k in known})
                if _names(event, entity_id):
                    found.append(event)
    return found


def _article_heads(store: Store, article_ids: list[str]) -> dict[str, Article]:
    """The articles' outlet, source and date (what a timeline row shows), without their texts."""
    a = articles_table
    heads = {}
    with store.engine.connect() as conn:
        for chunk in _chunks(article_ids):
            query = select(a.c.article_id, a.c.source, a.c.outlet, a.c.published).where(
                a.c.article_id.in_(chunk)
            )
            for row in conn.execute(query):
                heads[row.article_id] = Article(text="", **row._mapping)
    return heads


def _entity_article_ids(store: Store, entity_id: str) -> list[str]:
    """The articles that mention the entity (through the index on mentions' entity)."""
    m = mentions_table
    with store.engine.connect() as conn:
        return sorted(set(conn.execute(select(m.c.article_id).where(m.c.entity_id == entity_id)).scalars()))


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
    if not _close(group, day):
        return False
    if recipients and group.recipients and not (recipients & group.recipients):
        return _overlap(words, group.words) >= _limits()["timeline_wording"]
    return True


def _close(group: _Group, day: int | None) -> bool:
    """Dated at most ``timeline_day_gap`` days from a report of the group (outlets resolve
    "Tuesday" from different days)."""
    known = [d for d in group.days if d is not None]
    gap = _limits()["timeline_day_gap"]
    return day is None or not known or min(abs(day - d) for d in known) <= gap


def _same_across(group: _Group, article_id: str, actors: set[str], words: set[str], day: int | None) -> bool:
    """One happening typed differently by two articles (the typing is the noisiest part): a shared
    actor, dates close, and much the same wording. Within one article two types are two acts."""
    if not (actors & group.actors) or any(w["article_id"] == article_id for w in group.row.wording):
        return False
    return _close(group, day) and _overlap(words, group.words) >= _limits()["timeline_cross_type_wording"]


def _group_events(
    found: Iterable[Event], articles: dict[str, Article], names: dict[str, str]
) -> list[TimelineRow]:
    index = HappeningIndex(_limits()["timeline_day_gap"])  # happenings so far, by type, day and actor
    for event in sorted(found, key=lambda e: (e.date or "9999", e.article_id, e.start)):
        article = articles.get(event.article_id)
        when, granularity = happening_date(event, article)
        actors = _actor_keys(event.actors, event.actor_entity_ids)
        recipients = _actor_keys(event.recipients, event.recipient_entity_ids)
        words = _words(event.sentence)
        day = _days(when)
        near = index.near(day)
        target = next(
            (
                g
                for g in index.same_type(event.type, near, lambda g: g.row.type)
                if _same(g, actors, recipients, words, day)
            ),
            None,
        ) or next(  # typed otherwise: only the happenings of its actors are looked at
            (
                g
                for g in index.of_actors(actors, near)
                if g.row.type != event.type and _same_across(g, event.article_id, actors, words, day)
            ),
            None,
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
            index.add(target, event.type, day)
        index.reported(target, day, new_day=target.days[day] == 0, new_actors=actors - target.actors)
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
    return [g.row for happenings in index.by_type.values() for g in happenings]


def _group_quotes(found: Iterable[Quote], articles: dict[str, Article]) -> list[TimelineRow]:
    """A quote joins the first earlier group of its speaker whose wording it shares (overlap of
    at least ``timeline_quote_wording`` of the shorter's words), else starts one. Candidate groups come
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


def _same_wording(words: set[str], group_words: set[str]) -> bool:
    overlap = len(words & group_words) / max(1, min(len(words), len(group_words)))
    return overlap >= _limits()["timeline_quote_wording"]


def _needed(size: int) -> int:
    """The fewest shared words that reach ``timeline_quote_wording`` when the shorter has ``size`` words."""
    share = _limits()["timeline_quote_wording"]
    return next(shared for shared in range(size + 1) if shared / max(1, size) >= share)


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
