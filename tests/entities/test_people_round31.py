"""Issue 17's thirty-first people round (read from the unseen23 set's first run): a plural noun
opening a sentence before a surname is no given name ("Discussions Venn will have"); a headline
word that is a given name only outside English use ("Line", Danish) is still a headline word
around a name ("Venn Must Walk Fine Line")."""

from __future__ import annotations

from pathlib import Path

from newsprism.entities import extract_mentions, link_articles
from newsprism.entities.name_repair import clean_person_name
from newsprism.models import Article, Extraction
from newsprism.nlp.entity_cleaning import Repaired
from newsprism.nlp.headline_trim import _ordinary_word, split_place_from_name
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


def test_a_plural_noun_before_a_surname_is_no_given_name():
    assert clean_person_name("Discussions Venn") == "Venn"
    assert clean_person_name("Officials Venn") == "Venn"
    assert clean_person_name("Woods Venn") == "Woods Venn"  # a listed surname may be a given name
    assert clean_person_name("Miles Venn") == "Miles Venn"  # a given name


def test_a_foreign_given_name_that_is_an_english_word_is_a_headline_word(nlp):
    doc = nlp.make_doc("Venn Must Walk Fine Line as Council Takes Up Agenda\nVenn said the plan would pass.")
    lower = {t.lower_ for t in doc if t.is_lower and t.is_alpha}
    line = next(t for t in doc if t.text == "Line")
    assert _ordinary_word(line, lower)  # "Line": a Danish given name, an English word
    prose = nlp.make_doc("Venn said the plan would pass, Line Venn added.")
    word = next(t for t in prose if t.text == "Line")
    assert not _ordinary_word(word, {t.lower_ for t in prose if t.is_lower})  # in prose: a given name
    assert not _ordinary_word(nlp.make_doc("Venn Meets Karen Holm at Council Hall Today")[2], set())


def test_a_family_name_written_first_and_typed_org_is_the_person(tmp_path: Path, link_each):
    store = Store(str(tmp_path / "x.db"))
    linked = link_each(
        store,
        {
            "a1": [("Pak Sun Jo", "PERSON"), ("Pak", "PERSON"), ("Pak", "PERSON")],
            "a2": [("Pak Sun Jo", "PERSON"), ("Pak", "PERSON")],
            "a3": [("Pak", "ORG"), ("Pak", "ORG"), ("Pak Sun Jo", "PERSON")],
        },
    )
    person = linked[("a1", "Pak Sun Jo")]
    assert linked[("a1", "Pak")] == person
    assert linked[("a3", "Pak")] == person
    store.close()


def test_a_known_place_run_into_a_name_the_article_writes_alone_is_the_person(nlp):
    doc = nlp.make_doc("Venn tours Middle East Venn tours Middle East - Venn visits the hall.")
    found = [Repaired(0, 1, "PERSON"), Repaired(2, 5, "LOC"), Repaired(9, 10, "PERSON")]
    split_place_from_name(doc, found)
    assert (found[1].start, found[1].end, found[1].label) == (4, 5, "PERSON")
    found = [Repaired(0, 1, "PERSON"), Repaired(2, 4, "LOC")]  # "Middle East" alone stays the place
    split_place_from_name(doc, found)
    assert (found[1].start, found[1].label) == (2, "LOC")
