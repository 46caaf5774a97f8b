"""People on real news (issue 17): page furniture cut from names, surnames and full names typed ORG
joined to the person, relatives kept off a bare surname, and bare surnames given to the bearer a
reader would pick. Invented text only; the real-news figures are in ``newsprism eval entities``."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.entities import extract_mentions
from newsprism.entities.name_repair import clean_person_name
from newsprism.models import Article
from newsprism.people import names, role_words
from newsprism.store.store import Store


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("CorkerLindsey Graham", "Lindsey Graham"),  # a hover card ends inside the first word
        ("John Sidney McCain2020 Democrats", "John Sidney McCain"),  # digits run on
        ("Comey 03", "Comey"),
        ("Kevin Plank pic.twitter.com", "Kevin Plank"),  # an embedded tweet's link
        ("Armour’s Kevin Plank", "Kevin Plank"),  # the owner before a full name
        ("Obama’s Ferguson", "Obama"),  # the owner is the person
        ("Obama, Race", "Obama"),  # a headline list
        ("Ferguson Protesters", ""),  # a group of people
        ("Ferguson A", "Ferguson"),  # a caption runs on
        ("Donald Trump Jr.", "Donald Trump Jr."),  # a suffix stays
    ],
)
def test_page_furniture_is_cut_from_person_names(written, name):
    assert clean_person_name(written) == name


def test_al_is_a_given_name_and_numerals_do_not_split_a_person():
    assert names.parse_person("Al Sharpton") == names.PersonName("al", (), "sharpton", "")
    assert names.parse_person("al-Assad").first == ""  # the particle of a surname
    assert names.parse_person("Robert S. Mueller III").suffix == ""
    assert names.parse_person("Donald Trump Jr.").suffix == "jr"  # father and son stay apart


def test_kin_roles_are_relatives_not_titles():
    assert role_words.is_kin_role("President Trump’s daughter")
    assert role_words.is_kin_role("his brother")
    assert not role_words.is_kin_role("daughter of Iran’s")  # said next to the father's own name
    assert not role_words.is_kin_role("White House spokesman")
    assert "president" not in role_words.role_cues(["President Trump’s daughter"])[1]  # she is no president


def _local_names(nlp, text: str) -> dict[int, tuple[str, str]]:
    article = Article(article_id="a1", source="a1.txt", text=text)
    return {
        m.start: (m.text, m.local_name) for m in extract_mentions(nlp(text), article) if m.label == "PERSON"
    }


def test_bare_surname_is_not_given_to_a_relative(nlp):
    text = (
        "Melania Trump, the president's wife, visited a hospital in Ohio on Monday. "
        "Trump spoke later at a rally in Florida, where Trump promised to cut taxes."
    )
    found = _local_names(nlp, text)
    bare = [local for written, local in found.values() if written == "Trump"]
    assert bare and all(local != "Melania Trump" for local in bare)


def test_headline_words_are_trimmed_from_a_name_written_alone_elsewhere(nlp):
    text = (
        "Denouncing Obama Is Easy\n"
        "Critics keep denouncing the president. Obama said on Monday that he would not change course, "
        "and Obama added that the economy was growing."
    )
    names_found = {local for _, local in _local_names(nlp, text).values()}
    assert "Denouncing Obama" not in names_found
    assert "Obama" in names_found


def test_a_full_name_typed_org_joins_the_person(tmp_path: Path, link_together):
    store = Store(str(tmp_path / "x.db"))
    linked = link_together(
        store,
        {
            "o1": [("Lester Holt", "ORG")],
            "o2": [("Lester Holt", "PERSON")],
            "o3": [("Morgan Stanley", "ORG")],
        },
    )
    store.close()
    assert linked[("o1", "Lester Holt")] == linked[("o2", "Lester Holt")]
    assert linked[("o1", "Lester Holt")].startswith("person-")
    assert linked[("o3", "Morgan Stanley")].startswith("org-")  # no person of that name


def test_bare_surname_goes_to_the_far_more_salient_bearer(tmp_path: Path, link_together):
    store = Store(str(tmp_path / "x.db"))
    articles = {f"t{i}": [("Donald Trump", "PERSON")] for i in range(6)}
    articles["i1"] = [("Ivanka Trump", "PERSON")]
    articles["z1"] = [("Trump", "PERSON")]
    linked = link_together(store, articles)
    store.close()
    assert linked[("z1", "Trump")] == linked[("t0", "Donald Trump")]
    assert linked[("z1", "Trump")] != linked[("i1", "Ivanka Trump")]


def test_a_title_before_a_name_is_not_a_namesake(nlp):
    text = (
        "Judge Brett Kavanaugh testified on Thursday. Senators called him Judge Kavanaugh, and "
        "Judge Kavanaugh denied it. Mark Judge, his friend, did not appear."
    )
    found = _local_names(nlp, text)
    judges = [local for written, local in found.values() if local == "Mark Judge"]
    assert judges == ["Mark Judge"]  # only his own mention
    assert all(local == "Brett Kavanaugh" for written, local in found.values() if "Kavanaugh" in written)


def test_a_surname_typed_org_joins_the_far_more_salient_person(tmp_path: Path, link_together):
    store = Store(str(tmp_path / "x.db"))
    articles = {f"h{i}": [("Lester Holt", "PERSON")] for i in range(4)}
    articles |= {f"f{i}": [("Ford", "ORG")] for i in range(4)}  # the company, often
    articles |= {"p1": [("Gerald Ford", "PERSON")], "o1": [("Holt", "ORG")], "o2": [("Ford", "ORG")]}
    linked = link_together(store, articles)
    store.close()
    assert linked[("o1", "Holt")] == linked[("h0", "Lester Holt")]
    assert linked[("o2", "Ford")] == linked[("f0", "Ford")] != linked[("p1", "Gerald Ford")]


def test_every_real_people_set_lists_people_with_forms_and_articles():
    import json

    from newsprism.evaluation.real_people import PEOPLE_SETS

    for path in PEOPLE_SETS:
        gold = json.loads(path.read_text("utf-8"))
        listed = set(gold["articles"])
        assert gold["people"] and set(gold["distractors"]) <= listed
        for person in gold["people"]:
            assert person["forms"] and person["articles"], person["name"]
            assert set(person["articles"]) <= listed, person["name"]
