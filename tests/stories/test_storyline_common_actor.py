"""Two stories sharing only the corpus's commonest actor are related only at a higher centroid
cosine (``storyline_common_actor_share`` / ``_threshold``): a president in most of a week's
articles is no storyline. Invented stories and names."""

from __future__ import annotations

from types import SimpleNamespace

from newsprism.stories import storylines
from newsprism.stories.state import Profile


def _story(story_id: str, day: str, vector: dict[str, float]) -> Profile:
    return Profile(story_id, 0, 0, size=1, vector=vector, title="", first_published=day, last_published=day)


def _batch(share: float, threshold: float = 1.01) -> SimpleNamespace:
    config = SimpleNamespace(
        storyline_gap_days=7,
        storyline_actor_idf=0.0,
        storyline_prior_articles=0,
        storyline_threshold=0.1,
        storyline_lone_org_threshold=0.0,
        storyline_common_actor_share=share,
        storyline_common_actor_threshold=threshold,
        storyline_topic_threshold=0.0,
        storyline_topic_share=0.0,
    )
    return SimpleNamespace(config=config)


def _looks(df: dict[str, int], docs: int) -> storylines._Looks:
    looks = storylines._Looks()
    looks.df, looks.docs = df, docs
    return looks


def _tariff_and_wedding() -> tuple[Profile, Profile]:
    tariff = _story(
        "s1", "2031-05-04", {"@p:varda": 6.0, "@person-3": 6.0, "tariff": 5.0, "steel": 4.0, "port": 2.0}
    )
    wedding = _story("s2", "2031-05-05", {"@p:varda": 6.0, "@person-3": 6.0, "wedding": 5.0, "port": 2.0})
    return tariff, wedding


def test_only_the_commonest_actor_shared_relates_no_storyline():
    tariff, wedding = _tariff_and_wedding()
    common = {"@p:varda": 30, "@person-3": 28}
    assert storylines._related(_batch(0.0), tariff, wedding, _looks(common, 50))  # off: one actor is enough
    assert not storylines._related(_batch(0.3), tariff, wedding, _looks(common, 50))
    rare = {"@p:varda": 5, "@person-3": 5}
    assert storylines._related(_batch(0.3), tariff, wedding, _looks(rare, 50))  # a rarer actor still relates
    assert storylines._related(
        _batch(0.3, threshold=0.2), tariff, wedding, _looks(common, 50)
    )  # alike enough


def test_a_second_shared_key_relates_at_the_usual_cosine():
    tariff, wedding = _tariff_and_wedding()
    for story in (tariff, wedding):
        story.vector["@p:osk"] = 3.0
    common = {"@p:varda": 30, "@person-3": 28, "@p:osk": 4}
    assert storylines._related(_batch(0.3), tariff, wedding, _looks(common, 50))


def test_lone_common_actor_counts_an_id_and_its_name_as_one():
    df = {"@p:varda": 30, "@org:varda": 2, "@person-3": 28, "@p:osk": 30}
    assert storylines.lone_common_actor({"@person-3", "@p:varda"}, df, 50, 0.3)
    assert storylines.lone_common_actor({"@org:varda"}, df, 50, 0.3)  # the name under the other label
    assert not storylines.lone_common_actor({"@p:varda", "@p:osk"}, df, 50, 0.3)  # two people
    assert not storylines.lone_common_actor({"@p:varda", "tariff"}, df, 50, 0.3)  # a topic word too
    assert not storylines.lone_common_actor({"@p:varda"}, df, 50, 0.0)  # off
    assert not storylines.lone_common_actor(set(), df, 50, 0.3)
