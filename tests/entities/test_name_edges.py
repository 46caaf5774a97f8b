"""Where a name starts and ends, and what is no role of it: a given name the model left out, a
section reference or an acronym run onto a name, a possessive ending, a slogan's first word, an
appositive after a negation; nickname pairs; a hover card never names the person."""

from __future__ import annotations

from newsprism.entities.mentions import extract_mentions
from newsprism.models import Article
from newsprism.people import names


def _mentions(nlp, text: str):
    return extract_mentions(nlp(text), Article(article_id="a", source="a", text=text))


def _persons(nlp, text: str) -> dict[str, str]:
    return {m.text: m.local_name for m in _mentions(nlp, text) if m.label == "PERSON"}


def test_a_given_name_the_model_left_out_before_a_name_is_its_first_word(nlp):
    persons = _persons(nlp, "Officials said that Tulsa nurse Amber Joy Kessling was cleared to fly.")
    assert "Amber Joy Kessling" in persons
    assert "Will Dorrance" not in _persons(nlp, "Will Dorrance run again?")  # a sentence's first word


def test_a_section_reference_run_into_a_name_is_cut_off(nlp):
    text = (
        "Two Democrats, Jeff Van Dorn (NJ) and Collin Pettersen (MN), voted against impeachment on "
        "Article I. Van Dorn, Pettersen and Jared Holden (ME) voted against Article II."
    )
    persons = _persons(nlp, text)
    assert not any(name.startswith("Article") for name in persons)
    assert not any(local.startswith("Article") for local in persons.values())


def test_an_acronym_hyphened_onto_a_name_is_no_part_of_it(nlp):
    persons = _persons(nlp, "The James Corbel-FBI investigation has begun to look like a plot.")
    assert "James Corbel" in persons
    assert "Melissa Harris-Perry" in _persons(nlp, "Melissa Harris-Perry spoke on Sunday.")


def test_a_possessive_ending_starts_no_name(nlp):
    text = "Two candidates were named, the party’s Brexit spokesman Keir Stanmore and another."
    assert not any(m.text.startswith(("s ", "’s", "'s")) for m in _mentions(nlp, text))


def test_a_slogans_first_word_is_no_title(nlp):
    text = "The mission is simple: “Defeat President Halvorsen and his allies at the ballot box.”"
    roles = {m.text: m.roles for m in _mentions(nlp, text)}
    assert not any(r.startswith("Defeat") for r in roles["Halvorsen"])


def test_an_appositive_after_a_negation_is_no_role(nlp):
    text = "Prosecutors said in court the loan was meant for Varnas, not his wife."
    roles = {m.text: m.roles for m in _mentions(nlp, text)}
    assert "wife" not in roles["Varnas"]
    assert _mentions(nlp, "Jill, his wife, spoke first.")[0].roles == ["wife"]


def test_formal_names_that_go_by_the_same_nickname_join_it():
    """Jefferson, like Jeffrey, goes by Jeff; Kathleen, like Katherine, by Kathy (data)."""
    assert names.compatible(names.parse_person("Jeff Dunmore"), names.parse_person("Jefferson Dunmore"))
    assert names.compatible(names.parse_person("Kathy Shelby"), names.parse_person("Kathleen Shelby"))


def test_a_hover_card_that_fits_the_name_does_not_rename_the_person(nlp):
    text = (
        "Attorney General Jeff Sessions Jefferson Beauregard SessionsSessions faces grilling.\n\n"
        "Allies of Sessions have reportedly said he would stay."
    )
    persons = _persons(nlp, text)
    assert persons["Sessions"] == "Jeff Sessions"
    assert persons["Jefferson Beauregard Sessions"] == "Jeff Sessions"  # the card is him


def test_a_full_name_the_model_missed_is_one_mention_of_the_person(nlp):
    text = (
        "Nina Vuong, the first nurse infected, will be released. A pundit tweeted after Dallas nurse "
        "Nina Vuong contracted the disease while caring for him."
    )
    persons = [m for m in _mentions(nlp, text) if m.label == "PERSON"]
    assert [m.text for m in persons] == ["Nina Vuong", "Nina Vuong"]
