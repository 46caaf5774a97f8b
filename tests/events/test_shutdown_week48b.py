"""Issue 20 (branch events48b): false events and mistypes of a real budget-standoff week, as general
rules: a stated willingness to reach a deal naming no party, a confidence felt and an act judged hard,
things held hostage and contests of standing won, an advantage pressed against someone, a naming
verb's quoted words after a long object; invented sentences."""

from __future__ import annotations

from test_events import events_of

from newsprism.events import rules


def _first(nlp, text: str) -> str | None:
    found = events_of(nlp, text)
    return found[0].type if found else None


def test_a_willingness_to_reach_a_deal_naming_no_party_is_no_offer(nlp):
    text = 'Governor Pell said he was "ready, willing and able" to reach a deal to reopen the Marlow bridge.'
    assert _first(nlp, text) is None
    with rules.switched_off(["willingness_without_party"]):
        assert _first(nlp, text) == "AGREE"
    # naming the other side, or willing to do a thing for someone, stays an offer (PLOVER's AGREE)
    assert _first(nlp, "Governor Pell said he was ready to reach a deal with the Tollan League.") == "AGREE"
    assert (
        _first(nlp, "Tarsia is willing to send equipment to help defend Ostrava, its minister said.")
        == "AGREE"
    )


def test_a_confidence_felt_and_an_act_judged_hard_are_no_acts(nlp):
    assert (
        _first(nlp, "Their ranks have grown, and they felt emboldened last year to demand a budget fight.")
        is None
    )
    text = '"It is hard for the governor to negotiate when the other side walks away," Senator Vail said.'
    assert _first(nlp, text) is None
    with rules.switched_off(["for_to_frames"]):
        assert _first(nlp, text) == "CONSULT"


def test_things_held_hostage_and_contests_of_standing_won_are_no_events(nlp):
    assert (
        _first(nlp, "They are holding the flood relief money hostage for a vote on the Marlow bridge.")
        is None
    )
    assert (
        _first(nlp, "Corvane Republicans were confident they were winning the public relations game.") is None
    )


def test_an_advantage_pressed_against_a_rival_is_criticism_and_alone_nothing(nlp):
    text = "The Vail campaign pressed its advantage against Brannock, tying his vote to the bridge collapse."
    assert _first(nlp, text) == "ACCUSE"
    assert _first(nlp, "Corvane Democrats pressed their advantage in the assembly.") is None


def test_a_naming_verbs_quoted_words_after_a_long_object_judge_it(nlp):
    text = (
        "Brannock called their secret March 2019 meeting in the Varn Hotel with the Tarsian envoy Olek Strand "
        "during the campaign \u201ctreasonous\u201d and \u201cunpatriotic.\u201d"
    )
    assert _first(nlp, text) == "ACCUSE"
    with rules.switched_off(["long_named_objects"]):
        assert _first(nlp, text) == "CONSULT"


def test_what_a_fact_does_not_mean_is_no_report(nlp):
    text = "The reported subpoena of Brannock does not mean he is a target of the Varn inquiry."
    assert _first(nlp, text) is None


def test_ordering_someone_to_act_is_a_demand_and_ordering_forces_their_move(nlp):
    assert (
        _first(nlp, "Governor Pell ordered the Marlow council to restart the shelter program.") == "REQUEST"
    )
    assert _first(nlp, "The judge ordered the city of Marlow to reopen the shelter.") == "SANCTION"
    text = "General Strand ordered his troops to withdraw from the Ostravan border town."
    assert _first(nlp, text) == "MOBILIZE"
    with rules.switched_off(["commanded_forces"]):
        assert _first(nlp, text) == "REQUEST"
