"""Issue 20 (branch events51b): false events of a real week's reading, as general rules: acts avoided
or refrained from are not done; whose bidding an act is done at is no recipient; the victim of an act
judged is not the one judged; a when-clause on a norm is a condition. Invented sentences."""

from __future__ import annotations

from test_events import events_of

from newsprism.events import rules


def _types(nlp, text: str) -> list[str]:
    return [event.type for event in events_of(nlp, text)]


def _recipients(nlp, text: str, event_type: str) -> list[str]:
    return [r for e in events_of(nlp, text) if e.type == event_type for r in e.recipients]


def test_an_act_avoided_is_not_done(nlp):
    texts = [
        "The Veldan senator had avoided attacking the governor.",
        "Critics noted her tendency to avoid offering a full defense of the premier.",
        "The Osterlin mayor refrained from criticizing the police chief.",
    ]
    for text in texts:
        assert _types(nlp, text) == [], text
    with rules.switched_off(["avoided_acts"]):
        assert all(_types(nlp, text) for text in texts)
    assert "ACCUSE" in _types(nlp, "The Osterlin mayor criticized the police chief on Monday.")


def test_whose_bidding_an_act_is_done_at_is_no_recipient(nlp):
    texts = [
        "The Brask militia is investigating the shooting at Mr. Tolvar's direction.",
        "The agency investigated the senator at the request of Parliament.",
    ]
    for text in texts:
        names = _recipients(nlp, text, "ACCUSE")
        assert "Tolvar" not in names and "Parliament" not in names, (text, names)
    with rules.switched_off(["bidding_not_acted_on"]):
        assert "Tolvar" in _recipients(nlp, texts[0], "ACCUSE")
        assert "Parliament" in _recipients(nlp, texts[1], "ACCUSE")
    assert "senator" in _recipients(nlp, texts[1], "ACCUSE")


def test_the_victim_of_an_act_judged_is_not_judged(nlp):
    texts = [
        "“The killing of Anton Reve by a Kessel guard is a terrible crime,” Mirela Sand said.",
        "The senator condemned the killing of Anton Reve by the Kessel militia.",
        "The Veldan minister condemned Anton Reve's arrest.",
    ]
    for text in texts:
        assert "Anton Reve" not in _recipients(nlp, text, "ACCUSE"), text
    with rules.switched_off(["victims_not_judged"]):
        assert all("Anton Reve" in _recipients(nlp, text, "ACCUSE") for text in texts)
    assert "Kessel militia" in _recipients(nlp, texts[1], "ACCUSE")


def test_a_request_under_a_normative_when_clause_is_supposed(nlp):
    texts = [
        "We should send our soldiers only when requested to do so by the provincial councils.",
        "Our troops should be deployed only when requested by the provincial governors.",
    ]
    for text in texts:
        assert "REQUEST" not in _types(nlp, text), text
    with rules.switched_off(["normative_when_clauses"]):
        assert all("REQUEST" in _types(nlp, text) for text in texts)
    assert "REQUEST" in _types(nlp, "The troops were deployed when requested by the Veldan governor.")
