"""Names an analyst reading real news would not accept as people (the June 2020 read): entries of a
table of damaged shops, streets, laws named after a person, a role written in capitals, an outlet's
own name; and a regnal name ("Pope Francis") that never joins someone of that surname."""

from __future__ import annotations

from newsprism.entities import extract_mentions, link_articles
from newsprism.entities.name_repair import repair_mentions
from newsprism.models import Article, Extraction, Mention
from newsprism.nlp.entity_lists import non_person_label
from newsprism.nlp.label_lists import label_ranges
from newsprism.store.store import Store

TABLE = (
    "Businesses damaged in the unrest, as listed by the city:\n\n"
    "– Kmart Nicollet: Property damage, looting.\n\n"
    "– Office Depot Nicollet: Property damage, looting, flooding.\n\n"
    "– Timberland Uptown: Property damage, looting.\n\n"
    "– Nepp & Hackert Law Firm West Lake Street: Property damage.\n\n"
    "– Chinn Midway: Property damage, graffiti.\n\n"
    "– Walgreens Hennepin: Destroyed by fire.\n"
)


def _people(nlp, text: str, outlet: str | None = None) -> dict[str, str]:
    """Written text -> the repaired local name of every PERSON mention."""
    article = Article(article_id="a1", source="a1.txt", text=text, outlet=outlet)
    mentions = repair_mentions(extract_mentions(nlp(text), article))
    return {m.text: m.local_name for m in mentions if m.label == "PERSON"}


def test_entries_of_a_table_of_shops_are_no_people(nlp):
    people = _people(nlp, TABLE)
    for word in ("Kmart", "Nicollet", "Timberland", "Uptown", "Hackert", "Midway", "Walgreens"):
        assert not any(word in text or word in local for text, local in people.items()), word


def test_a_list_of_reactions_is_no_table(nlp):
    text = (
        "Reactions:\n\n– Pelosi: “We will act.”\n\n– McConnell: “The Senate will wait.”\n\n"
        "– Schumer: “Not enough.”\n\n– Cotton: “Send in the troops.”\n\n– Romney: “I stand with them.”\n"
    )
    assert label_ranges(nlp(text)) == []


def test_a_name_before_a_street_word_or_a_law_noun_is_no_person(nlp):
    text = (
        "Evan was detained under the Baker Act. Use of the Baker Act is common: to get Baker Acted. "
        "Protesters marched down Nicollet Avenue and along East Lake Street on Friday."
    )
    people = _people(nlp, text)
    assert not any("Baker" in t or "Nicollet" in t or "Lake" in t for t in people), people


def test_roles_in_capitals_and_weak_given_names_before_place_words_are_no_people(nlp):
    assert non_person_label("Army Ranger") == ""
    assert non_person_label("Police Officer") == ""
    assert non_person_label("Hope Hicks") is None and non_person_label("Rand Paul") is None
    assert non_person_label("Army") == "ORG"
    text = "McCarthy, a former Army Ranger, spoke as protesters were cleared from Lafayette Park on Monday."
    people = _people(nlp, text)
    assert "Army Ranger" not in people and "Lafayette Park" not in people


def test_plural_titles_and_participles_are_cut_from_a_name(nlp):
    text = (
        "Echoing Biden, the senator spoke. Joe Biden agreed on Tuesday. Officers Chauvin and Lane were "
        "charged. Derek Chauvin was fired."
    )
    people = _people(nlp, text)
    assert "Echoing Biden" not in people and "Officers Chauvin" not in people
    assert people.get("Biden") == "Joe Biden" and people.get("Chauvin") == "Derek Chauvin"


def test_the_articles_own_outlet_is_no_person_with_a_title_cut_off(nlp):
    text = (
        "Records shared with Mother Jones show frequent emails. (Mother Jones requested comment.) "
        "As Mother Jones reported earlier this year, the clinic got a grant."
    )
    people = _people(nlp, text, outlet="Mother Jones")
    assert not any("Jones" in t for t in people), people


def _link(store: Store, article_id: str, items: list[tuple[str, list[str], str]]) -> None:
    mentions = [
        Mention(article_id, text, 40 * n, 40 * n + len(text), "PERSON", local_name=local, roles=roles,
                mention_id=f"{article_id}:m{n}")
        for n, (text, roles, local) in enumerate(items)
    ]  # fmt: skip
    store.save_article(
        Article(article_id=article_id, source=article_id, text="x" * 400), Extraction(mentions)
    )
    link_articles(store, [article_id])


def _entity_name(store: Store, article_id: str) -> set[str]:
    ids = {m.entity_id for m in store.mentions(article_ids=[article_id])}
    return {e.name for e in store.entities() if e.entity_id in ids}


def test_a_regnal_name_never_joins_a_person_of_that_surname(tmp_path):
    store = Store(str(tmp_path / "x.db"))
    _link(
        store,
        "a1",
        [("Christina Francis", ["Dr."], "Christina Francis"), ("Francis", [], "Christina Francis")],
    )
    _link(store, "a0", [("Francis Rooney", ["Rep."], "Francis Rooney")])
    _link(store, "a2", [("Francis", ["Pope"], "Francis"), ("Francis", [], "Francis")])
    _link(store, "a3", [("Christina Francis", [], "Christina Francis")])
    assert _entity_name(store, "a2") == {"Francis"}
    assert _entity_name(store, "a3") == {"Christina Francis"}
    christina = next(e for e in store.entities() if e.name == "Christina Francis")
    assert "Pope" not in christina.roles


def test_religions_and_plural_organisation_heads_are_no_people():
    from newsprism.entities.name_repair import not_person_type

    assert not_person_type("Catholic") == "NORP" and not_person_type("Evangelicals") == "NORP"
    assert non_person_label("Catholic Charities") == "ORG"
    assert non_person_label("Jim Banks") is None  # a surname, not "banks"


def test_a_role_naming_another_person_is_no_role():
    from newsprism.entities.name_repair import clean_roles

    roles = ["Former 2020 Democratic presidential candidate Julian Castro", "playwright", "CEO of Goya Foods"]
    assert clean_roles(roles) == ["playwright", "CEO of Goya Foods"]
    assert clean_roles(["Read Judge", "key adviser"]) == ["Judge", "key adviser"]  # a link's word cut
    kept = ["Los Angeles Mayor", "physician at VA Ann Arbor"]  # a place that starts with a given name
    assert clean_roles(kept) == kept


def test_a_law_named_after_someone_and_a_shop_named_after_a_city_are_no_people(nlp):
    """The March 2020 read's kinds: a name used for a law ("Hollister protections" beside "the
    Hollister Amendment"), a city joined to a restaurant named after it, and "fellow African
    Americans" were people."""
    text = (
        "The package had no Hollister protections, aides said. The Hollister Amendment bars federal "
        "money for the procedure, and Senator Dana Whitcombe defended the Hollister Amendment on "
        "Friday.\n\nThe mayor of Lisbon thanked the town. Its sister city is Lisbon, Portugal. When "
        "Lisbon Bistro, a restaurant, reopened, a crowd came. Whitcombe admits an uphill battle in "
        "wooing fellow African Americans."
    )
    people = _people(nlp, text)
    assert "Dana Whitcombe" in people.values()
    for word in ("Hollister", "Lisbon", "African", "Americans"):
        held = [written for written, local in people.items() if word in written.split() + local.split()]
        assert not held, (word, people)


def test_a_person_named_after_a_place_or_a_law_stays_a_person(nlp):
    text = (
        "Sen. Walter Hollister wrote the Hollister Amendment in 1976. Hollister said it would stand. "
        "Jordan Ellis flew to Jordan and then to Amman, Jordan. Ellis said the talks went well.\n\n"
        "The Harlan-era rules stayed, Park Min-jun said."
    )
    people = _people(nlp, text)
    assert {"Walter Hollister", "Jordan Ellis", "Park Min-jun"} <= set(people.values()), people


def test_a_common_word_heading_a_title_is_no_person(nlp):
    """ "Mind the Gap" (a donor network): the model types "Mind" PERSON; a common word before "the"
    and a capitalised word is a title's first word."""
    text = (
        "Mind the Gap, a network formed two years ago, has been routing money to candidates. Mind the "
        'Gap pitched donors on a model in 2018.\n\n"It felt like a silver bullet," the person '
        "affiliated with Mind the Gap told reporters. By the end of the cycle, Mind the Gap had "
        "convinced 800 people to give. Barbara Fried leads the group."
    )
    people = _people(nlp, text)
    assert "Mind" not in people
    assert "Barbara Fried" in people


def test_a_given_name_before_the_and_a_word_stays_a_person():
    from newsprism.nlp.entity_lists import heads_a_title

    class _Token:
        def __init__(self, text):
            self.text, self.is_title = text, text[:1].isupper() and text[1:].islower()

    class _Doc(list):
        ents = ()

    doc = _Doc(_Token(w) for w in "Alexander the Great ruled".split())
    assert not heads_a_title(doc, 0, 1)
    doc = _Doc(_Token(w) for w in "Mind the Gap pitched".split())
    assert heads_a_title(doc, 0, 1)


def test_a_given_name_typed_a_place_that_speaks_or_is_someones_wife_is_a_person(nlp):
    """The model types a lone "Galina" GPE; "Galina said" and "his wife, Galina," show a person, so
    every "Galina" of the article is one; a city named like a person ("Orlando") stays a place."""
    text = (
        "Then Galina took the stage in Cleveland. Galina said she wrote the speech herself. "
        "Critics said Galina had copied it.\n\nThe flags flew at half-staff in Orlando."
    )
    article = Article(article_id="a1", source="a1.txt", text=text)
    labels = [(m.text, m.label) for m in extract_mentions(nlp(text), article)]
    assert [label for name, label in labels if name == "Galina"] == ["PERSON"] * 3
    assert ("Orlando", "PERSON") not in labels
