"""Issue-20 faults of stop 43 (branch events43b): a modal above does not make a past fact below it
unreal; a participle set off after a name ("X (R-ME), asked about it, says") leaves X the
speaker; offices of faith and rank ("the pope", "the admiral") are people who act."""

from __future__ import annotations

import pytest
from test_events import events_of

from newsprism.events import rules


def _find(nlp, text: str, trigger: str):
    return [e for e in events_of(nlp, text) if e.trigger == trigger]


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        (
            "He said the panel would review the case, which has dragged on since the governor appointed him.",
            "appointed",
            "governor",
        ),
        ("The board could reopen the file because the mayor fired her in March.", "fired", "mayor"),
        ("The treaty might collapse because the envoy attacked the minister last week.", "attacked", "envoy"),
        ("The council would meet again after the sheriff arrested two protesters.", "arrested", "sheriff"),
        (  # a counterfactual above: the appointing still happened
            "The court would have heard the case, which has dragged on since the mayor appointed her.",
            "appointed",
            "mayor",
        ),
    ],
)
def test_a_past_fact_under_a_modal_stays_an_event(nlp, text, trigger, actor):
    found = _find(nlp, text, trigger)
    assert found and any(actor in a for a in found[0].actors), text
    with rules.switched_off(["facts_under_modals"]):
        assert _find(nlp, text, trigger) == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("He said the panel would meet after the governor fired him.", "fired"),  # future told in the past
        ("The panel would review the case before the governor fired him.", "fired"),  # may never happen
        ("The board could fire him if the governor criticized the plan.", "criticized"),  # a condition
        ("The court would have heard the case if the mayor had appointed her.", "appointed"),
        ("Any delay would be because the mayor fired the director.", "fired"),  # a reason supposed
    ],
)
def test_what_a_modal_may_still_govern_stays_unreal(nlp, text, trigger):
    assert _find(nlp, text, trigger) == []


@pytest.mark.parametrize(
    ("text", "speaker", "other"),
    [
        (
            "Sen. Jane Doe (R-ME), asked about the agency on Sunday, says the agency misled lawmakers.",
            "Jane Doe",
            "agency",
        ),
        (
            "Rep. John Roe (D-NY), pressed on the deal, said the governor betrayed voters.",
            "John Roe",
            "governor",
        ),
    ],
)
def test_a_participle_after_a_name_leaves_the_name_speaking(nlp, text, speaker, other):
    found = events_of(nlp, text)
    assert [e.trigger for e in found] in (["says"], ["said"])  # "asked", "pressed": who she is
    event = found[0]
    assert any(speaker in a for a in event.actors)
    assert not any(speaker in r for r in event.recipients)
    assert any(other in r for r in event.recipients)
    with rules.switched_off(["fronted_participles"]):
        assert not any(
            speaker in a for e in events_of(nlp, text) for a in e.actors if e.trigger == event.trigger
        )


def test_a_clause_the_speaker_reports_is_no_participle(nlp):
    event = events_of(nlp, "Jane Doe criticized the agency, the aide said.")[0]
    assert event.trigger == "criticized" and any("Jane Doe" in a for a in event.actors)


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("The bishop was defrocked by the pope last year.", "pope", "bishop"),
        ("The archbishop condemned the cardinal in a letter.", "archbishop", "cardinal"),
        ("The imam praised the rabbi for his courage.", "imam", "rabbi"),
        ("The admiral criticized the senator on Monday.", "admiral", "senator"),
        ("The colonel was arrested by the captain.", "captain", "colonel"),
    ],
)
def test_offices_of_faith_and_rank_are_people(nlp, text, actor, recipient):
    event = events_of(nlp, text)[0]
    assert any(actor in a for a in event.actors)
    assert any(recipient in r for r in event.recipients)
