"""Dates of branch dates51 (issue 20 item 4): a where-clause whose doer is the main clause's tells
what was done at the place and time the main clause gives ("addressed a rally Tuesday night, where
he criticized ..."); a weekday with a time of day ("Tuesday night", "Monday evening", "late
Wednesday") resolves as the weekday; an act a dated saying announces for later is dated by the
saying (the convention of eval/allsides_events/README.md, "Reported speech"). Invented sentences,
real spaCy."""

from __future__ import annotations

import pytest

from newsprism.events import rules
from newsprism.events.extract import clause_date, extract_events
from newsprism.models import Article

PUBLISHED = "2024-06-20"  # a Thursday; its week's Monday is 2024-06-17


def dates_of(nlp, text: str) -> dict[str, tuple]:
    doc = nlp(text)
    article = Article(article_id="t", source="t", text=doc.text, published=PUBLISHED)
    return {e.trigger: (e.date, e.date_granularity) for e in extract_events(doc, article)}


def test_a_where_clause_of_the_same_doer_takes_the_settings_date(nlp):
    text = "Senator Ilva Marsh spoke to a crowd in Corvale at a rally Tuesday night, where she criticized the transport minister."
    assert dates_of(nlp, text)["criticized"] == ("2024-06-18", "day")
    with rules.switched_off(["where_clauses"]):
        assert dates_of(nlp, text)["criticized"][1] is None


def test_a_where_clause_after_a_visit_takes_its_day(nlp):
    text = "On Monday, the envoy Pavel Dorn visited the palace in Velmar, where he met the regent."
    assert dates_of(nlp, text)["met"] == ("2024-06-17", "day")
    with rules.switched_off(["where_clauses"]):
        assert dates_of(nlp, text)["met"][1] is None


def test_a_where_clause_of_other_doers_stays_undated(nlp):
    text = "Ilva Marsh spoke in Bremholt on Tuesday, where protesters attacked the police."
    assert dates_of(nlp, text)["attacked"][1] is None


def test_a_where_clause_in_the_past_perfect_stays_undated(nlp):
    text = "Ilva Marsh flew to Velmar on Monday, where she had criticized the regent."
    assert dates_of(nlp, text)["criticized"][1] is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Ilva Marsh criticized the transport minister Tuesday night.", "2024-06-18"),
        ("Ilva Marsh criticized the transport minister on Monday evening.", "2024-06-17"),
        ("Late Wednesday, Ilva Marsh criticized the transport minister.", "2024-06-19"),
        ("Ilva Marsh criticized the transport minister early Thursday morning.", "2024-06-20"),
        ("Speaking Tuesday night in Corvale, Ilva Marsh criticized the transport minister.", "2024-06-18"),
    ],
)
def test_a_weekday_with_a_time_of_day_resolves_as_the_weekday(nlp, text, day):
    assert dates_of(nlp, text)["criticized"] == (day, "day")


def test_an_act_announced_for_later_is_dated_by_the_saying(nlp):
    text = "\u201cThis year we will not be giving money to the harvest fair,\u201d Orla Penn said in a letter last month."
    date, granularity, _ = clause_date(next(iter(nlp(text).sents)), PUBLISHED)
    assert (date, granularity) == ("2024-05", "month")


def sentence_date(nlp, text: str):
    date, granularity, _ = clause_date(next(iter(nlp(text).sents)), PUBLISHED)
    return date, granularity


@pytest.mark.parametrize(
    ("text", "off"),
    [
        ("There\u2019s a recording of me 20 years ago arguing for the canal.", ("2004", "year")),
        ("They\u2019re the equivalent of the river guilds in 1910 or the dock unions.", ("1910", "year")),
        ("That\u2019s down from 40 percent last year.", ("2023", "year")),
    ],
)
def test_a_past_date_on_a_present_is_describes_a_noun(nlp, text, off):
    assert sentence_date(nlp, text)[1] is None
    with rules.switched_off(["present_states"]):
        assert sentence_date(nlp, text) == off


def test_a_written_out_date_on_a_present_is_keeps_it(nlp):
    text = "A bronze statue of the mayor is on display at the harbour museum in March 2011."
    assert sentence_date(nlp, text) == ("2011-03", "month")


def test_a_past_date_on_a_past_was_keeps_it(nlp):
    assert sentence_date(nlp, "The canal was a ruin 20 years ago.") == ("2004", "year")


def test_a_date_right_after_an_act_subject_is_the_acts(nlp):
    text = "The collapse of the Orvane shipping firm last week stunned many in the harbour district."
    assert sentence_date(nlp, text)[1] is None
    with rules.switched_off(["subject_act_dates"]):
        assert sentence_date(nlp, text) == ("2024-06-10", "week")


def test_a_date_after_a_doer_subject_stays_the_verbs(nlp):
    assert sentence_date(nlp, "The harbour council last week stunned many in the district.") == (
        "2024-06-10",
        "week",
    )


def test_a_persons_relative_clause_on_a_setting_dates_nothing(nlp):
    text = (
        "The panel\u2019s decision joins that of Judge Tamsin Vell, also at the federal court in Brenmoor, who earlier"
        " this year granted discovery in another case brought by Harbour Watch against the Port Department."
    )
    assert sentence_date(nlp, text)[1] is None
    with rules.switched_off(["personal_relatives"]):
        assert sentence_date(nlp, text) == ("2024", "year")
