"""entities.label_vote: a name the corpus mostly types as a thing is not a person.

The linker over stored mentions of invented articles (mentions written directly: the behaviour
under test is the cross-article vote, not a parse).
"""

from __future__ import annotations

from pathlib import Path

from newsprism.entities.label_vote import structureless
from newsprism.store.store import Store


def _type(store: Store, entity_id: str | None) -> str | None:
    found = list(store.entities(ids=[entity_id])) if entity_id else []
    return found[0].type if found else None


def test_a_group_typed_person_in_one_article_and_org_in_most_is_the_org(tmp_path: Path, link_together):
    store = Store(str(tmp_path / "x.db"))
    linked = link_together(
        store,
        {
            "a1": [("ISIS", "PERSON"), ("ISIS", "PERSON")],
            "a2": [("ISIS", "ORG"), ("Hamas", "ORG")],
            "a3": [("ISIS", "ORG"), ("ISIS", "ORG")],
        },
    )
    assert linked[("a1", "ISIS")] == linked[("a2", "ISIS")] == linked[("a3", "ISIS")]
    assert _type(store, linked[("a1", "ISIS")]) == "ORG"
    # later batches: the stored counts carry the vote
    later = link_together(store, {"a4": [("ISIS", "PERSON")]})
    assert later[("a4", "ISIS")] == linked[("a1", "ISIS")]
    store.close()


def test_a_person_keeps_the_label_when_the_name_has_a_persons_structure(tmp_path: Path, link_together):
    store = Store(str(tmp_path / "x.db"))
    linked = link_together(
        store,
        {
            "a1": [("Christine Ford", "PERSON"), ("Ford", "PERSON")],  # a surname of somebody named in full
            "a2": [("Ford", "ORG"), ("Ford", "ORG"), ("Ford", "ORG")],
            "a3": [("Wexler", "PERSON", "Mr."), ("Wexler", "ORG"), ("Wexler", "ORG")],  # "Mr. Wexler"
            "a4": [("Wexler", "ORG")],
        },
    )
    assert _type(store, linked[("a1", "Ford")]) == "PERSON"
    assert linked[("a1", "Ford")] == linked[("a1", "Christine Ford")]
    person = [m for m in store.mentions(article_ids=["a3"]) if m.roles == ["Mr."]][0]
    assert _type(store, person.entity_id) == "PERSON"
    store.close()


def test_a_name_the_corpus_mostly_types_person_stays_a_person(tmp_path: Path, link_together):
    store = Store(str(tmp_path / "x.db"))
    linked = link_together(
        store, {"a1": [("Beyonce", "PERSON"), ("Beyonce", "PERSON")], "a2": [("Beyonce", "ORG")]}
    )
    assert _type(store, linked[("a1", "Beyonce")]) == "PERSON"
    store.close()


def test_structure_of_a_persons_name():
    assert structureless("ISIS", cued=False)
    assert structureless("Molson Coors", cued=False)
    assert not structureless("ISIS", cued=True)  # "Mr." or "Sen." on a mention
    assert not structureless("Nancy Pelosi", cued=False)  # a given name first
    assert not structureless("J. Crew", cued=False)  # initials


def test_a_surname_in_the_plural_is_a_family_not_a_person(tmp_path: Path, link_together):
    store = Store(str(tmp_path / "x.db"))
    linked = link_together(
        store,
        {
            "a1": [("Bill Clinton", "PERSON"), ("Hillary Clinton", "PERSON")],
            "a2": [("Clintons", "PERSON"), ("George Bushes", "PERSON"), ("George W. Bush", "PERSON")],
            "a3": [("Bernie Sanders", "PERSON"), ("Sanders", "PERSON")],  # a surname ending in s
            "a4": [("Serena Williams", "PERSON"), ("Prince William", "PERSON")],
            "a5": [("Williams", "PERSON")],
        },
    )
    store.close()
    assert linked[("a2", "Clintons")] is None
    assert linked[("a2", "George Bushes")] is None
    assert linked[("a3", "Sanders")] == linked[("a3", "Bernie Sanders")]
    assert linked[("a5", "Williams")] == linked[("a4", "Serena Williams")]


def test_a_word_no_list_knows_as_a_name_is_a_thing_when_a_quarter_of_its_mentions_say_so(
    tmp_path: Path, link_together
):
    """ "Burisma" typed PERSON in most sentences and ORG where a company is named: the company. A
    listed surname ("Cooper") with the same counts stays a person for the person stage to place."""
    store = Store(str(tmp_path / "x.db"))
    linked = link_together(
        store,
        {
            "a1": [("Burisma", "ORG"), ("Cooper", "ORG")],
            "a2": [("Burisma", "PERSON"), ("Burisma", "PERSON"), ("Cooper", "PERSON"), ("Cooper", "PERSON")],
            "a3": [("Burisma", "PERSON"), ("Cooper", "PERSON")],
        },
    )
    assert _type(store, linked[("a2", "Burisma")]) == "ORG"
    assert linked[("a2", "Burisma")] == linked[("a1", "Burisma")]
    assert _type(store, linked[("a2", "Cooper")]) == "PERSON"
    store.close()


def test_a_place_typed_org_in_some_articles_joins_the_place(tmp_path: Path, link_together):
    store = Store(str(tmp_path / "x.db"))
    linked = link_together(
        store,
        {
            "a1": [("Brambleton", "GPE"), ("Brambleton", "GPE")],
            "a2": [("Brambleton", "GPE"), ("Brambleton", "ORG")],
            "a3": [("Brambleton", "ORG")],
            "a4": [("Brambleton", "GPE")],
        },
    )
    place = linked[("a1", "Brambleton")]
    assert (
        linked[("a2", "Brambleton")] == linked[("a3", "Brambleton")] == linked[("a4", "Brambleton")] == place
    )
    assert _type(store, place) == "GPE"
    later = link_together(store, {"a5": [("Brambleton", "ORG")]})  # the stored counts carry the vote
    assert later[("a5", "Brambleton")] == place
    store.close()


def test_a_thing_keeps_its_label_on_a_tie_or_a_majority(tmp_path: Path, link_together):
    store = Store(str(tmp_path / "x.db"))
    linked = link_together(
        store,
        {
            "a1": [("Quorvex", "ORG"), ("Quorvex", "ORG"), ("Quorvex", "ORG"), ("Quorvex", "ORG")],
            "a2": [("Quorvex", "GPE"), ("Harlow Mills", "ORG"), ("Eastfold", "GPE")],
            "a3": [("Harlow Mills", "GPE"), ("Eastfold", "ORG"), ("Eastfold", "ORG")],
        },
    )
    assert _type(store, linked[("a1", "Quorvex")]) == "ORG"
    assert linked[("a2", "Quorvex")] == linked[("a1", "Quorvex")]  # one GPE mention joins the company
    assert linked[("a2", "Harlow Mills")] != linked[("a3", "Harlow Mills")]  # one each: left apart
    assert _type(store, linked[("a2", "Eastfold")]) == "GPE"  # a place typed ORG twice: kept apart
    assert linked[("a2", "Eastfold")] != linked[("a3", "Eastfold")]
    store.close()
