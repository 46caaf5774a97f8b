"""A headline word is read against a fixed background table of how often it heads the articles
using it (``stories/topic_words.py``): a storyline's word lowers the topic cosine, a generic
headline word is no topic word. The table is replaced by an invented one; invented stories."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from newsprism.stories import storylines, topic_words
from newsprism.stories.state import Profile

TABLE = {"recall": 0.3, "decade": 0.01}  # share of the articles using the word that it heads
SHIPPED = topic_words._shares  # the shipped table, read before the fixture replaces it


@pytest.fixture(autouse=True)
def _invented_table(monkeypatch):
    monkeypatch.setattr(topic_words, "_shares", lambda: TABLE)


def _story(story_id: str, title: str, vector: dict[str, float]) -> Profile:
    day = "2031-05-04"
    return Profile(
        story_id, 0, 0, size=1, vector=vector, title=title, first_published=day, last_published=day
    )


def _batch(topic_share: float) -> SimpleNamespace:
    config = SimpleNamespace(
        storyline_gap_days=7,
        storyline_actor_idf=0.0,
        storyline_prior_articles=0,
        storyline_threshold=0.1,
        storyline_lone_org_threshold=0.0,
        storyline_common_actor_share=0.0,
        storyline_topic_threshold=0.05,
        storyline_topic_share=topic_share,
    )
    return SimpleNamespace(config=config)


def _pair(word: str) -> tuple[Profile, Profile]:
    vote = _story(
        "s1",
        f"Assembly passes {word} measure",
        {word: 3.0, "@p:varda": 6.0, "@p:osk": 5.0, "ballot": 4.0, "governor": 3.0, "quorum": 4.0},
    )
    column = _story(
        "s2",
        f"Why I changed my mind on the {word}",
        {word: 3.0, "@p:temmel": 6.0, "@p:bruin": 5.0, "farm": 4.0, "childhood": 3.0, "mind": 4.0},
    )
    return vote, column


def test_a_topical_word_lowers_the_cosine_a_generic_one_does_not():
    looks = storylines._Looks(topics=True)
    assert storylines._related(_batch(0.1), *_pair("recall"), looks)
    looks = storylines._Looks(topics=True)
    assert not storylines._related(_batch(0.1), *_pair("decade"), looks)
    looks = storylines._Looks(topics=True)  # the rule off: any unnamed topic word lowers it
    assert storylines._related(_batch(0.0), *_pair("decade"), looks)


def test_a_generic_headline_word_is_no_topic_word():
    vote, _ = _pair("decade")
    assert "decade" in storylines._Looks(topics=True).actors_of(vote)
    assert "decade" not in storylines._Looks(topics=True, generic_share=0.05).actors_of(vote)
    assert "recall" in storylines._Looks(topics=True, generic_share=0.05).actors_of(_pair("recall")[0])


def test_a_topical_headline_word_is_a_topic_word_though_light():
    vote, _ = _pair("recall")
    vote.vector = {f"w{i}": 10.0 for i in range(40)} | {"recall": 0.1}  # not among the heaviest
    assert "recall" not in storylines._Looks(topics=True).actors_of(vote)
    assert "recall" in storylines._Looks(topics=True, headline_share=0.1).actors_of(vote)


def test_the_shipped_table_tells_a_storyline_word_from_a_generic_one():
    real = SHIPPED()
    assert real["impeachment"] > 0.1 > real["decade"]
