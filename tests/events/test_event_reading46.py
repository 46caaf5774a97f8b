"""Issue 20 (branch actors46b): events a careful reader would call events, with the right actor.
Acts undone or never reached, fighting for a cause, a call held, a place of another clause, a
pronoun before a described speaker, a member described by place and party."""

from __future__ import annotations

from test_events import events_of

from newsprism.events import rules


def _found(nlp, text: str, **kwargs) -> list[tuple[str, list[str], list[str], bool]]:
    return [(e.type, list(e.actors), list(e.recipients), e.negated) for e in events_of(nlp, text, **kwargs)]


def test_an_act_in_a_renounced_pledge_is_not_done(nlp):
    text = "Mayor Hollis renounced a pledge he had made to support the party's nominee whoever it was."
    assert not [e for e in _found(nlp, text) if e[0] == "SUPPORT"]
    with rules.switched_off(["renounced_pledges"]):
        assert any(e[0] == "SUPPORT" for e in _found(nlp, text))


def test_an_act_never_come_round_to_is_not_done(nlp):
    text = "Whitlock, who never came around to endorsing Breck, spoke in Dayton."
    assert not [e for e in _found(nlp, text) if e[0] == "SUPPORT"]
    with rules.switched_off(["acts_never_reached"]):
        assert any(e[0] == "SUPPORT" for e in _found(nlp, text))


def test_fighting_for_a_party_is_no_attack(nlp):
    assert not [e for e in _found(nlp, "I can now fight for Ohio the way I want to.") if e[0] == "ASSAULT"]
    assert [e[0] for e in _found(nlp, "Rebels fought for control of Aleppo on Sunday.")] == ["ASSAULT"]
    with rules.switched_off(["one_person_fights"]):
        assert [e[0] for e in _found(nlp, "I can now fight for Ohio the way I want to, he wrote.")] == [
            "ASSAULT"
        ]


def test_a_call_held_is_a_meeting_and_a_call_as_setting_no_event(nlp):
    held = _found(nlp, "The committee held an emergency conference call on Monday evening.")
    assert [e[0] for e in held] == ["CONSULT"]
    said = "Stavros also made clear on the call it was the committee's goal to keep its majorities."
    assert not [e for e in _found(nlp, said) if e[0] == "REQUEST"]
    with rules.switched_off(["calls_held"]):
        assert [e[0] for e in _found(nlp, said)][:1] == ["REQUEST"]


def test_a_place_in_another_clause_is_no_target(nlp):
    text = (
        "Shortly after landing in El Paso for a dinner, Breck extended his attacks, railing against Whitlock."
    )
    found = _found(nlp, text)
    assert all("El Paso" not in e[2] for e in found)
    assert found[0][0] == "ACCUSE"


def test_describing_someone_as_a_friend_is_no_praise(nlp):
    text = "Another state senator who described Noyes as a friend said he was upset."
    assert not [e for e in _found(nlp, text) if e[0] == "SUPPORT"]


def test_a_pronoun_before_a_described_speaker_is_not_that_speaker(nlp):
    found = _found(nlp, "He asked Ruritania to investigate the Marlows, the informant said.")
    assert found[0][1] == ["He"]
    with rules.switched_off(["fronted_pronouns"]):
        assert _found(nlp, "He asked Ruritania to investigate the Marlows, the informant said.")[0][1] != [
            "He"
        ]
    assert _found(nlp, "The official said he would criticize the plan.")[0][1] == ["official"]


def test_a_member_described_by_place_and_party_is_the_one_introduced(nlp):
    text = (
        "House Speaker Carl Noyes spoke on Sunday. The Nebraska Republican held a conference call on Monday."
    )
    assert _found(nlp, text)[0][1] == ["Carl Noyes"]
    assert _found(nlp, "The Ohio Democrat criticized the plan.")[0][1] == ["The Ohio Democrat"]
    with rules.switched_off(["described_members"]):
        assert _found(nlp, "The Ohio Democrat criticized the plan.")[0][1] == ["Democrat"]
