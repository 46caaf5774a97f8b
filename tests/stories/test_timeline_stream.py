"""An entity's whole timeline comes as a stream: the rows of grouping its whole history at once,
in date order, holding only the happenings of the last few days, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import random

import pytest
from typer.testing import CliRunner

from newsprism.cli.main import app
from newsprism.models import Article, Event, Extraction, Mention, Quote
from newsprism.store.store import Store
from newsprism.stories import timeline_group, timeline_quote_groups
from newsprism.stories.timeline import build_timeline
from newsprism.stories.timeline_stream import stream_entity_timeline
from synthetic_store import filled_store

ADA = "person-ada"
PEOPLE = {ADA: "Ada Quill"} | {f"person-{n}": f"Other Person{n}" for n in range(12)}
OUTLETS = ["Ledger", "Courier", "Herald", "Wire", None]
WORDS = "talks river dam border treaty grain fleet tariff vote budget strike port".split()
DAYS = 90
# Statements, each repeated by several articles over the days.
SAID = [" ".join(random.Random(n).sample([f"word{k}" for k in range(50)], 5)) for n in range(60)]


def _day(n: int) -> str:
    return f"2025-{1 + n // 28:02d}-{1 + n % 28:02d}"


def _article(rng: random.Random, i: int) -> tuple[Article, Extraction]:
    aid = f"art{i:04d}"
    day = i * DAYS // 400
    published = None if i % 23 == 0 else _day(day)
    text = " ".join(rng.choices(WORDS, k=40))
    article = Article(aid, f"{aid}.txt", text, outlet=rng.choice(OUTLETS), published=published)
    mentions = [Mention(aid, "Ada Quill", 0, 9, "PERSON", entity_id=ADA, mention_id=f"{aid}:m0")]
    events, quotes = [], []
    for n in range(rng.randint(0, 3)):
        other = rng.choice([key for key in PEOPLE if key != ADA])
        ada_acts = rng.random() < 0.8
        when = rng.random()
        date = None if when < 0.1 else "2025-03" if when < 0.15 else _day(max(0, day - rng.randint(0, 3)))
        events.append(
            Event(aid, rng.choice(["CONSULT", "ACCUSE", "AID", "REJECT", "THREATEN"]), n * 10, n * 10 + 9,
                  " ".join(rng.choices(WORDS[:6], k=rng.randint(3, 7))), trigger="met",
                  actors=[PEOPLE[ADA] if ada_acts else PEOPLE[other]],
                  actor_entity_ids=[ADA if ada_acts else other],
                  recipients=[PEOPLE[other] if ada_acts else PEOPLE[ADA]],
                  recipient_entity_ids=[other if ada_acts else ADA],
                  date=date, date_granularity="month" if date == "2025-03" else "day",
                  negated=rng.random() < 0.05, event_id=f"{aid}:e{n}")
        )  # fmt: skip
    for n in range(rng.randint(0, 2)):
        quotes.append(
            Quote(aid, SAID[(i // 8 + rng.randint(0, 3)) % len(SAID)], 100 + n * 30, 120 + n * 30, "direct",
                  speaker="Ada Quill", speaker_entity_id=ADA, quote_id=f"{aid}:q{n}")
        )  # fmt: skip
    if i % 31 == 5:  # quoted, never named by a mention (so no event of its names her either)
        mentions, events = [], []
    return article, Extraction(quotes=quotes, mentions=mentions, events=events)


@pytest.fixture
def store(db_url: str) -> Store:
    opened = filled_store(db_url, _article, 400, 11, PEOPLE)
    yield opened
    opened.close()


def _all_article_ids(store: Store) -> list[str]:
    return [a.article_id for a in store.articles()]


def test_the_stream_gives_the_rows_of_grouping_the_whole_history_at_once(store: Store):
    whole = [
        r.to_json() for r in build_timeline(store, entity=ADA, quotes=True, within=_all_article_ids(store))
    ]
    streamed = [r.to_json() for r in stream_entity_timeline(store, ADA, quotes=True, batch=7)]
    assert streamed == whole
    assert any(len(r["outlets"]) > 1 for r in whole if r["kind"] == "event")  # grouped across outlets
    assert any(len(r["ids"]) > 1 for r in whole if r["kind"] == "quote")
    assert any(r["date"] is None for r in whole)  # undated rows come last
    assert [r["date"] or "9999" for r in whole] == sorted(r["date"] or "9999" for r in whole)
    # The whole history through the usual entry point is the stream, also with a limit.
    assert [r.to_json() for r in build_timeline(store, entity=ADA, quotes=True)] == whole
    top = build_timeline(store, entity=ADA, quotes=True, limit=10, within=_all_article_ids(store))
    assert [r.to_json() for r in build_timeline(store, entity=ADA, quotes=True, limit=10)] == [
        r.to_json() for r in top
    ]
    events_only = [r.to_json() for r in build_timeline(store, entity=ADA, within=_all_article_ids(store))]
    assert [r.to_json() for r in stream_entity_timeline(store, ADA, batch=50)] == events_only


def test_the_stream_holds_only_the_happenings_of_the_last_few_days(store: Store, monkeypatch):
    most_open = {"events": 0, "quotes": 0}
    add_event, add_quote = timeline_group.EventGroups.add, timeline_quote_groups.QuoteGroups.add

    def counting_event(self, *args):
        most_open["events"] = max(most_open["events"], len(self.index.order))
        return add_event(self, *args)

    def counting_quote(self, *args):
        most_open["quotes"] = max(most_open["quotes"], len(self.open))
        return add_quote(self, *args)

    monkeypatch.setattr(timeline_group.EventGroups, "add", counting_event)
    monkeypatch.setattr(timeline_quote_groups.QuoteGroups, "add", counting_quote)
    rows = list(stream_entity_timeline(store, ADA, quotes=True, batch=16))
    events = [r for r in rows if r.kind == "event"]
    quotes = [r for r in rows if r.kind == "quote"]
    # About 4 articles a day: a happening stays open for its reports' days and the 2 after.
    assert len(events) > 80 and most_open["events"] < len(events) / 4
    # Statements stay open 30 days after their last report (of 90): under half of them at once.
    assert len(quotes) > 40 and most_open["quotes"] < len(quotes) / 2


def test_timeline_all_for_an_entity_streams_through_the_cli(store: Store):
    if not store.url.startswith("sqlite"):
        pytest.skip("the CLI test reads the SQLite file")
    whole = [
        r.to_json() for r in build_timeline(store, entity=ADA, quotes=True, within=_all_article_ids(store))
    ]
    db = store.url.removeprefix("sqlite:///")
    result = CliRunner().invoke(
        app, ["timeline", "--db", db, "--entity", ADA, "--all", "--quotes", "-f", "jsonl"]
    )
    assert result.exit_code == 0, result.output
    assert [json.loads(line) for line in result.stdout.splitlines()] == whole
