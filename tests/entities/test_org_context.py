"""entities.org_context: a company the model typed PERSON is an organisation where the article
introduces it with an organisation noun, in every sentence of that article."""

from __future__ import annotations

from newsprism.entities.mentions import extract_mentions
from newsprism.models import Article


def _labels(nlp, text: str) -> list[tuple[str, str]]:
    article = Article(article_id="a", source="a", text=text)
    return [(m.text, m.label) for m in extract_mentions(nlp(text), article)]


def test_a_name_introduced_by_an_organisation_noun_is_an_organisation(nlp):
    text = (
        "Hunter Biden sat on the board of the Ukrainian gas company Burisma. Burisma paid him well. "
        "Trump said Burisma was corrupt."
    )
    found = _labels(nlp, text)
    assert ("Burisma", "PERSON") not in found
    assert [label for name, label in found if name == "Burisma"] == ["ORG"] * 3


def test_a_surname_of_a_person_named_in_full_stays_the_person(nlp):
    found = _labels(
        nlp, "Amy Cooper called the police. The company Cooper founded said nothing. Cooper left."
    )
    assert ("Cooper", "ORG") not in found


def test_the_outlets_own_name_is_the_outlet_unless_a_person_of_that_name_is_named(nlp):
    text = "Hill reported on Monday that the vote was delayed. Senators spoke to Hill reporters."
    article = Article(article_id="a", source="a", text=text, outlet="The Hill")
    found = [(m.text, m.label) for m in extract_mentions(nlp(text), article)]
    assert ("Hill", "PERSON") not in found
    text = "Fiona Hill testified on Thursday. Hill said the account was false."
    article = Article(article_id="b", source="b", text=text, outlet="The Hill")
    found = [(m.text, m.label) for m in extract_mentions(nlp(text), article)]
    assert ("Hill", "PERSON") in found
