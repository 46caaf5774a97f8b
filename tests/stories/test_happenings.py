"""The happening a lead names: two leads of one night naming one election tell of it, whatever
their words; a happening of another year, or a preview of one to come, does not count."""

from __future__ import annotations

from datetime import date

from newsprism.stories.features import ArticleInfo, StoryConfig
from newsprism.stories.happenings import HAPPENING, happening_link, happening_marks

RESULT = ArticleInfo(
    "a",
    "2031-11-04",
    0.0,
    title="Winners and losers of the Varnholt midterms",
    text="The Blue party took the lower chamber on Tuesday night as counting ended in Orvale.",
)
RACE = ArticleInfo(
    "b",
    "2031-11-05",
    0.0,
    title="Kessing holds her seat",
    text="Senator Ida Kessing held her seat in Tuesday's midterm elections by six points.",
)
BACKGROUND = ArticleInfo(
    "c",
    "2031-11-04",
    0.0,
    title="Tariff talks stall",
    text="Talks on tariffs stalled, a dispute that shaped the 2028 election and the last election too.",
)


def _config(settings, **changes) -> StoryConfig:
    return StoryConfig.from_settings(settings.with_(stories=dict(settings.stories, **changes)))


def _day(text: str) -> int:
    return date.fromisoformat(text).toordinal()


def test_marks_name_the_happening_in_the_headline_and_lead_but_not_another_years():
    assert happening_marks(RESULT, 30) == {HAPPENING + "election": 1.0}  # "midterms" in the headline
    assert happening_marks(RACE, 30) == {HAPPENING + "election": 1.0}  # "midterm elections" in the lead
    assert happening_marks(BACKGROUND, 30) == {}  # the 2028 election and the last one are background
    assert happening_marks(RESULT, 0) == {}  # 0: the rule is off


def test_leads_of_one_night_naming_one_happening_link(settings):
    config = _config(settings, happening_words=30, happening_text_threshold=0.05, happening_days=1)
    marks = (happening_marks(RESULT, 30), happening_marks(RACE, 30))
    tuesday, wednesday = _day("2031-11-04"), _day("2031-11-05")
    assert happening_link(marks, (tuesday, tuesday), 0.06, config)
    assert happening_link(marks, (tuesday, wednesday), 0.06, config)  # reported the next morning
    assert happening_link((marks[1], marks[0]), (wednesday, tuesday), 0.06, config)  # either way round
    assert not happening_link(marks, (tuesday, _day("2031-11-07")), 0.06, config)  # days later
    assert not happening_link(marks, (tuesday, None), 0.06, config)  # a preview tells of no day
    assert not happening_link(marks, (tuesday, tuesday), 0.04, config)  # words too unlike
    other = (marks[0], happening_marks(BACKGROUND, 30))
    assert not happening_link(other, (tuesday, tuesday), 0.5, config)  # no happening shared
    off = _config(settings, happening_words=0, happening_text_threshold=0.05, happening_days=1)
    assert not happening_link(marks, (tuesday, tuesday), 0.06, off)
