"""Issue 17's eighteenth people round (read from the unseen13 AllSides set's first run): a Korean
name whose surname is a slogan word ("Ban") is a name; a maiden name written without the married
surname ("Hillary Rodham" beside "Hillary Rodham Clinton") and that name alone are the person's;
a party's or a faith's members in the plural are a group; Jack goes by Jacob."""

from __future__ import annotations

from newsprism.entities import extract_mentions
from newsprism.entities.name_repair import repair_mentions
from newsprism.entities.surname_choice import _surname_shaped
from newsprism.models import Article
from newsprism.nlp.entity_lists import non_person_label
from newsprism.people import names


def _local_names(nlp, text: str) -> dict[str, set[str]]:
    article = Article(article_id="a1", source="a1.txt", text=text)
    found: dict[str, set[str]] = {}
    for m in repair_mentions(extract_mentions(nlp(text), article)):
        if m.label == "PERSON":
            found.setdefault(m.text, set()).add(m.local_name)
    return found


def test_a_korean_name_whose_surname_is_a_slogan_word_is_a_name():
    assert non_person_label("Ban Ki-moon") is None
    assert non_person_label("Moon Jae-in") is None
    assert non_person_label("Ban Fracking") == ""  # a slogan still
    assert non_person_label("Stop Anti-war") == ""  # a stance prefix starts no given name


def test_a_korean_secretary_general_is_a_person(nlp):
    text = "At the United Nations, Secretary-General Ban Ki-moon urged calm. Ban said talks must go on."
    assert "Ban Ki-moon" in _local_names(nlp, text)


def test_a_maiden_name_without_the_surname_is_the_person(nlp):
    text = (
        "The old Hillary Rodham, her friend said. In 1979 the magazine wrote of Hillary Rodham, "
        "the first lady of the state. Hillary Rodham Clinton later ran for president. "
        "So here, now, is Hillary Clinton. Rodham, though, assured them she would stay."
    )
    found = _local_names(nlp, text)
    assert found["Hillary Rodham"] == {"Hillary Rodham Clinton"}, found
    assert found["Rodham"] == {"Hillary Rodham Clinton"}, found


def test_a_sibling_with_another_middle_name_stays_apart(nlp):
    text = "Anna Marie Velt spoke first. Her sister, Anna Louise Velt, spoke next. Anna Louise waited."
    found = _local_names(nlp, text)
    assert found.get("Anna Marie Velt") == {"Anna Marie Velt"}, found


def test_members_in_the_plural_are_a_group():
    assert non_person_label("Hill Democrats") == "ORG"
    assert non_person_label("House Republicans") == "ORG"
    assert non_person_label("Sri Lankan Muslims") == "NORP"


def test_jack_goes_by_jacob():
    assert names.compatible(names.parse_person("Jack Lowe"), names.parse_person("Jacob Lowe"))
    assert not names.compatible(names.parse_person("Jack Lowe"), names.parse_person("Jason Lowe"))


def test_a_headline_verb_is_no_surname():
    """ "Dana Frost Vanishes from Catalog": a verb after a name ends no three-word name, so "Dana
    Frost" is not taken for its given and middle name."""
    assert not _surname_shaped("vanishes")
    assert not _surname_shaped("riots")
    assert _surname_shaped("velt")
