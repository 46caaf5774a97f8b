"""Issue 20 (branch events47): acts told only as possibilities, relative clauses that characterise
a kind of party, and stances against a thing naming no one are no events; invented sentences."""

from __future__ import annotations

from test_events import events_of

from newsprism.events import rules
from newsprism.events.generic_acts import habitual_relative


def _types(nlp, text: str) -> list[str]:
    return [e.type for e in events_of(nlp, text)]


def test_a_possible_act_with_no_doer_is_no_event(nlp):
    text = "“As a young farmer, you know, Tobin can get shot going to the post office,” she said."
    assert "ASSAULT" not in _types(nlp, text)
    with rules.switched_off(["possible_acts"]):
        assert "ASSAULT" in _types(nlp, text)


def test_a_hostile_act_a_party_says_it_may_do_stays_a_threat(nlp):
    text = "Moravia could recall its envoy from Lutsk if the talks fail, the foreign minister said."
    assert "THREATEN" in _types(nlp, text)


def test_a_simple_present_relative_characterises(nlp):
    doc = nlp("The real targets are dissidents who question the ruling council.")
    verb = next(t for t in doc if t.lower_ == "question")
    assert habitual_relative(verb)  # a kind of party described, no act told
    with rules.switched_off(["habitual_relatives"]):
        assert not habitual_relative(verb)
    one = nlp("The fine is a penalty, which the company denies.")
    assert not habitual_relative(next(t for t in one if t.lower_ == "denies"))  # one case, said now


def test_a_past_relative_still_reports_an_act(nlp):
    text = "The sheriff praised the states that sued the Ardent Corporation last year."
    assert _types(nlp, text)


def test_deriding_a_thing_naming_no_one_is_a_stance(nlp):
    text = "Senator Vail derided impeachment throughout the autumn."
    assert "ACCUSE" not in _types(nlp, text)
    with rules.switched_off(["stances_against_things"]):
        assert "ACCUSE" in _types(nlp, text)


def test_opposing_a_nomination_stays_a_rejection(nlp):
    # opposing or resisting a nomination, a ruling or a bill is a REJECT of it (PLOVER)
    assert "REJECT" in _types(nlp, "Senator Vail opposed the nomination throughout the autumn.")


def test_deriding_a_party_or_its_deal_stays_criticism(nlp):
    assert "ACCUSE" in _types(nlp, "Governor Pell derided Mayor Quist as a coward on Monday.")
    assert "ACCUSE" in _types(nlp, "Governor Pell derided Mayor Quist's budget deal on Monday.")
