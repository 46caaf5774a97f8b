"""Issue 17's twenty-second people round (read on an analyst's list of roles on places and bodies): a
person's role never sticks to a place or an organisation, and a dateline's place is the place,
named in words, holding no role (invented articles, real model, real SQLite)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.entities import extract_mentions, link_articles
from newsprism.ingest.layout import find_dateline, layout_of
from newsprism.models import Article, Extraction
from newsprism.people.role_words import person_role, roles_held
from newsprism.store.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(str(tmp_path / "round22.db"))


def _add(store: Store, nlp, texts: dict[str, str]) -> None:
    """Clean the layout, parse, store and link invented articles, as the pipeline does."""
    for article_id, text in texts.items():
        layout = layout_of(text)
        article = Article(
            article_id=article_id,
            source=f"{article_id}.txt",
            text=text,
            outlet=f"out-{article_id}",
            dateline=layout.dateline,
        )
        store.save_article(article, Extraction(mentions=extract_mentions(nlp(text), article)))
    link_articles(store, list(texts))


def _entities(store: Store) -> dict[str, tuple[str, list[str]]]:
    return {e.name: (e.type, e.roles) for e in store.entities()}


def test_a_role_headed_by_a_persons_title_or_kin_word_is_a_persons():
    assert person_role("former diplomat")
    assert person_role("head of the regional bank")
    assert person_role("Marta's husband")
    assert person_role("the governor's chief lawyer")
    assert not person_role("a coastal city-state of two million people")
    assert not person_role("nearby state")
    assert not person_role("the brewer")
    assert roles_held("PERSON", ["key witness"]) == ["key witness"]
    assert roles_held("GPE", ["key witness", "island nation"]) == ["island nation"]


def test_a_place_and_a_body_hold_no_persons_role(store, nlp):
    _add(
        store,
        nlp,
        {
            "r1": "Officials spoke of pressure from Lisbon, the former diplomat who met her said.",
            "r2": "Officials in Lisbon met on Monday. Lena Hovik, the former diplomat, said nothing.",
        },
    )
    found = _entities(store)
    place = found.get("Lisbon")
    assert place is not None and place[0] == "GPE"
    assert "former diplomat" not in place[1]
    assert "former diplomat" in found["Lena Hovik"][1]


def test_the_dateline_place_is_named_in_words_and_holds_no_role(store, nlp):
    text = (
        "KESTRELBY (Wire) - Governor Ada Moss's personal lawyer, Tomas Vale, said on Friday he would "
        "testify. Vale flew to Kestrelby on Monday, where the hearing is held."
    )
    assert layout_of(text).dateline is not None
    _add(store, nlp, {"d1": text})
    found = _entities(store)
    assert "KESTRELBY" not in found
    assert "Kestrelby" in found and found["Kestrelby"][1] == []


def test_a_dateline_after_a_caption_paragraph_is_the_dateline():
    caption = "CLOSE The senator spoke about the budget in a video (May 2) Wire, Wire\n\n"
    text = caption + "KESTRELBY – Sen. Ada Moss said on Tuesday that the vote would wait."
    found = find_dateline(text)
    assert found is not None and text[found[0] : found[1]].startswith("KESTRELBY")
    assert find_dateline("The vote will wait, she said.\n\nKESTRELBY – Moss spoke.") is None
