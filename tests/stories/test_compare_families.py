"""A word whose family the other outlets write (the noun for the verb) is no wording of its own."""

from __future__ import annotations

from test_stories import _add

from newsprism.models import RawArticle
from newsprism.store.store import Store
from newsprism.stories.compare import compare_story
from newsprism.stories.compare_text import stem, word_family

HARBOUR = [
    (
        "north-ledger",
        "Mayor Ilse Varga obstructed the harbour audit of the dredging budget, auditors found. "
        "The council will meet again on Friday to review the harbour dredging contract.",
    ),
    (
        "south-courier",
        "Auditors accused Mayor Ilse Varga of obstruction of the harbour dredging audit. The "
        "council will meet again on Friday to review the harbour dredging contract.",
    ),
    (
        "east-herald",
        "The harbour dredging audit met obstruction, auditors told the council of Mayor Ilse Varga. "
        "The council will meet again on Friday to review the harbour dredging contract.",
    ),
]


def test_word_family_meets_the_noun_and_the_verb():
    assert word_family(stem("obstructed")) == word_family(stem("obstruction"))
    assert word_family(stem("conspired")) == word_family(stem("conspiracy"))
    assert word_family(stem("exonerated")) == word_family(stem("exoneration"))
    for word in ("withering", "leader", "union", "nation"):  # no family cut to a stub
        assert word_family(stem(word)) == stem(word), word


def test_a_verb_whose_noun_every_other_outlet_writes_is_no_wording_of_its_own(settings, nlp):
    store = Store(settings.db)
    try:
        raws = [
            RawArticle(source=f"h{i}", raw_text=text, title="Harbour audit", outlet=outlet, given_id=f"h{i}")
            for i, (outlet, text) in enumerate(HARBOUR)
        ]
        _add(store, nlp, settings, raws, full=True)
        (story_id,) = {a.story_id for a in store.articles()}
        found = compare_story(store, story_id, full=True)
    finally:
        store.close()
    north = next(row for row in found["outlets"] if row["outlet"] == "north-ledger")
    verb = [item for item in north["loaded"] if item["text"] == "obstructed"]
    assert verb, north["loaded"]
    assert "no other outlet uses" not in verb[0]["why"]
    assert "100% of the other outlets use" in verb[0]["why"]
