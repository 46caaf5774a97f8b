"""Dates of this round (issue 20 items 4 and 5, branch dates46): a weekday under a modal is read
ahead ("may vote Tuesday"), or under "could", which is also the past of "can", nearest the
publication; a date is read in the tense of the clause it hangs from (the saying's, or a clause
sharing the act's time). Invented sentences, real spaCy."""

from __future__ import annotations

import pytest

from newsprism.events import rules
from newsprism.events.dates import find_date_expressions, resolve_date
from newsprism.events.extract import clause_date, extract_events
from newsprism.models import Article

SATURDAY, TUESDAY, WEDNESDAY = "2024-05-18", "2024-05-14", "2024-05-15"


def sentence_date(nlp, text: str, published: str):
    """(date, granularity) of the text's first sentence, read as one without an event."""
    return clause_date(next(iter(nlp(text).sents)), published)[:2]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Even if the timetable holds, the budget could not be voted upon Sunday.", SATURDAY, "2024-05-19"),
        ("Officials could not say Monday how many homes were flooded.", TUESDAY, "2024-05-13"),
        ("The council may decide the matter Thursday.", WEDNESDAY, "2024-05-16"),
        ("The council should decide the matter Friday.", WEDNESDAY, "2024-05-17"),
        # a perfect is past, whatever its modal
        ("The council could have decided the matter Monday.", WEDNESDAY, "2024-05-13"),
    ],
)
def test_a_weekday_under_a_modal(nlp, text, published, expected):
    assert sentence_date(nlp, text, published) == (expected, "day")


def test_modal_dates_can_be_switched_off(nlp):
    text = "Even if the timetable holds, the budget could not be voted upon Sunday."
    with rules.switched_off(["modal_dates"]):
        assert sentence_date(nlp, text, SATURDAY) == ("2024-05-12", "day")


def event_date(nlp, text: str, published: str):
    found = extract_events(nlp(text), Article(article_id="d", source="t", text=text, published=published))
    assert found, f"no event in {text!r}"
    return found[0].date, found[0].date_granularity


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the saying's day, read in the saying's tense, though what is said goes on
        (
            "The foreign minister said on Sunday that he is pushing for new talks with Russia.",
            "2024-05-13",
            ("2024-05-12", "day"),
        ),
        (
            "In late February, the government announced it would boost its aid to the rebels.",
            "2024-04-11",
            ("2024-02", "month"),
        ),
        # a clause that shares the act's time, read in its own tense: the present heads ahead
        (
            "On Monday, the president heads to Boston to honor Senator Edward Kennedy.",
            "2024-05-12",
            ("2024-05-13", "day"),
        ),
    ],
)
def test_a_date_is_read_in_the_tense_of_its_own_clause(nlp, text, published, expected):
    assert event_date(nlp, text, published) == expected
    with rules.switched_off(["anchor_tenses"]):
        assert event_date(nlp, text, published) != expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senator wants to meet the envoy on Friday.", ("2024-05-17", "day")),
        ("The first round of new tariffs is to take effect Aug. 22.", ("2024-08-22", "day")),
        ("Republicans are angling to confirm the nominees Friday.", ("2024-05-17", "day")),
        # from the past, or as a perfect, the aimed act is not read ahead
        ("Police tried to reach the suspect on Monday.", ("2024-05-13", "day")),
    ],
)
def test_an_act_aimed_at_from_the_present_is_ahead(nlp, text, expected):
    assert sentence_date(nlp, text, WEDNESDAY) == expected


def test_a_name_opening_with_a_month_is_no_date():
    assert [e.text for e in find_date_expressions("He spent the weekend at his resort in Mar-a-Lago.")] == []
    assert [e.text for e in find_date_expressions("Prices rose between March-April 2019.")] == [
        "March",
        "April 2019",
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The senator answers questions at the Capitol on July 9.", "2024-09-03", ("2024-07-09", "day")),
        ("That is down two points from 53 percent in August.", "2024-10-23", ("2024-08", "month")),
        ("The senator travels to Ohio in November.", "2024-09-03", ("2024-11", "month")),
        # its weekday still ahead
        ("The president travels to Ohio on Sunday.", WEDNESDAY, ("2024-05-19", "day")),
    ],
)
def test_a_present_reads_its_month_nearest(nlp, text, published, expected):
    assert sentence_date(nlp, text, published) == expected


def test_a_past_day_up_to_two_weeks_ahead_is_this_years():
    assert resolve_date("July 14", "2015-07-06", "past") == ("2015-07-14", "day")
    assert resolve_date("Dec. 28", "2015-07-06", "past") == ("2014-12-28", "day")
    with rules.switched_off(["past_days_ahead"]):
        assert resolve_date("July 14", "2015-07-06", "past") == ("2014-07-14", "day")
