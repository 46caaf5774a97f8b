"""Issue 17's fifteenth people round (read from the unseen11 AllSides set's first run): a formal
given name that goes by the same short form as a common one (Dannel, Dan), a preposition of a
headline run into a name ("Inside Harlow’s talks"), a school's short name typed as a person, and a
story's summary box ("Story Highlights")."""

from __future__ import annotations

from newsprism.entities import extract_mentions
from newsprism.entities.name_repair import repair_mentions
from newsprism.models import Article
from newsprism.people import names


def _people(nlp, text: str) -> dict[str, str]:
    """Written text -> the repaired local name of every PERSON mention."""
    article = Article(article_id="a1", source="a1.txt", text=text)
    mentions = repair_mentions(extract_mentions(nlp(text), article))
    return {m.text: m.local_name for m in mentions if m.label == "PERSON"}


def test_dannel_goes_by_dan():
    assert names.compatible(names.parse_person("Dan Malcourt"), names.parse_person("Dannel Malcourt"))
    assert not names.compatible(names.parse_person("Dan Malcourt"), names.parse_person("Donna Malcourt"))


def test_a_headline_preposition_is_no_part_of_the_name(nlp):
    text = (
        "Inside Harlow’s interviews with five court candidates\n\n"
        "President Harlow has begun interviewing candidates. Senators said Harlow would choose soon."
    )
    people = _people(nlp, text)
    assert not any(t.startswith("Inside") for t in people), people
    assert set(people.values()) <= {"Harlow", "President Harlow"}, people


def test_a_school_named_in_full_is_no_person_when_named_short(nlp):
    text = (
        "Parents gathered outside Sandy Brook Elementary School on Friday. The Sandy Brook shooting "
        "left the town in grief. Sandy Brook parents asked for answers, and Sandy Brook families "
        "met the governor. Principal Dawn Kessler said the Sandy Brook teachers had been brave."
    )
    people = _people(nlp, text)
    assert not any("Sandy Brook" in t for t in people), people
    assert "Dawn Kessler" in people


def test_a_person_named_in_full_stays_beside_a_body_named_after_them(nlp):
    text = (
        "President Walter Brandley opened the Walter Brandley Memorial Library on Monday. "
        "Walter Brandley said the library would serve everyone. Brandley thanked the donors."
    )
    people = _people(nlp, text)
    assert people.get("Walter Brandley") == "Walter Brandley", people


def test_a_story_summary_box_is_no_person():
    from newsprism.entities.name_repair import clean_person_name

    assert clean_person_name("Story Highlights") == ""
    assert clean_person_name("Ola Brandt") == "Ola Brandt"


def test_a_headline_typed_as_a_body_leaves_the_person_named_in_it(nlp):
    from newsprism.nlp.entity_cleaning import Repaired
    from newsprism.nlp.org_relabels import short_names_of_bodies as _short_names_of_bodies

    doc = nlp("Mara Quill Calls Out Senators. The Mara Quill shooting shook Mara Quill Middle School.")
    person = Repaired(7, 9, "PERSON")
    assert doc[7:9].text == "Mara Quill"
    headline = Repaired(0, 4, "ORG")
    _short_names_of_bodies(doc, [person, headline])
    assert person.label == "PERSON"  # "Calls Out" is no organisation noun
    school = Repaired(11, 15, "ORG")
    assert doc[11:15].text == "Mara Quill Middle School"
    _short_names_of_bodies(doc, [person, headline, school])
    assert person.label == "ORG"
