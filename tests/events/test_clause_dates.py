"""The date of a sentence's own clause (issue 20 item 4, issue 19 item 3, branch dates45): a
sentence without an event is dated by its main clause, what is said by its own words or else by
the saying, a happening named as the act's setting dates the act, and a date hung in an after-
phrase, a relative clause or a though-clause is not the main clause's. Invented sentences, real
spaCy."""

from __future__ import annotations

from datetime import date

import pytest

from newsprism.events import rules
from newsprism.events.calendar import month_text, shift_month, week_of
from newsprism.events.dates import tense_before
from newsprism.events.extract import clause_date, extract_events
from newsprism.models import Article

WEDNESDAY = "2024-05-15"


def sentence_date(nlp, text: str, published: str = WEDNESDAY):
    """(date, granularity, date text) of the text's first sentence, read as one without an event."""
    return clause_date(next(iter(nlp(text).sents)), published)


def event_date(nlp, text: str, published: str = WEDNESDAY):
    found = extract_events(nlp(text), Article(article_id="c", source="t", text=text, published=published))
    assert found, f"no event in {text!r}"
    return found[0].date, found[0].date_granularity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the saying dates what is said when the words say no day of their own
        (
            "“The figures are accurate,” a ministry spokeswoman said in a statement last week.",
            ("2024-05-06", "week"),
        ),
        ("On March 28, the economist wrote that the currency was overvalued.", ("2024-03-28", "day")),
        # what is said is dated by its own words first, read in its own tense
        ("The river flooded the valley on Monday, officials said Wednesday.", ("2024-05-13", "day")),
        # a happening named in passing leaves what is said to the saying's day
        ("The mayor said on Monday that Sunday's flood was the worst in decades.", ("2024-05-13", "day")),
        ("“In April, the price of bread was unchanged,” writes the statistics office.", ("2024-04", "month")),
        # an act still to come is dated by its announcement, when that has a date
        ("The government announced on Monday that it would hold elections in March.", ("2024-05-13", "day")),
        # a present told with a weekday is ahead, even when the tagger gives the base form
        ("Voters in the province go to the polls Sunday.", ("2024-05-19", "day")),
    ],
)
def test_a_sentence_is_dated_by_its_main_clause(nlp, text, expected):
    assert sentence_date(nlp, text)[:2] == expected


@pytest.mark.parametrize(
    "text",
    [
        # words dated only in passing: a span opened, then the saying's day is not the sentence's
        "More than 2,000 families have fled the valley since Saturday, a spokesman said Monday.",
        # a though-clause and a clause describing a noun tell of other times
        "Hopes for a truce have been growing, though a negotiator said on Friday that talks would not resume this week.",
        "This is the plan, approved Monday night by the council, to balance the budget.",
        # a date in an after-phrase is before the act
        "After spending last week touring the provinces, the minister is back in the capital.",
        # a date of a noun the clause names ("two rate cuts this year") is the noun's
        "Bank officials have signaled they expect two rate cuts this year.",
    ],
)
def test_dates_outside_the_main_clause_do_not_date_the_sentence(nlp, text):
    assert sentence_date(nlp, text)[2] is None


def test_main_clause_dates_can_be_switched_off(nlp):
    text = "This is the plan, approved Monday night by the council, to balance the budget."
    with rules.switched_off(["main_clause_dates"]):
        assert sentence_date(nlp, text)[:2] == ("2024-05-13", "day")  # in its own clause's tense


def test_a_happening_named_as_the_setting_dates_the_act(nlp):
    # published Wednesday: "at Tuesday's hearing" is the act's day, "after Tuesday's hearing" is not
    assert event_date(nlp, "The senator criticized the agency at Tuesday's hearing.") == ("2024-05-14", "day")
    assert event_date(nlp, "The senator criticized the agency after Tuesday's hearing.") == (WEDNESDAY, None)
    with rules.switched_off(["dated_settings"]):
        assert event_date(nlp, "The senator criticized the agency at Tuesday's hearing.") == (WEDNESDAY, None)


def test_a_clause_says_ahead_in_plain_text():
    """The stories stage reads leads without a parse: "will meet ... Thursday" is ahead."""
    text = "The governor will meet the engineers on Thursday."
    assert tense_before(text, text.index("on Thursday")) == "upcoming"
    said = "The governor said on Thursday she will meet the engineers."
    assert tense_before(said, said.index("on Thursday")) == "past"
    expected = "The mayor is expected to testify Thursday."
    assert tense_before(expected, expected.index("Thursday")) == "upcoming"
    assert tense_before("Willard voted Monday.", len("Willard voted ")) == "past"
    after = "The mayor will not resign after she was arrested on Friday."
    assert tense_before(after, after.index("on Friday")) == "past"  # the arrest: another clause
    glued = "Mayor Will Resign Photo caption Getty Images via Reuters The mayor of the town on Friday said"
    assert tense_before(glued, glued.index("on Friday")) == "past"  # a headline's cue, far back


def test_calendar_steps():
    assert shift_month(2023, 12, 1) == (2024, 1)
    assert shift_month(2024, 1, -13) == (2022, 12)
    assert month_text(2024, 3) == "2024-03"
    assert week_of(date(2024, 5, 19)) == date(2024, 5, 13)  # a Sunday's week began on Monday


def test_a_when_clause_on_one_of_two_conjoined_verbs_dates_both(nlp):
    """ "killed three and wounded eight when he opened fire ... on Dec. 6": the when-clause the
    parse hangs from the second verb times the first as well."""
    text = "The gunman killed three people and wounded eight others when he opened fire in a classroom on Dec. 6."
    doc = nlp(text)
    found = extract_events(doc, Article(article_id="c", source="t", text=text, published=WEDNESDAY))
    dates = {e.trigger: e.date for e in found}
    assert dates.get("killed") == dates.get("wounded") == "2023-12-06", dates
