"""Days counted from the happening told before ("the next day", "two days later", "that evening";
issue 19 item 3, issue 20 item 4, branch timeline44b): resolved from the previous dated clause of
the article, never from publication, at the coarser granularity of the two. Invented sentences,
read through extract_events with real spaCy."""

from __future__ import annotations

import pytest

from newsprism.events.dates import find_date_expressions, resolve_date
from newsprism.events.extract import extract_events
from newsprism.events.told import is_told, resolve_told
from newsprism.models import Article

PUBLISHED = "2024-05-17"  # a Friday


def last_dates(nlp, text: str, published: str | None = PUBLISHED):
    """(date, granularity) of the main event of the text's last sentence."""
    doc = nlp(text)
    last = list(doc.sents)[-1]
    found = extract_events(doc, Article(article_id="told", source="test", text=text, published=published))
    mine = [e for e in found if e.start >= last.start_char]
    assert mine, text
    return mine[0].date, mine[0].date_granularity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers detained the union leader on Monday. The next day, the governor condemned the raid.",
            ("2024-05-14", "day"),
        ),
        (
            "The envoys met in Oslo on April 3. Three days later, the rebel commander rejected the offer.",
            ("2024-04-06", "day"),
        ),
        (
            "The jury convicted the banker on Wednesday. Regulators had accused him of fraud the day before.",
            ("2024-05-14", "day"),
        ),
        (
            "Troops shelled the port on Tuesday afternoon. That night, the militia threatened to retaliate.",
            ("2024-05-14", "day"),
        ),
        (
            "In February, the nurses demanded a raise. Two months later, the hospital rejected the demand.",
            ("2024-04", "month"),
        ),
        (
            "The senator resigned on Monday. Her aides said she was tired. "
            "The following day, the premier praised her service.",
            ("2024-05-14", "day"),
        ),
        (
            "Villagers blocked the road on Monday. The next day, police arrested the organisers. "
            "Two days later, the bishop condemned the arrests.",
            ("2024-05-16", "day"),
        ),
    ],
)
def test_a_day_told_after_counts_from_the_happening_before(nlp, text, expected):
    assert last_dates(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # nothing dated before: the article's day, as an undated event
        "The next day, the governor condemned the raid.",
        # a week told before is no day to count a day from
        "Farmers blocked the motorway last week. The next day, police arrested their leaders.",
    ],
)
def test_no_day_told_before_leaves_the_event_undated(nlp, text):
    assert last_dates(nlp, text) == (PUBLISHED, None)


def test_the_day_before_a_named_happening_is_not_counted_from_the_sentence_before(nlp):
    text = "The polls closed on Sunday. Police detained the opposition leader the day before the vote."
    assert last_dates(nlp, text) == (PUBLISHED, None)


def test_in_the_next_week_is_still_ahead_of_publication(nlp):
    text = "The talks broke down on Thursday. The envoys will meet again in the next week."
    assert last_dates(nlp, text) == ("2024-05-20", "week")


def test_a_day_told_after_an_undated_sentence_counts_from_the_dated_one():
    assert resolve_told("a week later", ("2024-02-20", "day")) == ("2024-02-27", "day")
    assert resolve_told("the following year", ("2015-03", "month")) == ("2016", "year")
    assert resolve_told("that same day", ("2022-02-24", "day")) == ("2022-02-24", "day")
    assert resolve_told("the next day", ("2024-05-13", "week")) == (None, None)
    assert resolve_told("the next day", None) == (None, None)


def test_told_expressions_are_found_and_need_an_anchor():
    found = [e.text for e in find_date_expressions("Two days later, the minister resigned.")]
    assert found == ["Two days later"]
    assert is_told("That evening") and not is_told("this evening")
    assert resolve_date("the next day", PUBLISHED, "past") == (None, None)
    assert resolve_date("the next day", PUBLISHED, "past", ("2024-05-01", "day")) == ("2024-05-02", "day")
    assert not find_date_expressions("The vote is due over the next week.")[0].text.lower().startswith("the")


@pytest.mark.parametrize("text", ["a week later", "two weeks later", "the next day", "the same week"])
@pytest.mark.parametrize("anchor", [("2014-11", "month"), ("2014", "year")])
def test_a_week_or_day_after_a_month_or_year_has_nothing_to_count_from(text, anchor):
    # real articles tell "in November ... a week later": no day to count the week from
    assert resolve_told(text, anchor) == (None, None)
