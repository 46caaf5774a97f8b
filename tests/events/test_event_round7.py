"""Rules of the seventh issue-20 round, through extract_events on invented sentences: attacks made
of words, a verb offered with its opposite, fixed phrases that are no particles, link lines the
parser cuts in two, reproaches said as "should not be ...", and praise words outweighed by what a
capacity is for; with the events they must leave standing."""

from __future__ import annotations

import pytest

from newsprism.events import rules
from newsprism.events.extract import extract_events
from newsprism.models import Article


def events_of(nlp, text: str):
    return extract_events(nlp(text), Article(article_id="r7", source="t", text=text, published="2019-05-14"))


def main_of(nlp, text: str):
    found = events_of(nlp, text)
    return (found[0].type, found[0].mode) if found else None


def test_an_assault_on_the_press_is_words(nlp):
    text = "The governor renewed his assault on the national media on Tuesday."
    found = events_of(nlp, text)
    assert (found[0].type, found[0].mode) == ("ACCUSE", "disapprove")
    assert found[0].recipients == ["national media"]
    with rules.switched_off(["attacks_in_words"]):
        assert main_of(nlp, text)[0] == "ASSAULT"


def test_an_attack_said_with_an_accusation_is_words(nlp):
    text = "The mayor attacked the railway company, alleging fraud in its contracts."
    assert main_of(nlp, text) == ("ACCUSE", "disapprove")


def test_an_attack_in_a_statement_is_words_and_a_memo_aimed_at_people_is_nothing(nlp):
    assert main_of(nlp, "The union attacked the company in a statement on Friday.") == (
        "ACCUSE",
        "disapprove",
    )
    aimed = "A conservative group targeted wavering senators in a memo offering tips for their speeches."
    assert events_of(nlp, aimed) == []
    with rules.switched_off(["attacks_in_words"]):
        assert main_of(nlp, aimed)[0] == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked the army base with rockets, killing four soldiers.",
        "Gunmen attacked a newspaper office in the capital, killing three people.",
    ],
)
def test_attacks_by_force_stay_assaults(nlp, text):
    assert main_of(nlp, text)[0] == "ASSAULT"


def test_a_think_tank_is_no_weapon(nlp):
    found = events_of(nlp, "Rebels attacked the town on Sunday, a think tank reported.")
    assert found[0].type == "ASSAULT" and found[0].mode is None
    tanks = events_of(nlp, "Government forces attacked the town with tanks.")
    assert tanks[0].mode == "heavy-weapons"


def test_a_verb_with_its_opposite_is_a_choice_not_an_act(nlp):
    text = "Agree or disagree with those ideas, it is a fact that the budget grew."
    assert events_of(nlp, text) == []
    with rules.switched_off(["alternatives"]):
        assert events_of(nlp, text)
    assert main_of(nlp, "The two leaders agreed on a ceasefire on Monday.")[0] == "AGREE"


def test_a_fixed_phrase_of_how_is_no_particle(nlp):
    text = (
        "The agency came under scrutiny for giving the firm $3 billion in tax breaks in exchange for a plant."
    )
    assert all(e.type != "CONCEDE" for e in events_of(nlp, text))
    assert (
        main_of(nlp, "After weeks of pressure the minister gave in to the strikers' demands.")[0] == "CONCEDE"
    )


def test_a_link_line_cut_in_two_by_the_parser_reports_nothing(nlp):
    text = "( Also on POLITICO: Senator dismisses governor's tax plan)"
    assert events_of(nlp, text) == []
    with rules.switched_off(["debris_lines"]):
        assert events_of(nlp, text)


def test_what_someone_should_not_be_doing_is_criticism(nlp):
    text = '"The ministry should not be blocking these websites," said Anna Berg, a lawyer for the group.'
    assert main_of(nlp, text) == ("ACCUSE", "disapprove")
    with rules.switched_off(["reproaches"]):
        assert main_of(nlp, text)[0] == "REQUEST"
    demand = '"The ministry should unblock these websites," said Anna Berg, a lawyer for the group.'
    assert main_of(nlp, demand)[0] == "REQUEST"


def test_a_capacity_for_wrongs_is_criticism_despite_its_praise_word(nlp):
    text = '"The senator has a great capacity to use bigotry to divide people," said Governor Lee.'
    assert main_of(nlp, text) == ("ACCUSE", "disapprove")
    praise = '"The senator has a great capacity to bring people together," said Governor Lee.'
    assert main_of(nlp, praise) != ("ACCUSE", "disapprove")


def test_a_question_put_in_an_interview_is_no_demand(nlp):
    text = "Pressed by a reporter to explain the delay, the minister said the report was not finished."
    assert all(e.type != "REQUEST" for e in events_of(nlp, text))
    text2 = (
        "Pressed by Fox News' Ann Lee to explain why wages have not risen, Smith claimed they did not rise."
    )
    assert all(e.type != "REQUEST" for e in events_of(nlp, text2))
    with rules.switched_off(["interview_questions"]):
        assert any(e.type == "REQUEST" for e in events_of(nlp, text))
    demand = "The senator pressed the agency director to explain the delay in a letter on Tuesday."
    assert main_of(nlp, demand)[0] == "REQUEST"


def test_a_describing_verb_tagged_past_is_a_participle(nlp):
    text = "The agency will review plans offered by Ann Ruiz, the Yale law professor credited with coining the term."
    assert all(e.type != "SUPPORT" for e in events_of(nlp, text))
    with rules.switched_off(["participles_as_past"]):
        assert any(e.type == "SUPPORT" for e in events_of(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        '"We would be happy if we could just take this threat away from the farms," the farmer said.',
        "And tonight, the governor offers more of the same policies that have failed before.",
    ],
)
def test_a_threat_taken_away_and_policies_offered_are_no_events(nlp, text):
    assert events_of(nlp, text) == []


def test_signing_onto_a_letter_that_urges_is_the_letters_demand(nlp):
    text = (
        "The mayor got 30 council members to sign onto a letter to the governor urging him to veto the bill."
    )
    assert main_of(nlp, text)[0] == "REQUEST"
    with rules.switched_off(["joined_onto"]):
        assert main_of(nlp, text)[0] == "SUPPORT"
    assert main_of(nlp, "Ten countries signed onto the accord on Friday.")[0] == "SUPPORT"


def test_dubbing_someone_crooked_is_criticism(nlp):
    assert main_of(nlp, "The governor called his rival “crooked” at a rally on Monday.") == (
        "ACCUSE",
        "disapprove",
    )
    assert main_of(nlp, "The governor has repeatedly dubbed his rival crooked.") == ("ACCUSE", "disapprove")


def test_a_judged_act_told_as_a_clause_is_criticism(nlp):
    for text in (
        "He said that calling the troops home now ignores the threat.",
        "The minister said that suggesting the courts would take sides is outrageous.",
    ):
        assert main_of(nlp, text)[0] == "ACCUSE"
        with rules.switched_off(["acts_judged"]):
            assert main_of(nlp, text) is None


def test_saying_someone_ignored_warnings_is_an_accusation(nlp):
    text = "The senator said the agency had ignored repeated warnings from inspectors."
    assert main_of(nlp, text)[0] == "ACCUSE"
    assert main_of(nlp, "The senator said the agency had read the warnings from inspectors.") is None


@pytest.mark.parametrize(
    "text",
    [
        "No sitting governor has lost since Ann Lee beat Tom Hart in the 1998 primary.",
        "“Either they are going to beat him at the ballot box or they will give up,” he said.",
    ],
)
def test_beating_someone_in_a_contest_is_a_win(nlp, text):
    assert all(e.type != "ASSAULT" for e in events_of(nlp, text))
    with rules.switched_off(["contests"]):
        assert any(e.type in ("ASSAULT", "THREATEN") for e in events_of(nlp, text))


def test_a_beating_outside_a_contest_stays_an_assault(nlp):
    assert main_of(nlp, "Police officers beat a protester with batons on Saturday.")[0] == "ASSAULT"


def test_a_military_strike_is_force_not_a_walkout(nlp):
    assert (
        main_of(nlp, "The United States launched a military strike on the airbase on Friday.")[0] == "ASSAULT"
    )
    assert main_of(nlp, "Dock workers launched a strike at the port on Friday.")[0] == "PROTEST"


def test_a_policy_judged_mildly_as_subject_is_a_view(nlp):
    text = "The mayor continues to insist that slapping other cities with punitive fees that residents pay for is a good thing."
    assert events_of(nlp, text) == []


def test_an_act_received_is_that_act_done_to_the_subject(nlp):
    found = events_of(nlp, "Ukraine received military aid from the United States last year.")
    assert (found[0].type, found[0].actors, found[0].recipients) == (
        "AID",
        ["the United States"],
        ["Ukraine"],
    )
    assert main_of(nlp, "The senator received threats after the vote.")[0] == "THREATEN"
    with rules.switched_off(["received_acts"]):
        assert main_of(nlp, "The senator received threats after the vote.")[0] == "CONSULT"
    assert main_of(nlp, "The mayor received a delegation from the union on Monday.")[0] == "CONSULT"


def test_a_role_noun_names_only_someone_the_article_gives_that_role(nlp):
    text = (
        "Senator John Smith spoke to reporters in Boston on Monday. "
        "He also said the governor had lied about the budget."
    )
    accusation = [e for e in events_of(nlp, text) if e.type == "ACCUSE"]
    assert accusation and accusation[0].recipients == ["governor"]
    with rules.switched_off(["role_holders_only", "one_side_only"]):  # "He" is John Smith too
        assert [e for e in events_of(nlp, text) if e.type == "ACCUSE"][0].recipients == ["John Smith"]
    named = "Governor Ann Lee met union leaders on Monday. The governor later criticized Senator John Smith."
    assert [e.actors for e in events_of(nlp, named) if e.type == "ACCUSE"] == [["Ann Lee"]]


def test_an_idiom_object_is_no_act(nlp):
    text = "The activist says the secretary made the right call for the many older voters in her county."
    assert events_of(nlp, text) == []
    with rules.switched_off(["idiom_object_phrases"]):
        assert events_of(nlp, text)
    assert main_of(nlp, "The governor made a call for calm after the riots on Sunday.")[0] == "REQUEST"


def test_a_call_placed_to_someone_is_a_telephone_call(nlp):
    text = "The president placed a call to the Turkish leader on Monday."
    assert main_of(nlp, text) == ("CONSULT", "phone")
    with rules.switched_off(["placed_calls"]):
        assert main_of(nlp, text)[0] == "REQUEST"
    assert main_of(nlp, "The mayor made a call to residents to stay home.")[0] == "REQUEST"
