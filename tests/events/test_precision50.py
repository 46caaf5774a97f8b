"""Issue 20 point 1 (branch events50b): false events of a real fortnight's random sample, as general
rules: a negative inversion claims no precedent; literal senses of "pull out", "amass", "hit"; a wish
told by "dying to"; invented sentences."""

from __future__ import annotations

from test_events import events_of

from newsprism.events import rules


def _types(nlp, text: str) -> list[str]:
    return [event.type for event in events_of(nlp, text)]


def test_a_negative_inversion_reports_no_act(nlp):
    texts = [
        "Never before has a Veldan president intentionally disavowed members of his party.",
        "Rarely have the Osterlin councillors rejected a budget from the mayor.",
        "Not once has the Veldan premier condemned the militia.",
    ]
    for text in texts:
        assert _types(nlp, text) == [], text
    with rules.switched_off(["negative_inversions"]):
        assert all(_types(nlp, text) for text in texts)
    assert "ACCUSE" in _types(nlp, "The Veldan president condemned members of his party on Monday.")


def test_a_thing_pulled_out_is_no_withdrawal(nlp):
    assert "RETREAT" not in _types(nlp, "Then the mayor pulled a folded sheet of paper out of her coat.")
    assert "RETREAT" in _types(nlp, "The Trevian army pulled out of the border town on Monday.")


def test_research_amassed_is_no_mobilisation(nlp):
    assert "MOBILIZE" not in _types(
        nlp, "Democrats in Osterlin are amassing their own research on the governor."
    )
    assert "MOBILIZE" in _types(nlp, "The Trevian army amassed troops on the border with Veldia.")


def test_news_hitting_outlets_is_no_attack(nlp):
    assert _types(nlp, "It did not take long for news of the merger to hit mainstream media outlets.") == []


def test_thing_pronouns_provisions_and_fault_judged_tell_no_act(nlp):
    texts = {
        "thing_pronoun_doers": "Aides doubt that Senate Democrats will vote for anything that funds the canal.",
        "provisions": "The Osterlin charter was adopted in 1921 and calls for an elected water board.",
        "blame_predicates": "The only question in Dunmore now is who is to blame for the flood.",
    }
    for group, text in texts.items():
        assert _types(nlp, text) == [], text
        with rules.switched_off([group]):
            assert _types(nlp, text), (group, text)
    assert "REQUEST" in _types(nlp, "The Osterlin council called for an elected water board in 1921.")
    assert "ACCUSE" in _types(nlp, "Mayor Quist told reporters that the river authority was to blame.")


def test_dying_to_blame_is_a_wish(nlp):
    assert "ACCUSE" not in _types(nlp, "The tabloid press is dying to blame the flood on Mayor Orrin Vale.")
