"""Dates of branch dates48 (issue 20 item 4): "later that month", "that day", "the following
week" count from the last date a sentence names even when its main clause has none (a relative
clause's, a modifier's), never from a possessive "today's"; "the following week" after a day is
that week. Invented sentences, real spaCy."""

from __future__ import annotations

import pytest

from newsprism.events import rules
from newsprism.events.extract import extract_events
from newsprism.models import Article

PUBLISHED = "2024-06-20"


def dates_of(nlp, text: str) -> list[tuple]:
    doc = nlp(text)
    article = Article(article_id="t", source="t", text=doc.text, published=PUBLISHED)
    return [(e.trigger, e.date, e.date_granularity) for e in extract_events(doc, article)]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "The governor, who was detained in March, stepped down. Later that month, "
            "farmers protested outside the capitol.",
            "protested",
            ("2024-03", "month"),
        ),
        (
            "The envoy, whose convoy was ambushed on February 6, kept quiet. That same day, "
            "rebels attacked the airport.",
            "attacked",
            ("2024-02-06", "day"),
        ),
    ],
)
def test_a_told_date_counts_from_the_last_date_named(nlp, text, trigger, expected):
    found = {t: (d, g) for t, d, g in dates_of(nlp, text)}
    assert found[trigger] == expected
    with rules.switched_off(["mentioned_anchors"]):
        found = {t: (d, g) for t, d, g in dates_of(nlp, text)}
        assert found[trigger] != expected


def test_the_main_clause_keeps_no_date_of_its_relative_clause(nlp):
    text = "The governor, who was detained in March, stepped down. Later that month, farmers protested."
    found = {t: (d, g) for t, d, g in dates_of(nlp, text)}
    assert found.get("stepped down", (None, None))[1] is None


def test_todays_standards_name_no_day(nlp):
    text = (
        "Minister Varlo, who was elected in May 2019, was a hawk by today's standards. "
        "Later that month, he threatened the rebels."
    )
    found = {t: (d, g) for t, d, g in dates_of(nlp, text)}
    assert found["threatened"] == ("2019-05", "month")


def test_the_following_week_is_a_week_and_a_week_later_a_day(nlp):
    arrested = "Police arrested the treasurer on April 10. "
    following = dict(
        (t, (d, g)) for t, d, g in dates_of(nlp, arrested + "The following week, prosecutors charged her.")
    )
    later = dict(
        (t, (d, g)) for t, d, g in dates_of(nlp, arrested + "A week later, prosecutors charged her.")
    )
    assert following["charged"] == ("2024-04-15", "week")
    assert later["charged"] == ("2024-04-17", "day")
    with rules.switched_off(["told_weeks"]):
        following = dict(
            (t, (d, g))
            for t, d, g in dates_of(nlp, arrested + "The following week, prosecutors charged her.")
        )
        assert following["charged"] == ("2024-04-17", "day")


def clause_of(nlp, text: str, published: str) -> tuple:
    from newsprism.events.extract import clause_date

    return clause_date(next(iter(nlp(text).sents)), published)[:2]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Orvane directed a shipping firm known as Caldera Freight in 2009.", ("2009", "year")),
        ("Ms. Tesk joined a think tank called the Meridian Forum in March 2021.", ("2021-03", "month")),
    ],
)
def test_a_date_after_a_naming_participle_is_the_acts(nlp, text, expected):
    assert clause_of(nlp, text, PUBLISHED) == expected
    with rules.switched_off(["naming_participles"]):
        assert clause_of(nlp, text, PUBLISHED) != expected


def test_a_date_inside_the_name_stays_the_names(nlp):
    text = "The marchers honoured the 1972 protest known as Black Sunday with a vigil."
    assert clause_of(nlp, text, PUBLISHED)[1] is None


@pytest.mark.parametrize(
    "text",
    [
        "The ministry of Valdoria condemned the blockade in a statement released Tuesday.",
        "In a letter issued Tuesday, the Ostrel council urged the governor to resign.",
    ],
)
def test_a_dated_participle_on_the_setting_dates_the_act(nlp, text):
    found = dates_of(nlp, text)
    assert (found[0][1], found[0][2]) == ("2024-06-18", "day")
    with rules.switched_off(["setting_participles"]):
        found = dates_of(nlp, text)
        assert (found[0][1], found[0][2]) != ("2024-06-18", "day")


def test_a_relative_clause_on_the_setting_does_not(nlp):
    text = "The ministry of Valdoria condemned the blockade in an interview that aired Tuesday."
    assert dates_of(nlp, text)[0][2] is None
