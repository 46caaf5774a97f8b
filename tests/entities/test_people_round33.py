"""Issue 17's thirty-third people round (read from the unseen24 set's first run): a bare surname the
article writes under "Mr." or an office before it names a woman of that surname in full is not
surely hers ("Mr. Dorrance ... Dorrance gained ... Helen Dorrance"); a one-word entity of a surname
written under a sole office ("President Venn", linked before any full name was known) joins the
one person named in full under that office."""

from __future__ import annotations

from pathlib import Path

from newsprism.entities import extract_mentions
from newsprism.models import Article
from newsprism.store.store import Store


def _local_names(nlp, text: str) -> list[tuple[str, str]]:
    article = Article(article_id="a1", source="a1", text=text)
    return [(m.text, m.local_name) for m in extract_mentions(nlp(text), article) if m.label == "PERSON"]


def test_an_untitled_surname_after_mr_is_not_the_wife_named_later(nlp):
    text = (
        "Polls give Mr. Dorrance a narrow lead over his rival on Monday.\n\n"
        "Mr. Dorrance told supporters in Toledo that the race was close. Analysts said a Dorrance "
        "attack on taxes had worked, and Dorrance gained among women.\n\n"
        "Voters preferred Helen Dorrance to be first lady, 40 percent to 31 percent."
    )
    found = _local_names(nlp, text)
    assert ("Helen Dorrance", "Helen Dorrance") in found
    assert [local for written, local in found if written == "Dorrance"] == ["Dorrance"] * 4


def test_an_article_about_the_wife_keeps_her_bare_surname(nlp):
    text = (
        "Helen Dorrance spoke to nurses in Toledo on Monday.\n\n"
        "Dorrance told them the hospital would stay open. Later Mr. Dorrance joined her on stage."
    )
    found = _local_names(nlp, text)
    assert ("Dorrance", "Helen Dorrance") in found  # she is named first: the article is about her


def test_a_titled_one_word_entity_joins_the_one_office_holder_named_in_full(tmp_path: Path, link_each):
    store = Store(str(tmp_path / "x.db"))
    linked = link_each(
        store,
        {
            "a1": [("Venn", "PERSON", "President"), ("Venn", "PERSON", "President"), ("Venn", "PERSON")],
            "a2": [("Gregory Venn", "PERSON")],  # no title: not yet known to be the president
            "a3": [("Marla Venn", "PERSON", "first lady")],
            "a4": [("Gregory Venn", "PERSON", "President")],
        },
    )
    assert linked[("a1", "Venn")] == linked[("a2", "Gregory Venn")] == linked[("a4", "Gregory Venn")]
    assert linked[("a3", "Marla Venn")] != linked[("a1", "Venn")]
    names = {e.entity_id: e.name for e in store.entities()}
    assert names[linked[("a1", "Venn")]] == "Gregory Venn"
    store.close()


def test_a_titled_one_word_entity_stays_apart_when_two_holders_are_named(tmp_path: Path, link_each):
    store = Store(str(tmp_path / "x.db"))
    linked = link_each(
        store,
        {
            "a1": [("Venn", "PERSON", "President"), ("Venn", "PERSON", "President"), ("Venn", "PERSON")],
            "a2": [("Gregory Venn", "PERSON")],
            "a3": [("Harold Venn", "PERSON", "President")],  # an earlier president of that name
            "a4": [("Gregory Venn", "PERSON", "President")],
        },
    )
    assert linked[("a1", "Venn")] != linked[("a4", "Gregory Venn")]
    store.close()
