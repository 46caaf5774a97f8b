"""Timeline-only happenings (events/happenings.py): a done act of a named doer that no PLOVER type
types becomes a HAPPENING; a state, a saying, a negated or modal verb, a time as the object, or an
act the events stage typed does not. Read through the pipeline's extraction on invented sentences."""

from __future__ import annotations

import pytest

from newsprism.events.extract import extract_events
from newsprism.events.happenings import find_happenings
from newsprism.models import HAPPENING, Article, Event, Quote
from newsprism.pipeline import extract_facts
from newsprism.store.store import Store


def happenings_of(nlp, text: str, published: str = "2021-03-04") -> list[Event]:
    article = Article(article_id="h45", source="test", text=text, published=published)
    doc = nlp(text)
    return find_happenings(doc, article, extract_events(doc, article), [])


@pytest.mark.parametrize(
    ("text", "actor", "verb"),
    [
        ("Acme Corp raised $5 million from investors on Tuesday.", "Acme Corp", "raised"),
        ("The Harlow City Council approved the new budget on Monday.", "Harlow City Council", "approved"),
        ("Senator Maria Delgado has introduced a bill on rural broadband.", "Maria Delgado", "introduced"),
        ("Borealis Mining unveiled a new electric truck at the fair.", "Borealis Mining", "unveiled"),
        ("Harlow Mills reported that its quarterly loss had narrowed.", "Harlow Mills", "reported"),
    ],
)
def test_a_done_act_of_a_named_doer_is_a_happening(nlp, text, actor, verb):
    (found,) = happenings_of(nlp, text)
    assert found.type == HAPPENING and actor in found.actors[0] and found.trigger.startswith(verb)


def test_a_statement_with_a_subject_of_its_own_is_a_happening(nlp):
    (found,) = happenings_of(nlp, "Borealis Mining issued a statement on the mine closure.")
    assert "statement on the mine closure" in found.trigger


def test_a_pronoun_given_to_someone_is_a_happening(nlp):
    (found,) = happenings_of(nlp, "Maria Delgado sent it to the county auditors on Tuesday.")
    assert found.trigger.startswith("sent")


def test_a_happening_is_dated_by_its_own_date_words(nlp):
    (found,) = happenings_of(nlp, "Acme Corp raised $5 million from investors on Tuesday.")
    assert found.date == "2021-03-02"


@pytest.mark.parametrize(
    "text",
    [
        "Acme Corp did not raise any money from investors.",  # negated
        "Acme Corp could raise $5 million from investors.",  # a possibility
        "Maria Delgado said the bill was long overdue.",  # a statement
        "Maria Delgado believed the bill was long overdue.",  # a thought
        "Acme Corp ended the quarter with $2 million in the bank.",  # a time as the object: a state
        "Investors raised $5 million for the new plant.",  # no one named
        "If Acme Corp raised the money, the plant opened.",  # a condition
        "Borealis Mining issued a statement on Tuesday.",  # a bare statement says nothing
        "Reuters reported that the Harlow mill would close.",  # a newsroom's reporting (stop 50)
        "NPR's Dana Lee previously reported on the mill's debts.",
        "Maria Delgado cited budget problems at the mill.",  # sayings about a topic (stop 50)
        "Tom Becker characterized the move as a blatant stunt.",
        "Tom Becker echoed the mayor's frustrations.",
        "Maria Delgado noted the lack of evidence.",
        "Maria Delgado pulled it off on Tuesday.",  # a pronoun object: the row cannot say what
        # a long object is shown by its head: "issued statement"
        "Borealis Mining issued a statement saying that the mine would stay open for years.",
    ],
)
def test_no_happening_without_a_done_act_of_a_named_doer(nlp, text):
    assert happenings_of(nlp, text) == []


def test_an_act_the_events_stage_typed_is_no_happening_too(nlp):
    text = "Maria Delgado met Tom Becker in Harlow on Monday."
    article = Article(article_id="h45", source="test", text=text, published="2021-03-04")
    doc = nlp(text)
    events = extract_events(doc, article)
    assert events and find_happenings(doc, article, events, []) == []


def test_a_verb_inside_quotation_marks_is_no_happening(nlp):
    text = '"Acme Corp raised the money," Tom Becker told reporters.'
    doc = nlp(text)
    quote = Quote(article_id="h45", text="Acme Corp raised the money,", start=1, end=28, kind="direct")
    article = Article(article_id="h45", source="test", text=text)
    assert find_happenings(doc, article, extract_events(doc, article), [quote]) == []


def test_happenings_are_stored_but_listed_only_for_timelines(nlp, tmp_path):
    text = "Acme Corp raised $5 million from investors on Tuesday."
    article = Article(article_id="h45", source="test", text=text, published="2021-03-04")
    extraction = extract_facts(nlp(text), article)
    assert [e.type for e in extraction.events] == [HAPPENING]
    assert extraction.events[0].event_id == "h45:h0"
    store = Store(str(tmp_path / "h.db"))
    try:
        store.save_article(article, extraction)
        assert list(store.events()) == []
        assert [e.type for e in store.events(happenings=True)] == [HAPPENING]
    finally:
        store.close()
