"""entities.name_repair: person names repaired before linking, and spelling variants joined.

Unit tests of the pure functions, then the linker over stored mentions of invented articles
(mentions written directly: the behaviour under test is the cross-article stage, not a parse).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.entities.name_repair import clean_person_name, clean_roles, not_person_type, repair_mentions
from newsprism.entities.name_variants import close_variant, skeleton
from newsprism.models import Mention
from newsprism.nlp.entity_lists import non_person_label
from newsprism.store.store import Store


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Bernie Sanders Bernie SandersWarren", "Bernie Sanders"),  # hover card glued to a headline
        ("Mike Lee Michael", "Mike Lee"),  # the formal name starts again
        ("Officers Thomas Lane", "Thomas Lane"),  # plural title
        ("Ayatollah Ali Khamenei", "Ali Khamenei"),
        ("Key Trump", "Trump"),  # headline word
        ("Replay More Videos", ""),  # video widget
        ("W. Lake St: Property", ""),  # a line of a list of damaged shops
        ("Mitch McConnell", "Mitch McConnell"),  # Mc/La/De prefixes are not glue
        ("Wayne LaPierre", "Wayne LaPierre"),
        ("Thomas More", "Thomas More"),  # a surname that is also a widget word
        ("Judge", ""),  # a form of address
        ("Mark Judge", "Mark Judge"),
        ("Parliamentarian Bobi Wine", "Bobi Wine"),  # a dictionary word written before the name
        ("Kentuckian Mitch McConnell", "Mitch McConnell"),  # a demonym
        ("Miss Universe Alicia Machado", "Alicia Machado"),  # an honorific, then a title's word
        ("Nervous Nancy Pelosi", "Nancy Pelosi"),  # a nickname
        ("Hunter S. Thompson", "Hunter S. Thompson"),  # a given name that is a word too
        ("Jean Paul Sartre", "Jean Paul Sartre"),  # a given name of women and men
        ("Hillary Rodham Clinton", "Hillary Rodham Clinton"),
        ("Parliamentarian Wine", "Parliamentarian Wine"),  # nothing left that is a full name
        ("Crooked Hillary", "Hillary"),  # a nickname before a given name
        ("Dana Velt Hide Caption", "Dana Velt"),  # a photo gallery's widget words
        ("I", ""),  # a transcript's "I"
        ("Bottom Line Trump", "Trump"),  # "Line" is a Danish given name, here a headline's word
        ("Define Mitt Romney", "Mitt Romney"),  # "Mitt" is nobody's listed given name: kept
        ("Trump SALT", "Trump"),  # a headline's acronym after a name
        ("John Paul II", "John Paul II"),
    ],
)
def test_clean_person_name(written, name):
    assert clean_person_name(written) == name


def test_roles_are_cleaned_of_forms_of_address_fragments_and_furniture():
    roles = ["Dr.", "Mr.", "CLOSE President", "director of the Institute for Near East and", "senior"]
    assert clean_roles([*roles, "Rep.", "Gen.", "executive director", "mother"]) == [
        "Rep.",
        "Gen.",
        "executive director",
        "mother",
    ]


def test_platforms_and_diseases_are_not_people():
    assert not_person_type("Twitter") == "ORG"
    assert not_person_type("COVID-19") is None
    assert not_person_type("Nancy Pelosi") is False
    assert not_person_type("AP") == "ORG"  # "Follow AP's coverage": a news agency's share line


def test_a_short_model_code_in_capitals_ends_no_persons_name():
    assert non_person_label("Brindlewick XL") == ""  # a pipeline
    assert non_person_label("Quorvex S10") == ""  # a phone
    assert non_person_label("Tom Velt III") is None  # a generational suffix
    assert non_person_label("Louis CK") is None  # a given name first


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Qassem Soleimani", "Qassim Suleimani", True),  # romanisation
        ("Esmail Ghaani", "Esmail Qaani", True),
        ("Adil Abdul al-Mahdi", "Adel Abdul Mahdi", True),
        ("Mohammed Javad Zarif", "Javad Zarif", True),  # goes by the middle name
        ("J. Alexander Kueng", "Alexander Kueng", True),
        ("Tou Thoa", "Tou Thao", True),  # two letters swapped
        ("Lingzi Lu", "Lu Lingzi", True),  # reversed order
        ("Ali Khamenei", "Ruhollah Khomeini", False),  # two people
        ("George Floyd", "Philonise Floyd", False),  # brothers
        ("Donald Trump", "Donald Trump Jr.", False),  # father and son
    ],
)
def test_close_variants(a, b, same):
    assert close_variant(a, b) is same
    assert close_variant(b, a) is same


def test_skeleton_folds_romanisation_pairs():
    assert skeleton("Qassem Soleimani") == skeleton("Qassam Suleimani")
    assert skeleton("Ali Khamenei") != skeleton("Ruhollah Khomeini")
    # a word's last "h" after a vowel is silent: "Sala" is a misspelling of "Salah"
    assert skeleton("Salah Ostrander") == skeleton("Sala Ostrander")
    assert close_variant("Salah Ostrander", "Sala Ostrander")
    assert skeleton("Keith Smith") != skeleton("Keith Smit")  # an "h" after a consonant stays


def _mention(article_id: str, text: str, start: int, label: str = "PERSON", local: str = "") -> Mention:
    return Mention(article_id, text, start, start + len(text), label, local_name=local or text)


def test_surname_typed_as_a_place_joins_the_person_named_in_full():
    mentions = [
        _mention("a", "Scott Israel", 0),
        _mention("a", "Israel", 30, "GPE"),
    ]
    repaired = repair_mentions(mentions)
    assert [(m.label, m.local_name) for m in repaired] == [
        ("PERSON", "Scott Israel"),
        ("PERSON", "Scott Israel"),
    ]
    # ... but not where the article also speaks of the country's people
    with_demonym = [*mentions, _mention("a", "Israeli", 60, "NORP")]
    assert repair_mentions(with_demonym)[1].label == "GPE"


def test_lists_of_people_and_organisation_tails_are_not_people():
    mentions = [
        _mention("a", "Donald Trump", 0),
        _mention("a", "Lindsey Graham", 20),
        _mention("a", "Trump Graham", 40),  # a headline's list
        _mention("a", "Trump", 60, local="Trump Graham"),
        _mention("a", "Obama White House", 80),
        _mention("a", "Trump Tower", 100),
        _mention("a", "John Tower", 120),
    ]
    repaired = {m.start: m for m in repair_mentions(mentions)}
    assert 40 not in repaired
    assert repaired[60].local_name == "Trump"
    assert repaired[80].label == "ORG"
    assert repaired[100].label == "FAC" and repaired[120].label == "PERSON"
    assert repaired[0].local_name == "Donald Trump" and repaired[0].label == "PERSON"


def test_contest_titles_and_outlet_editions_are_not_people():
    repaired = repair_mentions(
        [
            Mention("a", "Universe", 0, 8, "PERSON", local_name="Universe", roles=["Miss"]),
            Mention("a", "Breitbart Texas", 10, 25, "PERSON", local_name="Breitbart Texas"),
            Mention("a", "Strange", 30, 37, "PERSON", local_name="Strange", roles=["Mr."]),
            Mention("a", "Grace", 40, 45, "PERSON", local_name="Grace", roles=["Miss"]),
            Mention("a", "America", 46, 53, "PERSON", local_name="America", roles=["former Miss"]),
            Mention("a", "Amazon Marketplace", 50, 68, "PERSON", local_name="Amazon Marketplace"),
            Mention("a", "Paul Georgia", 70, 82, "PERSON", local_name="Paul Georgia"),
        ]
    )
    assert [(m.text, m.label) for m in repaired] == [
        ("Breitbart Texas", "ORG"),
        ("Strange", "PERSON"),
        ("Grace", "PERSON"),  # a given name: Miss Grace is a woman
        ("Amazon Marketplace", "ORG"),  # a platform's service
        ("Paul Georgia", "PERSON"),  # a given name before a place: a person
    ]


def test_a_known_place_typed_org_is_a_place():
    repaired = repair_mentions([_mention("a", "Crimea", 0, "ORG"), _mention("a", "NATO", 10, "ORG")])
    assert [m.label for m in repaired] == ["GPE", "ORG"]


def test_linker_joins_spelling_variants_and_keeps_relatives_apart(tmp_path: Path, link_together):
    store = Store(str(tmp_path / "x.db"))
    linked = link_together(
        store,
        {
            "a1": [("Qassem Soleimani", "PERSON"), ("Zeinab Soleimani", "PERSON")],
            "a2": [("Qassim Suleimani", "PERSON")],
            "a3": [("Mohammad Javad Zarif", "PERSON")],
            "a4": [("Javad Zarif", "PERSON"), ("Trump Donald", "PERSON")],
            "a5": [("Donald Trump", "PERSON"), ("Twitter", "PERSON"), ("Replay More Videos", "PERSON")],
        },
    )
    store.close()
    assert linked[("a2", "Qassim Suleimani")] == linked[("a1", "Qassem Soleimani")]
    assert linked[("a1", "Zeinab Soleimani")] != linked[("a1", "Qassem Soleimani")]
    assert linked[("a4", "Javad Zarif")] == linked[("a3", "Mohammad Javad Zarif")]
    assert linked[("a4", "Trump Donald")] == linked[("a5", "Donald Trump")]
    assert linked[("a5", "Twitter")].startswith("org-")
    assert linked[("a5", "Replay More Videos")] is None


def test_middle_initials_tell_namesakes_apart_and_a_bare_full_name_stays_ambiguous(
    tmp_path: Path, link_together
):
    assert not close_variant("George W. Bush", "George H.W. Bush")
    store = Store(str(tmp_path / "x.db"))
    linked = link_together(
        store,
        {
            "a1": [("George W. Bush", "PERSON"), ("George Bush", "PERSON")],
            "a2": [("George H.W. Bush", "PERSON"), ("George W. Bush", "PERSON")],
            "a3": [("George H. W. Bush", "PERSON")],
            "a4": [("George Bush", "PERSON")],  # the article never says which
        },
    )
    store.close()
    son = linked[("a1", "George W. Bush")]
    assert linked[("a1", "George Bush")] == son == linked[("a2", "George W. Bush")]
    assert linked[("a2", "George H.W. Bush")] == linked[("a3", "George H. W. Bush")] != son
    assert linked[("a4", "George Bush")] is None


def test_a_full_name_run_into_a_word_written_alone_is_a_list():
    """ "Joe Biden Parnas" (a hover card run into the next headline "Parnas: ...") is Joe Biden and
    Parnas; "Hunter Biden" stays one person although "Hunter" and "Biden" are each written alone."""
    mentions = [
        _mention("a", "Joe Biden", 0),
        _mention("a", "Joe Biden Parnas", 20),
        _mention("a", "Parnas", 50, local="Joe Biden Parnas"),
        _mention("a", "Hunter Biden", 70),
        _mention("a", "Hunter", 90, local="Hunter Biden"),
        _mention("a", "Biden", 100, local="Joe Biden"),
    ]
    repaired = repair_mentions(mentions)
    # the list itself is no one's mention; the names linked to it keep their own words
    assert [m.local_name for m in repaired] == [
        "Joe Biden",
        "Parnas",
        "Hunter Biden",
        "Hunter Biden",
        "Joe Biden",
    ]


def test_a_common_word_run_into_a_surname_is_the_person_of_that_surname():
    """ "tell Congress Nunes met ..." in an article naming Devin Nunes: the bare "Nunes" linked to
    the run-on name are Devin Nunes; a given name before a surname ("Hunter Biden") is untouched."""
    mentions = [
        _mention("a", "Congress Nunes", 0),
        _mention("a", "Devin Nunes", 20),
        _mention("a", "Nunes", 40, local="Congress Nunes"),
        _mention("a", "Hunter Biden", 60),
        _mention("a", "Joe Biden", 80),
    ]
    assert [m.local_name for m in repair_mentions(mentions)] == [
        "Devin Nunes",
        "Devin Nunes",
        "Devin Nunes",
        "Hunter Biden",
        "Joe Biden",
    ]


def test_a_common_word_run_into_a_given_name_is_the_person_of_that_given_name():
    """ "an over-the-top 'Heroine Marla' introductory video" in an article naming Marla Velt: a
    nickname of Marla Velt, no person named Heroine; a list ("Trump Graham") stays a list."""
    mentions = [
        _mention("a", "Marla Velt", 0),
        _mention("a", "Heroine Marla", 20),
        _mention("a", "Marla", 40, local="Heroine Marla"),
    ]
    assert [m.local_name for m in repair_mentions(mentions)] == ["Marla Velt"] * 3


def test_a_given_name_with_an_ending_added_is_another_person():
    from newsprism.entities.name_variants import close_variant

    assert not close_variant("Ravi Ostrander", "Ravia Ostrander")  # "Eric"/"Erica": two names
    assert not close_variant("Paul Ostrander", "Paula Ostrander")
    assert not close_variant("Louis Ostrander", "Louise Ostrander")
    assert close_variant("Paul Ostrander", "Paul Ostrandr")  # the surname misspelt still joins
