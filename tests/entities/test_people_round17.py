"""Issue 17's seventeenth people round (read from the unseen12 AllSides set's first run): a prophet's
one name is no first name of another person of the article; a monument named for a president is a
place though its first word is a given name; a body named for a disease is no person; a photo
agency's credit is no part of a name; a given name that is also a dictionary word ("Mitt") after a
title or kin word is a name, not a word run into the surname of a relative; "Bibi" goes by
Benjamin; a surname after "Mr." is a person's, not the last word of a headline typed ORG."""

from __future__ import annotations

from pathlib import Path

from newsprism.entities import extract_mentions, link_articles
from newsprism.entities.name_repair import _org_by_tail, clean_person_name, not_person_type, repair_mentions
from newsprism.models import Article, Extraction
from newsprism.people import names
from newsprism.store.store import Store


def _entities(nlp, tmp_path: Path, text: str) -> dict[str, set[str]]:
    """Written text -> for each PERSON mention's text, the names of the entities holding it."""
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


def test_a_prophets_one_name_is_not_the_first_name_of_another_person(nlp, tmp_path):
    text = (
        "President Mohammed Kasrawi criticized the film, which mocks the Prophet Mohammed. "
        'Kasrawi said he had asked the envoy to act. Banners read, "We reject the attack on the '
        'Prophet Mohammed."'
    )
    held = _entities(nlp, tmp_path, text)
    kasrawi = held.get("Mohammed Kasrawi", set()) | held.get("Kasrawi", set())
    assert kasrawi == {"Mohammed Kasrawi"}, held
    assert not any("Prophet" in name for name in kasrawi), held


def test_a_monument_named_for_a_president_is_a_place():
    assert _org_by_tail("Lincoln Memorial") == "FAC"
    assert _org_by_tail("Howard Library") == "FAC"
    assert _org_by_tail("Trump Tower") == "FAC"


def test_a_given_name_before_a_surname_tail_stays_a_person():
    assert _org_by_tail("John Tower") == "PERSON"
    assert _org_by_tail("Arsenio Hall") == "PERSON"


def test_a_body_named_for_a_disease_is_no_person():
    assert not_person_type("Autism") is None
    assert _org_by_tail("Autism Speaks") == "ORG"
    assert _org_by_tail("Measles Voices") == "ORG"
    assert _org_by_tail("Ebola Ron Klain") == "PERSON"  # a given name in it: a title run in


def test_bibi_goes_by_benjamin():
    assert names.compatible(names.parse_person("Bibi Navon"), names.parse_person("Benjamin Navon"))
    assert not names.compatible(names.parse_person("Bibi Navon"), names.parse_person("Bianca Navon"))


def _local_names(nlp, text: str) -> dict[str, str]:
    article = Article(article_id="a1", source="a1.txt", text=text)
    mentions = repair_mentions(extract_mentions(nlp(text), article))
    return {m.text: m.local_name for m in mentions if m.label == "PERSON"}


def test_a_titled_name_whose_given_name_is_a_word_is_no_run_on(nlp):
    text = "Ann Harlow spoke on Monday. Her husband, Mitt Harlow, listened."
    assert _local_names(nlp, text).get("Mitt Harlow") == "Mitt Harlow"
    text = "Ann Harlow, wife of Republican candidate Mitt Harlow, spoke. Mitt Harlow listened."
    assert _local_names(nlp, text).get("Mitt Harlow") == "Mitt Harlow"


def test_an_untitled_word_run_into_a_surname_is_still_the_person(nlp):
    text = "Republicans should tell Congress Nunes met with a source, said Rep. Devin Nunes."
    assert _local_names(nlp, text).get("Congress Nunes") == "Devin Nunes"


def test_a_photo_agencys_credit_is_no_part_of_a_name():
    assert clean_person_name("REUTERS Harlow") == "Harlow"
    assert clean_person_name("AFP Dana Harlow") == "Dana Harlow"


def test_a_surname_after_mr_is_no_tail_of_a_headline_typed_org(nlp, tmp_path):
    text = (
        "Plane for Havana Leaves Moscow Without Kestrova\n"
        "The strong words went beyond typical diplomacy. Countries in Latin America may accept "
        "Mr. Kestrova for asylum, like Ecuador. Officials declined to say if they had met with "
        "Mr. Kestrova."
    )
    held = _entities(nlp, tmp_path, text)
    assert held.get("Kestrova") and not any("Plane" in name for name in held["Kestrova"]), held
