"""Who did what to whom when a class noun lists its members or an amount names its goods (issue 20
item 3), and the types of announced sanctions and disputed labels (item 2). Invented sentences."""

from __future__ import annotations

import pytest

import newsprism.events.rules as rules
from newsprism.events.extract import extract_events
from newsprism.models import Article


def events_of(nlp, text: str):
    return extract_events(nlp(text), Article(article_id="mb", source="test", text=text))


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Last week, nations like Brazil and India imposed new tariffs on Canadian steel.",
            ["Brazil", "India"],
        ),
        ("Groups such as Greenpeace and Oxfam condemned the decision on Monday.", ["Greenpeace", "Oxfam"]),
        (
            "Two trade unions, the National Union of Miners and the Transport Workers Union, condemned the "
            "minister on Friday.",
            ["the National Union of Miners", "the Transport Workers Union"],
        ),
    ],
)
def test_the_named_members_of_a_class_are_the_actors(nlp, text, actors):
    assert events_of(nlp, text)[0].actors == actors
    with rules.switched_off(["named_members"]):
        assert events_of(nlp, text)[0].actors != actors


def test_a_class_noun_without_names_stays_the_actor(nlp):
    found = events_of(nlp, "Several countries condemned the decision on Monday.")
    assert found[0].type == "ACCUSE" and found[0].actors == ["Several countries"]


def test_an_amount_of_goods_names_their_owner_as_target(nlp):
    text = "The government imposed tariffs on $40 billion of Mexican goods on Friday."
    found = events_of(nlp, text)
    assert found[0].type == "SANCTION" and found[0].recipients == ["Mexican"]
    with rules.switched_off(["counted_goods"]):
        assert events_of(nlp, text)[0].recipients == []


@pytest.mark.parametrize(
    "text",
    [
        "Canada said on Friday it will impose tariffs on American steel from next month.",
        "The European Union announced it will impose sanctions on three Russian banks.",
    ],
)
def test_a_sanction_its_imposer_says_it_will_impose_is_a_sanction(nlp, text):
    assert events_of(nlp, text)[0].type == "SANCTION"


def test_a_sanction_threatened_stays_a_threat(nlp):
    text = "The president threatened to impose tariffs on Canada."
    assert events_of(nlp, text)[0].type == "THREATEN"
    # another's forecast of a sanction is no announcement
    forecast = "Analysts said they expect the government will impose tariffs on Canada."
    assert all(e.type != "SANCTION" for e in events_of(nlp, forecast))


def test_the_telling_with_parties_comes_first(nlp):
    text = (
        "Several attacks have taken place this month involving armed gangs that are beating farmers in the "
        "valley."
    )
    found = events_of(nlp, text)
    assert found[0].type == "ASSAULT" and found[0].actors == ["armed gangs"]
    with rules.switched_off(["told_with_parties"]):
        assert events_of(nlp, text)[0].actors == []


def test_dismissing_a_label_disputes_it(nlp):
    found = events_of(nlp, "The governor dismissed that label on Tuesday.")
    assert (found[0].type, found[0].mode) == ("ACCUSE", "disapprove")


def test_those_at_an_event_do_what_it_is_for(nlp):
    text = (
        "Thousands of farmers were gathering on Friday for a rally in the capital to protest the new taxes."
    )
    found = events_of(nlp, text)
    assert found[0].type == "PROTEST" and found[0].actors == ["farmers"]


def test_a_title_in_quotation_marks_is_a_work_not_someone(nlp):
    text = "The lobby group is releasing “Hard Truths” to rebut the claims the mayor makes in her new book."
    found = events_of(nlp, text)
    assert found[0].type == "ACCUSE" and found[0].actors == ["lobby group"]
    with rules.switched_off(["quoted_titles"]):
        assert events_of(nlp, text)[0].type == "RETREAT"
    freed = events_of(nlp, "The rebels released Ahmed Karim on Monday.")
    assert freed[0].type == "RETREAT" and freed[0].recipients == ["Ahmed Karim"]


def test_a_claim_names_its_maker(nlp):
    text = "The campaign issued a statement to rebut the claims Senator Jones makes about the budget."
    found = events_of(nlp, text)
    assert found[0].type == "ACCUSE" and found[0].recipients == ["Jones"]
    with rules.switched_off(["claims_made_by"]):  # no one's claims: no party disputed
        assert all(e.recipients != ["Jones"] for e in events_of(nlp, text))


def test_doubting_what_someone_did_disputes_it(nlp):
    text = "The anchor questioned whether the agency broke its own rules."
    found = events_of(nlp, text)
    assert found[0].type == "ACCUSE" and found[0].recipients == ["agency"]
    with rules.switched_off(["doubted_acts"]):
        assert events_of(nlp, text) == []
    # asking is a question; doubting what a thing can do disputes no one
    assert events_of(nlp, "The reporter asked whether the agency broke its own rules.") == []
    assert events_of(nlp, "Critics questioned whether the new rules can work.") == []
    assert events_of(nlp, "Analysts questioned whether the rebels had the means to do it.") == []


def test_an_act_said_to_go_on_is_no_promise(nlp):
    text = "The minister said the government will continue to support the farmers' union."
    assert events_of(nlp, text)[0].type == "SUPPORT"
    with rules.switched_off(["ongoing_acts"]):
        assert events_of(nlp, text)[0].type == "AGREE"
    assert (
        events_of(nlp, "The minister said the government will support the farmers' union.")[0].type == "AGREE"
    )
    assert events_of(nlp, "The army said it will continue to shell the rebels.")[0].type == "THREATEN"
