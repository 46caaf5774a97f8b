"""Issue 17's thirty-second people round (the lead's reading of a real week): a full name takes
the lone surname's entity before a lone given name's; a relative named in passing takes no
office holder's lone surname; an adjective that people bear as a name before a surname is a given
name ("Bandy Lee"); a longer formal twin of a given name ("Jefferson" beside "Jeff") is no way to
call the person; a ship prefix before a name makes it a ship; a nickname in quotation marks
inside a full name does not keep the full name from being shown. Names invented."""

from __future__ import annotations

from pathlib import Path

from newsprism.entities import extract_mentions
from newsprism.entities.display import display_name
from newsprism.entities.name_repair import clean_person_name
from newsprism.entities.surname_choice import Person, resolve_short_name
from newsprism.models import Article, Entity
from newsprism.nlp.entity_cleaning import Repaired
from newsprism.nlp.entity_lists import non_person_label
from newsprism.nlp.given_name_orgs import full_names_typed_org
from newsprism.people import names
from newsprism.store.store import Store


def test_a_full_name_takes_the_lone_surname_before_a_lone_given_name(tmp_path: Path, link_each):
    store = Store(str(tmp_path / "x.db"))
    linked = link_each(
        store,
        {
            "a1": [("Venhorst", "PERSON", "President"), ("Venhorst", "PERSON")],
            "a2": [("Balthus", "PERSON")],
            "a3": [("Balthus Venhorst", "PERSON"), ("Venhorst", "PERSON")],
        },
    )
    assert linked[("a3", "Balthus Venhorst")] == linked[("a1", "Venhorst")]


def test_a_relative_named_in_passing_takes_no_office_holders_lone_surname(tmp_path: Path, link_each):
    store = Store(str(tmp_path / "x.db"))
    linked = link_each(
        store,
        {
            "a1": [("Venhorst", "PERSON", "President"), ("Venhorst", "PERSON"), ("Venhorst", "PERSON")],
            "a2": [("Venhorst", "PERSON", "former President"), ("Venhorst", "PERSON")],
            "a3": [("Marisol Venhorst", "PERSON")],
            "a4": [("Venhorst", "PERSON", "President")],
        },
    )
    assert linked[("a3", "Marisol Venhorst")] != linked[("a1", "Venhorst")]
    assert linked[("a4", "Venhorst")] == linked[("a1", "Venhorst")]


def test_a_name_word_before_a_surname_is_a_given_name():
    assert clean_person_name("Bandy Lee") == "Bandy Lee"  # "bandy" is an adjective, and a name
    assert clean_person_name("Crooked Hillary") == "Hillary"  # no one is named "Crooked"


def test_a_formal_twin_of_a_given_name_does_not_call_the_person():
    jeff = Person(0, names.parse_person("Jeff Corvane"), 0)
    bern = Person(1, names.parse_person("Bernard Quill"), 5)
    written = ["Jeff Corvane", "Bernard Quill"]
    assert resolve_short_name("Jefferson", [], [jeff, bern], written, set()) == -1
    assert resolve_short_name("Bernie", [], [jeff, bern], written, set()) == 1  # a short form
    assert resolve_short_name("Jeff", [], [jeff, bern], written, set()) == 0


def test_a_ship_prefix_makes_a_ship(nlp):
    assert non_person_label("USS Orwin Talbade") == ""
    text = (
        "Senator Orwin Talbade spoke on Tuesday. The USS Orwin Talbade, a destroyer named for his "
        "father, collided with a tanker. Talbade said the crew were brave."
    )
    article = Article(article_id="a1", source="a1.txt", text=text)
    ship_start, ship_end = text.index("The USS"), text.index("tanker.")
    mentions = extract_mentions(nlp(text), article)
    people = [m for m in mentions if m.label == "PERSON"]
    assert [m.text for m in people if ship_start <= m.start < ship_end] == []
    assert [m.text for m in people] == ["Orwin Talbade", "Talbade"]


def test_a_quoted_nickname_inside_a_full_name_is_shown_without_it():
    entity = Entity("p1", "Dorne", "PERSON")
    forms = {"Dorne": 9, 'Halvard "Hal" Dorne': 1, "Halvard “Hal” Dorne": 1}
    assert display_name(entity, forms) == "Halvard Dorne"


def test_a_full_name_typed_org_whose_surname_speaks_is_a_person(nlp):
    doc = nlp('In town on Friday, Charles Sofa agreed with the decision. "He was fair," Sofa said.')
    start = next(t.i for t in doc if t.text == "Charles")
    found = [Repaired(start, start + 2, "ORG")]
    full_names_typed_org(doc, found)
    assert found[0].label == "PERSON"
    other = nlp('In town on Friday, Charles Sofa agreed with the decision. "He was fair," a trader said.')
    found = [Repaired(start, start + 2, "ORG")]
    full_names_typed_org(other, found)
    assert found[0].label == "ORG"  # no bare "Sofa" speaks: the model's type stands
