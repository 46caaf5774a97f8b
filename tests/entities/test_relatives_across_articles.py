"""entities.linking with entities.bearers: relatives sharing a surname stay apart across articles,
whatever order the articles are linked in."""

from __future__ import annotations

from newsprism.store.store import Store


def _holder(store: Store, article_id: str, n: int):
    (mention,) = [m for m in store.mentions(article_ids=[article_id]) if m.mention_id == f"{article_id}:m{n}"]
    return next((e for e in store.entities() if e.entity_id == mention.entity_id), None)


def test_a_junior_linked_first_does_not_take_a_titled_bare_surname(tmp_path, link_batches):
    """The son's article is linked before any article names the father in full: "President Hallow"
    there (left to the linker by the article) is not the son's, and the father, named in full
    later, holds it."""
    store = Store(str(tmp_path / "x.db"))
    junior = [
        ("Tom Hallow Jr.", [], "Tom Hallow Jr."),
        ("Hallow", [], "Tom Hallow Jr."),
        ("Hallow", ["President"], "Hallow"),
    ]
    father = [("Tom Hallow", ["President"], "Tom Hallow"), ("Hallow", [], "Tom Hallow")]
    link_batches(store, [{"a1": junior}, {"a2": father}])
    son = _holder(store, "a1", 0)
    assert _holder(store, "a1", 1) == son
    assert "President" not in son.roles
    assert _holder(store, "a1", 2) != son
    assert _holder(store, "a1", 2).name == "Tom Hallow" == _holder(store, "a2", 0).name


def test_a_full_name_under_another_title_does_not_take_over_a_titled_one_word_entity(tmp_path, link_batches):
    """ "President Velt", linked before anyone of that surname is named in full, is not the
    "Democratic nominee Mara Velt" of a later article; "former President Tom Velt" is him. A full
    name without a title still takes over a one-word entity."""
    store = Store(str(tmp_path / "t.db"))
    link_batches(
        store,
        [
            {"a1": [("Velt", ["President"], "Velt"), ("Velt", [], "Velt")]},
            {"a2": [("Mara Velt", ["Democratic nominee"], "Mara Velt")]},
            {"a3": [("Tom Velt", ["former President"], "Tom Velt")]},
            {"b1": [("Lark", ["Sen."], "Lark")]},
            {"b2": [("Ana Lark", [], "Ana Lark")]},
        ],
    )
    assert _holder(store, "a2", 0) != _holder(store, "a1", 0) == _holder(store, "a3", 0)
    assert _holder(store, "b1", 0) == _holder(store, "b2", 0)


def test_a_generational_suffix_one_outlet_writes_joins_the_same_office_holder(tmp_path, link_batches):
    """ "Vice President Joseph K. Marlo Jr." in one outlet, "Vice President Joe Marlo" in others:
    one person, whichever article is linked first. "Dan Hallow Jr., the president's son" stays
    apart from President Dan Hallow, and so does a junior the article gives no office."""
    for order in ((0, 1), (1, 0)):
        store = Store(str(tmp_path / f"g{order[0]}.db"))
        articles = [
            {"a1": [("Joseph K. Marlo Jr.", ["Vice President"], "Joseph K. Marlo Jr.")]},
            {"a2": [("Joe Marlo", ["Vice President"], "Joe Marlo"), ("Marlo", [], "Joe Marlo")]},
        ]
        link_batches(store, [articles[i] for i in order])
        assert _holder(store, "a1", 0) == _holder(store, "a2", 0)
    store = Store(str(tmp_path / "late.db"))  # neither had the office when first met: joined later
    link_batches(
        store,
        [
            {"c1": [("Joseph K. Marlo Jr.", ["Vice President"], "Joseph K. Marlo Jr.")]},
            {"c2": [("Joe Marlo", [], "Joe Marlo")]},
            {"c3": [("Joe Marlo", ["Vice President"], "Joe Marlo")]},
        ],
    )
    assert _holder(store, "c1", 0) == _holder(store, "c2", 0) == _holder(store, "c3", 0)
    store = Store(str(tmp_path / "h.db"))
    link_batches(
        store,
        [
            {"b1": [("Dan Hallow", ["President"], "Dan Hallow")]},
            {"b2": [("Dan Hallow Jr.", ["President", "son"], "Dan Hallow Jr.")]},
            {"b3": [("Dan Hallow Jr.", [], "Dan Hallow Jr.")]},
        ],
    )
    assert _holder(store, "b2", 0) != _holder(store, "b1", 0)
    assert _holder(store, "b3", 0) != _holder(store, "b1", 0)
