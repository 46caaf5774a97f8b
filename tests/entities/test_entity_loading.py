"""entities.entity_loading: linking reads the entities behind keys that many share (a given name,
spelling variants, acronyms) only when a lookup wants them, with the same links as reading all."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.entities import entity_loading
from newsprism.store.store import Store

SURNAMES = ["Abbott", "Baxter", "Carver", "Dalton", "Ellison", "Fenwick", "Garner", "Holloway", "Ingram"]


def _articles() -> dict[str, list[tuple[str, str]]]:
    """Many people named John, a bare "John" and "Newman", then a new full name that may
    complete either, and organisations sharing an acronym."""
    found = {f"a{n}": [(f"John {surname}", "PERSON")] for n, surname in enumerate(SURNAMES)}
    found["b1"] = [("John", "PERSON"), ("Newman", "PERSON")]
    found["b2"] = [("Green Party", "ORG"), ("Grand Prix", "ORG"), ("Global Partners", "ORG")]
    found["c1"] = [("John Newman", "PERSON"), ("GP", "ORG"), ("Jon Abbott", "PERSON")]
    found["c2"] = [("John Baxter", "PERSON"), ("Gold Point", "ORG"), ("Newman", "PERSON")]
    return found


def _linked(store: Store, links: dict) -> dict:
    """The links of a corpus linked one article at a time, and the entities they made."""
    entities = sorted((e.entity_id, e.name, e.aliases, e.mentions, e.articles) for e in store.entities())
    return {"links": links, "entities": entities}


def test_links_are_the_same_as_when_every_entity_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, link_each
):
    lazy, eager = Store(str(tmp_path / "lazy.db")), Store(str(tmp_path / "eager.db"))
    lazily = _linked(lazy, link_each(lazy, _articles()))
    monkeypatch.setattr(entity_loading, "DEFERRED_PREFIXES", ())
    eagerly = _linked(eager, link_each(eager, _articles()))
    assert lazily == eagerly
    assert lazily["links"][("c2", "John Baxter")] == lazily["links"][("a1", "John Baxter")]


def test_a_new_full_name_reads_only_the_single_names_among_namesakes(tmp_path: Path, link_each):
    store = Store(str(tmp_path / "x.db"))
    link_each(store, {k: v for k, v in _articles().items() if k[0] in "ab"})
    read: list[str] = []
    entities = store.entities

    def counting(ids=None, **kwargs):
        read.extend(ids or [])
        return entities(ids=ids, **kwargs)

    names = {e.entity_id: e.name for e in entities()}  # before the new name completes one
    store.entities = counting  # the real query, counting the ids it is asked for
    link_each(store, {"c3": [("John Newman", "PERSON")]})
    assert not any(names.get(entity_id, "").startswith("John ") for entity_id in read)
    assert any(names.get(entity_id) in ("John", "Newman") for entity_id in read)
