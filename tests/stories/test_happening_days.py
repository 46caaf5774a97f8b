"""Happening days: a storyline's developments of different days are different stories, and
the links that only their days keep apart hold them in one storyline."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from test_stories import DAM, _add, _raw

from newsprism.store.store import Store
from newsprism.stories.features import (
    LEAD,
    LINKED,
    OTHER_DAY,
    OTHER_TIME,
    StoryConfig,
    cosine_with,
    link_kind,
    weigh,
)
from newsprism.stories.lead_days import happening_day


def _config(settings, **changes) -> StoryConfig:
    return StoryConfig.from_settings(settings.with_(stories=dict(settings.stories, **changes)))


def _day(text: str) -> int:
    return date.fromisoformat(text).toordinal()


@pytest.fixture
def store(settings):
    opened = Store(settings.db)
    yield opened
    opened.close()


def test_the_happening_day_is_the_lead_day_else_the_publication_day(settings):
    on = _config(settings, lead_day_published=True)
    off = _config(settings, lead_day_published=False)
    monday, tuesday = _day("2024-04-01"), _day("2024-04-02")
    assert happening_day(monday, tuesday, on) == monday  # the lead names the day: it wins
    assert happening_day(None, tuesday, on) == tuesday  # news tells the day's happening
    assert happening_day(None, tuesday, off) is None  # off: a lead naming no day vetoes nothing
    assert happening_day(None, None, on) is None  # no date at all
    assert happening_day(OTHER_TIME, tuesday, on) is None  # a preview of this week: no one day


def test_links_across_days_are_the_storylines_not_the_storys(settings):
    config = _config(
        settings,
        development_threshold=0.1,
        lead_day_lead_threshold=0.5,
        lead_day_words_threshold=0.5,
        lead_day_actor_threshold=0.0,
    )
    first = weigh(Counter({"dam": 1, "rain": 3, "spillway": 3, "@p:velosi": 1}), {}, 10, config)
    second = weigh(Counter({"dam": 1, "inquiry": 3, "judge": 3, "@p:velosi": 1}), {}, 10, config)
    much_alike = weigh(Counter({"dam": 1, "rain": 3, "spillway": 2, "@p:velosi": 1}), {}, 10, config)
    lead_a = weigh(Counter({LEAD + "dam": 1, LEAD + "bursts": 1, LEAD + "floods": 1}), {}, 10, config)
    lead_b = weigh(Counter({LEAD + "dam": 1, LEAD + "inquiry": 1, LEAD + "judge": 1}), {}, 10, config)
    assert cosine_with(lead_a, lead_b, 1.0) < 0.5
    assert cosine_with(first, much_alike, 1.0) >= config.link_threshold
    monday, tuesday = _day("2024-04-01"), _day("2024-04-02")
    leads = (lead_a, lead_b)
    # the actor rule: one day, one development; another day, the storyline's next development
    assert link_kind(first, second, 1, config, leads=leads, lead_days=(monday, monday)) == LINKED
    assert link_kind(first, second, 1, config, leads=leads, lead_days=(monday, tuesday)) == OTHER_DAY
    # the words rule too, when the leads tell other things on other days
    assert link_kind(first, much_alike, 1, config, leads=leads, lead_days=(monday, tuesday)) == OTHER_DAY
    assert (
        link_kind(first, much_alike, 1, config, leads=(lead_a, lead_a), lead_days=(monday, tuesday)) == LINKED
    )
    # nothing shared: no link of any kind
    other = weigh(Counter({"bank": 1, "rates": 3, "@p:reinholt": 1}), {}, 10, config)
    assert link_kind(first, other, 1, config, leads=leads, lead_days=(monday, tuesday)) == 0
    words_off = _config(settings, lead_day_words_threshold=0.0, development_threshold=0.1)
    assert link_kind(first, much_alike, 1, words_off, leads=leads, lead_days=(monday, tuesday)) == LINKED


# The day after the dam burst (DAM, Tuesday 2024-04-02): a new act by the same governor about
# the same dam, told by two outlets whose leads name no day, with the burst as background.
INQUIRY = [
    (
        "harbor-post",
        "2024-04-03",
        "Velosi suspends chief engineer of Kestrel dam",
        "Governor Amara Velosi suspended chief engineer Dario Mensk and ordered a judicial inquiry "
        "led by Judge Helena Ostrova into ignored warnings. The Kestrel Valley dam burst after "
        "heavy rain, flooding Lindmoor and Carrow; 14 people are missing and engineers had "
        "reported cracks in the spillway.",
    ),
    (
        "north-wire",
        "2024-04-03",
        "Kestrel dam chief engineer suspended, judge to lead inquiry",
        "Chief engineer Dario Mensk was suspended and Judge Helena Ostrova will lead a judicial "
        "inquiry, Governor Amara Velosi announced. The Kestrel Valley dam gave way after days of "
        "rain, sending flood water through Lindmoor and Carrow, where rescue boats still search "
        "for 14 missing residents.",
    ),
]


def _run(store, nlp, settings) -> tuple[dict[str, str], dict[str, str]]:
    _add(store, nlp, settings, [_raw(*item, given_id=f"dam-{i}") for i, item in enumerate(DAM[:2])])
    _add(store, nlp, settings, [_raw(*item, given_id=f"inquiry-{i}") for i, item in enumerate(INQUIRY)])
    story = {a.article_id: a.story_id for a in store.articles()}
    return story, {s.story_id: s.storyline_id for s in store.stories()}


def test_the_next_days_development_is_another_story_of_one_storyline(store, nlp, settings):
    stories = dict(settings.stories, storyline_link_share=1.0)
    on = settings.with_(stories=dict(stories, lead_day_published=True, storyline_day_links=True))
    story, lines = _run(store, nlp, on)
    assert story["dam-0"] == story["dam-1"] and story["inquiry-0"] == story["inquiry-1"]
    assert story["dam-0"] != story["inquiry-0"]
    assert lines[story["dam-0"]] == lines[story["inquiry-0"]]


def test_without_publication_days_the_days_were_one_story(tmp_path, nlp, settings):
    off = settings.with_(
        db=str(tmp_path / "off.db"), stories=dict(settings.stories, lead_day_published=False)
    )
    store = Store(off.db)
    try:
        story, _ = _run(store, nlp, off)
    finally:
        store.close()
    assert story["dam-0"] == story["inquiry-0"]
