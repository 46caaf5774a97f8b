"""Issue 17's twenty-fifth round (helper people46): relatives and roles on real news, general rules.

Names are invented; each test failed before its rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.entities import extract_mentions, link_articles
from newsprism.models import Article, Extraction
from newsprism.store.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(str(tmp_path / "round25.db"))


def _linked(store: Store, nlp, texts: dict[str, str]) -> dict[tuple[str, str], str]:
    for article_id, text in texts.items():
        article = Article(
            article_id=article_id, source=f"{article_id}.txt", text=text, outlet=f"o-{article_id}"
        )
        store.save_article(article, Extraction(mentions=extract_mentions(nlp(text), article)))
    link_articles(store, list(texts))
    names = {e.entity_id: e.name for e in store.entities()}
    return {(m.article_id, f"{m.start}:{m.text}"): names.get(m.entity_id, "") for m in store.mentions()}


def _in(linked: dict[tuple[str, str], str], article_id: str) -> dict[str, str]:
    return {text.split(":", 1)[1]: name for (article, text), name in linked.items() if article == article_id}


def test_a_legal_name_without_a_title_does_not_merge_father_and_son(nlp, store):
    linked = _linked(
        store,
        nlp,
        {
            "a1": "President Harold Brandt signed the bill on Monday. Brandt said it was historic.",
            "a2": "Harold Brandt Jr. met a lawyer in June. Brandt Jr. later released the emails.",
            "a3": "Lawmakers met Harold Quincy Brandt on Tuesday to discuss the budget.",
        },
    )
    assert _in(linked, "a2")["Harold Brandt Jr."] == "Harold Brandt Jr."
    assert _in(linked, "a1")["Harold Brandt"] == "Harold Brandt"


def test_mrs_and_the_surname_is_not_her_son(nlp, store):
    linked = _linked(
        store,
        nlp,
        {
            "a1": "Student Otto Kessling died in June after his release. Kessling had been held for a year.",
            "a2": "Otto Kessling was a student at the university. In a statement, Mr. and Mrs. Kessling "
            "thanked the doctors. Mrs. Kessling said she would keep fighting for her son.",
        },
    )
    in_a2 = _in(linked, "a2")
    assert in_a2["Otto Kessling"] == "Otto Kessling"
    assert "Otto Kessling" not in {name for text, name in in_a2.items() if text == "Kessling"}


def test_a_woman_of_the_surname_still_joins_the_woman(nlp, store):
    linked = _linked(
        store,
        nlp,
        {
            "a1": "Senator Marla Quenby spoke on Monday. Quenby said the deal was done.",
            "a2": "Mrs. Quenby said on Tuesday that the vote would be close.",
        },
    )
    assert set(_in(linked, "a2").values()) == {"Marla Quenby"}


def _roles(nlp, text: str) -> dict[str, list[str]]:
    article = Article(article_id="a", source="a.txt", text=text, outlet="out")
    return {m.text: m.roles for m in extract_mentions(nlp(text), article)}


def test_a_place_and_state_before_a_body_is_no_role(nlp):
    roles = _roles(nlp, "The bill passed the Iowa state Senate on Tuesday after a long debate.")
    assert roles.get("Senate", []) == []


def test_secretary_of_state_stays_a_title(nlp):
    roles = _roles(nlp, "Secretary of State Mike Pompeo met the envoy on Monday.")
    assert roles["Mike Pompeo"] == ["Secretary of State"]


def _labels(nlp, text: str) -> dict[str, set[str]]:
    article = Article(article_id="a", source="a.txt", text=text, outlet="out")
    found: dict[str, set[str]] = {}
    for m in extract_mentions(nlp(text), article):
        found.setdefault(m.text, set()).add(m.label)
    return found


def test_an_acronym_written_as_a_body_is_no_place(nlp):
    labels = _labels(
        nlp,
        "The NRA said on Friday that it opposed the bill. NRA spokeswoman Dana Loesch spoke to reporters.",
    )
    assert labels["NRA"] == {"ORG"}


def test_a_known_place_acronym_stays_a_place(nlp):
    labels = _labels(nlp, "The USA signed the deal on Monday, officials said.")
    assert "ORG" not in labels.get("USA", set())
