"""The precision gate (events/gate.py): a learned check drops unlikely events the rules propose."""

from __future__ import annotations

import pytest

from newsprism.events import gate
from newsprism.events.extract import extract_events
from newsprism.events.rules import switched_off
from newsprism.models import Article

# The writer's own generic present: companies in general offering discounts, no one acting on anyone.
GENERIC = '"Companies offer discounts to customers who sign up early," I said.'
REPORTED = "The senator accused the governor of lying about the budget."


def events_of(nlp, text: str):
    return extract_events(nlp(text), Article(article_id="g1", source="test", text=text))


@pytest.fixture
def gate_setting(monkeypatch):
    """Set the gate's environment settings for one test, read afresh."""

    def setting(**values: str) -> None:
        for key, value in values.items():
            monkeypatch.setenv(f"NEWSPRISM_EVENTS_{key.upper()}", value)
        gate.gate_setting.cache_clear()

    yield setting
    monkeypatch.delenv("NEWSPRISM_EVENTS_GATE", raising=False)
    monkeypatch.delenv("NEWSPRISM_EVENTS_GATE_THRESHOLD", raising=False)
    gate.gate_setting.cache_clear()


def test_gate_drops_a_generic_offer_and_keeps_a_reported_accusation(nlp, gate_setting):
    gate_setting(gate="true", gate_threshold="0.15")
    with switched_off(["precision_gate"]):
        assert [e.type for e in events_of(nlp, GENERIC)] == ["AGREE"]  # a rule fires
    assert events_of(nlp, GENERIC) == []  # the gate drops it
    found = events_of(nlp, REPORTED)
    assert found and found[0].type == "ACCUSE"


def test_settings_turn_the_gate_off_and_move_its_threshold(nlp, gate_setting):
    gate_setting(gate="false")  # the default (settings.toml): the rules alone
    assert [e.type for e in events_of(nlp, GENERIC)] == ["AGREE"]
    gate_setting(gate="true", gate_threshold="0.0")
    assert [e.type for e in events_of(nlp, GENERIC)] == ["AGREE"]  # nothing falls below 0
    gate_setting(gate="true", gate_threshold="0.99")
    assert events_of(nlp, REPORTED) == []


def test_features_are_general_not_words(nlp):
    doc = nlp(REPORTED)
    with switched_off(["precision_gate"]):
        event = events_of(nlp, REPORTED)[0]
    from newsprism.events.extract import find_triggers, load_lexicon

    sent = next(iter(doc.sents))
    trigger = {t.token.idx: t for t in find_triggers(sent, load_lexicon())}[event.trigger_start]
    names = gate.features(event, trigger, 0, 1, sent, load_lexicon())
    assert not any(word in name for name in names for word in ("senator", "governor", "accus", "budget"))
    assert names["type:ACCUSE"] == 1.0 and names["past"] == 1.0
