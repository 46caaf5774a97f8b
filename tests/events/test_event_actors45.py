"""Issue 20 point 3 (branch actors45): who did what to whom when one act names another. A purpose
infinitive under an act is no act of its own; a manner of speaking offered is no offer; sitting
down meets only with someone; the owner of a judged act and the one addressed outside a quotation
are the recipients, not the nested act's target; water and land are no actors."""

from __future__ import annotations

import pytest
from test_events import events_of

from newsprism.events import rules
from newsprism.events.lexicon import can_act, load_lexicon


def _events(nlp, text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, list(e.actors), list(e.recipients)) for e in events_of(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Canada deployed two frigates to the Baltic to defend against Russian submarines.",
        "The army deployed tanks near the border in order to attack the rebel camps.",
    ],
)
def test_a_purpose_infinitive_is_no_second_act(nlp, text):
    found = _events(nlp, text)
    assert [t for t, _, _ in found] == ["MOBILIZE"]
    with rules.switched_off(["purpose_infinitives"]):
        assert len(_events(nlp, text)) == 2


def test_a_purpose_alone_still_counts(nlp):
    # no act above the infinitive: the meeting is what is told
    found = _events(nlp, "The foreign minister travelled to Oslo to meet the Norwegian premier.")
    assert found and found[0][0] == "CONSULT"


@pytest.mark.parametrize(
    "text",
    [
        "The governor offered a more conciliatory tone to the unions on Monday.",
        "The chancellor offered a softer message to farmers at the congress.",
    ],
)
def test_a_tone_offered_is_no_offer(nlp, text):
    assert not any(t == "AGREE" for t, _, _ in _events(nlp, text))


def test_an_offer_of_something_stays(nlp):
    found = _events(nlp, "The governor offered the unions a two-year wage deal.")
    assert found and found[0][0] == "AGREE"


def test_sitting_down_alone_is_no_meeting(nlp):
    assert _events(nlp, "The mayor sat down for a briefing on the flooding on Thursday.") == []
    found = _events(nlp, "The mayor sat down with the union leaders on Thursday.")
    assert found and found[0][0] == "CONSULT"


@pytest.mark.parametrize(
    "text, owner, target",
    [
        ("The senator praised Norway's sanctions against Belarus.", "Norway", "Belarus"),
        ("The minister condemned Serbia's blockade of Kosovo.", "Serbia", "Kosovo"),
    ],
)
def test_the_owner_of_a_judged_act_is_the_recipient(nlp, text, owner, target):
    _, _, recipients = _events(nlp, text)[0]
    assert owner in recipients and target not in recipients
    # victims_not_judged (stop 51) also drops a harmed "of" object ("blockade of Kosovo"): both off
    with rules.switched_off(["owners_judged", "victims_not_judged"]):
        assert target in _events(nlp, text)[0][2]


def test_a_target_inside_a_quotation_is_not_addressed(nlp):
    text = 'The envoy warned that Caracas "had better not make threats against Guyana."'
    _, _, recipients = _events(nlp, text)[0]
    assert "Caracas" in recipients and "Guyana" not in recipients
    with rules.switched_off(["quoted_targets"]):
        assert "Guyana" in _events(nlp, text)[0][2]


@pytest.mark.parametrize(
    "text, acts",
    [
        ("The Gulf of Aden threatened the coast.", False),
        ("The Strait of Malacca criticized the plan.", False),
        ("The frontier condemned the decision.", False),
        ("The Kremlin criticized the plan.", True),
        ("The West Bank welcomed the decision.", True),
    ],
)
def test_water_and_land_do_not_act(nlp, text, acts):
    doc = nlp(text)
    subject = next(t for t in doc if t.dep_ == "nsubj")
    assert can_act(subject, load_lexicon()) is acts


def test_a_by_phrase_on_a_passive_conjunct_names_both_doers(nlp):
    text = "The driver was stabbed and robbed by three teenagers near the station."
    _, actors, recipients = _events(nlp, text)[0]
    assert "teenagers" in " ".join(actors) and "driver" in " ".join(recipients)
    with rules.switched_off(["shared_agents"]):
        assert _events(nlp, text)[0][1] == []


def test_a_conjunct_with_its_own_auxiliary_keeps_its_doer_apart(nlp):
    found = _events(nlp, "The envoy was expelled and was later arrested by police.")
    assert found[0][0] == "SANCTION" and found[0][1] == []


def test_a_purpose_hung_on_an_object_is_the_subjects(nlp):
    # the parser hangs "to condemn" on "reporting" here, not on "pointed"
    text = "The Senator has pointed to the reporting to condemn the Farrow probe, and said Monday that she was wronged."

    def condemned() -> list[list[str]]:
        return [list(e.actors) for e in events_of(nlp, text) if e.trigger == "condemn"]

    assert condemned() == [["Senator"]]
    with rules.switched_off(["purposes_on_objects"]):
        assert condemned() in ([], [[]])


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Government troops recaptured the airport on Sunday.", "ASSAULT"),
        ("The 5th Circuit ruled that the state could not enforce the law.", "SANCTION"),
        ("Before the vote, the governor had spoken well of the mayor.", "SUPPORT"),
        ("The senator has spoken highly of the nominee.", "SUPPORT"),
    ],
)
def test_retaking_a_circuit_ruling_and_speaking_well_of_someone(nlp, text, kind):
    found = _events(nlp, text)
    assert found and found[0][0] == kind


def test_speaking_of_someone_is_no_praise(nlp):
    assert not any(t == "SUPPORT" for t, _, _ in _events(nlp, "The governor spoke of the mayor at length."))


def test_whom_a_judging_phrase_is_of(nlp):
    text = "Before the vote, the governor had spoken well of the mayor."
    assert _events(nlp, text)[0][2] == ["mayor"]
    with rules.switched_off(["judged_of"]):
        assert _events(nlp, text)[0][2] == []
