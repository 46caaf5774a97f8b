"""Distinct statements weighed as trivia: the outlet's own sentence reporting a figure or a
schedule ranks below the same kind of sentence that reports neither; a quotation keeps its rank."""

from newsprism.stories.compare_text import sentences
from newsprism.stories.distinct import distinct_statements
from newsprism.stories.distinct_trivia import FIGURE_WEIGHT, SCHEDULE_WEIGHT, trivia_weight


def _score(text: str, quotes=()) -> dict:
    items = distinct_statements(sentences("a", text), set(), list(quotes), [], [], text)
    return items[0]


def test_a_figure_or_a_schedule_marks_the_outlets_own_line_as_trivia():
    weight, why = trivia_weight("The harbour board counted 412 ferry crossings in the spring.")
    assert weight == FIGURE_WEIGHT < 1.0 and why == "reports a figure"
    weight, why = trivia_weight("The harbour board is expected to approve the ferry plan on Thursday.")
    assert weight == SCHEDULE_WEIGHT < 1.0 and why == "reports a schedule"
    assert trivia_weight("Councillor Brandt called the ferry plan a reckless gamble with island lives.") == (
        1.0,
        "",
    )
    assert trivia_weight("Mondays are quiet on the quay, the harbour master wrote in his notes.")[0] == 1.0


def test_the_outlets_own_line_reporting_a_schedule_ranks_lower_than_the_same_words_without_it():
    plain = _score("The harbour board will approve the new ferry plan for the islanders.")
    dated = _score("The harbour board will approve the new ferry plan for the islanders on Friday.")
    assert dated["score"] < plain["score"] and "reports a schedule" in dated["why"]


def test_a_quotation_reporting_a_figure_keeps_its_score():
    text = "\u201cThe harbour board has cut 40 ferry crossings and left the islanders stranded.\u201d"
    plain = text.replace("40", "forty")
    with_figure = _score(text, quotes=[(0, len(text))])
    without = _score(plain, quotes=[(0, len(plain))])
    assert "figure" not in with_figure["why"]
    assert with_figure["score"] >= without["score"] * 0.99
