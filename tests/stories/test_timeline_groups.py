"""A whole group of people (a party, a nationality: "Democrats", "Republicans") names no one who
acted: the default timeline leaves its acts out, as it leaves out acts of no linked actor; with
``unnamed`` they are shown, and the group's own timeline shows them."""

from __future__ import annotations

import json
from pathlib import Path

from newsprism.config import Settings
from newsprism.pipeline import analyze
from newsprism.store.store import Store
from newsprism.stories.timeline import build_timeline

ARTICLE = {
    "id": "herald-2",
    "outlet": "Lakeside Herald",
    "published": "2025-03-12",
    "title": "Senate passes water bill",
    "text": (
        "The Senate passed the water bill on Tuesday.\n\n"
        "Senator Oskar Brandt criticized the bill on Wednesday.\n\n"
        "Republicans criticized the governor on Wednesday for the delays."
    ),
}


def _store(tmp_path: Path) -> Store:
    source = tmp_path / "a.jsonl"
    source.write_text(json.dumps(ARTICLE) + "\n", encoding="utf-8")
    settings = Settings.load(db=str(tmp_path / "t.db"), processes=1)
    store = Store(settings.db)
    analyze([str(source)], store, settings)
    return store


def test_a_group_s_acts_are_left_out_of_the_default_timeline_but_not_its_own(tmp_path: Path):
    store = _store(tmp_path)
    group = [e for e in store.events() if any(i and i.startswith("norp-") for i in e.actor_entity_ids)]
    assert group, [(e.trigger, e.actors, e.actor_entity_ids) for e in store.events()]
    shown = [r.summary for r in build_timeline(store)]
    assert any("Brandt" in s for s in shown) and not any(s.startswith("Republicans") for s in shown), shown
    every = [r.summary for r in build_timeline(store, unnamed=True)]
    assert any(s.startswith("Republicans") for s in every), every
    own = build_timeline(store, entity=group[0].actor_entity_ids[0])
    assert [r.summary for r in own if r.summary.startswith("Republicans")], [r.summary for r in own]
