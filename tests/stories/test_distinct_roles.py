"""Distinct statements weighed by what their main clause is about (the stored parse): the
outlet's own sentence reporting on a thing ranks below the same kind of sentence about a person."""

from newsprism.nlp.word_roles import word_roles
from newsprism.stories.compare_text import sentences
from newsprism.stories.distinct import THING_WEIGHT, distinct_statements
from newsprism.stories.distinct_roles import ClauseSubjects


def _ranked(nlp, text: str, people=(), parsed: bool = True, quotes=()) -> dict[str, dict]:
    spans = [(text.find(p), text.find(p) + len(p)) for p in people]
    subjects = ClauseSubjects(word_roles(nlp(text)), spans, text) if parsed else None
    found = sentences("a", text)
    items = distinct_statements(found, set(), list(quotes), [], [], text, subjects=subjects)
    return {item["text"]: item for item in items}


def test_main_clause_subject_is_a_person_by_name_or_pronoun_or_else_a_thing(nlp):
    text = (
        "The harbour board approved the new budget for the ferry service on Monday. "
        "She told the council that the ferry service had been neglected for years. "
        "Mayor Ellen Fisk voted against the budget for the ferry service on Monday."
    )
    subjects = ClauseSubjects(
        word_roles(nlp(text)), [(text.find("Ellen Fisk"), text.find("Ellen Fisk") + 10)], text
    )
    first, second, third = sentences("a", text)
    assert subjects.main_subject(first.start, first.end) == "thing"
    assert subjects.main_subject(second.start, second.end) == "person"
    assert subjects.main_subject(third.start, third.end) == "person"


def test_the_outlets_own_sentence_about_a_thing_keeps_a_share_of_its_score(nlp):
    text = "The harbour board approved the new budget for the ferry service on Monday after a long debate."
    plain = _ranked(nlp, text, parsed=False)[text]
    weighed = _ranked(nlp, text)[text]
    assert abs(weighed["score"] - round(plain["score"] * THING_WEIGHT, 3)) < 0.002
    assert "about a thing" in weighed["why"]


def test_a_quotation_about_a_thing_keeps_its_score(nlp):
    text = (
        "\u201cThe new budget for the ferry service will fail the islanders who rely on it every day.\u201d"
    )
    quotes = [(0, len(text))]
    plain = _ranked(nlp, text, parsed=False, quotes=quotes)[text]
    weighed = _ranked(nlp, text, quotes=quotes)[text]
    assert weighed["score"] == plain["score"] and "about a thing" not in weighed["why"]


def test_rows_stored_without_heads_tell_no_subject():
    subjects = ClauseSubjects([[0, "NOUN", "nsubj"], [10, "VERB", "ROOT"]], [], "The board approved it.")
    assert subjects.main_subject(0, 22) is None
