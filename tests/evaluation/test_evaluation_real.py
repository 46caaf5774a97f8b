"""The real-news scorers (evaluation.real_people, evaluation.real_quotes): the counting rule on
invented text, and the AllSides sets themselves when the shared corpus is present."""

from __future__ import annotations

import json

import pytest

from newsprism.evaluation import real_people, real_quotes
from newsprism.evaluation.allsides import corpus_path
from newsprism.models import Entity, Mention


def test_occurrences_take_the_longest_match_and_respect_word_edges():
    text = "Sheriff Scott Israel said Israel's deputies... Floyds. St. Paul police; Paul said"
    found = real_people.occurrences(text, {"Scott Israel", "Israel", "Scott", "Floyd", "Paul", "St. Paul"})
    assert [o.form for o in found] == ["Scott Israel", "Israel", "St. Paul", "Paul"]


def test_score_counts_a_merge_and_a_split_against_the_person():
    gold = {
        "mask_strings": [],
        "people": [
            {"name": "Ann Lee", "forms": ["Ann Lee", "Lee"], "ambiguous_forms": [], "articles": ["a"]},
            {"name": "Bo Lee", "forms": ["Bo Lee"], "ambiguous_forms": [], "articles": ["a"]},
        ],
    }
    text = "Ann Lee met Bo Lee. Lee left."
    entity = Entity("e1", "Ann Lee", "PERSON")
    mentions = [
        Mention("a", "Ann Lee", 0, 7, "PERSON", entity_id="e1"),
        Mention("a", "Bo Lee", 12, 18, "PERSON", entity_id="e1"),
    ]
    result = real_people.score(gold, {"a": text}, {"a": mentions}, {"e1": entity})
    rows = {r["name"]: r for r in result["rows"]}
    assert rows["Ann Lee"]["share"] == pytest.approx(0.5)  # "Lee" at 20 is held by no entity
    assert not rows["Ann Lee"]["right"] and rows["Ann Lee"]["merged_with"] == ["Bo Lee"]
    assert result["people_right"] == 0 and result["weighted_score"] == 0.0


@pytest.mark.skipif(corpus_path() is None, reason="the shared AllSides corpus is not present")
def test_allsides_quote_set_loads_every_span_and_splits_off_the_held_out_articles():
    articles = real_quotes.load_allsides_gold()
    assert len(articles) == 14 and sum(len(a.quotes) for a in articles) == 289
    for article in articles:
        for quote in article.quotes:
            assert article.text[quote.start : quote.end] == quote.text
    parts = real_quotes.split_held_out(articles)
    assert [len(p) for p in parts.values()] == [10, real_quotes.HELD_OUT]


def test_a_form_skipped_in_an_article_is_not_the_persons_there():
    gold = {
        "mask_strings": [],
        "people": [
            {
                "name": "Ron Hale",
                "forms": ["Ron Hale", "Hale"],
                "ambiguous_forms": [],
                "articles": ["a", "b"],
                "skip_form_articles": {"Hale": ["b"]},
            },
        ],
    }
    found = real_people.gold_mentions(gold, {"a": "Ron Hale. Hale.", "b": "Ron Hale. Hale."})
    assert [(i, o.form) for i, o in found["Ron Hale"]] == [
        ("a", "Ron Hale"),
        ("a", "Hale"),
        ("b", "Ron Hale"),
    ]


def test_a_bodys_fuller_name_is_the_gold_speaker_but_another_name_is_not():
    from newsprism.evaluation.quotes import gold_speaker_ok

    assert gold_speaker_ok("Lindt Chocolat Cafe", "Lindt")
    assert gold_speaker_ok("Obama", "Barack Obama") and gold_speaker_ok(None, None)
    assert not gold_speaker_ok("Lindt", "Lindt Chocolat Cafe")  # a shorter form must end the same
    assert not gold_speaker_ok("Donald Trump Jr.", "Donald Trump")
    assert not gold_speaker_ok("Brexit", "Sturgeon") and not gold_speaker_ok("Kim Jong Un", "Kim Yo Jong")


def test_a_bodys_acronym_is_its_name():
    from newsprism.evaluation.quotes import gold_speaker_ok

    assert gold_speaker_ok("Bureau of Harbour Safety", "BHS") and gold_speaker_ok(
        "BHS", "Bureau of Harbour Safety"
    )
    assert not gold_speaker_ok("Bureau of Harbour Safety", "BHT") and not gold_speaker_ok(
        "Harbour Safety", "HS"
    )


@pytest.mark.skipif(corpus_path() is None, reason="the shared AllSides corpus is not present")
@pytest.mark.parametrize("path", real_people.PEOPLE_SETS)
def test_allsides_people_counts_match_the_set(path):
    gold = json.loads(path.read_text("utf-8"))
    articles = real_people.read_articles(gold["articles"])
    mentions = real_people.gold_mentions(gold, {a.article_id: a.text for a in articles})
    for person in gold["people"]:
        assert len(mentions[person["name"]]) == sum(person["mention_counts"].values()), person["name"]


# Each unseen quote set in the order it was written: articles, quotes, and whether its outlets
# had to be new to every earlier set (from the fourth round on).
UNSEEN_QUOTE_SETS = [
    ("unseen2.jsonl", 5, 65, False),
    ("unseen4.jsonl", 6, 94, True),
    ("unseen5.jsonl", 6, 98, True),  # a repeated phrase ("good friend") is annotated twice
    ("unseen6.jsonl", 9, 157, True),
    ("unseen7.jsonl", 10, 152, True),
    ("unseen8.jsonl", 9, 145, True),
    ("unseen9.jsonl", 12, 231, True),
    ("unseen10.jsonl", 10, 241, True),
    ("unseen11.jsonl", 12, 321, True),
    ("unseen12.jsonl", 10, 197, True),
    ("unseen13.jsonl", 12, 160, True),
    ("unseen14.jsonl", 12, 183, True),
    ("unseen15.jsonl", 9, 206, True),
    ("unseen16.jsonl", 12, 180, False),  # every brand used once: new articles and months
    ("unseen17.jsonl", 12, 152, False),
    ("unseen18.jsonl", 12, 190, False),
    ("unseen19.jsonl", 12, 175, False),
    ("unseen20.jsonl", 12, 188, False),
    ("unseen21.jsonl", 12, 181, False),
]


def _outlet_keys(path):
    lines = path.read_text("utf-8").splitlines()
    return {json.loads(line)["outlet"].split()[0].lower() for line in lines if line.strip()}


@pytest.mark.skipif(corpus_path() is None, reason="the shared AllSides corpus is not present")
@pytest.mark.parametrize(("name", "n_articles", "n_quotes", "new_outlets"), UNSEEN_QUOTE_SETS)
def test_an_unseen_quote_set_loads_every_span_once_in_order(name, n_articles, n_quotes, new_outlets):
    path = real_quotes.DEFAULT_SET.with_name(name)
    articles = real_quotes.load_allsides_gold(path)
    assert len(articles) == n_articles and sum(len(a.quotes) for a in articles) == n_quotes
    for article in articles:
        for quote in article.quotes:
            assert article.text[quote.start : quote.end] == quote.text
        starts = [q.start for q in article.quotes]
        assert starts == sorted(set(starts))
    records = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    assert len({r["outlet"] for r in records}) == n_articles  # one article an outlet
    if new_outlets:
        earlier = ["dev.jsonl", "unseen.jsonl", "unseen3.jsonl"] + [s[0] for s in UNSEEN_QUOTE_SETS]
        earlier = earlier[: earlier.index(name)]
        used = set().union(*(_outlet_keys(path.with_name(other)) for other in earlier))
        assert not _outlet_keys(path) & used


def test_quote_set_article_ids_are_unique_across_sets():
    # the eval pools every split's predictions by article id: a reused id scores one set on another's text
    ids = [
        json.loads(line)["id"]
        for path in sorted(real_quotes.DEFAULT_SET.parent.glob("*.jsonl"))
        for line in path.read_text("utf-8").splitlines()
        if line.strip()
    ]
    assert len(ids) == len(set(ids))


def test_a_link_cards_bracketed_nickname_is_a_name_word():
    from newsprism.evaluation.quotes import gold_speaker_ok

    assert gold_speaker_ok("Tobias (Toby) Arnel Quint", "Toby Quint")
    assert not gold_speaker_ok("Tobias (Toby) Arnel Quint", "Toby Marsh")
    assert not gold_speaker_ok("Toby Quint Jr.", "Toby Quint")
