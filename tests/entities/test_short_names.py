"""A bare surname under a role its full-name bearer was not introduced with is not theirs."""

from __future__ import annotations

from newsprism.entities.mentions import extract_mentions
from newsprism.models import Article

TEXT = (
    "The summit opened on Thursday, where first lady Mara Velt said she is proud of the work. "
    "Although he had not been expected to take part, President Velt briefly joined the event. "
    "It featured Cabinet members, along with Mrs. Velt and other guests."
)


def test_a_surname_under_another_role_is_left_to_the_linker(nlp):
    mentions = extract_mentions(nlp(TEXT), Article(article_id="a1", source="t", text=TEXT))
    velts = {m.start: m for m in mentions if m.label == "PERSON" and "Velt" in m.text}
    president = next(m for m in velts.values() if TEXT[m.start - 10 : m.start].strip() == "President")
    mrs = next(m for m in velts.values() if TEXT[m.start - 5 : m.start].strip() == "Mrs.")
    assert president.local_name != "Mara Velt"
    assert mrs.local_name == "Mara Velt"  # an honorific fits her


def test_a_title_ending_an_opening_phrase_is_not_the_role_of_the_subject_after_it(nlp):
    text = "At a news conference with the Australian prime minister, Velt sang his praises."
    mentions = extract_mentions(nlp(text), Article(article_id="a2", source="t", text=text))
    velt = next(m for m in mentions if m.text == "Velt")
    assert not any("minister" in r for r in velt.roles)
    text = "Talks began on Monday with his Ukrainian counterpart, Mara Velt, in Kyiv."
    mentions = extract_mentions(nlp(text), Article(article_id="a3", source="t", text=text))
    assert any("counterpart" in r for m in mentions if m.text == "Mara Velt" for r in m.roles)


def test_a_city_or_an_outlet_is_no_mistyped_surname():
    """ "Washington" (a city that is also a given name) and "Bloomberg" (an outlet) typed GPE/ORG
    never join a person of that surname across articles; an unknown one-word name may."""
    from newsprism.entities.bearers import surname_shaped

    assert not surname_shaped("GPE", "Washington")
    assert not surname_shaped("ORG", "Bloomberg")
    assert surname_shaped("ORG", "Holt")


def test_a_title_of_office_tells_people_of_one_surname_apart():
    """ "President" is on the honorifics list (stripped from names) but is a title of office: role
    comparisons keep it; "Mr." and "Dr." say nothing of an office."""
    from newsprism.people import role_words

    assert role_words.role_cues(["President", "Mr.", "Dr."])[1] == {"president"}


def test_a_name_the_batch_types_as_a_place_far_more_often_stays_the_place(tmp_path):
    """A caption's "Albemarle Charlottesville" typed PERSON does not take the city that the batch
    types GPE far more often than the person is named."""
    from newsprism.entities import link_articles
    from newsprism.models import Article, Extraction, Mention
    from newsprism.store.store import Store

    store = Store(str(tmp_path / "x.db"))
    found = {
        "a0": [
            ("Albemarle Charlottesville", "PERSON"),
            ("Charlottesville", "PERSON"),
            ("Charlottesville", "PERSON"),
        ]
    }
    found |= {f"a{n}": [("Charlottesville", "GPE")] * 2 for n in range(1, 6)}
    for article_id, items in found.items():
        mentions = [
            Mention(
                article_id,
                text,
                30 * n,
                30 * n + len(text),
                label,
                local_name=text,
                mention_id=f"{article_id}:m{n}",
            )
            for n, (text, label) in enumerate(items)
        ]
        store.save_article(
            Article(article_id=article_id, source=article_id, text="x" * 100), Extraction(mentions=mentions)
        )
    link_articles(store, list(found))
    types = {m.entity_id for m in store.mentions() if m.label == "GPE"}
    assert [e.type for e in store.entities(ids=sorted(types))] == ["GPE"]
    store.close()
