"""The name-word guard of the family-name-first join (entities/linker ``_surname_written_first``):
a one-word ORG joins a person whose full name opens with it ("Pak" of "Pak Sun Jo") only when the
word is a name word or the person is named in more than one article; a share bar's junk person
"Obamacare Facebook", named in one article, takes no ORG "Obamacare". Invented names."""

from __future__ import annotations

from pathlib import Path

import newsprism.entities.linker as linker
from newsprism.store.store import Store

JUNK = {  # a product word run into a share button, typed a person in one article
    "a1": [("Zentracare Tumblr", "PERSON"), ("Zentracare", "PERSON"), ("Zentracare", "PERSON")],
    "a2": [("Zentracare", "ORG")],
}
KNOWN = {  # the same kind of word as the family name of a person two articles name
    "a1": [("Zentracare Olu", "PERSON"), ("Zentracare", "PERSON")],
    "a2": [("Zentracare Olu", "PERSON"), ("Zentracare", "PERSON")],
    "a3": [("Zentracare", "ORG"), ("Zentracare", "ORG")],
}


def _linked(folder: Path, link_each, articles: dict) -> dict:
    folder.mkdir()
    store = Store(str(folder / "x.db"))
    linked = link_each(store, articles)
    store.close()
    return linked


def test_a_word_that_is_no_name_joins_no_person_of_one_article(tmp_path: Path, link_each, monkeypatch):
    linked = _linked(tmp_path / "on", link_each, JUNK)
    assert linked[("a2", "Zentracare")] != linked[("a1", "Zentracare Tumblr")]
    monkeypatch.setattr(linker.names, "is_name_word", lambda word: True)  # the guard off
    linked = _linked(tmp_path / "off", link_each, JUNK)
    assert linked[("a2", "Zentracare")] == linked[("a1", "Zentracare Tumblr")]


def test_a_person_of_several_articles_takes_a_word_that_is_no_name(tmp_path: Path, link_each):
    linked = _linked(tmp_path / "on", link_each, KNOWN)
    assert linked[("a3", "Zentracare")] == linked[("a1", "Zentracare Olu")]
