"""One gathering told with other acts: two reports of one rally at one place, or of one news
conference on one named day, link though their words and leads differ (event_anchors.py)."""

from __future__ import annotations

from dataclasses import replace

from newsprism.stories.event_anchors import (
    EVENT,
    PLACE,
    PREVIEW,
    anchor_marks,
    anchored,
    days_differ,
    one_gathering,
    told_as_to_come,
)
from newsprism.stories.features import OTHER_TIME, ArticleInfo, StoryConfig

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


PREVIEW_LEAD = (
    "Governor Pell Vantry will hold a rally in Corrowby on Saturday, his aides said, ahead of "
    "the harbour tax vote that his party hopes to win."
)


def test_a_gathering_told_as_to_come_is_a_previews_mark():
    preview = anchor_marks(_item("Vantry heads to Corrowby ahead of rally", PREVIEW_LEAD), 40, previews=True)
    assert PREVIEW + "rally" in preview and EVENT + "rally" not in preview
    report = anchor_marks(_item("Vantry blasts press at rally", RALLY_A), 40, previews=True)
    assert EVENT + "rally" in report  # "at a rally": told as happened
    # a preview's mark anchors nothing, though place and gathering are the report's
    assert not one_gathering(preview, report, (10, 10), (False, True))
    assert one_gathering(report, report, (10, 10), (True, True))
    # off: the preview names the gathering as any report does
    assert EVENT + "rally" in anchor_marks(_item("Vantry heads to Corrowby ahead of rally", PREVIEW_LEAD), 40)


def test_a_lead_naming_only_days_to_come_tells_a_preview():
    marks = anchor_marks(_item("Vantry's Corrowby rally", RALLY_B), 40, previews=True, day=OTHER_TIME)
    assert set(marks) == {PREVIEW + "rally", PREVIEW + "speech", PLACE + "corrowby"}
    assert told_as_to_come("crowds gather before the rally. the rally began at noon", "rally") is False
    assert told_as_to_come("crowds gather before the rally", "rally") is True
    assert told_as_to_come("no gathering here", "rally") is False


def test_anchored_leads_must_tell_of_one_day_when_asked():
    assert days_differ((10, 11), (True, True))  # both name a day: not the same
    assert not days_differ((10, 11), (True, False))  # an evening's rally reported the next morning
    assert days_differ((10, 12), (True, False))  # published two days on: another development
    assert days_differ((11, 10), (True, False))  # published before the day its other lead names
    assert not days_differ((10, 12), (False, False))  # no day named: the window decides
    rally = anchor_marks(_item("Vantry blasts press at rally", RALLY_A), 40)
    elsewhere = {EVENT + "rally": 1.0, PLACE + "corrowby": 1.0}
    assert one_gathering(rally, elsewhere, (10, 11), (True, True))
    assert not one_gathering(rally, elsewhere, (10, 11), (True, True), days_agree=True)


def test_a_reading_of_the_gathering_anchors_nothing_when_asked():
    title = "Five takeaways from Vantry's Corrowby rally"
    assert EVENT + "rally" in anchor_marks(_item(title, RALLY_A), 40)  # off: a report's marks
    assert anchor_marks(_item(title, RALLY_A), 40, readings=True) == {}
    assert EVENT + "rally" in anchor_marks(_item("Vantry blasts press at rally", RALLY_A), 40, readings=True)
