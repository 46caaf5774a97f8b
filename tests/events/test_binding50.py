"""Stop 50 (helper pronoun50b, rule group ``commanded_name``): a subject pronoun never resolves to a
name that is an argument of its own clause (binding), though that name was the last subject named.
Invented text through real spaCy."""

from __future__ import annotations

from test_events import events_of

from newsprism.quotes import rules

BOUND = (
    "Mayor Dan Wexley spoke at the harbor on Tuesday.\n\n"
    "Senator Bo Kray sank the harbor bill last month.\n\n"
    "It was clear that he was placing the blame on Kray for the lost jobs."
)


def _blamer(nlp):
    return next(e.actors for e in events_of(nlp, BOUND) if "blame" in e.trigger)


def test_a_subject_pronoun_is_not_a_name_its_own_clause_takes(nlp):
    assert _blamer(nlp) == ["Dan Wexley"]
    with rules.switched_off(["commanded_name"]):
        assert _blamer(nlp) == ["Bo Kray"]
