"""The analyze job: parallel parsing gives the same facts, an interrupted run resumes cleanly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsprism.config import Settings
from newsprism.pipeline import PARALLEL_MIN_ARTICLES, analyze
from newsprism.store.store import Store

PEOPLE = ["Anna Berg", "Piotr Lasko", "Maria Okafor", "Jonas Weil", "Clara Dunne", "Omar Haddad"]
PLACES = ["Veltria", "Norland", "Estavia", "Kaldor"]


def invented_articles(count: int) -> list[dict]:
    """Small, varied articles written for the test: a quote, a meeting, a date."""
    articles = []
    for i in range(count):
        speaker = PEOPLE[i % len(PEOPLE)]
        place, other = PLACES[i % 4], PLACES[(i + 1) % 4]
        articles.append(
            {
                "id": f"art-{i:03d}",
                "title": f"{place} and {other} hold talks on river rights, round {i}",
                "text": (
                    f"Officials from {place} met their counterparts from {other} in the capital on Tuesday "
                    f"to discuss water rights along the shared river, the {i}th round of such talks.\n\n"
                    f"\u201cWe expect progress on the northern dams this year,\u201d said {speaker}, "
                    f"the chief negotiator for {place}. \u201cBut nothing is agreed yet.\u201d\n\n"
                    f"{speaker.split()[1]} said the next round would take place in {other} in the spring."
                ),
                "outlet": ["River Times", "Daily Ledger", "Capital Wire"][i % 3],
                "published": f"2025-04-{1 + i % 28:02d}",
            }
        )
    return articles


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def facts(db: str) -> list[tuple]:
    store = Store(db)
    rows = [(q.article_id, q.text, q.speaker, q.start, q.end) for q in store.quotes()]
    rows += [(e.article_id, e.type, tuple(e.actors), e.date) for e in store.events()]
    store.close()
    return sorted(rows, key=repr)


def test_parallel_run_gives_the_same_facts_as_one_process(tmp_path: Path):
    source = write_jsonl(tmp_path / "a.jsonl", invented_articles(PARALLEL_MIN_ARTICLES + 4))
    one = Settings.load(db=str(tmp_path / "one.db"), processes=1, batch_size=8)
    two = Settings.load(db=str(tmp_path / "two.db"), processes=2, batch_size=8)
    first = analyze([str(source)], Store(one.db), one)
    second = analyze([str(source)], Store(two.db), two)
    assert first.new == second.new == PARALLEL_MIN_ARTICLES + 4
    assert first.quotes == second.quotes > 0
    assert facts(one.db) == facts(two.db)


def test_interrupted_run_keeps_what_was_stored_and_resumes(tmp_path: Path, settings: Settings):
    source = write_jsonl(tmp_path / "a.jsonl", invented_articles(10))
    store = Store(settings.db)

    def interrupt_after_three(summary) -> None:
        if summary.new and summary.quotes and len(list(store.articles())) >= 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        analyze(
            [str(source)],
            store,
            Settings.load(db=settings.db, processes=1, batch_size=2),
            on_article=interrupt_after_three,
        )
    stored = list(store.articles())
    assert len(stored) == 3 and all(a.status == "ok" for a in stored)
    for article in stored:  # each stored article has its facts: nothing half-written
        assert list(store.quotes(article_ids=[article.article_id]))

    assert store.unlinked_article_ids()  # interrupted before the cross-article stages ran

    resumed = analyze([str(source)], store, settings)
    assert resumed.unchanged == 3 and resumed.new == 7 and resumed.failed == 0
    assert len(list(store.articles())) == 10
    assert store.unlinked_article_ids() == []  # the interrupted ones were linked too
    assert all(a.story_id for a in store.articles())


def test_same_article_twice_in_one_run_is_stored_once(tmp_path: Path, settings: Settings):
    records = invented_articles(2)
    source = write_jsonl(tmp_path / "a.jsonl", records + records[:1])
    summary = analyze([str(source)], Store(settings.db), settings)
    assert summary.new == 2 and summary.unchanged == 1


def test_an_article_over_max_chars_is_failed_not_cut(tmp_path: Path):
    records = invented_articles(2)
    records[1]["text"] += "".join(
        f"\n\nIn round {n} the delegates discussed item {n} at length." for n in range(200)
    )
    source = write_jsonl(tmp_path / "a.jsonl", records)
    settings = Settings.load(db=str(tmp_path / "t.db"), processes=1, max_chars=5000)
    summary = analyze([str(source)], Store(settings.db), settings)
    assert summary.new == 1 and summary.failed == 1
    assert "too long" in summary.failures[0][1] and "max_chars" in summary.failures[0][1]
    failed = list(Store(settings.db).articles(status="failed"))
    assert [a.article_id for a in failed] == ["art-001"]


def test_every_failure_is_recorded_and_warnings_are_reported(tmp_path: Path, settings: Settings):
    records = invented_articles(2)
    records[0]["published"] = "2019-02-30"
    lines = [json.dumps(records[0]), "{broken", json.dumps({"title": "no text"}), json.dumps(records[1])]
    source = tmp_path / "feed.jsonl"
    source.write_text("\n".join(lines) + "\n", "utf-8")
    (tmp_path / "empty.txt").write_text("  \n", "utf-8")
    failures, warnings = [], []
    store = Store(settings.db)
    summary = analyze(
        [str(source), str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt")],
        store,
        settings,
        on_failure=lambda where, problem: failures.append(where),
        on_warning=lambda where, problem: warnings.append((where, problem)),
    )
    assert summary.new == 2 and summary.failed == 4
    assert failures == [
        f"{source}:2",
        f"{source}:3",
        str(tmp_path / "empty.txt"),
        str(tmp_path / "missing.txt"),
    ]
    assert sorted(a.source for a in store.articles(status="failed")) == sorted(failures)
    assert warnings == [
        (f"{source}:1", "date '2019-02-30' is not a possible date: stored without a date (the value is kept)")
    ]
    first = store.article("art-000")
    assert first.published is None and first.published_text == "2019-02-30"


def test_a_changed_file_replaces_its_article(tmp_path: Path, settings: Settings):
    path = tmp_path / "story.txt"
    path.write_text("Talks resumed on Tuesday.\n\n\u201cWe are close,\u201d said envoy Clara Dunne.", "utf-8")
    store = Store(settings.db)
    assert analyze([str(path)], store, settings).new == 1
    path.write_text(
        "Talks resumed on Tuesday.\n\n\u201cWe are far apart,\u201d said envoy Clara Dunne.", "utf-8"
    )
    again = analyze([str(tmp_path / "." / "story.txt")], store, settings)  # the same file, named otherwise
    assert (again.new, again.updated) == (0, 1)
    (article,) = store.articles()
    assert [q.text for q in store.quotes()] == ["We are far apart"]
    assert article.duplicate_of is None and article.story_id
