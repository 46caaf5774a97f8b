"""A date span's ends read together (stop 43, issue 20): the year or month named once, on one
end, holds for the other; the event keeps the date of its own clause and its granularity."""

from __future__ import annotations

import pytest
from test_dates import event_date_of

from newsprism.events.date_spans import completed_text
from newsprism.events.dates import find_date_expressions, resolve_date

PUBLISHED = "2018-02-16"  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The militia blockaded the port from June to November 2016.", ("2016-06", "month")),
        ("The rebels shelled the villages between March and May 2019.", ("2019-03", "month")),
        ("The rebels shelled the villages between May and July 2019.", ("2019-05", "month")),
        ("Troops shelled the town June-November 2016.", ("2016-06", "month")),
        ("Strikers picketed the plant from late June through November 2016.", ("2016-06", "month")),
        ("The navy blockaded the port from November to March 2016.", ("2015-11", "month")),
        ("Protesters occupied the square from June 3 to 5, 2016.", ("2016-06-03", "day")),
        ("Protesters occupied the square from 3 to 5 June 2016.", ("2016-06-03", "day")),
    ],
)
def test_the_opening_end_takes_the_closing_ends_year(nlp, text, expected):
    assert event_date_of(nlp, text, PUBLISHED) == expected


def test_a_day_span_without_a_year_is_a_day_of_the_month_named(nlp):
    """ "from June 3 to 5" is the 3rd of the latest June, not the month."""
    text = "Protesters occupied the square from June 3 to 5."
    assert event_date_of(nlp, text, PUBLISHED) == ("2017-06-03", "day")


def test_a_lone_month_still_resolves_from_the_publication_date(nlp):
    assert event_date_of(nlp, "The militia blockaded the port in June.", PUBLISHED) == ("2017-06", "month")
    text = "The militia blockaded the port in June, and the talks ended in November 2016."
    assert event_date_of(nlp, text, PUBLISHED) == ("2017-06", "month")  # two dates, no span


@pytest.mark.parametrize(
    ("sentence", "index", "expected"),
    [
        ("The drought lasted from November 2015 to March.", 1, ("2016-03", "month")),
        ("The drought lasted from June 2015 to October.", 1, ("2015-10", "month")),
        ("The drought lasted from June to November 2016.", 0, ("2016-06", "month")),
        ("The fair ran from December 28 to January 3, 2017.", 0, ("2016-12-28", "day")),
    ],
)
def test_each_end_of_a_span_reads_its_partner(sentence, index, expected):
    found = find_date_expressions(sentence)
    text = completed_text(found[index], found, sentence)
    assert resolve_date(text, PUBLISHED, "past") == expected


def test_offsets_of_a_sentence_inside_a_document():
    sentence = "The siege lasted from June to November 2016."
    found = find_date_expressions(sentence, 500)
    assert completed_text(found[0], found, sentence, 500) == "from June 2016"


def test_may_opening_a_span_of_months_is_the_month():
    assert [e.text for e in find_date_expressions("Rains fell between May and July 2019.")] == [
        "May",
        "July 2019",
    ]
    assert find_date_expressions("Officials May and will decide.") == []


def test_a_month_with_a_relative_year_takes_no_partners_year():
    sentence = "Families were separated from October 2016 through February of this year."
    found = find_date_expressions(sentence)
    assert completed_text(found[1], found, sentence) == found[1].text


def test_a_day_after_a_month_is_its_day_only_on_the_same_line():
    text = "Troops withdrew from June 11 to 13."
    assert [e.text for e in find_date_expressions(text)] == ["June 11"]
    text = "The talks ended in June\n\n11 people were hurt."
    assert [e.text for e in find_date_expressions(text)][0] == "in June"


def test_month_of_year_resolves_to_that_month():
    found = find_date_expressions("The program started in July of 2009 and grew.")
    assert [e.text for e in found] == ["in July of 2009"]
    assert resolve_date(found[0].text, "2014-05-05", "past") == ("2009-07", "month")


def test_month_of_year_gives_its_year_to_the_span_partner():
    text = "Prices rose between July of 2009 and March."
    found = find_date_expressions(text)
    assert [completed_text(e, found, text) for e in found] == ["July of 2009", "March 2010"]
