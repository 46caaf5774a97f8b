"""Dates of branch dates49 (issue 20 items 4-5): what is said is dated when said unless its own
clause dates it; a date on an event noun that is the subject (or the complement of "be") is not
the verb's; "later in the week" is this week; a capitalised "Today" or "Tonight" inside a sentence
names a paper or a programme. Invented sentences, real spaCy."""

from __future__ import annotations

import pytest

from newsprism.events import rules
from newsprism.events.dates import find_date_expressions
from newsprism.events.extract import extract_events
from newsprism.models import Article

PUBLISHED = "2024-06-20"  # a Thursday; its week's Monday is 2024-06-17


def dates_of(nlp, text: str) -> dict[str, tuple]:
    doc = nlp(text)
    article = Article(article_id="t", source="t", text=doc.text, published=PUBLISHED)
    return {e.trigger: (e.date, e.date_granularity) for e in extract_events(doc, article)}


def test_a_reported_act_without_a_date_is_dated_when_said(nlp):
    text = "Varnell met the envoy in Oslo, a spokesman confirmed earlier this week."
    assert dates_of(nlp, text)["met"] == ("2024-06-17", "week")
    with rules.switched_off(["said_dates"]):
        assert dates_of(nlp, text)["met"][1] is None


def test_a_saying_above_a_verb_of_judging_dates_what_it_reports(nlp):
    text = '"Our agencies assess that the Dorvan army has attacked the port," the ministry said this week.'
    assert dates_of(nlp, text)["attacked"] == ("2024-06-17", "week")
    with rules.switched_off(["said_dates"]):
        assert dates_of(nlp, text)["attacked"][1] is None


def test_a_reported_act_keeps_its_own_date(nlp):
    text = "Rebels attacked the depot late Sunday, officials in Dorvan said Tuesday."
    assert dates_of(nlp, text)["attacked"] == ("2024-06-16", "day")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Nine bombings of markets and other sites in Velora on Sunday killed 40 people.", "killed"),
        ("The attacks on the depots on Monday killed nine guards.", "killed"),
    ],
)
def test_a_subject_event_nouns_date_does_not_date_the_verb(nlp, text, trigger):
    assert dates_of(nlp, text)[trigger][1] is None
    with rules.switched_off(["event_noun_dates"]):
        assert dates_of(nlp, text)[trigger][1] == "day"


def test_the_event_noun_keeps_its_own_date(nlp):
    assert dates_of(nlp, "The talks on Tuesday ended without a deal.")["talks"] == ("2024-06-18", "day")


def test_later_in_the_week_is_this_week(nlp):
    text = "Varlo will meet the envoy in Oslo later in the week."
    assert dates_of(nlp, text)["meet"] == ("2024-06-17", "week")
    with rules.switched_off(["later_in_the_units"]):
        assert dates_of(nlp, text)["meet"][1] != "week"


@pytest.mark.parametrize(
    "text",
    [
        "A poll by USA Today found that most voters back the levy.",
        "Varnell told NBC's Today show that she would run.",
        "Corvin appeared on Marla Quist Tonight to defend the plan.",
    ],
)
def test_a_capitalised_today_inside_a_sentence_names_a_paper_or_a_programme(text):
    assert find_date_expressions(text) == []
    with rules.switched_off(["named_day_words"]):
        assert [e.text.split()[0] for e in find_date_expressions(text)] in (["Today"], ["Tonight"])


@pytest.mark.parametrize(
    "text",
    [
        "Today, the court ruled against the levy.",
        'He said: "Today we vote."',
        "Varlo Meets Quist Today In Oslo",
    ],
)
def test_today_opening_a_sentence_a_quote_or_in_a_headline_is_the_day(text):
    assert [e.text for e in find_date_expressions(text)] == ["Today"]
