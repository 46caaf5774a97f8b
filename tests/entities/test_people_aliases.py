"""A person's aliases are the person's names: no chamber, platform or place joins a person across
articles, and a bare surname goes to the namesake a careful reader means (invented articles;
mentions stored directly where the cross-article stage is under test, real spaCy otherwise)."""

from __future__ import annotations

from test_entity_forms import _person, _save

from newsprism.entities import extract_mentions, link_articles
from newsprism.entities.name_repair import repair_mentions, written_in
from newsprism.models import Article, Entity, Mention
from newsprism.store.store import Store


def _entities(store: Store, article_id: str) -> dict[str, Entity | None]:
    found = {}
    for mention in store.mentions(article_ids=[article_id]):
        entity = next(store.entities(ids=[mention.entity_id]), None) if mention.entity_id else None
        found[mention.text] = entity
    return found


def test_a_chamber_typed_org_never_joins_a_person_named_after_it(tmp_path):
    store = Store(str(tmp_path / "house.db"))
    _save(
        store, "a1", [("State House", "PERSON", "State House"), ("Marta Quillon", "PERSON", "Marta Quillon")]
    )
    for n in range(2, 6):
        _save(store, f"a{n}", [("House", "ORG", "House"), ("North Carolina", "PERSON", "North Carolina")])
    link_articles(store, ["a1", "a2", "a3", "a4", "a5"])
    assert _entities(store, "a1")["State House"].type == "ORG"
    later = _entities(store, "a5")
    assert later["House"].type == "ORG" and later["North Carolina"].type == "GPE"
    people = [e.name for e in store.entities(type="PERSON")]
    assert people == ["Marta Quillon"]
    store.close()


def test_one_word_forms_cut_from_a_possessive_are_no_alias():
    assert written_in("Quillon", "Marta Quillon") and written_in("MARTA", "Marta Quillon")
    assert written_in("Bernie", "Bernard Quillon")  # a nickname of the given name
    assert not written_in("All", "Al Quillon")  # a common word that only folds to the name
    assert written_in("Bill", "William Quillon")  # a common word that is a listed nickname
    assert not written_in("Twitter", "Marta Quillon") and not written_in("U.N.", "Kim Jong Un")
    q = "Marta Quillon"
    mentions = [
        Mention("a", q, 0, 13, "PERSON", local_name=q),
        Mention("a", "Twitter", 20, 27, "PERSON", local_name="Marta Quillon’s Twitter"),
        Mention("a", "Photos", 30, 36, "PERSON", local_name="Marta Quillon Photos"),
        Mention("a", "Arizona", 40, 47, "PERSON", local_name="Marta Quillon’s Arizona"),
        Mention("a", "Staten", 50, 56, "PERSON", local_name="Marta Quillon’s Staten"),
        Mention("a", "Quillon", 60, 67, "PERSON", local_name="Marta Quillon’s Arizona"),
    ]
    repaired = {m.text: (m.label, m.local_name) for m in repair_mentions(mentions)}
    assert repaired == {
        q: ("PERSON", q),
        "Twitter": ("ORG", "Twitter"),  # the platform, named on its own
        "Arizona": ("GPE", "Arizona"),
        "Quillon": ("PERSON", "Marta Quillon"),
    }


def test_a_bare_surname_goes_to_the_far_more_named_namesake_not_to_jr(tmp_path):
    store = Store(str(tmp_path / "jr.db"))
    g = "Garth Pellew"
    for n in range(1, 5):  # the father holds an office the son is never written with
        _save(
            store, f"a{n}", [(g, "PERSON", g, "Governor"), ("Pellew", "PERSON", g), ("Pellew", "PERSON", g)]
        )
    jr = "Garth Pellew Jr."
    _save(store, "a5", [(jr, "PERSON", jr), ("Pellew", "PERSON", jr), ("Pellew", "PERSON", jr)])
    # the son's own article, where the corpus knows no other bearer: his surname stays his
    _save(
        store,
        "b1",
        [("Odile Marnay Jr.", "PERSON", "Odile Marnay Jr."), ("Marnay", "PERSON", "Odile Marnay Jr.")],
    )
    link_articles(store, ["a1", "a2", "a3", "a4"])
    link_articles(store, ["a5", "b1"])
    father, son = _person(store, "a1", g), _person(store, "a5", jr)
    assert father.entity_id != son.entity_id
    assert _person(store, "a5", "Pellew").entity_id == father.entity_id
    assert _person(store, "b1", "Marnay").entity_id == _person(store, "b1", "Odile Marnay Jr.").entity_id
    store.close()


def test_a_bare_surname_whose_cue_contradicts_the_only_bearer_is_left_to_the_linker(nlp):
    text = (
        "Odile Marnay toured the new factory on Monday with local officials. "
        "Mr. Marnay, who did not attend, praised the plant in a statement."
    )
    article = Article(article_id="a1", source="a1.txt", text=text)
    local = {m.text: m.local_name for m in extract_mentions(nlp(text), article) if m.label == "PERSON"}
    assert local["Odile Marnay"] == "Odile Marnay"
    assert local["Marnay"] == "Marnay"  # a man: not Odile, whatever the corpus says he is
