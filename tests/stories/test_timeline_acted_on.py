"""Two outlets' reports of one act whose parses took different recipients are one row when they
use the same verb and one names the other's recipient; other verbs, or one article, stay apart."""

from __future__ import annotations

import json
from pathlib import Path

from newsprism.config import Settings
from newsprism.models import Article, Event
from newsprism.pipeline import analyze
from newsprism.store.store import Store
from newsprism.stories.timeline import build_timeline
from newsprism.stories.timeline_group import _verb_head, group_events

REPORTS = [
    {
        "id": "herald-2",
        "outlet": "Lakeside Herald",
        "published": "2025-03-12",
        "title": "Mayor offers to wear a microphone",
        "text": (
            "Mayor Tomas Ekberg offered to wear a microphone into the council chamber to record the "
            "budget vote secretly, according to two aides who described the plan.\n\n"
            "The council meets again next week."
        ),
    },
    {
        "id": "courier-2",
        "outlet": "Valley Courier",
        "published": "2025-03-12",
        "title": "Ekberg offered microphone",
        "text": (
            "In a radio interview to promote her new book, former aide Lena Dahl said Mayor Tomas "
            "Ekberg offered to wear a microphone during his next meeting with the governor.\n\n"
            "The governor did not comment."
        ),
    },
]


def test_one_offer_parsed_with_two_recipients_by_two_outlets_is_one_row(tmp_path: Path):
    source = tmp_path / "r.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in REPORTS), encoding="utf-8")
    settings = Settings.load(db=str(tmp_path / "t.db"), processes=1)
    store = Store(settings.db)
    analyze([str(source)], store, settings)
    recipients = sorted(tuple(e.recipients) for e in store.events() if e.type == "AGREE")
    assert len(recipients) == 2 and recipients[0] != recipients[1]  # the parses disagree
    (row,) = [r for r in build_timeline(store) if r.type == "AGREE"]
    assert sorted(row.outlets) == ["Lakeside Herald", "Valley Courier"]


ARTICLES = {
    "a": Article("a", "a", "", outlet="Ledger", published="2025-03-12"),
    "b": Article("b", "b", "", outlet="Courier", published="2025-03-12"),
}


def _offer(article_id: str, sentence: str, trigger: str, recipient: str) -> Event:
    return Event(
        article_id,
        "AGREE",
        0,
        len(sentence),
        sentence,
        trigger=trigger,
        actors=["Ana Ruiz"],
        actor_entity_ids=["person-ruiz"],
        recipients=[recipient],
        recipient_entity_ids=[None],
        event_id=f"{article_id}:{trigger}:{recipient}",
    )


def test_another_verb_or_the_same_article_keeps_two_acts():
    first = _offer(
        "a", "Ana Ruiz offered the union a raise at the port on Monday morning.", "offered", "union"
    )
    other_verb = _offer(
        "b", "Ana Ruiz promised the union leaders new cranes for the docks.", "promised", "leaders"
    )
    assert len(group_events([first, other_verb], ARTICLES, {})) == 2
    same_article = _offer(
        "a", "Ana Ruiz offers the union leaders new cranes for the docks.", "offers", "leaders"
    )
    assert len(group_events([first, same_article], ARTICLES, {})) == 2
    another_offer = _offer(
        "b", "Ana Ruiz offers the union leaders new cranes for the docks.", "offers", "leaders"
    )
    assert len(group_events([first, another_offer], ARTICLES, {})) == 2  # one verb, nothing else shared
    same_offer = _offer("b", "Ana Ruiz offers union leaders a raise at the port.", "offers", "leaders")
    assert len(group_events([first, same_offer], ARTICLES, {})) == 1  # "union" named, "raise at the port"
    assert _verb_head("offered to") == _verb_head("offers") == "offer"
