"""Who acts and what is conceded (issue 20, branch types44), read through extract_events on
invented sentences: a role noun named by its organisation ("the CEO of Acme") acts as the person;
both sides of talks and joint work are actors and neither a recipient (PLOVER's gold records); a
passive conjunct shares its subject ("was removed ... and was fired"); dropping a demand concedes
it; naming someone in wrongdoing ("implicated") and panning are criticism. With the sentences of
the same words that are no such act."""

from __future__ import annotations

import pytest

import newsprism.events.rules as rules
from newsprism.events.extract import extract_events
from newsprism.models import Article


def events_of(nlp, text: str):
    return extract_events(nlp(text), Article(article_id="t44", source="test", text=text))


def main(nlp, text: str):
    found = events_of(nlp, text)
    assert found, text
    return found[0]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The CEO of Acme criticized the senator for the delay.", "CEO of Acme"),
        ("The president of Freedonia condemned the attack on the embassy.", "president of Freedonia"),
    ],
)
def test_a_role_named_by_its_body_is_the_person_who_acts(nlp, text, actor):
    event = main(nlp, text)
    assert event.type == "ACCUSE" and event.actors == [actor]


def test_without_the_role_rule_the_body_acts(nlp):
    with rules.switched_off(["role_holders"]):
        assert main(nlp, "The CEO of Acme criticized the senator for the delay.").actors == ["Acme"]


def test_members_of_a_body_still_name_the_body(nlp):
    event = main(nlp, "Members of the union criticized the mayor for the cuts.")
    assert event.actors == ["union"]


@pytest.mark.parametrize(
    "text",
    [
        "The governor met with the prime minister on Tuesday.",
        "The league is working with the players union to repaint the courts.",
    ],
)
def test_both_sides_of_talks_act_and_none_is_a_recipient(nlp, text):
    event = main(nlp, text)
    assert event.type in ("CONSULT", "COOPERATE") and len(event.actors) == 2 and event.recipients == []


def test_a_visit_keeps_the_one_visited_as_recipient(nlp):
    event = main(nlp, "The governor visited the prime minister in London.")
    assert (event.mode, event.actors, event.recipients) == ("visit", ["governor"], ["prime minister"])


def test_without_the_partner_rule_the_partner_is_on_both_sides(nlp):
    with rules.switched_off(["partners_act"]):
        event = main(nlp, "The governor met with the prime minister on Tuesday.")
    assert "prime minister" in event.actors and event.recipients == ["prime minister"]


def test_a_passive_conjunct_shares_its_subject(nlp):
    event = main(nlp, "He was assigned to the probe in 2017, and was fired from the agency in 2018.")
    assert (event.type, event.mode, event.recipients) == ("SANCTION", "expel", ["He"])
    with rules.switched_off(["shared_subjects"]):
        assert not events_of(
            nlp, "He was assigned to the probe in 2017, and was fired from the agency in 2018."
        )


def test_an_active_conjunct_is_no_passive_share(nlp):
    assert not [
        e
        for e in events_of(nlp, "The board met in May and fired up the grill in June.")
        if e.type == "SANCTION"
    ]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The mayor dropped her demand that the council fund the stadium.", "mayor"),
        ("The union dropped its demands for a pay rise on Friday.", "union"),
    ],
)
def test_dropping_a_demand_concedes_it(nlp, text, actor):
    event = main(nlp, text)
    assert (event.type, event.actors) == ("CONCEDE", [actor])


def test_dropping_a_thing_is_no_concession(nlp):
    assert not [
        e for e in events_of(nlp, "The courier dropped the package at the door.") if e.type == "CONCEDE"
    ]


@pytest.mark.parametrize(
    ("text", "mode", "recipient"),
    [
        ("The former aide implicated the governor in the bribery scheme.", "allege", "governor"),
        ("Opposition lawmakers widely panned the minister's budget.", "disapprove", "minister"),
    ],
)
def test_implicating_and_panning_are_criticism(nlp, text, mode, recipient):
    event = main(nlp, text)
    assert (event.type, event.mode, event.recipients) == ("ACCUSE", mode, [recipient])


def test_a_plan_that_did_not_pan_out_is_no_criticism(nlp):
    assert not events_of(nlp, "The merger plan did not pan out for the two firms.")


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("The senator's attack on the governor backfired.", "senator", "governor"),
        ("Jane Doe's attack on John Roe in the debate backfired badly.", "Jane Doe", "John Roe"),
    ],
)
def test_a_noun_of_attack_between_people_is_criticism(nlp, text, actor, recipient):
    event = main(nlp, text)
    assert (event.type, event.mode, event.actors, event.recipients) == (
        "ACCUSE",
        "disapprove",
        [actor],
        [recipient],
    )


@pytest.mark.parametrize(
    "text",
    [
        "The militants' attack on the soldiers began at dawn.",
        "Militants attacked the soldiers at dawn.",
        "Russia's attack on the port began at dawn.",
    ],
)
def test_armed_people_attack_with_force(nlp, text):
    assert main(nlp, text).type == "ASSAULT"


def test_without_the_armed_rule_militants_are_words(nlp):
    with rules.switched_off(["armed_attackers"]):
        assert main(nlp, "Militants attacked the soldiers at dawn.").type == "ACCUSE"


def test_a_recording_speaks_for_its_maker(nlp):
    event = main(nlp, "The recording praised the fighters for the raid.")
    assert (event.type, event.recipients) == ("SUPPORT", ["fighters"])


@pytest.mark.parametrize(
    "text",
    [
        "The bill would have passed had she supported it.",
        "Had the senator backed the deal, it would have passed.",
        "He would have been confirmed had she backed him.",
    ],
)
def test_an_inverted_condition_is_no_fact(nlp, text):
    assert not [e for e in events_of(nlp, text) if e.type == "SUPPORT"]


def test_a_past_perfect_told_as_fact_is_kept(nlp):
    # a backed thing names its owner: backing a thing that names no one is a stance (stances_on_things)
    assert main(nlp, "She had supported the governor's bill before the vote.").type == "SUPPORT"
    with rules.switched_off(["inverted_conditions"]):
        assert main(nlp, "The bill would have passed had she supported the senator.").type == "SUPPORT"


@pytest.mark.parametrize(
    ("text", "actors", "recipient"),
    [
        ("The activist was taken into custody on Friday.", [], "activist"),
        ("Police took the suspect into custody after the raid.", ["Police"], "suspect"),
    ],
)
def test_taken_into_custody_is_an_arrest(nlp, text, actors, recipient):
    event = main(nlp, text)
    assert (event.type, event.mode, event.actors, event.recipients) == (
        "COERCE",
        "arrest",
        actors,
        [recipient],
    )


def test_support_thrown_behind_someone_names_them(nlp):
    event = main(nlp, "The union threw its support behind the candidate.")
    assert (event.type, event.recipients) == ("SUPPORT", ["candidate"])


def test_a_for_phrase_of_time_is_no_attack_for(nlp):
    event = main(nlp, "The militants have been attacking for nearly a week.")
    assert event.type == "ASSAULT"
    assert main(nlp, "Critics attacked the mayor for the delays.").type == "ACCUSE"


def test_a_campaign_attacks_a_person_the_article_names_in_words(nlp):
    text = (
        "Jane Roe's campaign released a new ad on Monday. John Doe responded on Twitter. "
        "The Roe campaign attacked Doe over his taxes."
    )
    found = [e for e in events_of(nlp, text) if e.trigger.startswith("attack")]
    assert found and found[0].type == "ACCUSE"


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        ("The regime used chemical weapons.", []),
        ("The regime used chemical weapons against civilians.", ["civilians"]),
        ("The jets dropped bombs on the village.", ["village"]),
    ],
)
def test_the_weapon_is_no_one_attacked(nlp, text, recipients):
    event = main(nlp, text)
    assert (event.type, event.recipients) == ("ASSAULT", recipients)
    with rules.switched_off(["weapons_no_targets"]):
        assert main(nlp, "The regime used chemical weapons.").recipients == ["chemical weapons"]
