"""Timelines: one row per happening, listing every outlet that reported it, in date order."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newsprism.cli.main import app
from newsprism.config import Settings
from newsprism.pipeline import analyze
from newsprism.store.store import Store
from newsprism.stories.timeline import build_timeline, render_html

REPORTS = [
    {
        "id": "ledger-1",
        "outlet": "Valley Ledger",
        "published": "2025-06-06",
        "title": "Norland and Estavia agree to share river data",
        "text": (
            "Norland and Estavia signed an agreement on Thursday to share river flow data, ending a "
            "two-year dispute over the northern dams.\n\n"
            "\u201cThis is a fair deal for both of our countries,\u201d said Ilse Varga, Norland's water minister."
        ),
    },
    {
        "id": "courier-7",
        "outlet": "Estavia Courier",
        "published": "2025-06-06",
        "title": "River data pact ends dam dispute",
        "text": (
            "Estavia and Norland signed an agreement on Thursday under which both will share river flow "
            "data, officials said.\n\n"
            "\u201cThis is a fair deal for both of our countries,\u201d Norland's water minister Ilse Varga said "
            "after the ceremony <b>in the capital</b>."
        ),
    },
]


def build(tmp_path: Path) -> Store:
    source = tmp_path / "reports.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in REPORTS), encoding="utf-8")
    settings = Settings.load(db=str(tmp_path / "t.db"), processes=1)
    store = Store(settings.db)
    analyze([str(source)], store, settings)
    return store


def test_one_happening_reported_twice_is_one_row_with_both_outlets(tmp_path: Path):
    store = build(tmp_path)
    assert all(r.kind == "event" for r in build_timeline(store))  # quotes only when asked for
    rows = build_timeline(store, quotes=True)
    dates = [r.date for r in rows]
    assert dates == sorted(dates)

    signing = [r for r in rows if r.kind == "event" and r.date == "2025-06-05"]
    assert signing, [r.to_json() for r in rows]
    assert set(signing[0].outlets) == {"Valley Ledger", "Estavia Courier"}
    assert {w["article_id"] for w in signing[0].wording} == {"ledger-1", "courier-7"}

    quote_rows = [r for r in rows if r.kind == "quote" and "fair deal" in r.summary]
    assert len(quote_rows) == 1 and set(quote_rows[0].outlets) == {"Valley Ledger", "Estavia Courier"}
    assert quote_rows[0].actors == ["Ilse Varga"]


def test_timeline_for_an_entity_and_html_is_escaped(tmp_path: Path):
    store = build(tmp_path)
    rows = build_timeline(store, entity="Ilse Varga", quotes=True)
    assert rows and all("Ilse Varga" in r.actors for r in rows)
    page = render_html(build_timeline(store), title="<River>")
    assert "&lt;River&gt;" in page and "<River>" not in page


def test_timeline_cli_formats_and_unknown_entity(tmp_path: Path):
    store = build(tmp_path)
    runner = CliRunner()
    out = runner.invoke(app, ["timeline", "--db", store.url.removeprefix("sqlite:///"), "-f", "jsonl"])
    assert out.exit_code == 0
    keys = json.loads(out.stdout.splitlines()[0]).keys()
    assert {"date", "kind", "type", "summary", "outlets", "wording"} <= set(keys)
    missing = runner.invoke(
        app, ["timeline", "--db", store.url.removeprefix("sqlite:///"), "--entity", "Nobody"]
    )
    assert missing.exit_code == 1 and "Error: no entity named 'Nobody'" in missing.stderr


def test_a_row_is_dated_when_it_happened():
    from newsprism.models import Article, Event
    from newsprism.stories.timeline import happening_date

    article = Article(article_id="a", source="a", text="", published="2013-04-20")

    def event(type_: str, when: str, date_text: str, sentence: str) -> Event:
        return Event("a", type_, 0, 1, sentence, date=when, date_granularity="day", date_text=date_text)

    seized = event(
        "SEIZE", "2013-04-15", "Monday", "Police captured the suspect, sought since Monday's bombings."
    )
    assert happening_date(seized, article) == ("2013-04-20", "day")  # a passing mention's date
    fled = event("SEIZE", "2013-04-19", "Friday", "Police captured the suspect on Friday.")
    assert happening_date(fled, article) == ("2013-04-19", "day")
    accused = Event(
        "a", "ACCUSE", 0, 1, "She accused him of assault at a 1982 party.", date="1982", date_text="1982"
    )
    assert happening_date(accused, article) == ("2013-04-20", "day")  # when it was said
    called = event("REQUEST", "2012-06-09", "June 9", "On June 9, the minister called on the allies to act.")
    assert happening_date(called, article) == ("2012-06-09", "day")  # a speech act dated to its day


def test_quotes_group_as_by_comparing_every_pair_and_fast_for_a_much_quoted_speaker():
    import random
    import time

    from newsprism.models import Article, Quote
    from newsprism.stories.timeline import content_words, group_quotes

    def pairwise(quotes: list[Quote]) -> list[list[str]]:  # the rule, checked against every earlier group
        groups: list[tuple[str, set[str], list[str]]] = []
        for quote in quotes:
            words = content_words(quote.text)
            for speaker, group_words, ids in groups:
                shared = len(words & group_words) / max(1, min(len(words), len(group_words)))
                if speaker == quote.speaker and shared >= 0.6:
                    ids.append(quote.quote_id)
                    break
            else:
                groups.append((quote.speaker, words, [quote.quote_id]))
        return sorted(ids for _, _, ids in groups)

    rng = random.Random(3)
    articles = {
        "a": Article(article_id="a", source="a.txt", text="", outlet="Ledger", published="2025-01-02")
    }
    for trial in range(200):
        vocabulary = [f"w{i}" for i in range(rng.randint(3, 40))]
        quotes = [
            Quote(article_id="a", text=" ".join(rng.choices(vocabulary, k=rng.randint(0, 9))), start=0,
                  end=1, kind="direct", speaker=rng.choice(["Varga", "Feld"]), quote_id=f"q{i}")
            for i in range(rng.randint(1, 40))
        ]  # fmt: skip
        assert sorted(row.ids for row in group_quotes(quotes, articles)) == pairwise(quotes), trial

    common = [f"c{i}" for i in range(30)]
    many = [
        Quote(article_id="a", text=" ".join(rng.choices(common, k=6) + [f"r{i}x{k}" for k in range(6)]),
              start=0, end=1, kind="direct", speaker="Varga", quote_id=f"m{i}")
        for i in range(4000)
    ]  # fmt: skip
    started = time.process_time()
    assert len(group_quotes(many, articles)) == 4000  # every quote its own statement
    assert time.process_time() - started < 5  # not every pair: that is quadratic in the quotes


def test_one_happening_typed_differently_by_two_outlets_is_one_row():
    from newsprism.models import Article, Event
    from newsprism.stories.timeline import group_events

    articles = {
        aid: Article(article_id=aid, source=aid, text="", outlet=outlet, published="2025-03-04")
        for aid, outlet in (("a", "Ledger"), ("b", "Courier"), ("c", "Herald"))
    }

    def event(aid: str, type_: str, sentence: str, actor: str = "Varga", eid: str = "person-1") -> Event:
        return Event(
            aid,
            type_,
            0,
            1,
            sentence,
            trigger=type_.lower(),
            actors=[actor],
            actor_entity_ids=[eid],
            date="2025-03-04",
            date_granularity="day",
            event_id=f"{aid}-{type_}",
        )

    walkout = "Minister Varga walked out of the river talks in Dunmore on Tuesday"
    rows = group_events(
        [
            event("a", "RETREAT", walkout),
            event("b", "REJECT", "On Tuesday minister Varga walked out of the river talks in Dunmore"),
            event("c", "REJECT", "Varga praised the harvest festival organisers warmly"),  # other wording
        ],
        articles,
        {"person-1": "Ilse Varga"},
    )
    told = [r for r in rows if len(r.outlets) > 1]
    assert len(rows) == 2 and len(told) == 1 and set(told[0].outlets) == {"Ledger", "Courier"}
    # Within one article, two types in one sentence are two acts, not one report told twice.
    same_article = group_events(
        [event("a", "RETREAT", walkout), event("a", "REJECT", walkout)], articles, {"person-1": "Ilse Varga"}
    )
    assert len(same_article) == 2
    # A group named in the singular and the plural (linked as two entities) is one actor.
    signed = "all 42 Senate Republicans signed a letter vowing to block the bill"
    groups = group_events(
        [
            event("a", "SUPPORT", signed, "Republicans", "norp-1"),
            event("b", "SUPPORT", "Every Senate Republican has signed onto a letter", "Republican", "norp-2"),
            event("c", "SUPPORT", "Every Estavian has signed onto a letter", "Estavian", "norp-3"),
        ],
        articles,
        {},
    )
    assert sorted(len(r.outlets) for r in groups) == [1, 2]


def test_events_group_as_by_trying_every_happening_and_fast_for_a_much_reported_person(monkeypatch):
    import random
    import time

    from newsprism.models import Article, Event
    from newsprism.stories import timeline_index
    from newsprism.stories.timeline import group_events

    rng = random.Random(7)
    outlets = ["Ledger", "Courier", "Herald", "Wire"]
    articles = {
        f"a{i}": Article(article_id=f"a{i}", source=f"a{i}", text="", outlet=outlets[i % 4],
                         published=f"2025-03-{1 + i % 20:02d}")
        for i in range(60)
    }  # fmt: skip
    words = [f"w{i}" for i in range(12)]

    def events(n: int, days: int) -> list[Event]:
        found = []
        for i in range(n):
            day = rng.randrange(days + 1)  # the last: undated
            found.append(
                Event(rng.choice(list(articles)), rng.choice(["CONSULT", "ACCUSE", "AID"]), i, i + 1,
                      " ".join(rng.choices(words, k=rng.randint(2, 7))),
                      actors=rng.sample(["Varga", "Feld", "Osei"], rng.randint(1, 2)),
                      actor_entity_ids=[None, None], recipients=rng.sample(["Dunmore", "Lisk"], rng.randint(0, 1)),
                      date=None if day == days else f"2025-{3 + day // 28:02d}-{1 + day % 28:02d}",
                      date_granularity="day", event_id=f"e{i}")
            )  # fmt: skip
        return found

    def grouped(found: list[Event]) -> list[list[str]]:
        return sorted(row.ids for row in group_events(found, articles, {}))

    for trial in range(60):
        found = events(rng.randint(1, 80), rng.randint(1, 40))
        by_day = grouped(found)
        with monkeypatch.context() as patched:  # every happening of the type and of the actors tried
            patched.setattr(timeline_index.HappeningIndex, "near", lambda self, day: None)
            assert by_day == grouped(found), trial

    many = events(20000, 1500)
    started = time.process_time()
    assert sum(len(ids) for ids in grouped(many)) == 20000
    assert time.process_time() - started < 20  # not every pair of happenings: that was quadratic


def test_an_entity_timeline_page_is_made_from_its_newest_articles(tmp_path: Path):
    from newsprism.entities.profiles import find_entity
    from newsprism.stories.timeline_pages import entity_timeline_page

    store = build(tmp_path)
    varga = find_entity(store, "Ilse Varga").entity_id
    whole = build_timeline(store, entity=varga, quotes=True)
    rows, cursor, read = entity_timeline_page(store, varga, quotes=True)
    assert read == 2 and cursor is None and [r.to_json() for r in rows] == [r.to_json() for r in whole]
    first, cursor, read = entity_timeline_page(store, varga, articles=1, quotes=True)
    assert read == 1 and cursor
    second, cursor, read = entity_timeline_page(store, varga, after=cursor, articles=1, quotes=True)
    assert read == 1 and cursor is None
    pages = [{w["article_id"] for r in page for w in r.wording} for page in (first, second)]
    assert pages == [{"ledger-1"}, {"courier-7"}]  # same day: by id, the later first
    cli = CliRunner().invoke(
        app,
        [
            "timeline",
            "--db",
            store.url.removeprefix("sqlite:///"),
            "--entity",
            "Ilse Varga",
            "--quotes",
            "-f",
            "jsonl",
        ],
    )
    assert cli.exit_code == 0
    assert [json.loads(line) for line in cli.stdout.splitlines()] == [r.to_json() for r in whole]


def test_a_story_timeline_from_facts_already_read_is_the_one_read_from_the_store(tmp_path: Path):
    store = build(tmp_path)
    story = next(iter(store.stories()))
    events, quotes = (
        list(store.events(article_ids=story.articles)),
        list(store.quotes(article_ids=story.articles)),
    )
    read = build_timeline(store, story_id=story.story_id, quotes=True, limit=30)
    given = build_timeline(store, story_id=story.story_id, quotes=True, limit=30, facts=(events, quotes))
    assert read and [r.to_json() for r in given] == [r.to_json() for r in read]
    only_one = build_timeline(store, story_id=story.story_id, quotes=True, facts=(events[:1], []))
    assert len(only_one) <= 1  # the rows come from the facts given, not from another read


def test_a_happening_reported_again_the_next_day_keeps_the_day_it_happened():
    """Reports without date words carry their article's day ("by then"): two next-morning
    reports do not move a hearing to the morning after, and a report that dates it wins."""
    from newsprism.models import Article, Event
    from newsprism.stories.timeline import group_events

    published = {"a": "2025-03-04", "b": "2025-03-05", "c": "2025-03-05", "d": "2025-03-05"}
    outlets = {"a": "Ledger", "b": "Courier", "c": "Herald", "d": "Gazette"}
    articles = {
        aid: Article(article_id=aid, source=aid, text="", outlet=outlets[aid], published=day)
        for aid, day in published.items()
    }
    said = "Varga rebuffed the committee's questions about the river contract at the hearing"

    def event(aid: str, date: str | None = None, date_text: str | None = None) -> Event:
        return Event(
            aid, "REJECT", 0, 1, said, trigger="rebuffed", actors=["Varga"], actor_entity_ids=["person-1"],
            recipients=["committee"], date=date or published[aid], date_granularity="day" if date_text else None,
            date_text=date_text, event_id=f"{aid}-REJECT",
        )  # fmt: skip

    names = {"person-1": "Ilse Varga"}
    rows = group_events([event("a"), event("b"), event("c")], articles, names)
    assert len(rows) == 1 and len(rows[0].outlets) == 3
    assert rows[0].date == "2025-03-04"  # the first day it was reported, not the day most reports came
    dated = group_events([event("a"), event("b"), event("d", "2025-03-03", "Monday")], articles, names)
    assert len(dated) == 1 and dated[0].date == "2025-03-03" and dated[0].date_granularity == "day"


def test_a_much_reported_actor_s_other_acts_of_one_type_are_not_one_row():
    """A shared actor alone does not make one happening: when a report states no recipient it
    must share some wording beyond the actor's name, and wording is compared with each report of
    a row, not with all of its words at once (a busy row holds the words of any new sentence)."""
    from newsprism.models import Article, Event
    from newsprism.stories.timeline import group_events

    outlets = {"a": "Ledger", "b": "Courier", "c": "Herald", "d": "Wire", "e": "Post"}
    articles = {
        aid: Article(article_id=aid, source=aid, text="", outlet=outlet, published="2025-03-04")
        for aid, outlet in outlets.items()
    }

    def event(aid: str, type_: str, sentence: str, recipients: tuple[str, ...] = ()) -> Event:
        return Event(aid, type_, 0, 1, sentence, trigger="accused", actors=["Varga"],
                     actor_entity_ids=["person-1"], recipients=list(recipients),
                     recipient_entity_ids=[f"org-{r}" for r in recipients], date="2025-03-04",
                     date_granularity="day", event_id=f"{aid}-{type_}")  # fmt: skip

    names = {"person-1": "Ilse Varga"}
    rows = group_events(
        [
            event("a", "ACCUSE", "Varga accused the ministry of hiding the dam survey", ("ministry",)),
            event("b", "ACCUSE", "Varga testified that the inquiry was neither rigged nor partisan"),
            event("c", "ACCUSE", "In a letter Varga said the ministry was hiding the dam survey"),
        ],
        articles,
        names,
    )
    by_outlets = sorted(sorted(r.outlets) for r in rows)
    assert by_outlets == [["Courier"], ["Herald", "Ledger"]], [r.to_json() for r in rows]

    busy = group_events(
        [
            event("a", "ACCUSE", "Varga accused the ministry of hiding the dam survey", ("ministry",)),
            event(
                "b", "ACCUSE", "Varga accused the ministry over the harvest festival budget", ("ministry",)
            ),
            event("d", "REJECT", "Varga rejected the dam survey and the festival budget"),  # typed otherwise
        ],
        articles,
        names,
    )
    assert sorted(len(r.outlets) for r in busy) == [1, 2], [r.to_json() for r in busy]
    # The "s" of "Varga's" is no word the two sentences share.
    possessive = group_events(
        [
            event("a", "ACCUSE", "Varga's probe of the ministry was a witch hunt, he tweeted", ("ministry",)),
            event("b", "ACCUSE", "Here is Varga's reply to what he called an unfair question"),
        ],
        articles,
        names,
    )
    assert len(possessive) == 2, [r.to_json() for r in possessive]
