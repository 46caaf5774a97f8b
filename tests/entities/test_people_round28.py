"""Issue 17, round 28 (lead): a building typed PERSON takes no bare surname; an acronym written in
title case ("Nato" house style) is the body its capitals name. Names are invented."""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Span

from newsprism.entities import extract_mentions
from newsprism.models import Article
from newsprism.store.store import Store

TOWER = "Quorlin said on Friday that he would sell Quorlin Tower. Quorlin told reporters he was pleased."


def test_a_building_typed_person_takes_no_bare_surname(nlp):
    doc = nlp(TOWER)
    words = [t.text for t in doc]
    doc.ents = [
        Span(doc, i, i + 2 if words[i + 1] == "Tower" else i + 1, label="PERSON")
        for i, word in enumerate(words)
        if word == "Quorlin"
    ]
    found = [(m.text, m.label, m.local_name) for m in extract_mentions(doc, Article("a", "a.txt", TOWER))]
    assert ("Quorlin Tower", "FAC", "Quorlin Tower") in found
    assert [m for m in found if m[0] == "Quorlin"] == [("Quorlin", "PERSON", "Quorlin")] * 2


def test_an_acronym_in_title_case_joins_the_capitals(tmp_path: Path, link_each):
    store = Store(str(tmp_path / "x.db"))
    found = {
        "a1": [("Vast Eastern League Dairy Alliance", "ORG"), ("VELDA", "ORG")],
        "a2": [("Velda", "ORG")],
        "a3": [("Veld", "ORG")],
    }
    links = link_each(store, found)
    assert links[("a1", "VELDA")] == links[("a1", "Vast Eastern League Dairy Alliance")]
    assert links[("a2", "Velda")] == links[("a1", "VELDA")]
    assert links[("a3", "Veld")] != links[("a1", "VELDA")]
