"""Dates of branch dates47 (issue 20 item 4): a weekday inside a name (a programme, a paper, a day
named for what falls on it) yields to the sentence's other dates; a surname the tagger read as a
verb is still the subject, so a date hung on it is its verb's. Invented sentences, real spaCy."""

from __future__ import annotations

import pytest

from newsprism.events import rules
from newsprism.events.dates import find_date_expressions, unnamed_first
from newsprism.events.extract import clause_date

TUESDAY, WEDNESDAY, SATURDAY = "2024-05-14", "2024-05-15", "2024-05-18"


def first_date(nlp, text: str, published: str) -> tuple:
    return clause_date(next(iter(nlp(text).sents)), published)[:2]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Quill told “Fox News Sunday” last month that the levy was dead.",
        "The mayor mocked the plan during her cameo on Saturday Night Live last month.",
        "Ms. Dorrow told “Harbor Lights Sunday” last month that she would run.",
    ],
)
def test_a_weekday_in_a_name_yields_to_the_clauses_date(nlp, text):
    assert first_date(nlp, text, WEDNESDAY) == ("2024-04", "month")
    with rules.switched_off(["named_days"]):
        assert first_date(nlp, text, WEDNESDAY) != ("2024-04", "month")


def test_a_weekday_in_a_name_alone_is_still_the_day(nlp):
    text = "Speaking on “Fox News Sunday,” Senator Quill talked of the levy."
    assert first_date(nlp, text, "2024-05-12") == ("2024-05-12", "day")


def test_a_named_day_is_flagged_and_ranked_last():
    found = find_date_expressions("After Super Tuesday and a vote on Friday, the race narrowed.")
    assert [(e.text, e.named) for e in found] == [("Tuesday", True), ("on Friday", False)]
    assert [e.text for e in unnamed_first(found)] == ["on Friday"]
    with rules.switched_off(["named_days"]):
        assert not any(e.named for e in find_date_expressions("After Super Tuesday, the race narrowed."))


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Burn on Tuesday signed a bill to fund the county parks until June.", WEDNESDAY, TUESDAY),
        ("Sway on Friday evening vetoed the harbor budget.", SATURDAY, "2024-05-17"),
    ],
)
def test_a_surname_tagged_as_a_verb_leaves_the_date_to_its_verb(nlp, text, published, expected):
    assert first_date(nlp, text, published) == (expected, "day")
    with rules.switched_off(["named_subjects"]):
        assert first_date(nlp, text, published) != (expected, "day")


def test_a_date_closing_the_subjects_relative_clause_is_the_clauses(nlp):
    text = "The county's report on ferries that won a state prize this week was written by two clerks."
    assert first_date(nlp, text, WEDNESDAY) == (WEDNESDAY, None)
    with rules.switched_off(["subject_clause_dates"]):
        assert first_date(nlp, text, WEDNESDAY) == ("2024-05-13", "week")


def test_a_dated_setting_hung_on_the_object_dates_the_act(nlp):
    text = "The mayor scored a narrow win in the Courier's April poll."
    assert first_date(nlp, text, WEDNESDAY) == ("2024-04", "month")
    with rules.switched_off(["object_settings"]):
        assert first_date(nlp, text, WEDNESDAY) == (WEDNESDAY, None)
