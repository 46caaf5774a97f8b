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


def test_initials_in_capitals_are_a_word_of_the_name():
    from newsprism.entities.name_repair import written_in

    assert written_in("FBR", "Faisal bin Rashid")
    assert written_in("TRUMP", "Donald Trump")
    assert not written_in("CNN", "Donald Trump")


def _item(doc, text: str, nth: int = 0):
    from newsprism.nlp.entity_cleaning import Repaired

    starts = [t.i for t in doc if doc[t.i : t.i + len(text.split())].text == text]
    start = starts[nth]
    return Repaired(start, start + len(text.split()), "PERSON")


def test_a_rare_given_name_cut_from_its_surname_elsewhere_is_not_a_lone_surname(nlp):
    from newsprism.nlp.headline_trim import trim_headline_words

    doc = nlp("Reade spoke to Zorvyn Kelly on Thursday. A tweet was signed Zorvyn Kelly on May 7.")
    whole = _item(doc, "Zorvyn Kelly")
    found = [whole, _item(doc, "Zorvyn", 1), _item(doc, "Kelly", 1)]  # the pair cut apart in a tweet
    trim_headline_words(doc, found)
    assert doc[whole.start : whole.end].text == "Zorvyn Kelly"
    doc = nlp("Trump spoke on Monday. Allies of Trump Paul Ryan said so.")
    run_on = _item(doc, "Trump Paul")
    found = [_item(doc, "Trump"), run_on]  # a surname written alone, then a given name: two people
    trim_headline_words(doc, found)
    assert doc[run_on.start : run_on.end].text == "Trump"


def test_a_full_name_the_article_names_ends_an_office_typed_org_whatever_its_given_name(nlp):
    from newsprism.nlp.entity_cleaning import Repaired
    from newsprism.nlp.office_names import split_office_from_person

    doc = nlp("Homeland Security Zorvana Quillon spoke on Monday. Zorvana Quillon left early.")
    found = [Repaired(0, 4, "ORG"), Repaired(8, 10, "PERSON")]
    split_office_from_person(doc, found)
    assert [(doc[f.start : f.end].text, f.label) for f in found][:2] == [
        ("Homeland Security", "ORG"),
        ("Zorvana Quillon", "PERSON"),
    ]
