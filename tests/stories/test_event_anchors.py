"""One gathering told with other acts: two reports of one rally at one place, or of one news
conference on one named day, link though their words and leads differ (event_anchors.py)."""

from __future__ import annotations

from dataclasses import replace

from newsprism.stories.event_anchors import EVENT, PLACE, anchor_marks, anchored, one_gathering
from newsprism.stories.features import ArticleInfo, StoryConfig

RALLY_A = (
    "Governor Pell Vantry tore into the press at a rally in Corrowby on Thursday night, calling "
    "reporters dishonest and promising to cut the harbour tax before the winter session."
)
RALLY_B = (
    "A television host called Governor Pell Vantry unfit for office after his speech in "
    "Corrowby, saying the crowd cheered while the governor mocked two senators of his own party."
)
OTHER = (
    "Governor Pell Vantry signed the harbour tax bill on Thursday in the capitol, with "
    "lawmakers of both parties looking on as the measure became law."
)


def _item(title: str, text: str) -> ArticleInfo:
    item = ArticleInfo("a", "2031-03-06", 0.0, title=title, text=text)
    item.mentions = [("PERSON", "Pell Vantry", None, text.index("Pell Vantry"))]
    if "Corrowby" in text:
        item.mentions.append(("GPE", "Corrowby", None, text.index("Corrowby")))
    return item


def test_marks_name_the_gathering_and_its_place():
    marks = anchor_marks(_item("Vantry blasts press at rally", RALLY_A), 40)
    assert marks == {EVENT + "rally": 1.0, PLACE + "corrowby": 1.0}
    assert anchor_marks(_item("Vantry signs tax bill", OTHER), 40) == {}  # no gathering named
    assert anchor_marks(_item("Vantry blasts press at rally", RALLY_A), 0) == {}  # off


def test_one_gathering_needs_the_same_place_or_the_same_named_day():
    rally = anchor_marks(_item("Vantry blasts press at Corrowby rally", RALLY_A), 40)
    reaction = anchor_marks(_item("Host says Vantry unfit after rally", RALLY_B), 40)
    assert one_gathering(rally, reaction, (10, 11), (True, False))  # one place
    elsewhere = {EVENT + "rally": 1.0, PLACE + "dunmere": 1.0}
    assert not one_gathering(rally, elsewhere, (10, 11), (True, True))
    assert one_gathering(rally, elsewhere, (10, 10), (True, True))  # one named day
    assert not one_gathering(rally, elsewhere, (10, 10), (True, False))  # a publication day is no name
    assert not one_gathering(rally, {PLACE + "corrowby": 1.0}, (10, 10), (True, True))  # no gathering


def test_anchored_needs_a_shared_actor_and_near_days(settings):
    config = replace(StoryConfig.from_settings(settings), anchor_words=40, anchor_days=1)
    rally = anchor_marks(_item("Vantry blasts press at rally", RALLY_A), 40)
    reaction = anchor_marks(_item("Host says Vantry unfit after rally", RALLY_B), 40)
    vantry = {"@p:vantry": 0.5, "press": 0.5}
    assert anchored(config, 1, (vantry, vantry), (rally, reaction), (10, 11), (True, False))
    assert not anchored(config, 2, (vantry, vantry), (rally, reaction), (10, 11), (True, False))
    assert not anchored(config, 1, (vantry, {"press": 1.0}), (rally, reaction), (10, 11), (True, False))
    off = replace(config, anchor_words=0)
    assert not anchored(off, 1, (vantry, vantry), (rally, reaction), (10, 11), (True, False))
