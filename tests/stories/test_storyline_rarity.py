"""Storylines weigh a shared actor by its rarity: the actor most of a corpus names does not
chain stories into one storyline alone, a rarer one does."""

from __future__ import annotations

import math

import pytest
from test_stories import RESIGNATION, _add, _dam_and_bank, _raw

from newsprism.store.store import Store
from newsprism.stories.storylines import shared_rarity


@pytest.fixture
def store(settings):
    opened = Store(settings.db)
    yield opened
    opened.close()


def test_a_common_actor_tells_less_than_a_rare_one():
    df = {"@p:trump": 90, "@p:zelensky": 5}
    assert shared_rarity({"@p:trump"}, df, 100) < 0.2 < 2.5 < shared_rarity({"@p:zelensky"}, df, 100)
    # two actors shared tell more than one
    assert shared_rarity({"@p:trump", "@p:zelensky"}, df, 100) > shared_rarity({"@p:zelensky"}, df, 100)


def test_one_entity_counts_once_through_its_id_and_name_keys():
    df = {"@person-7": 5, "@p:zelensky": 5}
    alone = shared_rarity({"@person-7"}, df, 100)
    assert shared_rarity({"@person-7", "@p:zelensky"}, df, 100) == pytest.approx(alone)


def test_a_small_corpus_counts_as_if_more_articles_named_nobody():
    df = {"@p:velosi": 4}
    assert shared_rarity({"@p:velosi"}, df, 5) == pytest.approx(0.0)
    assert shared_rarity({"@p:velosi"}, df, 5, prior=100) == pytest.approx(math.log(105 / 5))


def _lines(store, nlp, settings, **stories) -> dict[str, str]:
    """The dam (three outlets), the bank's rate rise and the governor's resignation a week
    later: Velosi, the governor, is named in four of the five articles."""
    dam, bank = _dam_and_bank()
    tuned = settings.with_(stories=dict(settings.stories, **stories))
    _add(store, nlp, tuned, [*dam, bank[0], _raw(*RESIGNATION, given_id="resign")])
    line = {s.story_id: s.storyline_id for s in store.stories()}
    return {a.article_id: line[a.story_id] for a in store.articles()}


def test_the_actor_most_articles_name_does_not_chain_stories_alone(store, nlp, settings):
    lines = _lines(store, nlp, settings, storyline_actor_idf=1.0, storyline_prior_articles=0)
    assert lines["resign"] != lines["dam-0"]


def test_the_same_actor_in_a_larger_corpus_does(store, nlp, settings):
    """The control: read as one of 105 articles, Velosi is rare and the resignation joins the flood's storyline."""
    lines = _lines(store, nlp, settings, storyline_actor_idf=1.0, storyline_prior_articles=100)
    assert lines["resign"] == lines["dam-0"]
    assert lines["bank-0"] != lines["dam-0"]
