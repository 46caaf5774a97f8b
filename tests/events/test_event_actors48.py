"""Issue 20 point 3 (branch actors48): who attacks in a passive attack with no "by" agent, and whom
a refusal to let someone act is aimed at. The attacker is the subject of a when/as/after clause
reporting the attack, or the "by" phrase of the attack noun the act happened in (no one attacked);
the one not let act ("refused to allow X to land") is the refusal's recipient. A possessive "his" or
"her" that acts (the owner of words or of a statement) is named as "he" and "she" are, or as the
subject named after a fronted phrase."""

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


def _typed(nlp, text: str, event_type: str):
    return next(e for e in events_of(nlp, text) if e.type == event_type)


def test_a_fronted_possessive_is_the_person_named_as_subject(nlp):
    text = "With his sharp words defending the striking miners, Governor Ansel Pike angered the mining board."
    assert _typed(nlp, text, "SUPPORT").actors == ["Ansel Pike"]
    with rules.switched_off(["possessive_actors"]):
        assert _typed(nlp, text, "SUPPORT").actors == ["his"]


def test_a_fronted_possessive_of_the_other_gender_stays_as_written(nlp):
    text = "With his sharp words defending the striking miners, Senator Mara Holt angered the mining board."
    assert _typed(nlp, text, "SUPPORT").actors == ["his"]


def test_a_statement_owned_by_a_pronoun_is_the_person_named_before(nlp):
    text = "Senator Mara Holt met union leaders on Monday. Her statement condemned the Veltrian company."
    assert _typed(nlp, text, "ACCUSE").actors == ["Mara Holt"]
    with rules.switched_off(["possessive_actors"]):
        assert _typed(nlp, text, "ACCUSE").actors == ["statement"]
