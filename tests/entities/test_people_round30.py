"""Issue 17's thirtieth round (helper people49b): a ship or other thing named after a person and
written "the <name>" ("the Marlowe was responsible"), a ship's prefix ("USS"), a compass word before
a given name used as a town's part ("South Kelby"), a town and its state abbreviation without the
comma.

Names are invented; the rules are general (a determiner pattern of the parse, word lists as data)."""

from __future__ import annotations

from spacy.tokens import Span

from newsprism.entities import extract_mentions
from newsprism.entities.name_repair import repair_mentions
from newsprism.models import Article
from newsprism.nlp.entity_cleaning import clean_entities
from newsprism.nlp.entity_lists import non_person_label


def _people(nlp, text: str) -> list[tuple[str, str]]:
    """Written text -> (mention, local name) of every PERSON mention."""
    article = Article(article_id="a1", source="a1.txt", text=text)
    mentions = repair_mentions(extract_mentions(nlp(text), article))
    return [(m.text, m.local_name) for m in mentions if m.label == "PERSON"]


SHIP = (
    "Senator Fenwick Marlowe toured the destroyer in May. Sailors said the Marlowe was slow to turn. "
    "The captain of the Marlowe was relieved of command. Investigators boarded the Marlowe later. "
    "The crew of the Marlowe fought the flooding for hours."
)


def test_a_surname_written_with_its_own_article_is_a_thing_named_after_the_person(nlp):
    assert _people(nlp, SHIP) == [("Fenwick Marlowe", "Fenwick Marlowe")]


def test_a_family_plural_and_a_name_before_a_noun_keep_the_person(nlp):
    text = (
        "Senator Fenwick Marlowe spoke on Tuesday. Marlowe said the Marlowes left early. "
        "The Marlowes and the Marlowe campaign thanked the Marlowe family. Marlowe smiled."
    )
    assert [m for m, _ in _people(nlp, text)].count("Marlowe") == 4


def test_a_ship_prefix_makes_a_name_no_person():
    assert non_person_label("USS Marlowe") == ""
    assert non_person_label("HMS Fenwick Marlowe") == ""


TOWN = (
    "Volunteers from Garrett serve meals in the park. He slept on Garrett's streets for a year. "
    "They took him into an urban forest in South Garrett, where the camps are. Rents in Garrett "
    "doubled, and shelters in East Garrett filled. Food trucks roam Garrett every day."
)


def test_a_lone_name_the_article_writes_after_a_compass_word_is_the_place(nlp):
    assert _people(nlp, TOWN) == []


def test_a_word_and_a_state_abbreviation_with_its_dot_is_a_town():
    assert non_person_label("Quenbury Ala.") == "GPE"  # a dateline's "Quenbury, Ala." without its comma
    assert non_person_label("Fenwick Marlowe") is None


def test_a_plural_title_in_men_is_no_part_of_a_name_and_no_role(nlp):
    doc = nlp.make_doc("They condemn Democratic Chairmen Ethan Marlowe and Jerome Quenby today.")
    doc.ents = [Span(doc, 3, 6, label="PERSON")]  # the model's span: "Chairmen Ethan Marlowe"
    found = clean_entities(doc, frozenset({"PERSON"}))
    assert [(doc[f.start : f.end].text, f.titles) for f in found] == [("Ethan Marlowe", [])]


def test_a_judging_word_before_a_role_is_no_part_of_it(nlp):
    text = "On Friday a somber House Speaker Ethel Marlowe read the articles aloud."
    article = Article(article_id="a1", source="a1.txt", text=text)
    mentions = repair_mentions(extract_mentions(nlp(text), article))
    roles = [r for m in mentions if m.text == "Ethel Marlowe" for r in m.roles]
    assert roles and not any("somber" in r for r in roles)
    text = "He gave lectures to certain-sore-loser candidate Oren Tamsin about his whining."
    article = Article(article_id="a1", source="a1.txt", text=text)
    mentions = repair_mentions(extract_mentions(nlp(text), article))
    assert [m.roles for m in mentions if m.text == "Oren Tamsin"] == [["candidate"]]
