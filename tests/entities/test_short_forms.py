"""Short forms and office words around a person's name in one article (issue 17, unseen6 read):
initials written as an acronym, the tail of a particle surname, an office's initials or an
office run into a name typed ORG, and names that are no person (a hashtag, a programme named after
its host, a group named by a plural demonym)."""

from __future__ import annotations

from newsprism.entities import extract_mentions
from newsprism.entities.short_forms import initials
from newsprism.models import Article


def _mentions(nlp, text: str) -> list[tuple[str, str, str]]:
    article = Article(article_id="a1", source="a1.txt", text=text)
    return [(m.text, m.label, m.local_name) for m in extract_mentions(nlp(text), article)]


def test_initials_count_every_word_and_particle():
    assert initials("Faisal bin Rashid") == "fbr"
    assert initials("Maria Lopez-Cortez") == "mlc"


def test_an_acronym_of_a_full_name_and_a_particle_tail_are_that_person(nlp):
    text = (
        "The envoy met Crown Prince Faisal bin Rashid in the capital on Tuesday. "
        "FBR denied any role in the affair, the envoy said."
    )
    assert ("FBR", "PERSON", "Faisal bin Rashid") in _mentions(nlp, text)  # the model types it ORG
    text = (
        "Saudi Crown Prince Faisal bin Rashid denied it. Turkish officials said Rashid's guards "
        "were involved. Rashid has denied any involvement."
    )
    found = _mentions(nlp, text)
    assert [local for text_, _, local in found if "Rashid" in text_] == ["Faisal bin Rashid"] * 3


def test_a_word_under_a_regnal_title_is_no_particle_tail(nlp):
    text = (
        "The envoy met King Rashid and his son, Crown Prince Faisal bin Rashid, on Tuesday. "
        "Rashid said the kingdom would investigate."
    )
    found = _mentions(nlp, text)
    assert not any(text_ == "Rashid" and local == "Faisal bin Rashid" for text_, _, local in found)


def test_an_office_before_a_surname_is_a_title_of_the_person(nlp):
    text = (
        "Attorney General Bill Barrow spoke on Monday. AG Barrow said the case was closed. "
        "Barrow added that the review would go on."
    )
    found = _mentions(nlp, text)
    assert [local for text_, _, local in found if "Barrow" in text_] == ["Bill Barrow"] * 3
    assert all(label == "PERSON" for text_, label, _ in found if "Barrow" in text_)


def test_a_hashtag_a_programme_and_a_plural_demonym_are_no_people(nlp):
    text = (
        "The #KeepGoing movement grew last year. KeepGoing was everywhere, said Dana Whitfield. "
        "Her mother called into Larry Quill Live in 1993, and Quill answered. African Americans "
        "voted in large numbers."
    )
    people = {text_ for text_, label, _ in _mentions(nlp, text) if label == "PERSON"}
    assert "KeepGoing" not in people
    assert "Larry Quill Live" not in people
    assert "African Americans" not in people
    assert "Dana Whitfield" in people
