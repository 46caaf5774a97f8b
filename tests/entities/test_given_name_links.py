"""entities.linking with entities.bearers: "Don Jr." (a given name and a suffix) finds the person
of that given name and suffix; a full name does not take over a one-word entity whose mentions
say it is someone else ("Mr. Trump" is no "first lady Melania Trump")."""

from __future__ import annotations

from newsprism.entities.mentions import extract_mentions
from newsprism.models import Article
from newsprism.people import names
from newsprism.store.store import Store


def _entity_of(store: Store, article_id: str, text: str) -> str:
    ids = {m.entity_id for m in store.mentions(article_ids=[article_id]) if m.text == text}
    assert len(ids) == 1
    (entity_id,) = ids
    return next(e.name for e in store.entities() if e.entity_id == entity_id)


def test_a_given_name_with_a_suffix_finds_the_person_of_that_given_name_and_suffix(tmp_path, link_batches):
    store = Store(str(tmp_path / "x.db"))
    link_batches(
        store,
        [
            {"a1": [("Donald Trump Jr.", []), ("Donald Trump", ["President"]), ("Don McGahn", [])]},
            {"a2": [("Don Jr.", []), ("Don Jr.", [])]},
        ],
    )
    assert _entity_of(store, "a2", "Don Jr.") == "Donald Trump Jr."


def test_a_given_name_with_a_suffix_is_compatible_only_with_that_suffix():
    don_jr = names.parse_person("Don Jr.")
    assert names.compatible(don_jr, names.parse_person("Donald Trump Jr."))
    assert not names.compatible(don_jr, names.parse_person("Don McGahn"))
    assert not names.compatible(names.parse_person("Don"), names.parse_person("Donald Trump"))


def test_a_full_name_does_not_take_over_a_one_word_entity_of_the_other_gender(tmp_path, link_batches):
    store = Store(str(tmp_path / "x.db"))
    link_batches(
        store,
        [
            {"a1": [("Trump", ["President"]), ("Trump", ["Mr."])]},
            {"a2": [("Melania Trump", ["first lady"]), ("Trump", ["Mrs."])]},
        ],
    )
    assert _entity_of(store, "a1", "Trump") != _entity_of(store, "a2", "Melania Trump")


def test_a_full_name_still_completes_a_one_word_entity_that_fits(tmp_path, link_batches):
    store = Store(str(tmp_path / "x.db"))
    link_batches(store, [{"a1": [("Xi", ["President"])]}, {"a2": [("Xi Jinping", ["President"])]}])
    assert _entity_of(store, "a1", "Xi") == _entity_of(store, "a2", "Xi Jinping")


def test_a_nickname_of_a_variant_given_name_joins_the_formal_name():
    """ "Jerry Nadler" and "Jerrold Nadler": the nickname table (data) lists Jerrold with Gerald."""
    assert names.compatible(names.parse_person("Jerry Nadler"), names.parse_person("Jerrold Nadler"))


def test_a_bare_surname_under_a_title_is_not_given_to_a_relative_who_does_not_hold_it(tmp_path, link_batches):
    """ "President Trump" in a batch where the only Trump named in full is "first lady Melania
    Trump" stays with the one-word entity met before; "Mrs. Trump" is hers."""
    store = Store(str(tmp_path / "x.db"))
    link_batches(
        store,
        [
            {"a1": [("Trump", ["President"])]},
            {
                "a2": [("Melania Trump", ["first lady"]), ("Trump", ["President"])],
                "a3": [("Trump", ["President"])],
            },
        ],
    )
    assert _entity_of(store, "a2", "Melania Trump") == "Melania Trump"
    assert _entity_of(store, "a3", "Trump") != "Melania Trump"
    assert _entity_of(store, "a1", "Trump") != "Melania Trump"


def test_a_relative_named_as_someones_bears_that_familys_name_in_either_order(tmp_path, link_batches):
    """ "Mr. Vole's brother Andrew" is a Vole: never the candidate "Andrew Lark" named elsewhere,
    whichever article is linked first; "Mr. Kade's wife Dana" may be "Dana Kade"."""
    famous = {"a1": [("Andrew Lark", ["Candidate"]), ("Dana Kade", ["Senator"])]}
    relatives = {"a2": [("Andrew", ["Mr. Vole's brother"]), ("Dana", ["Mr. Kade's wife"])]}
    for n, batches in enumerate([[famous, relatives], [relatives, famous]]):
        store = Store(str(tmp_path / f"x{n}.db"))
        link_batches(store, batches)
        assert _entity_of(store, "a2", "Andrew") == "Andrew"
        assert _entity_of(store, "a1", "Andrew Lark") == "Andrew Lark"
        assert _entity_of(store, "a2", "Dana") == "Dana Kade"


def test_a_title_on_a_bare_surname_is_not_the_suffixed_namesakes(nlp):
    """ "President Hallow" in an article that names only "Tom Hallow Jr." in full is the father,
    the president: the son holds no such title here, so the article leaves the bare name to the
    linker; "Hallow Jr." stays the son's."""
    text = (
        "Student leader Ann Dole met Tom Hallow Jr. on Monday. Hallow Jr. praised the group. "
        "The group raised money for President Hallow's campaign, and President Hallow thanked them."
    )
    found = extract_mentions(nlp(text), Article(article_id="a", source="a", text=text))
    local = {(m.text, m.start): m.local_name for m in found if m.label == "PERSON"}
    titled = [name for (written, _), name in local.items() if written == "Hallow"]
    assert titled and all(name != "Tom Hallow Jr." for name in titled)
    assert any(written == "Hallow Jr." and name == "Tom Hallow Jr." for (written, _), name in local.items())


def test_a_lone_given_name_is_not_everyone_of_that_given_name_in_either_order(tmp_path, link_batches):
    """ "William" of another article (a name the model cut short, a foundation's name) is not
    "Bill Clinton", whose writers never call him "William" alone, whichever is linked first."""
    famous = {"a1": [("Bill Clinton", ["former President"]), ("Clinton", [])]}
    lone = {"a2": [("William", ["Gen."])]}
    for n, batches in enumerate([[famous, lone], [lone, famous], [{**famous, **lone}]]):
        store = Store(str(tmp_path / f"x{n}.db"))
        link_batches(store, batches)
        assert _entity_of(store, "a2", "William") == "William"
        assert _entity_of(store, "a1", "Bill Clinton") == "Bill Clinton"


def test_a_lone_given_name_writers_use_for_the_person_still_finds_the_person(tmp_path, link_batches):
    """ "Kamala" alone in another article is Kamala Harris when writers call her "Kamala"."""
    store = Store(str(tmp_path / "x.db"))
    link_batches(
        store,
        [
            {"a1": [("Kamala Harris", ["Senator"]), ("Kamala", [], "Kamala Harris")]},
            {"a2": [("Kamala", [])]},
        ],
    )
    assert _entity_of(store, "a2", "Kamala") == "Kamala Harris"


def test_a_lone_given_name_named_as_someones_relative_is_not_a_stranger_of_that_given_name(
    tmp_path, link_batches
):
    """ "his wife, Jill" of another article is no "Jill Marrow", a candidate no article calls
    anyone's relative nor "Jill" alone; a lone given name under a kin role still finds a person
    known as a relative, or one writers call by that given name."""
    store = Store(str(tmp_path / "x.db"))
    link_batches(
        store,
        [
            {"a1": [("Jill Marrow", ["Green Party candidate"]), ("Marrow", [], "Jill Marrow")]},
            {"a2": [("Tom Vole", ["former Vice President"]), ("Jill", ["wife"])]},
            {"a3": [("Dana Kade", ["wife"]), ("Dana", [], "Dana Kade")]},
            {"a4": [("Dana", ["wife"])]},
            {"a5": [("Mila Stroud", ["first lady"]), ("Mila", [], "Mila Stroud")]},
            {"a6": [("Mila", ["wife"])]},
        ],
    )
    assert _entity_of(store, "a2", "Jill") != "Jill Marrow"
    assert _entity_of(store, "a4", "Dana") == "Dana Kade"
    assert _entity_of(store, "a6", "Mila") == "Mila Stroud"


def test_a_full_name_nobody_calls_by_its_given_name_does_not_take_over_someones_relative(
    tmp_path, link_batches
):
    """The other order: "his wife, Jill" linked first is not taken over by "Jill Marrow", whose
    article never writes "Jill" alone; "Mila Stroud", whose article calls her "Mila", takes over
    "his wife, Mila"."""
    store = Store(str(tmp_path / "x.db"))
    link_batches(
        store,
        [
            {"a2": [("Tom Vole", ["former Vice President"]), ("Jill", ["wife"])]},
            {"a1": [("Jill Marrow", ["Green Party candidate"]), ("Marrow", [], "Jill Marrow")]},
            {"a6": [("Mila", ["wife"])]},
            {"a5": [("Mila Stroud", []), ("Mila", [], "Mila Stroud")]},
        ],
    )
    assert _entity_of(store, "a2", "Jill") != "Jill Marrow"
    assert _entity_of(store, "a6", "Mila") == "Mila Stroud"
