"""A one-word name that its neighbours or the dateline show to be a place is no person's."""

from __future__ import annotations

from newsprism.entities.mentions import extract_mentions
from newsprism.ingest.layout import layout_of
from newsprism.models import Article
from newsprism.nlp.entity_lists import names_a_place_here, non_person_label

TEXT = (
    "MARION, Texas — Marion Lee Kessler, 23, went to Marion Community College, "
    'neighbors said. "We hope for calm," said Marion Police Chief Brian Manley. '
    "Marion Mayor Ted Ruiz spoke in the city of Marion on Monday. Kessler left Marion."
)


def test_a_name_before_a_place_noun_or_after_capital_is_a_place(nlp):
    doc = nlp("Marion Police Chief Ann Ruiz met Marion Mayor Ted Ruiz in the state capital Marion.")
    marions = [t.i for t in doc if t.text == "Marion"]
    assert all(names_a_place_here(doc, i, i + 1) for i in marions)
    assert not names_a_place_here(doc, doc[5].i, doc[5].i + 1)  # "Ruiz" before "met"
    assert non_person_label("Marion Community College") == "ORG"  # no one's surname is College
    assert non_person_label("Marion Police") == "ORG"
    assert non_person_label("Emily Post") is None


def test_the_dateline_place_is_a_place_in_the_articles_mentions(nlp):
    layout = layout_of(TEXT)
    assert layout.dateline is not None
    article = Article(article_id="a1", source="t", text=TEXT, dateline=layout.dateline)
    mentions = extract_mentions(nlp(TEXT), article)
    one_word = [m for m in mentions if m.text.lower() == "marion"]
    assert one_word and all(m.label != "PERSON" for m in one_word)
    assert any(m.label == "PERSON" and m.text == "Marion Lee Kessler" for m in mentions)


def test_a_name_ending_in_a_hyphenated_organisation_word_is_an_organisation():
    assert non_person_label("Corvale Post-Dispatch") == "ORG"
    assert non_person_label("Marion American-Statesman") == "ORG"  # a given name first: still a paper


def test_a_one_word_name_after_a_compass_word_is_a_place(nlp):
    doc = nlp("The blast hit a house in northeast Marion on Monday.")
    at = next(t.i for t in doc if t.text == "Marion")
    assert names_a_place_here(doc, at, at + 1)
