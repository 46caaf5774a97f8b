"""An act told in the past perfect without date words of its own is background, done at some
unknown time before the story's: the default timeline leaves it out, so it is neither dated by its
article's day nor a row of its own. Reported speech ("said they had reached a deal") is today's
news and stays. The flag is the events stage's (from the parse), stored and read back. Beside a linked actor, a common noun the parse took along is not shown as an actor."""

from __future__ import annotations

import json
from pathlib import Path

from newsprism.config import Settings
from newsprism.models import Event
from newsprism.pipeline import analyze
from newsprism.store.store import Store
from newsprism.stories.timeline import build_timeline
from newsprism.stories.timeline_reads import undated_background

ARTICLE = {
    "id": "herald-1",
    "outlet": "Lakeside Herald",
    "published": "2025-03-12",
    "title": "Governor signs water bill",
    "text": (
        "Governor Marta Lindqvist signed the water bill on Tuesday.\n\n"
        "The bill gives farmers less than half of the money that Senator Oskar Brandt had demanded "
        "for new canals.\n\n"
        "Senator Oskar Brandt criticized the bill on Wednesday.\n\n"
        "Lawmakers said they had reached an agreement with Governor Marta Lindqvist on the canals.\n\n"
        "Governor Marta Lindqvist met with the farmers and others at the capitol on Tuesday."
    ),
}


def _store(tmp_path: Path) -> Store:
    source = tmp_path / "a.jsonl"
    source.write_text(json.dumps(ARTICLE) + "\n", encoding="utf-8")
    settings = Settings.load(db=str(tmp_path / "t.db"), processes=1)
    store = Store(settings.db)
    analyze([str(source)], store, settings)
    return store


def test_an_undated_past_perfect_act_is_background_and_reported_speech_is_not(tmp_path: Path):
    store = _store(tmp_path)
    events = {e.trigger: e for e in store.events()}
    assert events["demanded"].background  # "the money that Brandt had demanded", stored
    assert undated_background(events["demanded"])
    assert not events["criticized"].background  # the same actor's act, told as it happened
    assert not events["reached agreement"].background  # "said they had reached": reported speech
    rows = build_timeline(store)
    assert [r.type for r in rows if "Oskar Brandt" in r.actors] == ["ACCUSE"]
    reported = [r for r in build_timeline(store, unnamed=True) if r.type == "AGREE"]
    assert reported and reported[0].actors == ["Lawmakers"]  # "said they had reached": kept


def test_a_common_noun_beside_a_linked_actor_is_not_shown_as_an_actor(tmp_path: Path):
    store = _store(tmp_path)
    (met,) = [r for r in build_timeline(store) if r.type == "CONSULT"]
    assert met.actors == ["Marta Lindqvist"]


def _event(background: bool, date_text: str | None = None) -> Event:
    sentence = "Ana Ruiz had met the mayor."
    return Event(
        "a", "CONSULT", 0, len(sentence), sentence, trigger="met", background=background, date_text=date_text
    )


def test_a_dated_background_act_is_kept():
    assert undated_background(_event(True))
    assert not undated_background(_event(True, "in 2019"))  # "had met the mayor in 2019": dated
    assert not undated_background(_event(False))
