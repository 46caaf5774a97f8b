"""A happening reported day after day for months (a person meeting the same counterpart daily)
stays one open row the whole time: the streamed grouping gives the rows of trying every earlier
happening, and in time linear in its reports, not in their square."""

from __future__ import annotations

import random
import re
import time
from collections import Counter
from datetime import date, timedelta

import pytest

from newsprism.config import Settings
from newsprism.models import Article, Event, Extraction, Mention
from newsprism.store.store import Store
from newsprism.stories.state import day_number
from newsprism.stories.timeline_group import (
    _CLAUSES_KEPT,
    LAST_DAY,
    _actor_keys,
    _display,
    _name_words,
    _outlet,
    _verb_head,
    content_words,
    event_order,
    group_events,
    report_day,
    worded_span,
)
from newsprism.stories.timeline_reads import act_words
from newsprism.stories.timeline_row import TimelineRow
from newsprism.stories.timeline_shared import _overlap
from newsprism.stories.timeline_spans import date_verdict
from newsprism.stories.timeline_stream import stream_entity_timeline
from synthetic_store import filled_store

ADA = "person-ada"
PEOPLE = {ADA: "Ada Quill"} | {f"person-{n}": f"Other Person{n}" for n in range(6)}
OUTLETS = ["Ledger", "Courier", "Herald", "Wire", None]
WORDS = "talks river dam border treaty grain fleet tariff vote budget strike port".split()
DAYS = 150


def _day(n: int) -> str:
    return f"2025-{1 + n // 28:02d}-{1 + n % 28:02d}"


def _close(group: dict, day: int | None, gap: int, report: dict | None = None) -> bool:
    known = [d for d in group["days"] if d is not None]
    if report is not None:  # the dates agree (timeline_dates_agree)
        verdict = date_verdict(group["worded"], group["loose"], report["span"], day, gap)
        if verdict == "disagree" or (verdict == "far" and not act_words(report["head"]) & group["heads"]):
            return False
    return day is None or not known or min(abs(day - d) for d in known) <= gap


def _each(group: dict, words: set[str], left_out: set[str] = frozenset()) -> float:
    """Wording shared with the closest of the group's first reports, ``left_out`` and one-letter
    tokens not counted."""

    def kept(found: set[str]) -> set[str]:
        return {w for w in found - left_out if len(w) > 1}

    return max((_overlap(kept(words), kept(c)) for c in group["clauses"]), default=0.0)


def _same(group: dict, report: dict, limits: dict) -> bool:
    if group["row"].type != report["type"] or not _close(
        group, report["day"], limits["timeline_day_gap"], report
    ):
        return False
    actors, recipients = report["actors"], report["recipients"]
    named_across = (
        report["article"] not in group["articles"]
        and bool(report["named"] & group["words"] or group["named"] & report["words"])
        and _each(group, report["words"]) >= limits["timeline_cross_type_wording"]
    )
    if not (actors & group["actors"]) and (actors or group["actors"]) and not named_across:
        return False
    if recipients and group["recipients"]:
        shared = bool(recipients & group["recipients"])
        acted_on_across = (
            report["article"] not in group["articles"]
            and bool(report["head"])
            and report["head"] in group["heads"]
            and bool(report["acted_on"] & group["words"] or group["acted_on"] & report["words"])
            and _each(
                group,
                report["words"],
                group["name_words"]
                | report["name_words"]
                | group["acted_on"]
                | report["acted_on"]
                | {w for w in report["words"] | group["words"] if _verb_head(w) == report["head"]},
            )
            >= limits["timeline_unstated_wording"]
        )
        worded = _each(group, report["words"]) >= limits["timeline_wording"] and _recipient_told(
            group, report, limits
        )
        return shared or worded or acted_on_across
    left_out = report["named"] | group["named"]
    return _each(group, report["words"], left_out) >= limits["timeline_unstated_wording"]


def _recipient_told(group: dict, report: dict, limits: dict) -> bool:
    """A join on wording alone with different recipients: each recipient named in the other's
    sentence (``timeline_recipient_told``), unless the two are one sentence's wording."""
    own = {w for w in report["words"] if len(w) > 1}
    if not limits["timeline_recipient_told"] or any(
        own == {w for w in c if len(w) > 1} for c in group["clauses"]
    ):
        return True
    acted_on = report["acted_on"]
    return bool(acted_on & group["words"] or not acted_on) and bool(
        group["acted_on"] & report["words"] or not group["acted_on"]
    )


def _across(group: dict, report: dict, limits: dict) -> bool:
    one_act = (  # the same verb (or a synonym) to the same recipient (timeline_act_across)
        limits["timeline_act_across"]
        and bool(report["head"])
        and bool(report["recipients"] & group["recipients"])
        and bool(act_words(report["head"]) & group["heads"])
    )
    return (
        group["row"].type != report["type"]
        and bool(report["actors"] & group["actors"])
        and (one_act or _each(group, report["words"]) >= limits["timeline_cross_type_wording"])
        and report["article"] not in group["articles"]
        and _close(group, report["day"], limits["timeline_day_gap"], report)
    )


def _every_happening(
    events: list[Event], articles: dict[str, Article], names: dict[str, str]
) -> list[TimelineRow]:
    """The grouping rule spelled out: each report, in order, tried against every happening made
    before it (its own type first, then the others), wording compared entry by entry. A report
    without any day is looked at beside the happenings made without one only."""
    limits = Settings.load().stories
    made: list[dict] = []
    for event in sorted(events, key=lambda e: event_order(e, articles.get(e.article_id))):
        article = articles.get(event.article_id)
        when, granularity, day = report_day(event, article)
        actors = _actor_keys(event.actors, event.actor_entity_ids)
        recipients = _actor_keys(event.recipients, event.recipient_entity_ids)
        words = content_words(event.sentence)

        report = {"type": event.type, "article": event.article_id, "day": day, "words": words}
        report |= {"actors": actors, "recipients": recipients, "named": _name_words(event.actors)}
        report |= {"head": _verb_head(event.trigger), "acted_on": _name_words(event.recipients)}
        report |= {"span": worded_span(event, when, granularity)}
        report |= {"name_words": {w for name in event.actors for w in re.findall(r"[a-z0-9]+", name.lower())}}
        candidates = made if day is not None else [g for g in made if g["undated"]]
        target = next((g for g in candidates if _same(g, report, limits)), None) or next(
            (g for g in candidates if _across(g, report, limits)), None
        )
        if target is None:
            shown_actors = _display(event.actors, event.actor_entity_ids, names)
            shown_recipients = _display(event.recipients, event.recipient_entity_ids, names)
            verb = event.trigger or event.type.lower()
            summary = " ".join(
                filter(None, [", ".join(shown_actors) or "?", verb, ", ".join(shown_recipients)])
            )
            row = TimelineRow(when, "event", event.type, summary, shown_actors, shown_recipients)
            row.date_granularity = granularity
            target = {"row": row, "actors": set(), "recipients": set(), "words": set(), "days": Counter()}
            target |= {"dated": Counter()}
            target |= {"named": set(), "clauses": [], "heads": set(), "acted_on": set(), "name_words": set()}
            target |= {"articles": set(), "undated": day is None, "worded": set(), "loose": set()}
            made.append(target)
        target["actors"] |= actors
        target["recipients"] |= recipients
        target["words"] |= words
        target["named"] |= report["named"]
        target["heads"].add(report["head"])
        target["acted_on"] |= report["acted_on"]
        target["name_words"] |= report["name_words"]
        if len(target["clauses"]) < _CLAUSES_KEPT:
            target["clauses"].append(words)
        target["days"][day] += 1
        if report["span"] is not None:
            target["worded"].add(report["span"])
        elif day is not None:
            target["loose"].add(day)
        target["articles"].add(event.article_id)
        row = target["row"]
        if when and granularity and (when, granularity) == (event.date, event.date_granularity):
            target["dated"][day] += 1  # dated by its own words: the day most such reports give
            if target["dated"][day] > target["dated"][day_number(row.date)] or day_number(row.date) == day:
                row.date, row.date_granularity = when, granularity
        elif when and not target["dated"] and day is not None and day < (day_number(row.date) or LAST_DAY):
            row.date, row.date_granularity = when, granularity  # else the first day it was reported
        outlet = _outlet(article)
        if outlet not in row.outlets:
            row.outlets.append(outlet)
        if not any(w["article_id"] == event.article_id and w["text"] == event.sentence for w in row.wording):
            row.wording.append({"outlet": outlet, "article_id": event.article_id, "text": event.sentence})
        row.ids.append(event.event_id)
    return sorted((g["row"] for g in made), key=TimelineRow.order)


def _article(rng: random.Random, i: int) -> tuple[Article, Extraction]:
    """About four articles a day; most tell that Ada met Other Person0 again (a daily happening
    that never closes), some twice in one article, the rest other acts on nearby days."""
    aid = f"art{i:04d}"
    day = i * DAYS // 600
    published = None if i % 41 == 0 else _day(day)
    article = Article(aid, f"{aid}.txt", "text", outlet=rng.choice(OUTLETS), published=published)
    mentions = [Mention(aid, "Ada Quill", 0, 9, "PERSON", entity_id=ADA, mention_id=f"{aid}:m0")]
    events = []
    for n in range(rng.randint(1, 4)):
        daily = rng.random() < 0.6
        other = "person-0" if daily else rng.choice([k for k in PEOPLE if k not in (ADA, "person-0")])
        when = rng.random()
        date = None if when < 0.08 else "2025-03" if when < 0.12 else _day(max(0, day - rng.randint(0, 2)))
        sentence = (
            "Ada Quill met Other Person0 for the river talks again"
            if daily and rng.random() < 0.7
            else " ".join(rng.choices(WORDS, k=rng.randint(3, 7)))
        )
        events.append(
            Event(aid, "CONSULT" if daily else rng.choice(["CONSULT", "ACCUSE", "AID", "REJECT"]), n * 10,
                  n * 10 + 9, sentence, trigger="met", actors=[PEOPLE[ADA]], actor_entity_ids=[ADA],
                  recipients=[PEOPLE[other]], recipient_entity_ids=[other], date=date,
                  date_granularity="month" if date == "2025-03" else "day", event_id=f"{aid}:e{n}")
        )  # fmt: skip
    return article, Extraction(mentions=mentions, events=events)


@pytest.fixture
def store(db_url: str) -> Store:
    opened = filled_store(db_url, _article, 600, 5, PEOPLE)
    yield opened
    opened.close()


def test_the_stream_gives_the_rows_of_trying_every_happening(store: Store):
    articles = {a.article_id: a for a in store.articles()}
    events = [e for e in store.events() if not e.negated]
    expected = [r.to_json() for r in _every_happening(events, articles, PEOPLE)]
    streamed = [r.to_json() for r in stream_entity_timeline(store, ADA, batch=9)]
    assert streamed == expected
    longest = max(expected, key=lambda r: len(r["ids"]))
    assert len(longest["ids"]) > 300  # one happening told every day of the months
    assert len(longest["wording"]) < len(longest["ids"])  # a sentence twice in an article: once
    assert any(r["date"] is None for r in expected) and len(expected) > 30


def test_a_happening_reported_daily_for_years_groups_in_linear_time():
    """20,000 articles over 1,000 days each tell the same daily meeting (the densest person of
    200,000 synthetic articles has ~55 reports a day): one row, its wording one entry an article."""
    start = date(2020, 1, 1)
    articles = {
        f"a{i}": Article(
            f"a{i}", f"a{i}", "", outlet=OUTLETS[i % 4], published=str(start + timedelta(i // 20))
        )
        for i in range(20000)
    }
    events = [
        Event(f"a{i}", "CONSULT", 0, 1, f"Ada Quill met Other Person0 in round {i % 7}", trigger="met",
              actors=["Ada Quill"], actor_entity_ids=[ADA], recipients=["Other Person0"],
              recipient_entity_ids=["person-0"], date=str(start + timedelta(i // 20 - i % 2)),
              date_granularity="day", event_id=f"e{i}")
        for i in range(20000)
    ]  # fmt: skip
    random.Random(2).shuffle(events)
    started = time.process_time()
    rows = group_events(events, articles, PEOPLE)
    assert len(rows) == 1 and len(rows[0].ids) == len(rows[0].wording) == 20000
    assert time.process_time() - started < 10  # each report against every wording so far: minutes
