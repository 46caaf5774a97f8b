"""Issue 17 item 1 (people45b): a one-word "person" the article never shows as one, written as a
modifier of common nouns or a preposition's object, is dropped (invented words, real model)."""

from __future__ import annotations

from newsprism.nlp.entity_cleaning import Repaired
from newsprism.nlp.unshown_people import drop_unshown_people


def _items(doc, word: str) -> list[Repaired]:
    return [Repaired(t.i, t.i + 1, "PERSON") for t in doc if t.text == word]


def test_a_policy_word_never_shown_as_a_person_is_dropped(nlp):
    doc = nlp(
        "Lawmakers rejected the Florexit deal on Tuesday. Critics of Florexit warned of delays. "
        "Florexit supporters marched in the capital, and the vote on Florexit was postponed."
    )
    found = _items(doc, "Florexit")
    drop_unshown_people(doc, found)
    assert [item.label for item in found] == ["", "", "", ""]


def test_the_same_word_once_the_subject_of_a_speech_verb_is_kept(nlp):
    doc = nlp(
        "Lawmakers rejected the Florexit deal on Tuesday. Critics of Florexit warned of delays. "
        "Florexit supporters marched in the capital, and Florexit said the vote was postponed."
    )
    found = _items(doc, "Florexit")
    drop_unshown_people(doc, found)
    assert all(item.label == "PERSON" for item in found)


def test_a_possessive_or_a_title_shows_a_person(nlp):
    doc = nlp(
        "The Varnok plan stalled. Critics of Varnok were loud. Mr. Varnok supporters left. "
        "Aides to Varnok met the Varnok campaign."
    )
    found = _items(doc, "Varnok")
    drop_unshown_people(doc, found)
    assert all(item.label == "PERSON" for item in found)


def test_a_word_of_a_full_name_in_the_article_is_kept(nlp):
    doc = nlp(
        "Dela Quorvane spoke first. The Quorvane plan stalled. Critics of Quorvane were loud, and "
        "the Quorvane budget failed."
    )
    found = _items(doc, "Quorvane")
    found[0] = Repaired(found[0].start - 1, found[0].end, "PERSON")
    drop_unshown_people(doc, found)
    assert all(item.label == "PERSON" for item in found)


def test_two_surnames_joined_before_a_noun_are_two_people(nlp):
    from newsprism.nlp.unshown_people import split_paired_surnames

    doc = nlp("Petra Varga met Olaf Lindqvist. Reporters covered the Petra Varga-Lindqvist summit in Oslo.")
    found = [Repaired(0, 2, "PERSON"), Repaired(3, 5, "PERSON"), Repaired(9, 13, "PERSON")]
    assert doc[9:13].text == "Petra Varga-Lindqvist"
    split_paired_surnames(doc, found)
    kept = sorted((doc[i.start : i.end].text, i.label) for i in found if i.label)
    assert kept == [
        ("Lindqvist", "PERSON"),
        ("Olaf Lindqvist", "PERSON"),
        ("Petra Varga", "PERSON"),
        ("Petra Varga", "PERSON"),
    ]


def test_a_double_barrelled_surname_stays_one_person(nlp):
    from newsprism.nlp.unshown_people import split_paired_surnames

    doc = nlp("Dana Varga-Lindqvist spoke. The Varga-Lindqvist plan passed.")
    found = [Repaired(0, 4, "PERSON"), Repaired(6, 9, "PERSON")]
    split_paired_surnames(doc, found)
    assert [i.label for i in found] == ["PERSON", "PERSON"]


def test_a_project_named_for_a_person_and_a_city_is_no_person(nlp):
    from newsprism.nlp.unshown_people import projects_named_for_places

    doc = nlp("Brenda Halvorsen visited Lisbon. Halvorsen said the Halvorsen Lisbon deal was dead.")
    found = [
        Repaired(0, 2, "PERSON"),
        Repaired(3, 4, "GPE"),
        Repaired(5, 6, "PERSON"),
        Repaired(8, 10, "PERSON"),
    ]
    assert doc[8:10].text == "Halvorsen Lisbon"
    projects_named_for_places(doc, found)
    assert [i.label for i in found] == ["PERSON", "GPE", "PERSON", "ORG"]


def test_a_given_name_before_a_city_word_is_still_a_person(nlp):
    from newsprism.nlp.unshown_people import projects_named_for_places

    doc = nlp("Martha Washington visited Washington. Washington said the trip was long.")
    found = [Repaired(0, 2, "PERSON"), Repaired(3, 4, "GPE"), Repaired(5, 6, "PERSON")]
    projects_named_for_places(doc, found)
    assert found[0].label == "PERSON"


def test_a_double_barrelled_surname_written_alone_stays_whole(nlp):
    from newsprism.nlp.unshown_people import split_paired_surnames

    doc = nlp("Dana Varga-Lindqvist spoke. Varga-Lindqvist won the Varga-Lindqvist vote by a mile.")
    found = [Repaired(0, 4, "PERSON"), Repaired(6, 9, "PERSON"), Repaired(11, 14, "PERSON")]
    assert doc[11:14].text == "Varga-Lindqvist"
    split_paired_surnames(doc, found)
    assert [i.label for i in found] == ["PERSON", "PERSON", "PERSON"]
