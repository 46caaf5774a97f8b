"""Issue 17 items 3 and 5 (people44b): roles are roles and a title goes to the one who holds it. A
coordinated descriptor pairs with coordinated names in order; a list after a title is no apposition;
"First Lady" typed ORG with a name is the person's title; a list of two people typed ORG is two
people; a bare surname under an office's title is no namesake known to hold other offices only
(invented articles, real model, real SQLite)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.entities import extract_mentions, link_articles
from newsprism.models import Article, Extraction
from newsprism.store.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(str(tmp_path / "round23.db"))


def _mentions(nlp, text: str) -> dict[str, list[str]]:
    article = Article(article_id="a", source="a.txt", text=text, outlet="out")
    return {m.text: m.roles for m in extract_mentions(nlp(text), article) if m.label == "PERSON"}


def _add(store: Store, nlp, texts: dict[str, str]) -> None:
    for article_id, text in texts.items():
        article = Article(
            article_id=article_id, source=f"{article_id}.txt", text=text, outlet=f"o-{article_id}"
        )
        store.save_article(article, Extraction(mentions=extract_mentions(nlp(text), article)))
        link_articles(store, [article_id])


def test_a_coordinated_descriptor_pairs_with_the_names_in_order(nlp):
    roles = _mentions(nlp, "Anna Fox and Ben Ode, the mayor's sister and husband, were seen there.")
    assert roles["Anna Fox"] == ["mayor's sister"]
    assert roles["Ben Ode"] == ["mayor's husband"]


def test_a_plural_descriptor_after_a_list_is_each_names(nlp):
    roles = _mentions(nlp, "Anna Fox and Ben Ode, lawyers at the firm, said so.")
    assert roles["Anna Fox"] == roles["Ben Ode"] == ["lawyers at the firm"]


def test_descriptors_that_do_not_match_the_names_in_number_are_nobodys(nlp):
    roles = _mentions(
        nlp, "Anna Fox, Ben Ode and Carl Moss, the mayor's sister and husband, were seen there."
    )
    assert all(not r for r in roles.values())


def test_descriptors_each_with_its_own_article_are_not_paired_out(nlp):
    roles = _mentions(nlp, "She met Tom Reyes and Anna Fox, the mayor's sister and a city lawyer, on Monday.")
    assert not any("sister" in r or "lawyer" in r for r in roles["Tom Reyes"])


def test_a_single_name_keeps_its_first_descriptor(nlp):
    assert _mentions(nlp, "Anna Fox, a lawyer and activist, was seen there.")["Anna Fox"] == ["lawyer"]


def test_a_list_after_a_singular_title_is_no_apposition(nlp):
    roles = _mentions(
        nlp, "The governor, First Lady Marla Venn and the couple's son spent the weekend there."
    )
    venn = next(r for name, r in roles.items() if name.endswith("Venn"))
    assert "governor" not in venn and not any(r == "First" for r in venn)


def test_two_people_joined_by_an_ampersand_are_two_people(nlp):
    text = "Rep. Tom Hadley voted no, as did Rep. Gus Marrow of Ohio. Hadley & Marrow sank the bill."
    article = Article(article_id="a", source="a.txt", text=text, outlet="out")
    found = [(m.text, m.label, m.local_name) for m in extract_mentions(nlp(text), article)]
    assert ("Hadley", "PERSON", "Tom Hadley") in found
    assert ("Marrow", "PERSON", "Gus Marrow") in found
    assert not any("&" in t for t, _, _ in found)


def test_a_company_named_for_two_people_stays_one_body(nlp):
    text = "Shares of Procter & Gamble rose on Friday. Procter & Gamble said sales grew."
    article = Article(article_id="a", source="a.txt", text=text, outlet="out")
    found = {(m.text, m.label) for m in extract_mentions(nlp(text), article)}
    assert ("Procter & Gamble", "ORG") in found


def test_an_office_title_goes_to_no_namesake_who_held_other_offices_only(store, nlp):
    _add(
        store,
        nlp,
        {
            "c1": "Former Secretary of State Marla Venn spoke in Ohio. Venn said she was tired.",
            "c2": "Secretary Marla Venn met voters on Monday. Venn said the vote mattered.",
            "c3": "The law was signed by President Venn in 1996, long before the current fight.",
        },
    )
    marla = next(e for e in store.entities() if e.name == "Marla Venn")
    assert not any("president" in r.lower() for r in marla.roles)
    assert "c3" not in {m.article_id for m in store.mentions(entity_id=marla.entity_id)}


def test_an_office_title_still_goes_to_its_holder(store, nlp):
    _add(
        store,
        nlp,
        {
            "d1": "President Gregory Venn spoke in Ohio. Venn said he was tired.",
            "d2": "The law was signed by President Venn on Friday.",
        },
    )
    gregory = next(e for e in store.entities() if e.name == "Gregory Venn")
    assert "d2" in {m.article_id for m in store.mentions(entity_id=gregory.entity_id)}
