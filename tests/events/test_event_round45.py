"""Issue-20 false events of stop 45 (branch events45): what a rule requires is owed, not done, and a
verb joined to that requirement's complement shares its frame."""

from __future__ import annotations

import pytest
from test_events import events_of

from newsprism.events import rules


def _events(nlp, text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, list(e.actors), list(e.recipients)) for e in events_of(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The ordinance requires each vendor to renew the licence or pay a penalty.",
        "The new rule, which requires nearly every resident to obtain a permit or pay a penalty, starts in June.",
    ],
)
def test_a_verb_joined_to_what_a_rule_requires_is_owed(nlp, text):
    assert not any(t == "SANCTION" for t, _, _ in _events(nlp, text))
    with rules.switched_off(["shared_frames"]):
        assert any(t == "SANCTION" for t, _, _ in _events(nlp, text))


def test_what_a_rule_requires_is_owed_not_done(nlp):
    assert not any(t == "RETREAT" for t, _, _ in _events(nlp, "The agreement requires the army to withdraw."))


def test_a_verb_joined_to_what_is_said_keeps_its_own_frame(nlp):
    found = _events(nlp, "The minister said the army had crossed the river and shelled the village.")
    assert any(t == "ASSAULT" for t, _, _ in found)
