"""Dates of branch dates50a (issue 20 item 4): an indirect question's date and a relative clause
parsed as a complement are not the main clause's; a date in an apposition describes the noun; a
progressive as-clause on the main verb times it as a when-clause does; a gathering told something
("told a Tuesday news conference") is where and when it was said. Invented sentences, real spaCy."""

from __future__ import annotations

from newsprism.events import rules
from newsprism.events.extract import clause_date

THURSDAY = "2024-06-20"  # its week's Monday is 2024-06-17


def sentence_date(nlp, text: str, published: str = THURSDAY):
    """(date, granularity) of the text's first sentence, read as one without an event."""
    date, granularity, _ = clause_date(next(iter(nlp(text).sents)), published)
    return date, granularity


def test_an_indirect_questions_date_is_not_the_knowings(nlp):
    text = "Nobody knows what the tribunal is going to decide about the fishing quota next week."
    assert sentence_date(nlp, text)[1] is None
    with rules.switched_off(["wh_clauses"]):
        assert sentence_date(nlp, text) == ("2024-06-24", "week")


def test_a_date_in_an_apposition_describes_the_noun(nlp):
    text = "Dara Velk, the mayor of Orsund and perhaps a candidate for governor in 2026, insists that the budget is sound."
    assert sentence_date(nlp, text)[1] is None
    with rules.switched_off(["apposed_dates"]):
        assert sentence_date(nlp, text) == ("2026", "year")


def test_a_progressive_as_clause_on_the_saying_dates_it(nlp):
    text = "\u201cThe happiest people here are the shipbuilders,\u201d said the harbour adviser Tomas Brell as the plan was making its way through the council in 2019."
    assert sentence_date(nlp, text) == ("2019", "year")
    with rules.switched_off(["as_clauses"]):
        assert sentence_date(nlp, text)[1] is None


def test_a_gathering_told_something_dates_the_saying(nlp):
    text = "\u201cWe have a clear picture of the route,\u201d Pell Orvane, a spokesman for the coast patrol, told a Tuesday news conference."
    assert sentence_date(nlp, text) == ("2024-06-18", "day")
    with rules.switched_off(["told_gatherings"]):
        assert sentence_date(nlp, text)[1] is None


def test_reporters_told_are_no_setting(nlp):
    text = "Pell Orvane told reporters the route was clear."
    assert sentence_date(nlp, text)[1] is None
