"""Acts an editor's chronology lists that the events stage missed (issue 19, branch timeline44):
a question dodged is a refusal, a retirement announced is leaving a post, and a past pledge with
a condition on what is pledged is made. Read through extract_events on invented sentences, with
the sentences of the same words that are no such act."""

from __future__ import annotations

import pytest

import newsprism.events.rules as rules
from newsprism.events.extract import extract_events
from newsprism.models import Article


def events_of(nlp, text: str):
    return extract_events(nlp(text), Article(article_id="t44", source="test", text=text))


def typed(nlp, text: str, event_type: str):
    return [e for e in events_of(nlp, text) if e.type == event_type]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Mayor Olsen dodged a reporter's question about the stadium deal on Friday.", "Olsen"),
        ("The minister sidestepped questions about the leaked memo.", "minister"),
        ("Governor Alvarez evaded the question of whether she would run again.", "Alvarez"),
        ("The spokesman deflected questions about the audit.", "spokesman"),
    ],
)
def test_a_question_dodged_is_a_refusal(nlp, text, actor):
    found = typed(nlp, text, "REJECT")
    assert found, text
    assert any(actor in name for name in found[0].actors)


@pytest.mark.parametrize(
    "text",
    [
        "The factory avoided a shutdown after the strike ended.",
        "The town dodged a bullet when the storm turned north.",
        "The committee avoided major cases that term.",
    ],
)
def test_dodging_what_is_no_question_is_no_refusal(nlp, text):
    assert not typed(nlp, text, "REJECT"), text


def test_a_retirement_announced_is_leaving_a_post(nlp):
    found = typed(nlp, "Judge Harriet Moss announced her retirement in May.", "RETREAT")
    assert found and "Harriet Moss" in found[0].actors


def test_retirement_savings_are_no_event(nlp):
    assert not events_of(nlp, "Her retirement savings were wiped out by the crash.")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Senator Pruitt pledged to back Ms. Lane if she wins the primary.", "Pruitt"),
        ("The mayor promised a full inquiry if the allegations proved true.", "mayor"),
        ("The union has vowed to support the contract if members approve it.", "union"),
    ],
)
def test_a_past_pledge_on_a_condition_is_made(nlp, text, actor):
    found = [e for e in events_of(nlp, text) if e.trigger.split()[0] in ("pledged", "promised", "vowed")]
    assert found, text
    assert any(actor in name for name in found[0].actors)
    assert not found[0].hypothetical


@pytest.mark.parametrize(
    "text",
    [
        "He would pledge to support the deal if the terms improved.",
        "If she promised to lower taxes, voters might back her.",
    ],
)
def test_a_supposed_pledge_stays_unmade(nlp, text):
    assert all(e.hypothetical for e in events_of(nlp, text) if e.type == "AGREE"), text


def test_conditional_pledges_can_be_switched_off(nlp):
    text = "Senator Pruitt pledged to back Ms. Lane if she wins the primary."
    with rules.switched_off({"conditional_pledges"}):
        found = [e for e in events_of(nlp, text) if e.type == "AGREE"]
    # off, the pledge is read as the condition's: supposed (hypothetical) or, as an offer on a
    # condition (events/not_done.py), no event; never a pledge made
    assert all(e.hypothetical for e in found)
