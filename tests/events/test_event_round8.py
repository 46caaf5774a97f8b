"""Rules of the eighth issue-20 round, through extract_events on invented sentences: acts told as
descriptions or habits, acts being stopped, a course urged on no one, one side's view "agreed",
visits to things and bills proposed; with the events they must leave standing."""

from __future__ import annotations

from newsprism.events import rules
from newsprism.events.extract import extract_events
from newsprism.models import Article


def events_of(nlp, text: str):
    return extract_events(nlp(text), Article(article_id="r8", source="t", text=text, published="2019-05-14"))


def main_of(nlp, text: str):
    found = events_of(nlp, text)
    return (found[0].type, found[0].mode) if found else None


def test_a_participle_on_a_predicate_noun_describes(nlp):
    text = '"After the vote I will be just another volunteer defending this union," she said.'
    assert events_of(nlp, text) == []
    with rules.switched_off(["described_predicates"]):
        assert main_of(nlp, text)[0] == "SUPPORT"


def test_a_present_when_clause_is_a_habit(nlp):
    text = "When the agency's inspectors meet with farmers, most of them complain about the paperwork."
    assert events_of(nlp, text) == []
    with rules.switched_off(["habitual_when"]):
        assert main_of(nlp, text)[0] == "CONSULT"


def test_a_when_clause_under_a_future_stays_a_plan(nlp):
    text = "When the minister meets Putin in Moscow, she will raise the pipeline."
    assert main_of(nlp, text)[0] == "CONSULT"


def test_an_act_stopped_is_not_done_and_the_order_to_stop_is_a_demand(nlp):
    text = "The governor ordered the state police to stop supporting the federal agents."
    found = events_of(nlp, text)
    assert (found[0].type, found[0].actors, found[0].recipients) == (
        "REQUEST",
        ["governor"],
        ["state police"],
    )
    assert all(e.type != "SUPPORT" for e in found)
    # "order" is a directive verb since stop 48 (events48b), whose infinitive is its content anyway;
    # "command" is a stop order only through this rule
    text = "The governor commanded the state police to stop supporting the federal agents."
    assert events_of(nlp, text)[0].type == "REQUEST"
    assert all(e.type != "SUPPORT" for e in events_of(nlp, text))
    with rules.switched_off(["ceased_acts"]):
        assert any(e.type == "SUPPORT" for e in events_of(nlp, text))


def test_a_course_with_a_clausal_subject_asks_nothing_of_anyone(nlp):
    text = 'Cutting the deficit should happen "without raising taxes on families," the senator said.'
    assert events_of(nlp, text) == []
    with rules.switched_off(["clausal_subjects"]):
        assert main_of(nlp, text)[0] == "REQUEST"


def test_a_demand_of_someone_stays(nlp):
    assert main_of(nlp, "The senator said the agency should release the files.")[0] == "REQUEST"


def test_one_side_agreeing_that_something_should_be_is_a_view(nlp):
    text = "The Democrats agreed that the country should not raise the retirement age."
    assert events_of(nlp, text) == []
    with rules.switched_off(["normative_agreements"]):
        assert main_of(nlp, text)[0] == "AGREE"


def test_two_sides_agreeing_that_something_should_be_stay_an_accord(nlp):
    text = "Serbia and Kosovo agreed that border talks should resume in March."
    assert main_of(nlp, text)[0] == "AGREE"


def test_a_visit_to_a_thing_is_no_visit(nlp):
    assert events_of(nlp, "The governor visited the new factory on Friday.") == []
    assert main_of(nlp, "The governor visited Mexico on Friday.") == ("CONSULT", "visit")
    assert main_of(nlp, "The envoy will visit the region next week.") == ("CONSULT", "visit")
    assert main_of(nlp, "The president visited the wounded soldiers.") == ("CONSULT", "visit")


def test_a_bill_proposed_is_lawmaking_not_an_offer(nlp):
    assert events_of(nlp, "Three senators have proposed a farm bill with new subsidies.") == []
    assert main_of(nlp, "Iran proposed a ceasefire to Iraq.")[0] == "AGREE"


def test_a_will_refused_is_a_refusal(nlp):
    text = "The mayor said she did not want to meet the governor before the vote."
    assert main_of(nlp, text)[0] == "REJECT"
    assert (
        main_of(nlp, 'Prosecutors are "unwilling to broker a deal," the newspaper reported.')[0] == "REJECT"
    )
    with rules.switched_off(["refused_wills"]):
        assert main_of(nlp, text) is None
    assert events_of(nlp, "The general did not want to attack the city.") == []


def test_records_withheld_from_an_inquiry_are_refused(nlp):
    text = "The state official said he won't turn over any records to the commission."
    assert main_of(nlp, text)[0] == "REJECT"


def test_a_reason_given_and_a_judging_subject_are_criticism(nlp):
    text = "The radio host said that he is running because the governor is unfit."
    found = events_of(nlp, text)
    assert (found[0].type, found[0].actors) == ("ACCUSE", ["radio host"])
    with rules.switched_off(["judged_in_reasons"]):
        assert events_of(nlp, text) == []
    text = 'The Boston Herald said, "The biggest lie of the mayor\'s term is his claim of a balanced budget."'
    assert main_of(nlp, text) == ("ACCUSE", "disapprove")
    with rules.switched_off(["judging_subjects"]):
        assert events_of(nlp, text) == []


def test_a_wish_told_to_you_is_a_request_a_wish_about_others_is_not(nlp):
    text = 'The president told the prime minister, "I would like you to investigate the contract."'
    assert main_of(nlp, text)[0] == "REQUEST"
    with rules.switched_off(["wishes_told"]):
        assert main_of(nlp, text) is None or main_of(nlp, text)[0] != "REQUEST"
    assert events_of(nlp, '"I want China to buy our soybeans," he said.') == []


def test_kin_can_act(nlp):
    text = "The senator's eldest daughter admitted to meeting with a Russian lobbyist last summer."
    found = events_of(nlp, text)
    assert found[0].type == "CONSULT"


def test_killing_a_bill_is_defeating_it_killing_people_an_attack(nlp):
    assert main_of(nlp, "Three senators killed the party's effort to repeal the tax law.")[0] == "REJECT"
    assert main_of(nlp, "The committee killed the bill on Tuesday.")[0] == "REJECT"
    assert main_of(nlp, "Gunmen killed two soldiers near the border on Tuesday.")[0] == "ASSAULT"
    assert events_of(nlp, "The scandal killed his chances of winning the nomination.") == []


def test_support_shown_is_support(nlp):
    assert main_of(nlp, "The governor has shown his support for the striking teachers.")[0] == "SUPPORT"


def test_people_counted_loosely_judging_a_thing_hold_a_view(nlp):
    text = "The rule has been denounced as a disaster by some of the very same critics who praised it."
    assert events_of(nlp, text) == []
    with rules.switched_off(["general_views"]):
        assert main_of(nlp, text)[0] == "ACCUSE"
    assert main_of(nlp, "Some of the senators criticized the plan.")[0] == "ACCUSE"


def test_papers_released_publicly_are_published(nlp):
    assert events_of(nlp, "He read the files after they had already been released publicly.") == []
    assert main_of(nlp, "The rebels released the hostages on Monday.") == ("RETREAT", "release")


def test_a_relative_clause_of_a_time_is_told_not_owed(nlp):
    text = "At a time when the state is suing the governor, the move is likely to anger lawmakers."
    assert main_of(nlp, text)[0] == "ACCUSE"
    with rules.switched_off(["relative_clauses_told"]):
        assert events_of(nlp, text) == []
    assert events_of(nlp, "It is time to sue the governor.") == []


def test_an_enemy_named_is_criticism_of_someone_not_of_a_thing(nlp):
    assert main_of(nlp, '"Russia is our real enemy," the senator said.') == ("ACCUSE", "disapprove")
    assert events_of(nlp, '"The virus is our enemy," the governor said.') == []


def test_a_struggle_for_an_aim_is_no_fight_a_battle_is(nlp):
    text = '"Everything we have fought so hard to keep goes away when we give in," she said.'
    assert all(e.type != "ASSAULT" for e in events_of(nlp, text))
    with rules.switched_off(["struggles"]):
        assert any(e.type == "ASSAULT" for e in events_of(nlp, text))
    assert events_of(nlp, "Workers are fighting to keep their jobs.") == []
    assert main_of(nlp, "The rebels fought to take the city.")[0] == "ASSAULT"
    assert main_of(nlp, "Rebels fought government troops near the airport.")[0] == "ASSAULT"


def test_a_when_clause_of_two_verbs_is_one_habit(nlp):
    text = "Our rights go out the window when we listen and give in to bigots."
    assert events_of(nlp, text) == []


def test_idioms_and_objects_of_the_wrong_class(nlp):
    assert events_of(nlp, "Each of the candidates hails from a different borough.") == []
    assert events_of(nlp, "Those fees are higher than the rates charged by payday lenders.") == []
    assert main_of(nlp, "Prosecutors charged the mayor with fraud.") == ("ACCUSE", "allege")
    assert events_of(nlp, "The programs offer the opportunity to escape poverty.") == []
    assert events_of(nlp, "Thousands of the faithful lifted their hands and prayed.") == []
    assert main_of(nlp, "The United States lifted sanctions on Iran.")[0] == "CONCEDE"
    assert events_of(nlp, "She said the momentum in the economy was still weak.") == []


def test_an_act_denied_by_no_is_no_event(nlp):
    assert events_of(nlp, "The governor praised the plan but offered no specifics.")[0].type == "SUPPORT"
    assert events_of(nlp, "The minister offered no specifics.") == []
    text = "The report said there was no evidence the mayor conspired to work with the cartel."
    assert events_of(nlp, text) == []
    with rules.switched_off(["no_determiners"]):
        assert main_of(nlp, text)[0] == "COOPERATE"
    assert main_of(nlp, "Police found evidence that the gang attacked the village.")[0] == "ASSAULT"


def test_scenes_depicted_and_hope_held_out_are_no_events(nlp):
    assert events_of(nlp, "The film depicted farmers being pressured into selling their land.") == []
    assert events_of(nlp, "Negotiators held out hope of a swift agreement.") == []
    assert events_of(nlp, "The spokesman offered a response on Friday.") == []


def test_one_of_some_people_is_someone(nlp):
    assert main_of(nlp, "The minister has visited one of the survivors in hospital.") == ("CONSULT", "visit")
    assert main_of(nlp, "The rebels released one of the hostages.") == ("RETREAT", "release")
    assert events_of(nlp, "The governor visited one of the factories.") == []


def test_a_bare_assent_is_no_accord(nlp):
    text = "Her brother, who helped her carry the banner, agreed."
    assert events_of(nlp, text) == []
    with rules.switched_off(["bare_agreements"]):
        assert main_of(nlp, text)[0] == "AGREE"
    assert main_of(nlp, "Iran and the EU agreed.")[0] == "AGREE"
    assert main_of(nlp, "The rebels agreed to a ceasefire.")[0] == "AGREE"


def test_doubt_cast_is_disapproval(nlp):
    assert main_of(nlp, "The senator cast doubt on the agency's account of the shooting.") == (
        "ACCUSE",
        "disapprove",
    )
