"""Storylines: a headline word among a story's heaviest terms is shared like an actor
(``storyline_topic_words``), and a name key keeps its generational suffix (``suffixed_surnames``).
Invented stories and names."""

from __future__ import annotations

from types import SimpleNamespace

from newsprism.stories import storylines
from newsprism.stories.features import entity_keys
from newsprism.stories.state import Profile


def _story(story_id: str, day: str, title: str, vector: dict[str, float]) -> Profile:
    return Profile(
        story_id, 0, 0, size=1, vector=vector, title=title, first_published=day, last_published=day
    )


def _batch() -> SimpleNamespace:
    config = SimpleNamespace(
        storyline_gap_days=7,
        storyline_actor_idf=0.0,
        storyline_prior_articles=0,
        storyline_threshold=0.1,
        storyline_common_actor_share=0.0,
        storyline_topic_threshold=0.0,
    )
    return SimpleNamespace(config=config)


def _blackout_stories() -> tuple[Profile, Profile]:
    # one blackout, two days, no person or organisation named by both
    first = _story(
        "s1",
        "2031-03-02",
        "Regulators blame Velmar Power as blackout spreads",
        {"blackout": 3.0, "regulators": 2.0, "velmar": 1.5, "@org:velmar power": 1.0},
    )
    second = _story(
        "s2",
        "2031-03-03",
        "Blackout enters third day as mayor pleads for calm",
        {"blackout": 2.8, "mayor": 2.0, "calm": 1.0, "@p:ostrowska": 1.0},
    )
    return first, second


def test_a_shared_headline_topic_relates_stories_sharing_no_actor():
    first, second = _blackout_stories()
    with_topics = storylines._Looks(topics=True)
    assert "blackout" in with_topics.actors_of(first) and "blackout" in with_topics.actors_of(second)
    assert storylines._related(_batch(), first, second, with_topics)
    assert not storylines._related(_batch(), first, second, storylines._Looks(topics=False))


def test_a_topic_word_must_be_among_the_heaviest_terms():
    first, _ = _blackout_stories()
    light = {f"word{i}": 5.0 for i in range(storylines.SALIENT_TERMS)} | {"blackout": 0.1}
    buried = _story("s3", "2031-03-03", "Blackout enters third day", light)
    assert "blackout" not in storylines._Looks(topics=True).actors_of(buried)
    assert "blackout" in storylines._Looks(topics=True).actors_of(first)


def test_a_generational_suffix_stays_with_its_surname():
    talbot = entity_keys("PERSON", "Corwin Talbot Jr.", None, suffixed=True)
    assert talbot == ["@p:talbot jr"]
    assert entity_keys("PERSON", "Edda Marsh, Jr.", None, suffixed=True) != talbot
    assert entity_keys("PERSON", "Corwin Talbot Jr.", None) == ["@p:jr"]  # the old key, still the default
    assert entity_keys("PERSON", "Corwin Talbot", None, suffixed=True) == ["@p:talbot"]
