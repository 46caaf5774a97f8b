"""Issue 17's twenty-seventh round (helper people47): hover cards read from their middle, holidays
typed PERSON, roles that count people, a surname with an inner capital.

Names are invented; the rules are general (a hover card's repeated surname and brackets, a holiday
list, count words before a plural noun)."""

from __future__ import annotations

from spacy.tokens import Span

from newsprism.entities import extract_mentions
from newsprism.entities.role_filters import no_role
from newsprism.models import Article
from newsprism.nlp import entity_glue
from newsprism.nlp.entity_cleaning import Repaired
from newsprism.nlp.entity_lists import non_person_label
from newsprism.nlp.person_relabels import relabel_and_add_persons


def _mentions(nlp, text: str) -> list:
    article = Article(article_id="a1", source="a1.txt", text=text, outlet="o")
    return [m for m in extract_mentions(nlp(text), article) if m.label == "PERSON"]


def test_a_bracketed_hover_card_read_from_its_middle_is_the_whole_card(nlp):
    text = (
        "Attorney General Harlan Quist Harlanford (Harlan) Beauregard Quist said on Tuesday that he would "
        "testify. Quist spoke to reporters later."
    )
    names = [m.text for m in _mentions(nlp, text)]
    assert "Beauregard Quist" not in names
    assert any(n.startswith("Harlanford") and n.endswith("Quist") for n in names)


def test_a_hover_card_with_a_rare_given_name_starts_at_that_name(nlp):
    doc = nlp("Whip Stenwick Vortley Stenwick Hamblin Vortley calls the vote a win.")
    words = [t.text for t in doc]
    first, card = words.index("Vortley"), words.index("Hamblin")
    doc.ents = [Span(doc, first, first + 1, label="PERSON"), Span(doc, card, card + 2, label="PERSON")]
    entity_glue._rejoin_hover_cards(doc)
    assert "Stenwick Hamblin Vortley" in [e.text for e in doc.ents]


def test_a_dictionary_word_before_a_card_is_no_given_name(nlp):
    doc = nlp("The Vortley Tower Hamblin Vortley rose on Monday.")
    words = [t.text for t in doc]
    card = words.index("Hamblin")
    doc.ents = [Span(doc, card, card + 2, label="PERSON")]
    entity_glue._rejoin_hover_cards(doc)
    assert [e.text for e in doc.ents] == ["Hamblin Vortley"]


def test_a_holiday_is_no_person():
    assert non_person_label("Easter") == ""
    assert non_person_label("Good Friday") == ""
    assert non_person_label("Maren Easter") is None  # a surname after a given name stays a name


def test_roles_that_count_people_are_no_roles():
    assert no_role("last two candidates in the primary race", "Ola Brandt")
    assert no_role("At least one lawmaker", "Ola Brandt")
    assert not no_role("one of two senators", "Ola Brandt")  # one of them: a senator
    assert not no_role("two-term senator", "Ola Brandt")
    assert not no_role("senator for three years", "Ola Brandt")


def test_an_untagged_surname_with_an_inner_capital_is_the_person(nlp):
    doc = nlp("Gov. Rondo DeVitto spoke on Monday. Later that day DeVitto issued an order.")
    words = [t.text for t in doc]
    first = words.index("Rondo")
    found = [Repaired(first, first + 2, "PERSON")]
    relabel_and_add_persons(doc, found)
    later = words.index("DeVitto", first + 2)
    assert any(item.start <= later < item.end and item.label == "PERSON" for item in found)


def test_a_given_name_repeated_after_a_full_name_starts_no_card(nlp):
    doc = nlp("Chairman Jerrold Vortley Jerrold spoke on Monday.")
    words = [t.text for t in doc]
    second = words.index("Jerrold", words.index("Vortley"))
    doc.ents = [Span(doc, second, second + 1, label="PERSON")]
    entity_glue._rejoin_hover_cards(doc)
    assert [e.text for e in doc.ents] == ["Jerrold"]
