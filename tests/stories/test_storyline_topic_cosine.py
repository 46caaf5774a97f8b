"""Two stories whose headlines share a topic word naming none of their actors are related at a
lower centroid cosine (``storyline_topic_threshold``): a column and the vote it weighs have
different casts. Invented stories and names."""

from __future__ import annotations

from types import SimpleNamespace

from newsprism.stories import storylines
from newsprism.stories.state import Profile


def _story(story_id: str, day: str, title: str, vector: dict[str, float]) -> Profile:
    return Profile(
        story_id, 0, 0, size=1, vector=vector, title=title, first_published=day, last_published=day
    )


def _batch(topic: float) -> SimpleNamespace:
    config = SimpleNamespace(
        storyline_gap_days=7,
        storyline_actor_idf=0.0,
        storyline_prior_articles=0,
        storyline_threshold=0.1,
        storyline_lone_org_threshold=0.0,
        storyline_common_actor_share=0.0,
        storyline_topic_threshold=topic,
        storyline_topic_share=0.0,
    )
    return SimpleNamespace(config=config)


def _vote_and_column() -> tuple[Profile, Profile]:
    vote = _story(
        "s1",
        "2031-05-04",
        "Assembly passes recall of governor",
        {"recall": 3.0, "@p:varda": 6.0, "@p:osk": 5.0, "ballot": 4.0, "governor": 3.0, "quorum": 4.0},
    )
    column = _story(
        "s2",
        "2031-05-06",
        "Why I changed my mind on the recall",
        {"recall": 3.0, "@p:temmel": 6.0, "@p:bruin": 5.0, "farm": 4.0, "childhood": 3.0, "mind": 4.0},
    )
    return vote, column


def test_a_shared_headline_topic_relates_at_the_lower_cosine():
    vote, column = _vote_and_column()
    assert not storylines._related(_batch(0.0), vote, column, storylines._Looks(topics=True))
    assert storylines._related(_batch(0.05), vote, column, storylines._Looks(topics=True))


def test_a_topic_word_that_is_a_name_gets_no_lower_cosine():
    vote, column = _vote_and_column()
    for story in (vote, column):
        story.title = story.title.replace("recall", "Varda")
        story.vector["varda"] = story.vector.pop("recall")
    column.vector["@p:varda"] = 0.1  # named once in the column: "varda" is a name word
    assert not storylines._related(_batch(0.05), vote, column, storylines._Looks(topics=True))


def test_unnamed_topics_leave_out_name_words_and_keys():
    shared = {"recall", "varda", "@p:varda"}
    assert storylines.unnamed_topics(shared, {"@p:varda", "@org:assembly"}) == ["recall"]
    assert storylines.unnamed_topics({"@org:assembly"}, {"@org:assembly"}) == []
