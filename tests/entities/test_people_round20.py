"""Issue 17's twentieth people round (read on real output and the unseen15 set): a name span ends
before a bracket opened in it and before a trailing preposition; a title inside a longer one
("Attorney" + "General Barr", "then-Attorney General") is no role of its own; a military rank
without its dot is a title; a short name defined in brackets after the capitalised words it
abbreviates ("Deferred Action for Childhood Arrivals (Daca)") is a body; a phrase of common words is
no person though it is written again or one of its words is tagged alone, when the article writes
that word in lower case; a storm's name, a body the article writes after "the", a person "of" a
body typed ORG, an office before a hyphened surname typed ORG and a company before its "CEO" are
read as what they are. Every name and sentence here is invented."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsprism.entities import extract_mentions
from newsprism.models import Article


def _with_entity(nlp, text: str, start: int, end: int, label: str) -> Doc:
    """``text`` parsed for real, the model's entity at tokens [start, end) set by hand (the span a
    model error gives), then the entity repairs run as in the pipeline."""
    repairs = [name for name in nlp.pipe_names if "repair" in name]
    with nlp.select_pipes(disable=repairs):
        doc = nlp(text)
    kept = [e for e in doc.ents if e.end <= start or e.start >= end]
    doc.ents = [*kept, Span(doc, start, end, label=label)]
    for name in repairs:
        doc = nlp.get_pipe(name)(doc)
    return doc


def _mentions(doc: Doc, text: str) -> list[tuple[str, str, list[str]]]:
    article = Article(article_id="a1", source="a1.txt", text=text)
    return [(m.text, m.label, m.roles) for m in extract_mentions(doc, article)]


def test_a_bracket_opened_in_a_name_ends_it(nlp):
    text = "We will keep going — Marisol Quade (@MarisolQ) March 3, 2021"
    at = [t.text for t in nlp.make_doc(text)].index("Marisol")
    doc = _with_entity(nlp, text, at, at + 4, "PERSON")  # "Marisol Quade (@MarisolQ"
    assert ("Marisol Quade", "PERSON") in [(m, label) for m, label, _ in _mentions(doc, text)]


def test_a_trailing_preposition_is_no_part_of_a_name(nlp):
    text = "Democrats Marisol Quade of Vermont and Tomas Renn of Ohio voted no."
    doc = _with_entity(nlp, text, 1, 4, "PERSON")  # "Marisol Quade of"
    assert ("Marisol Quade", "PERSON") in [(m, label) for m, label, _ in _mentions(doc, text)]
    text = "European Commission President Ilse van der Brook spoke."
    names = [m for m, label, _ in _mentions(nlp(text), text) if label == "PERSON"]
    assert any(n.endswith("van der Brook") for n in names)  # a particle stays


def test_a_title_inside_a_longer_title_is_no_role(nlp):
    text = "Attorney General Tobias Venn said the rule stands."
    doc = _with_entity(nlp, text, 1, 4, "PERSON")  # "General Tobias Venn"
    found = {m: roles for m, label, roles in _mentions(doc, text) if label == "PERSON"}
    assert "General" not in found["Tobias Venn"]
    assert "Attorney General" in found["Tobias Venn"]
    text = "Gen. Tobias Venn said the rule stands."
    doc = _with_entity(nlp, text, 0, 4, "PERSON")  # a title of its own stays a role
    found = {m: roles for m, label, roles in _mentions(doc, text) if label == "PERSON"}
    assert "Gen." in found["Tobias Venn"]


def test_a_short_name_defined_in_brackets_is_a_body(nlp):
    text = (
        "The Rural Water Supply Office (Rwso) approved the plan. Farmers said Rwso had waited too long. "
        "Later Rwso staff met Mayor Tobias Venn."
    )
    labels = {(m, label) for m, label, _ in _mentions(nlp(text), text)}
    assert not any(m == "Rwso" and label == "PERSON" for m, label in labels)
    text = "Rep. Marisol Ann Quade (MAQ) spoke first, and MAQ later voted no."
    doc = nlp(text)
    people = [m for m, label, _ in _mentions(doc, text) if label == "PERSON"]
    assert any("Quade" in m for m in people)  # a person's initials define no body


def test_a_military_rank_without_its_dot_is_a_title(nlp):
    text = "Lt Gen Tobias Venn said the plan would work. Venn then left."
    people = {m for m, label, _ in _mentions(nlp(text), text) if label == "PERSON"}
    assert "Tobias Venn" in people and not any(m.startswith(("Lt", "Gen")) for m in people)


def test_a_mayor_with_a_hyphened_surname_typed_org_is_the_person(nlp):
    text = (
        "Mayor Ilse Varga-Holm opened the hall. Later, Dorrington Mayor Ilse Varga-Holm said the "
        "curfew would end."
    )
    at = [t.text for t in nlp.make_doc(text)].index("Dorrington")
    doc = _with_entity(nlp, text, at, at + 6, "ORG")  # "Dorrington Mayor Ilse Varga-Holm"
    found = _mentions(doc, text)
    assert [m for m, label, _ in found if label == "PERSON"].count("Ilse Varga-Holm") == 2


def test_a_full_name_of_a_body_typed_org_is_a_person_and_the_body(nlp):
    text = "As Tobias Venn of The Harbor Ledger wrote, the calls were legal."
    doc = _with_entity(nlp, text, 1, 7, "ORG")
    found = {(m, label) for m, label, _ in _mentions(doc, text)}
    assert ("Tobias Venn", "PERSON") in found
    assert not any(label == "PERSON" and "Ledger" in m for m, label in found)


def test_a_body_whose_name_opens_with_a_given_name_stays_one_body(nlp):
    # "Royal" is a given name too, but "Royal Academy" ends with an institution's head noun
    text = "But the Royal Academy of Dance said the grant was too small."
    doc = _with_entity(nlp, text, 1, 7, "ORG")
    found = {(m, label) for m, label, _ in _mentions(doc, text)}
    assert not any(label == "PERSON" for _, label in found)


def test_a_storms_name_is_no_person(nlp):
    text = "Hurricane Irma hit the coast on Friday. Irma's winds kept rising for days."
    assert not [m for m, label, _ in _mentions(nlp(text), text) if label == "PERSON"]


def test_a_body_written_with_the_is_no_person_elsewhere(nlp):
    text = "The Kessel Varn Klan marched on Friday. Former Kessel Varn Klan leader Ordo Brack spoke."
    at = [t.text for t in nlp.make_doc(text)].index("Former") + 1
    doc = _with_entity(nlp, text, at, at + 3, "PERSON")  # the second "Kessel Varn Klan"
    labels = {label for m, label, _ in _mentions(doc, text) if m == "Kessel Varn Klan"}
    assert labels == {"ORG"}


def test_a_company_before_its_chief_in_capitals_is_a_company(nlp):
    text = "Quillon CEO Tobias Venn quit the council on Monday. Quillon said it would stay."
    doc = _with_entity(nlp, text, 0, 1, "PERSON")
    labels = {label for m, label, _ in _mentions(doc, text) if m == "Quillon"}
    assert "PERSON" not in labels


def test_a_title_after_then_and_a_hyphen_is_the_whole_title(nlp):
    text = "It raised questions about then-Attorney General Dana Lynde's independence."
    roles = {m: r for m, label, r in _mentions(nlp(text), text) if label == "PERSON"}
    assert roles["Dana Lynde"] == ["Attorney General"]


def test_a_body_of_common_words_written_again_is_no_person(nlp):
    text = (
        "The governor wrote that our Border is a mess at the border. Border Patrol agents arrested 40 "
        "people, Border Patrol said, and the Border Patrol chief agreed."
    )
    assert not [m for m, label, _ in _mentions(nlp(text), text) if label == "PERSON"]


def test_a_given_name_after_a_title_ends_an_office_typed_org(nlp):
    text = "On Monday, he called Dorrington Mayor Anna Varga-Holm to offer support, and Governor Hale agreed."
    at = [t.text for t in nlp.make_doc(text)].index("Dorrington")
    doc = _with_entity(nlp, text, at, at + 6, "ORG")  # "Dorrington Mayor Anna Varga-Holm"
    assert ("Anna Varga-Holm", "PERSON") in [(m, label) for m, label, _ in _mentions(doc, text)]
