"""Timelines: what happened in date order, one row per real happening.

Several outlets reporting one event give several Event rows; here they become one row that
lists the outlets and the wording each used. Two reports are the same happening when they
have the same type, share an actor (by canonical entity when linked, else by name), are dated
at most two days apart (outlets resolve "Tuesday" from different days), and share a recipient
or much of their wording (compared with each report of the row, not with all its words); when
one states no recipient, some wording beyond the actor's name. A row is dated when the happening
took place: most reports' date, and for an act of saying, when it was said. Quotes (only when
asked for) are grouped by speaker and wording.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from newsprism.entities.profiles import find_entity
from newsprism.errors import NotFoundError
from newsprism.models import HAPPENING, Event, Quote
from newsprism.store.store import Store
from newsprism.stories.timeline_background import dateless_background
from newsprism.stories.timeline_dates import happening_date
from newsprism.stories.timeline_event_day import event_day_dated
from newsprism.stories.timeline_group import content_words, group_events
from newsprism.stories.timeline_passing import passing_act
from newsprism.stories.timeline_quote_groups import group_quotes
from newsprism.stories.timeline_reads import article_heads, chunks, entity_names, names_entity, shown_event
from newsprism.stories.timeline_row import TimelineRow
from newsprism.stories.timeline_stream import stream_entity_timeline

# Re-exported: what callers and tests import from here.
__all__ = ["TimelineRow", "group_events", "group_quotes", "content_words", "build_timeline", "happening_date"]


def build_timeline(
    store: Store,
    story_id: str | None = None,
    entity: str | None = None,
    limit: int | None = None,
    quotes: bool = False,
    unnamed: bool = False,
    within: Sequence[str] | None = None,
    facts: tuple[Sequence[Event], Sequence[Quote]] | None = None,
) -> list[TimelineRow]:
    """The happenings of a story and/or about an entity, each once with every outlet that told
    it, in date order. Events that did not happen (negated, hypothetical, future) are left out;
    so are events without a named actor unless ``unnamed``, and quotes unless ``quotes``. With
    ``limit`` the rows most outlets reported are kept; ``within`` (article ids) keeps to those
    articles' facts. ``facts``: the story's events and quotes when the caller has read them
    already (the story page reads them for its comparison), so they are not read twice.

    Only the facts shown are read, through indexes: a story's by its members; an entity's quotes
    by their speaker and its events among the articles that name it. Articles are read as their
    outlet, source and date, never their texts. An entity's whole history is grouped as a stream
    (``timeline_stream``): its memory is bounded by the happenings of a few days, not by its fame."""
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
    if entity_id and article_ids is None:
        rows = list(stream_entity_timeline(store, entity_id, quotes=quotes, unnamed=unnamed))
        return _top(rows, limit) if limit else rows

    found_events: list[Event] = []
    found_quotes: list[Quote] = []
    if article_ids is None:
        found_events.extend(store.events(happenings=True))
        if quotes:
            found_quotes.extend(store.quotes(speaker_entity_id=entity_id))
    elif facts is not None:
        members = set(article_ids)
        found_events = [e for e in facts[0] if e.article_id in members]
        found_quotes = [
            q
            for q in (facts[1] if quotes else ())
            if q.article_id in members and (entity_id is None or q.speaker_entity_id == entity_id)
        ]
    else:
        for chunk in chunks(article_ids):
            found_events.extend(store.events(article_ids=chunk, happenings=True))
            if quotes:
                found_quotes.extend(store.quotes(article_ids=chunk, speaker_entity_id=entity_id))
    told = found_events  # every report of the articles: a past narrative is read over them all
    if entity_id:
        found_events = [e for e in found_events if names_entity(e, entity_id)]
    found_events = [e for e in found_events if shown_event(e, unnamed) and not passing_act(e)]
    found_quotes = [q for q in found_quotes if unnamed or q.speaker_entity_id]
    needed = {e.article_id for e in found_events} | {q.article_id for q in found_quotes}
    with store.engine.connect() as conn:
        articles = article_heads(conn, needed)
        # background with no date of its own joins a happening another report dates, or is left out
        dateless = dateless_background([e for e in told if e.article_id in articles], articles)
        entity_ids = {i for e in found_events for i in (*e.actor_entity_ids, *e.recipient_entity_ids) if i}
        names = entity_names(conn, entity_ids)
    found_events = event_day_dated(found_events, articles, dateless)  # the lead event's undated acts
    rows = group_events(found_events, articles, names, unnamed or bool(entity_id), dateless) + group_quotes(
        found_quotes, articles
    )
    return _top(rows, limit) if limit else sorted(rows, key=TimelineRow.order)


def _top(rows: list[TimelineRow], limit: int) -> list[TimelineRow]:
    """The ``limit`` rows the most outlets (then articles) reported, in date order; among rows
    told as often, events typed by PLOVER before the timeline-only happenings."""
    rows = sorted(rows, key=TimelineRow.order)
    rows.sort(
        key=lambda r: (
            -len(r.outlets),
            -len({w["article_id"] for w in r.wording}),
            r.type == HAPPENING,
            r.date or "9999",
        )
    )
    return sorted(rows[:limit], key=TimelineRow.order)


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
