"""Issue 20 (branch events51c): trigger lexicon gaps found by pooling the true events of
blind3..blind32 that got no event (docs/measured/events.md, "Confusion of the true events"):
a lawsuit told as "suit", a weapons test, records or help sought, smearing someone; invented
sentences. Each fails with its entry taken out of data/events.yaml."""

from __future__ import annotations

from test_events import events_of


def _typed(nlp, text: str) -> list[tuple[str, str | None]]:
    return [(event.type, event.mode) for event in events_of(nlp, text)]


def test_a_suit_filed_or_brought_is_a_lawsuit(nlp):
    assert _typed(nlp, "The Talvo union has filed suit against the Brevan labor ministry.")[:1] == [
        ("ACCUSE", "allege")
    ]
    assert _typed(nlp, "Two Osterlin towns brought a suit against the water authority in March.")[:1] == [
        ("ACCUSE", "allege")
    ]


def test_following_suit_and_clothing_are_no_lawsuit(nlp):
    assert _typed(nlp, "The other Osterlin senators quickly followed suit.") == []
    assert _typed(nlp, "Governor Talvo wore a grey suit to the Brevan dinner.") == []


def test_a_nuclear_or_missile_test_conducted_is_a_show_of_force(nlp):
    assert _typed(nlp, "Veldia conducted its second nuclear test on Sunday.")[:1] == [("MOBILIZE", "weapons")]
    assert _typed(nlp, "Last month Trevia carried out a missile test near the Osterlin coast.")[:1] == [
        ("MOBILIZE", "weapons")
    ]


def test_records_or_help_sought_from_someone_are_requested(nlp):
    events = events_of(nlp, "The Brevan panel sought records from the Talvo bank last week.")
    assert [e.type for e in events][:1] == ["REQUEST"]
    assert events[0].recipients == ["Talvo bank"]
    assert _typed(nlp, "The Osterlin mayor sought help from the Trevian governor after the flood.")[:1] == [
        ("REQUEST", None)
    ]


def test_smearing_someone_is_criticism(nlp):
    assert _typed(nlp, "Senator Odrin smeared the Brevan whistleblower on Tuesday.")[:1] == [
        ("ACCUSE", "disapprove")
    ]
