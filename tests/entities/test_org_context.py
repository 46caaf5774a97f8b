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


def test_a_name_described_by_an_organisation_noun_in_apposition_is_an_organisation(nlp):
    found = _labels(
        nlp,
        "News broke this weekend that Cambridge Analytica, a data firm with ties to the campaign, "
        "harvested data. Zuckerberg said he regrets taking Cambridge Analytica at its word.",
    )
    assert ("Cambridge Analytica", "PERSON") not in found
    assert _labels(nlp, "John Smith, a lawyer with the firm, said so. Smith added more.")[0] == (
        "John Smith",
        "PERSON",
    )


def test_a_capital_the_before_a_surname_and_a_noun_belongs_to_the_noun_phrase(nlp):
    """ "Today: The Mueller team sent its report": the name is "Mueller", so the linker may give it
    to the person; "The Hill" on its own keeps no such cut."""
    from spacy.tokens import Span

    from newsprism.entities.org_context import drop_attributive_article

    class Item:
        def __init__(self, start, end, label):
            self.start, self.end, self.label = start, end, label

    doc = nlp("Today: The Mueller team sent its report. The Hill reported it.")
    doc.ents = [Span(doc, 2, 4, label="ORG"), Span(doc, 9, 11, label="ORG")]
    items = [Item(2, 4, "ORG"), Item(9, 11, "ORG")]
    drop_attributive_article(doc, items)
    assert [doc[i.start : i.end].text for i in items] == ["Mueller", "The Hill"]


def test_the_first_word_of_an_introduced_organisation_is_its_short_form(nlp):
    text = (
        "News broke that Cambridge Analytica, a data firm with ties to the campaign, harvested data. "
        "Reporters said Cambridge obtained private data. Cambridge denied it."
    )
    found = _labels(nlp, text)
    assert ("Cambridge", "PERSON") not in found
    text = "Amy Cooper called the police. The company Cooper Tires said nothing. Cooper left."
    assert ("Cooper", "ORG") not in _labels(nlp, text)  # a person of that surname is named in full


def test_a_name_called_by_an_organisation_noun_further_back_is_an_organisation(nlp):
    """ "a small firm in Ohio called Zentrix": the parse hangs "called" on "firm"."""
    text = (
        "Dana Whitfield founded a small firm in Ohio called Zentrix that makes drones. "
        "Zentrix imports parts from China. The tariffs hurt Zentrix badly, Whitfield said."
    )
    found = _labels(nlp, text)
    assert ("Zentrix", "PERSON") not in found
    assert ("Dana Whitfield", "PERSON") in found


def test_a_name_before_founder_and_a_persons_name_is_an_organisation(nlp):
    text = "Marlowe founder Dana Whitfield asked for an exclusion. Marlowe imports motors, Whitfield said."
    found = _labels(nlp, text)
    assert ("Marlowe", "PERSON") not in found
    assert ("Dana Whitfield", "PERSON") in found
