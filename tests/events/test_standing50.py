"""Issue 20 (branch events50a): false events recurring over the blind sets, as general rules: who pays
for a thing told as a description, an objection to a frame naming no one, an act tried told as a noun,
and "press ahead"; invented sentences."""

from __future__ import annotations

from test_events import events_of

from newsprism.events import rules


def _first(nlp, text: str) -> str | None:
    found = events_of(nlp, text)
    return found[0].type if found else None


def test_funding_told_as_a_description_is_no_aid(nlp):
    described = [
        "The Velmar Fund, which is financed by the Department of Rivers, is at the centre of the row.",
        "Voters in Dunmore saw ads from the Harbor Action PAC funded by developer Ilse Varga last spring.",
        "Norland Media continues to fund Norland News, which loses millions a year.",
    ]
    for text in described:
        assert _first(nlp, text) is None, text
    with rules.switched_off(["funding_descriptions"]):
        assert any(_first(nlp, text) == "AID" for text in described)
    assert _first(nlp, "The Trevian government funded the rebels in 2015.") == "AID"


def test_an_objection_to_a_frame_naming_no_one_is_no_criticism(nlp):
    texts = [
        "Senators objected to the way the farm code was being rewritten.",
        "Councillor Amara Lenz takes issue with that characterization.",
    ]
    for text in texts:
        assert _first(nlp, text) is None, text
    with rules.switched_off(["frames_objected"]):
        assert all(_first(nlp, text) == "ACCUSE" for text in texts)
    assert _first(nlp, "Senator Dalby objected to the governor's plan.") == "ACCUSE"
    assert _first(nlp, "Senator Dalby objected to the way the governor handled the crisis.") == "ACCUSE"


def test_an_act_tried_told_as_a_noun_is_not_done(nlp):
    text = "We survived the county government's latest attempt to dismiss my lawsuit."
    assert _first(nlp, text) is None
    with rules.switched_off(["attempts_unreal"]):
        assert _first(nlp, text) is not None
    assert _first(nlp, "An attempt to assassinate the deputy governor, Ivo Marek, was thwarted.") == "ASSAULT"
    assert _first(nlp, "The mayor rejected the council's attempt to cut the budget.") == "REJECT"


def test_pressing_ahead_asks_nothing_of_anyone(nlp):
    # data only (events.yaml not_events); checked to fail against main's src
    assert (
        _first(nlp, "Democrats insist that's no obstacle as they press ahead toward votes on the bill.")
        is None
    )
    assert _first(nlp, "The mayor pressed the council to delay the vote.") == "REQUEST"
