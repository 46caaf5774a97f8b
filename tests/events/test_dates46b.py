"""Dates of branch dates46b (issue 20 item 4): a quotation cut before its tag is told when the tag
says; "as of" a weekday is the day a state is counted at, nearest the publication; a date between
the from- and to-phrases of a change is an edge of it; what a participle beside the main clause
reports is not the main clause's. Invented sentences, real spaCy."""

from __future__ import annotations

import pytest

from newsprism.events import rules
from newsprism.events.extract import clause_date

MONDAY, WEDNESDAY, FRIDAY = "2024-05-13", "2024-05-15", "2024-05-17"


def dates(nlp, text: str, published: str) -> list[tuple]:
    """(date, granularity) of every sentence of the text, read as sentences without an event."""
    return [clause_date(sent, published)[:2] for sent in nlp(text).sents]


QUOTE = (
    "“I am shaken to my bones by the letters and calls of the past few days. I made a terrible "
    "mistake,” wrote the owner on his website over the weekend."
)


def test_a_quotation_cut_before_its_tag_takes_the_tags_date(nlp):
    found = dates(nlp, QUOTE, MONDAY)
    assert len(found) == 2
    assert found == [("2024-05-11", "weekend")] * 2
    with rules.switched_off(["quote_tags"]):
        assert dates(nlp, QUOTE, MONDAY)[0] == (MONDAY, None)


def test_the_tags_content_date_is_not_the_sayings(nlp):
    text = "“We were not told. The board met on Tuesday without us,” the mayor said Friday."
    first = dates(nlp, text, FRIDAY)[0]
    assert first in ((FRIDAY, "day"), (FRIDAY, None))  # Friday's saying, never Tuesday's meeting


def test_a_quotation_without_a_saying_tag_takes_nothing(nlp):
    text = "“The budget is late. It is late again,” reads the sign in the window on Tuesday."
    assert dates(nlp, text, FRIDAY)[0] == (FRIDAY, None)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("As of Tuesday, the primary's winner will yield to the runner-up.", WEDNESDAY, "2024-05-14"),
        ("No arrests had been made as of Sunday.", MONDAY, "2024-05-12"),
        ("As of Wednesday, the county will count every ballot again.", WEDNESDAY, WEDNESDAY),
    ],
)
def test_as_of_a_weekday_is_the_day_nearest(nlp, text, published, expected):
    assert dates(nlp, text, published)[0] == (expected, "day")


def test_the_ends_of_a_change_are_no_date(nlp):
    text = "Approval for the state council has gone from 20 percent in 2008 to more than 50 percent today."
    assert dates(nlp, text, FRIDAY)[0] == (FRIDAY, None)
    with rules.switched_off(["change_edges"]):
        assert dates(nlp, text, FRIDAY)[0] == ("2008", "year")


def test_what_a_participle_reports_is_not_the_main_clauses(nlp):
    text = "The senator has often cited federal records, showing that prices rose sharply in July 2013."
    assert dates(nlp, text, FRIDAY)[0] == (FRIDAY, None)
    with rules.switched_off(["participle_reports"]):
        assert dates(nlp, text, FRIDAY)[0] == ("2013-07", "month")
