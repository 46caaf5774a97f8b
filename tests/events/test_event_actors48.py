"""Issue 20 point 3 (branch actors48): who attacks in a passive attack with no "by" agent, and whom
a refusal to let someone act is aimed at. The attacker is the subject of a when/as/after clause
reporting the attack, or the "by" phrase of the attack noun the act happened in (no one attacked);
the one not let act ("refused to allow X to land") is the refusal's recipient."""

from __future__ import annotations

from test_events import events_of

from newsprism.events import rules


def _main(nlp, text: str) -> tuple[str, list[str], list[str]]:
    found = events_of(nlp, text)
    assert found, text
    return found[0].type, list(found[0].actors), list(found[0].recipients)


def test_a_passive_killing_is_done_by_the_when_clause_attacker(nlp):
    text = "Eleven guards were killed when insurgents ambushed a supply column near Tarvel."
    assert _main(nlp, text) == ("ASSAULT", ["insurgents"], ["guards"])
    with rules.switched_off(["attack_agents"]):
        assert _main(nlp, text)[1] == []


def test_the_by_phrase_of_an_attack_noun_attacks_and_is_no_target(nlp):
    text = "A border guard was killed in a grenade attack by smugglers in Orveth."
    event_type, actors, recipients = _main(nlp, text)
    assert event_type == "ASSAULT" and actors == ["smugglers"] and "smugglers" not in recipients
    with rules.switched_off(["attack_agents"]):
        assert _main(nlp, text)[1] == []


def test_a_when_clause_that_reports_no_attack_names_no_attacker(nlp):
    text = "Two hikers were killed when rescuers arrived at the ridge."
    assert _main(nlp, text)[1] == []


def test_a_refusal_to_let_someone_act_is_aimed_at_them(nlp):
    text = "The Korvan militia refused to allow United Nations planes to land in the valley."
    assert _main(nlp, text) == ("REJECT", ["Korvan militia"], ["United Nations"])
    with rules.switched_off(["refused_permissions"]):
        assert _main(nlp, text)[2] == []


def test_a_refusal_to_allow_a_thing_names_no_one(nlp):
    assert _main(nlp, "The Telmar board refused to allow a vote on the merger.")[2] == []
