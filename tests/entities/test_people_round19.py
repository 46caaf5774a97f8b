"""Issue 17's nineteenth people round (read from a three-week AllSides sample and the unseen14 set):
a photographer's credit after a slash is no person; an outline's numeral ("I.") is no initial; a
word describing a title's holder ("Onetime") is no given name; a surname written in capitals after
a given name stays in the name; an acronym or abbreviation ("U.N.", "Minn.") is no surname of the
one person the article names in full ("Kim Jong Un") nor a mistyped surname; a fuller name
introduced as a relative ("Roe's brother, Sam Lee Roe") is not the person the article named before
with the shared given name and surname, in the article or across the corpus."""

from __future__ import annotations

from pathlib import Path

from newsprism.entities import extract_mentions, link_articles
from newsprism.entities.bearers import surname_shaped
from newsprism.entities.name_repair import clean_person_name
from newsprism.models import Article, Extraction
from newsprism.store.store import Store


def _entities(nlp, tmp_path: Path, text: str) -> dict[str, set[str]]:
    """Written text -> for each mention's text, the names of the entities holding it."""
    store = Store(str(tmp_path / "x.db"))
    article = Article(article_id="a1", source="a1.txt", text=text)
    store.save_article(article, Extraction(mentions=extract_mentions(nlp(text), article)))
    link_articles(store, ["a1"])
    entities = {e.entity_id: e for e in store.entities()}
    held: dict[str, set[str]] = {}
    for mention in store.mentions(article_ids=["a1"]):
        if mention.entity_id in entities:
            held.setdefault(mention.text, set()).add(entities[mention.entity_id].name)
    store.close()
    return held


def test_a_photographers_credit_after_a_slash_is_no_person():
    assert clean_person_name("Marta Quillon/Reuters") == ""
    assert clean_person_name("Marta Quillon/File Photo") == ""
    assert clean_person_name("Marta Quillon/AP") == ""
    assert clean_person_name("Marta Quillon/Torvik") == "Marta Quillon"  # no credit word: the name


def test_an_outlines_numeral_is_no_initial():
    assert clean_person_name("I. Quillon") == "Quillon"
    assert clean_person_name("III. Quillon") == "Quillon"
    assert clean_person_name("I. Lewis Quillon") == "I. Lewis Quillon"  # an initial before a full name


def test_a_word_describing_a_holder_is_no_given_name():
    assert clean_person_name("Onetime Quillon") == "Quillon"
    assert clean_person_name("Longtime Quillon") == "Quillon"
    assert clean_person_name("Crooked Hillary") == "Hillary"
    assert clean_person_name("Junior Quillon") == "Junior Quillon"  # a given name too


def test_a_surname_in_capitals_after_a_given_name_stays():
    assert clean_person_name("Paul QUILLON") == "Paul QUILLON"
    assert clean_person_name("Carter TORVIK") == "Carter TORVIK"
    assert clean_person_name("Quillon SALT") == "Quillon"  # a headline's acronym after a surname
    assert clean_person_name("Paul FBI") == "Paul"  # three letters: an acronym


def test_an_abbreviation_is_no_surname():
    assert not surname_shaped("GPE", "Minn.")
    assert not surname_shaped("GPE", "Calif.")
    assert surname_shaped("ORG", "Quillon")


def test_an_acronym_is_no_surname_of_the_one_person_named_in_full(tmp_path, link_each):
    store = Store(str(tmp_path / "x.db"))
    links = link_each(
        store,
        {
            "a1": [("Kim Jae Un", "PERSON"), ("U.N.", "ORG"), ("UN", "ORG"), ("Kim", "PERSON")],
            "a2": [("Sheriff Rolf Torvik", "PERSON"), ("Torvik", "GPE")],
        },
    )
    store.close()
    assert links[("a1", "U.N.")] != links[("a1", "Kim Jae Un")]
    assert links[("a1", "UN")] != links[("a1", "Kim Jae Un")]
    assert links[("a2", "Torvik")] == links[("a2", "Sheriff Rolf Torvik")]  # a surname typed GPE joins


def test_a_relative_introduced_by_kin_is_not_the_person_named_before(nlp, tmp_path):
    text = (
        "Tariq Haddon, 28, and his wife, Mira Vance, 27, were named by the police on Thursday. "
        "Haddon had worked for the county for five years, officials said. "
        "Haddon's brother, Tariq Selim Haddon, served in the Navy from 2003 to 2007. "
        "Haddon drove the car, the police said."
    )
    held = _entities(nlp, tmp_path, text)
    assert held.get("Tariq Haddon") == {"Tariq Haddon"}, held
    assert held.get("Tariq Selim Haddon") == {"Tariq Selim Haddon"}, held
