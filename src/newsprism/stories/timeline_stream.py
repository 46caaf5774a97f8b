"""An entity's whole timeline as a stream: bounded memory, time linear in the entity's reports.

Loading every event and quote of a much-named person first (670,116 mentions, 79,637 events in
200,000 synthetic articles) held them all, and every happening ever made, at once. Here:

1. The entity's articles are read in day order a batch at a time, as index ranges
   (``store.entity_days``); each batch's events naming the entity and quotes by it are filed as
   sort keys (the day each is grouped on, article, place, id) in temporary tables of the same
   connection: the database sorts them, on disk when big.
2. The keys are read back in order, a batch at a time (keyset on the temporary table's key),
   with their facts; reports are grouped as they come (``timeline_group``), and a happening no
   later report can join leaves memory as a finished row, filed in a third temporary table.
3. The rows are read back in timeline order (date, kind, summary, first id), a batch at a time.

The rows equal those of grouping the whole history at once (``build_timeline`` with ``within``
every article of the entity).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Column, Integer, MetaData, String, Table, Text, and_, or_, select

from newsprism.models import Event, Quote
from newsprism.store.entity_days import entity_articles_by_day
from newsprism.store.queries import row_maker
from newsprism.store.schema import events_table, quotes_table
from newsprism.stories.timeline_background import dateless_background
from newsprism.stories.timeline_group import LAST_DAY, EventGroups, event_order
from newsprism.stories.timeline_passing import passing_act
from newsprism.stories.timeline_quote_groups import QuoteGroups, quote_order
from newsprism.stories.timeline_reads import article_heads, chunks, entity_events, entity_names, shown_event
from newsprism.stories.timeline_row import TimelineRow

BATCH = 1000  # articles, reports or rows read at a time

_temporary = MetaData()


def _keys_table(name: str) -> Table:
    """Sort keys of reports: the day each is grouped on, its article, its place, its id."""
    return Table(
        name, _temporary,
        Column("day", Integer, primary_key=True), Column("article_id", String(64), primary_key=True),
        Column("start", Integer, primary_key=True), Column("fact_id", String(96), primary_key=True),
        prefixes=["TEMPORARY"],
    )  # fmt: skip


_event_keys = _keys_table("np_timeline_event_keys")
_quote_keys = _keys_table("np_timeline_quote_keys")
_rows = Table(
    "np_timeline_rows", _temporary,
    Column("date_key", String(32), primary_key=True), Column("kind", String(8), primary_key=True),
    Column("summary", Text, primary_key=True), Column("first_id", String(96), primary_key=True),
    Column("row", Text, nullable=False),
    prefixes=["TEMPORARY"],
)  # fmt: skip
_TABLES = (_event_keys, _quote_keys, _rows)


def stream_entity_timeline(
    store: Any, entity_id: str, quotes: bool = False, unnamed: bool = False, batch: int = BATCH
) -> Iterator[TimelineRow]:
    """Every row of the entity's timeline, in date order (``TimelineRow.order``)."""
    with store.engine.connect() as conn:
        for table in _TABLES:
            table.drop(conn, checkfirst=True)
            table.create(conn)
        try:
            _file_keys(store, conn, entity_id, quotes, unnamed, batch)
            _group(conn, _event_keys, events_table.c.event_id, row_maker(Event), EventGroups(), batch)
            if quotes:
                _group(conn, _quote_keys, quotes_table.c.quote_id, row_maker(Quote), QuoteGroups(), batch)
            yield from _read_rows(conn, batch)
        finally:
            conn.rollback()  # the temporary tables go with the transaction that made them


def _file_keys(store: Any, conn: Any, entity_id: str, quotes: bool, unnamed: bool, batch: int) -> None:
    """Pass 1: the sort key of every report of the entity, a batch of its articles at a time."""
    q = quotes_table
    for keys in entity_articles_by_day(store, entity_id, batch, speakers=quotes, conn=conn):
        ids = [article_id for _, article_id in keys]
        heads = article_heads(conn, ids)
        told = entity_events(conn, entity_id, ids)
        dateless = dateless_background(told, heads)
        found = [
            e for e in told if shown_event(e, unnamed) and not passing_act(e) and e.event_id not in dateless
        ]
        rows = [_key(event_order(e, heads.get(e.article_id)), e.event_id) for e in found]
        if rows:
            conn.execute(_event_keys.insert(), rows)
        if quotes:
            rows = []
            for chunk in chunks(ids):
                query = select(q.c.quote_id, q.c.article_id, q.c.start).where(
                    q.c.article_id.in_(chunk), q.c.speaker_entity_id == entity_id
                )
                for quote in conn.execute(query):
                    rows.append(_key(quote_order(quote, heads.get(quote.article_id)), quote.quote_id))
            if rows:
                conn.execute(_quote_keys.insert(), rows)


def _key(order: tuple[int, str, int], fact_id: str) -> dict[str, Any]:
    day, article_id, start = order
    return {"day": day, "article_id": article_id, "start": start, "fact_id": fact_id}


def _group(conn: Any, keys: Table, fact_id: Any, make: Any, groups: Any, batch: int) -> None:
    """Pass 2: the reports in key order, grouped; closed rows filed as they close."""
    k = keys.c
    order = [k.day, k.article_id, k.start, k.fact_id]
    labels = [f"_k{i}" for i in range(len(order))]
    columns = [c.label(label) for c, label in zip(order, labels, strict=True)]
    after: list[Any] | None = None
    current_day = None
    while True:
        query = select(fact_id.table, *columns).join(keys, k.fact_id == fact_id).order_by(*order).limit(batch)
        if after is not None:
            query = query.where(_beyond(order, after))
        found = [dict(row._mapping) for row in conn.execute(query)]
        if not found:
            break
        reports = [make(row) for row in found]
        heads = article_heads(conn, {r.article_id for r in reports})
        linked = {
            i
            for r in reports
            for i in (*getattr(r, "actor_entity_ids", ()), *getattr(r, "recipient_entity_ids", ()))
            if i
        }
        names = entity_names(conn, linked) if linked else {}
        for row, report in zip(found, reports, strict=True):
            if row["_k0"] != current_day:
                current_day = row["_k0"]
                if current_day != LAST_DAY:  # reports without a day close nothing (see QuoteGroups)
                    _file_rows(conn, groups.close_before(current_day))
            if isinstance(groups, EventGroups):
                groups.add(report, heads.get(report.article_id), names)
            else:
                groups.add(report, heads.get(report.article_id))
        after = [found[-1][label] for label in labels]
    _file_rows(conn, groups.rows())


def _participants(report: Any) -> tuple[str | None, ...]:
    return (*getattr(report, "actor_entity_ids", ()), *getattr(report, "recipient_entity_ids", ()))


def _beyond(order: list[Any], values: list[Any]) -> Any:
    """Rows after ``values`` in the ascending order of the columns ``order``."""
    clauses = [
        and_(*(c == v for c, v in zip(order[:i], values[:i], strict=True)), order[i] > values[i])
        for i in range(len(order))
    ]
    return and_(order[0] >= values[0], or_(*clauses))


def _file_rows(conn: Any, rows: list[TimelineRow]) -> None:
    if rows:
        conn.execute(
            _rows.insert(),
            [
                dict(zip(("date_key", "kind", "summary", "first_id"), row.order(), strict=True))
                | {"row": json.dumps(row.to_json())}
                for row in rows
            ],
        )


def _read_rows(conn: Any, batch: int) -> Iterator[TimelineRow]:
    """Pass 3: the finished rows in timeline order, a batch at a time."""
    order = [_rows.c.date_key, _rows.c.kind, _rows.c.summary, _rows.c.first_id]
    after = None
    while True:
        query = select(_rows.c.row, *order).order_by(*order).limit(batch)
        if after is not None:
            query = query.where(_beyond(order, after))
        found = list(conn.execute(query))
        for row in found:
            yield TimelineRow(**json.loads(row.row))
        if len(found) < batch:
            return
        after = list(found[-1][1:])
