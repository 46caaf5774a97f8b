"""Date expressions resolved against a fixed publication date: Thursday 9 March 2023."""

from __future__ import annotations

import pytest

from newsprism.events.dates import find_date_expressions, resolve_date
from newsprism.events.extract import extract_events
from newsprism.models import Article

PUBLISHED = "2023-03-09"  # a Thursday


@pytest.mark.parametrize(
    ("expression", "tense", "expected"),
    [
        ("on Thursday", "past", ("2023-03-09", "day")),  # the publication day itself
        ("on Monday", "past", ("2023-03-06", "day")),
        ("on Monday", "future", ("2023-03-13", "day")),
        ("on Thursday", "future", ("2023-03-09", "day")),  # "will meet Thursday" said that day: today
        ("this coming Thursday", "future", ("2023-03-16", "day")),
        ("last Thursday", "past", ("2023-03-02", "day")),
        ("next Tuesday", "future", ("2023-03-14", "day")),
        ("Friday night", "past", ("2023-03-03", "day")),
        ("yesterday", "past", ("2023-03-08", "day")),
        ("today", "present", ("2023-03-09", "day")),
        ("tomorrow", "future", ("2023-03-10", "day")),
        ("two days ago", "past", ("2023-03-07", "day")),
        ("3 weeks ago", "past", ("2023-02-13", "week")),
        ("a month ago", "past", ("2023-02", "month")),
        ("five years ago", "past", ("2018", "year")),
        ("last week", "past", ("2023-02-27", "week")),
        ("this week", "present", ("2023-03-06", "week")),
        ("next week", "future", ("2023-03-13", "week")),
        ("earlier this month", "past", ("2023-03", "month")),
        ("later this month", "future", ("2023-03", "month")),
        ("last month", "past", ("2023-02", "month")),
        ("next month", "future", ("2023-04", "month")),
        ("in December", "past", ("2022-12", "month")),
        ("in December", "future", ("2023-12", "month")),
        ("in March", "past", ("2023-03", "month")),
        ("in January", "future", ("2024-01", "month")),
        ("last year", "past", ("2022", "year")),
        ("next year", "future", ("2024", "year")),
        ("earlier this year", "past", ("2023", "year")),
        ("in 2019", "past", ("2019", "year")),
        ("March 2", "past", ("2023-03-02", "day")),
        ("March 20", "future", ("2023-03-20", "day")),
        # told in the past, a day of this year up to two weeks ahead is this year's (past_days_ahead,
        # branch dates46: "have resigned, effective July 14" told on 6 July); farther, last year's
        ("March 20", "past", ("2023-03-20", "day")),
        ("June 20", "past", ("2022-06-20", "day")),
        ("Dec. 28", "past", ("2022-12-28", "day")),
        ("Feb. 4, 2022", "past", ("2022-02-04", "day")),
        ("15 October", "past", ("2022-10-15", "day")),
        ("March 2021", "past", ("2021-03", "month")),
        ("2021-05-17", "past", ("2021-05-17", "day")),
        ("over the weekend", "past", ("2023-03-04", "weekend")),
        ("this weekend", "future", ("2023-03-11", "weekend")),
        ("next weekend", "future", ("2023-03-11", "weekend")),
        ("last weekend", "past", ("2023-03-04", "weekend")),
        ("this past weekend", "past", ("2023-03-04", "weekend")),
        ("in mid-March", "past", ("2023-03", "month")),
        ("late December", "past", ("2022-12", "month")),
        ("in early 2020", "past", ("2020", "year")),
        ("Sept. 11, 2001", "past", ("2001-09-11", "day")),
    ],
)
def test_resolves_against_publication_date(expression, tense, expected):
    assert resolve_date(expression, PUBLISHED, tense) == expected


def test_weekend_said_on_a_sunday():
    assert resolve_date("over the weekend", "2021-07-18", "past") == ("2021-07-17", "weekend")
    assert resolve_date("last weekend", "2021-07-18", "past") == ("2021-07-10", "weekend")


def test_without_publication_date_only_absolute_dates_resolve():
    assert resolve_date("on Thursday", None, "past") == (None, None)
    assert resolve_date("last week", None, "past") == (None, None)
    assert resolve_date("in December", None, "past") == (None, None)
    assert resolve_date("Feb. 4, 2022", None, "past") == ("2022-02-04", "day")
    assert resolve_date("March 2021", None, "past") == ("2021-03", "month")
    assert resolve_date("in 1998", None, "past") == ("1998", "year")


def test_not_a_date():
    assert resolve_date("the ministry", PUBLISHED, "past") == (None, None)
    assert resolve_date("February 30, 2022", PUBLISHED, "past") == (None, None)


def test_finds_expressions_with_offsets():
    text = "Police said on Thursday they met in March 2020 and will meet next week."
    found = find_date_expressions(text)
    assert [e.text for e in found] == ["on Thursday", "in March 2020", "next week"]
    assert all(text[e.start : e.end] == e.text for e in found)


def test_modal_may_and_verb_march_are_not_months():
    assert find_date_expressions("Troops may march on the capital.") == []
    assert [e.text for e in find_date_expressions("They met in May.")] == ["in May"]


def test_implausible_publication_dates_count_as_unknown():
    assert resolve_date("last year", "0001-01-01", "past") == (None, None)
    assert resolve_date("yesterday", "garbage", "past") == (None, None)
    assert resolve_date("Feb. 4, 2022", "0001-01-01", "past") == ("2022-02-04", "day")


# ---- an event's own date, by its tense (events stage) -----------------------------------------


def event_date_of(nlp, text: str, published: str):
    doc = nlp(text)
    found = extract_events(doc, Article(article_id="d", source="t", text=text, published=published))
    assert found, f"no event in {text!r}"
    return found[0].date, found[0].date_granularity


def test_past_weekday_can_be_the_publication_day(nlp):
    # 2019-10-23 is a Wednesday
    assert event_date_of(nlp, "Lawmakers on Wednesday criticized the ministry.", "2019-10-23") == (
        "2019-10-23",
        "day",
    )


def test_would_and_expected_look_ahead(nlp):
    # 2023-03-06 is a Monday, 2012-09-21 a Friday
    said = "The council said it would reject the plan on Tuesday."
    assert event_date_of(nlp, said, "2023-03-06") == ("2023-03-07", "day")
    expected = "The senator was expected to criticize the agency again Friday."
    assert event_date_of(nlp, expected, "2012-09-21") == ("2012-09-21", "day")
    assert event_date_of(nlp, "The ministers will meet on Monday.", "2023-03-06") == ("2023-03-06", "day")
    assert event_date_of(nlp, "The ministers will meet on Tuesday.", "2023-03-06") == ("2023-03-07", "day")


def test_modifier_dates_do_not_date_the_event(nlp):
    text = "Hours after Saturday's attack, the prime minister criticized the tech industry."
    assert event_date_of(nlp, text, "2017-06-06") == ("2017-06-06", None)
    text = "The president condemned Russia over its February 2022 invasion."
    assert event_date_of(nlp, text, "2023-05-02")[1] is None


def test_last_week_said_on_a_sunday_is_the_week_ending():
    assert resolve_date("last week", "2020-07-12", "past") == ("2020-07-06", "week")


def test_present_tense_with_a_weekday_is_ahead(nlp):
    # 2023-03-09 is a Thursday: "meets ... on Sunday" is the coming Sunday
    text = "The prime minister meets the opposition leader on Sunday."
    assert event_date_of(nlp, text, "2023-03-09") == ("2023-03-12", "day")


def test_a_date_on_the_events_own_noun_dates_it(nlp):
    """ "ordered the March 2 strike": the strike's date, not the article's day; a date on another
    noun ("condemned Sunday's shooting on Tuesday") stays a happening named in passing."""
    ordered = event_date_of(nlp, "President Ravel ordered the March 2 strike against the general.", PUBLISHED)
    assert ordered == ("2023-03-02", "day")
    condemned = event_date_of(nlp, "The senator condemned Sunday's shooting on Tuesday.", PUBLISHED)
    assert condemned == ("2023-03-07", "day")


def test_a_date_that_ends_a_span_does_not_date_the_act(nlp):
    # 2021-03-12 is a Friday; "through October 31" ends what is paid for, "since Monday" opens a span
    funded = "The council extended the curfew through October 31."
    assert event_date_of(nlp, funded, "2021-03-12") == ("2021-03-12", None)
    waited = "The mayor has sent aid to the valley since Monday."
    assert event_date_of(nlp, waited, "2021-03-12") == ("2021-03-12", None)
    sent = "The mayor sent aid to the valley on Wednesday."
    assert event_date_of(nlp, sent, "2021-03-12") == ("2021-03-10", "day")  # its own day kept


def test_an_act_set_after_a_past_verb_is_the_nearest_such_day(nlp):
    # 2019-01-18 is a Friday: a month-day promised for later is the coming one, not last year's
    agreed = "The inventor agreed to appear before the panel on Feb. 7."
    assert event_date_of(nlp, agreed, "2019-01-18") == ("2019-02-07", "day")
    promised = "The mayor promised to resign in February."
    assert event_date_of(nlp, promised, "2019-01-18") == ("2019-02", "month")
    # ... and one just gone stays in the past; a plain past act is not moved
    assert event_date_of(nlp, "The inventor agreed to testify on Jan. 10.", "2019-01-18") == (
        "2019-01-10",
        "day",
    )
    assert resolve_date("Feb. 7", "2019-01-18", "past") == ("2018-02-07", "day")


def test_either_reads_the_nearest_month_and_a_past_weekday():
    # 2019-01-19 is a Saturday: "vowed to fight it Tuesday" is the Tuesday gone, not the coming one
    assert resolve_date("on Tuesday", "2019-01-19", "either") == ("2019-01-15", "day")
    assert resolve_date("Feb. 7", "2019-01-19", "either") == ("2019-02-07", "day")
    assert resolve_date("in July", "2019-01-18", "either") == ("2018-07", "month")
    assert resolve_date("Dec. 30", "2019-01-18", "either") == ("2018-12-30", "day")
