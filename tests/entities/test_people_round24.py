"""Issue 17 items 2, 3 and 5 (people45): a family name first and a given name that is a pronoun's
word ("Vice Premier Zhao He"); a place's name that is a lawmaker's surname in an article naming him;
a given name the model left out of a name it typed a product; a title ending an opening clause is
no role of the subject; a bare surname under a sole office's title that the one relative named in
full never holds is left to the linker (invented articles, real model, real SQLite)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.entities import extract_mentions, link_articles
from newsprism.models import Article, Extraction
from newsprism.store.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(str(tmp_path / "round24.db"))


def _people(nlp, text: str) -> list[tuple[str, str, list[str]]]:
    article = Article(article_id="a", source="a.txt", text=text, outlet="out")
    return [
        (m.text, m.local_name, m.roles) for m in extract_mentions(nlp(text), article) if m.label == "PERSON"
    ]


def _linked(store: Store, nlp, texts: dict[str, str]) -> dict[tuple[str, str], str]:
    for article_id, text in texts.items():
        article = Article(
            article_id=article_id, source=f"{article_id}.txt", text=text, outlet=f"o-{article_id}"
        )
        store.save_article(article, Extraction(mentions=extract_mentions(nlp(text), article)))
    link_articles(store, list(texts))
    names = {e.entity_id: e.name for e in store.entities()}
    return {(m.article_id, f"{m.start}:{m.text}"): names.get(m.entity_id, "") for m in store.mentions()}


def test_a_given_name_written_like_a_pronoun_stays_in_the_name(nlp):
    found = _people(nlp, "The talks with Vice Premier Zhao He ended on Friday. Zhao later told reporters so.")
    assert ("Zhao He", "Zhao He") in [(text, local) for text, local, _ in found]
    assert ("Zhao", "Zhao He") in [(text, local) for text, local, _ in found]


def test_a_pronoun_after_a_name_across_a_full_stop_is_no_name(nlp):
    found = _people(nlp, "The committee heard Tom Reyes. He said nothing new.")
    assert [text for text, _, _ in found] == ["Tom Reyes"]


def test_a_places_name_acting_as_a_named_lawmakers_surname_is_him(nlp):
    found = _people(
        nlp,
        "The panel heard Rep. Tom Jordan on Monday. Jordan asked the witness about the loans. "
        "The witness told Jordan that he was wrong. Jordan said the hearing was a sham.",
    )
    assert [local for text, local, _ in found if text == "Jordan"] == ["Tom Jordan"] * 3


def test_the_country_stays_a_place_where_it_acts_as_one(nlp):
    found = _people(
        nlp,
        "King Abdullah of Jordan met the envoy. Jordan said it would not accept refugees. "
        "Rep. Tom Jordan disagreed. The Jordanian army was ready.",
    )
    assert [text for text, _, _ in found if text == "Jordan"] == []


def test_a_title_ending_an_opening_clause_is_no_role_of_the_subject(nlp):
    text = "After the summit, where he became the first mayor to meet a Danish leader, Reyes tweeted a claim."
    article = Article(article_id="a", source="a.txt", text=text, outlet="out")
    assert all("Danish leader" not in m.roles for m in extract_mentions(nlp(text), article))


def test_a_title_apposition_keeps_its_role(nlp):
    found = _people(nlp, "He met his Danish counterpart, Tom Reyes, on Friday.")
    assert ("Tom Reyes", ["Danish counterpart"]) in [(text, roles) for text, _, roles in found]


def test_a_sole_office_over_a_relatives_surname_goes_to_the_office_holder(nlp, store):
    linked = _linked(
        store,
        nlp,
        {
            "a1": "President Gregory Venn spoke on Monday. Venn said the deal was done. Venn left early.",
            "a2": "Several guests came, including Marla Venn and Tom Reyes. President Venn recorded a video.",
        },
    )
    in_a2 = {text.split(":", 1)[1]: name for (article, text), name in linked.items() if article == "a2"}
    assert in_a2["Venn"] == "Gregory Venn"
    assert in_a2["Marla Venn"] == "Marla Venn"


def test_a_given_name_the_model_typed_a_product_with_the_surname_is_kept(nlp):
    """The model's label is set by hand (the small model types some rare given names PRODUCT with
    the surname after them); the repairs then run on the real parse."""
    from spacy.tokens import Span

    from newsprism.nlp.entity_repairs import DEFAULT_LABELS, repaired_entities, write_repairs

    doc = nlp("Gregory Venn spoke on Monday. Several guests came, including Zorla Venn and Tom Reyes.")
    words = [t.text for t in doc]
    at = words.index("Zorla")
    doc.ents = [e for e in doc.ents if e.start > at + 1 or e.end <= at] + [
        Span(doc, at, at + 2, label="PRODUCT")
    ]
    write_repairs(doc, frozenset(DEFAULT_LABELS))
    people = [e.text for e in repaired_entities(doc) if e.label_ == "PERSON"]
    assert "Zorla Venn" in people
    assert "Venn" not in people


def test_a_sentences_opening_adverb_is_no_part_of_a_name(nlp):
    """ "Later X and Y met": the model's ORG over the adverb and two surnames is set by hand (as the
    small model gives it for well-known surnames); the repairs then run on the real parse."""
    from spacy.tokens import Span

    from newsprism.nlp.entity_repairs import DEFAULT_LABELS, repaired_entities, write_repairs

    doc = nlp("Tom Reyes and Anna Fox spoke on Monday. Later Reyes and Fox met the donors.")
    at = [t.text for t in doc].index("Later")
    doc.ents = [e for e in doc.ents if e.end <= at] + [Span(doc, at, at + 4, label="ORG")]
    write_repairs(doc, frozenset(DEFAULT_LABELS))
    found = [(e.text, e.label_) for e in repaired_entities(doc) if e.start >= at]
    assert found == [("Reyes", "PERSON"), ("Fox", "PERSON")]


def test_a_last_word_mistyped_by_one_letter_joins_the_office_holder(nlp, store):
    linked = _linked(
        store,
        nlp,
        {
            "a1": "Chinese President Wang Tielong met the envoy on Monday. Wang said talks would go on.",
            "a2": "The visit of Chinese President Wang Fielong to Paris was cut short on Tuesday, officials said.",
        },
    )
    people = {text.split(":", 1)[1]: name for (_, text), name in linked.items()}
    assert people["Wang Fielong"] == people["Wang Tielong"]


def test_names_one_letter_apart_without_a_shared_office_stay_apart(nlp, store):
    linked = _linked(
        store,
        nlp,
        {
            "a1": "Mayor Tom Hallward opened the bridge on Monday. Hallward said it was safe.",
            "a2": "Coach Tom Callward praised the team after the game on Tuesday.",
        },
    )
    people = {text.split(":", 1)[1]: name for (_, text), name in linked.items()}
    assert people["Tom Hallward"] != people["Tom Callward"]


def test_a_given_name_written_like_a_pronoun_ending_a_sentence_stays_in_the_name(nlp):
    found = _people(
        nlp,
        "He dined with the head of the delegation, Vice Premier Zhao He.\n\nZhao, speaking later, said so.",
    )
    assert "Zhao He" in [text for text, _, _ in found]


def test_a_sole_office_after_a_is_no_title_held(nlp):
    found = _people(
        nlp,
        "Governor Mark Tolley opposes the plan. Such unions would be in the cross hairs of a President Tolley, "
        "critics said. Tolley said so on Monday.",
    )
    assert all("President" not in roles for _, _, roles in found)
    assert {local for _, local, _ in found} == {"Mark Tolley"}
