"""Stories bounded in time: a recurring actor's coverage over weeks is a storyline of several
stories, never one story; undated articles neither chain nor place a story in time."""

from __future__ import annotations

from datetime import date

import pytest
from test_stories import BANK, DAM, RESIGNATION, _add, _raw, _repost

from newsprism.store.store import Store

# The dam story's aftermath every three days: the same governor, places and words each time,
# each article linked to the one before (a shared actor within the actor window).
AFTERMATH = [
    (
        "harbor-post",
        "2024-04-05",
        "Kestrel Valley dam: Velosi orders checks of every spillway",
        "Governor Amara Velosi ordered engineers on Friday to inspect every spillway in the province, "
        "three days after the Kestrel Valley dam burst and flooded Lindmoor and Carrow. Velosi said 14 "
        "people were still missing and rescue boats would keep searching.",
    ),
    (
        "daily-lantern",
        "2024-04-08",
        "Velosi visits Lindmoor as Kestrel dam flood water recedes",
        "Governor Amara Velosi toured Lindmoor on Monday as flood water from the burst Kestrel Valley "
        "dam drained from its streets. Velosi promised money to rebuild homes in Lindmoor and Carrow "
        "and said engineers were still inspecting the spillway.",
    ),
    (
        "north-wire",
        "2024-04-11",
        "Kestrel dam engineers knew of spillway cracks, Velosi says",
        "Governor Amara Velosi said on Thursday that engineers at the Kestrel Valley dam had reported "
        "cracks in its spillway a year before it burst. Velosi said the report never reached her "
        "office and that families in Lindmoor and Carrow deserved answers.",
    ),
    (
        "harbor-post",
        "2024-04-14",
        "Velosi faces calls to quit over Kestrel dam failure",
        "Opposition members demanded on Sunday that Governor Amara Velosi resign over the Kestrel "
        "Valley dam failure that flooded Lindmoor and Carrow. Velosi said she would stay to oversee "
        "rebuilding and the inspection of every spillway.",
    ),
    (
        "daily-lantern",
        "2024-04-17",
        "Kestrel dam repairs to start, Velosi announces",
        "Governor Amara Velosi announced on Wednesday that repairs to the burst Kestrel Valley dam and "
        "its spillway would start next month. Velosi said families in Lindmoor and Carrow would be "
        "rehoused before the work begins.",
    ),
]


@pytest.fixture
def store(settings):
    opened = Store(settings.db)
    yield opened
    opened.close()


def _undated(title: str, text: str, given_id: str):
    return _raw("wire", None, title, text, given_id)


# The governor leaves office four months after the flood: the same person, another storyline.
AUGUST = (
    "north-wire",
    "2024-08-08",
    "Velosi leaves office",
    "Amara Velosi left the regional governor's office on Thursday and handed power to her deputy "
    "until the autumn election. Velosi told a press conference in the provincial capital that "
    "she would not seek office again, the provincial assembly said.",
)


def _aftermath() -> list:
    return [_raw(*DAM[0], given_id="dam-0")] + [
        _raw(*a, given_id=f"after-{i}") for i, a in enumerate(AFTERMATH)
    ]


def _span(store: Store, story_id: str) -> int:
    days = [date.fromisoformat(a.published).toordinal() for a in store.articles() if a.story_id == story_id]
    return max(days) - min(days)


def test_coverage_over_weeks_is_a_storyline_of_bounded_stories(store, nlp, settings):
    """Fifteen days of linked coverage: stories of at most a week each, one storyline."""
    span = settings.stories.get("story_span_days", 7)
    assert span < 15
    for raw in _aftermath():  # as the days come
        _add(store, nlp, settings, [raw])
    stored = {a.article_id: a for a in store.articles()}
    stories = {a.story_id for a in stored.values()}
    assert len(stories) >= 2
    assert all(_span(store, sid) <= span for sid in stories)
    # the first days stay one story: the bound splits chains, not events
    assert stored["dam-0"].story_id == stored["after-0"].story_id
    lines = {s.story_id: s.storyline_id for s in store.stories()}
    assert len({lines[sid] for sid in stories}) == 1


def test_an_article_between_two_stories_merges_them_only_within_the_span(store, nlp, settings):
    """Two stories of the aftermath eight days apart (April 2-3 and 11-12; too far apart to link)
    and an article on April 7 that links both: it may join either, but one story made of both
    would last ten days. (A shared actor links articles up to four days apart here, so the
    April 7 article links both stories.)"""
    settings = settings.with_(stories=dict(settings.stories, actor_window_days=4))
    dated = [("dam-0", DAM[0], "2024-04-02"), ("after-0", AFTERMATH[0], "2024-04-03")]
    dated += [("after-2", AFTERMATH[2], "2024-04-11"), ("after-3", AFTERMATH[3], "2024-04-12")]
    raws = {aid: _raw(item[0], day, *item[2:], given_id=aid) for aid, item, day in dated}
    _add(store, nlp, settings, [raws["dam-0"], raws["after-0"]])
    _add(store, nlp, settings, [raws["after-2"], raws["after-3"]])
    early, late = store.article("dam-0").story_id, store.article("after-2").story_id
    assert early != late and store.article("after-0").story_id == early
    assert store.article("after-3").story_id == late
    _add(store, nlp, settings, [_raw(AFTERMATH[1][0], "2024-04-07", *AFTERMATH[1][2:], given_id="after-1")])
    stored = {a.article_id: a.story_id for a in store.articles()}
    assert stored["after-1"] in {early, late}
    assert stored["dam-0"] == stored["after-0"] == early
    assert stored["after-2"] == stored["after-3"] == late
    assert all(_span(store, sid) <= settings.stories.get("story_span_days", 7) for sid in {early, late})


def test_an_undated_copy_does_not_stretch_its_storyline_to_the_day_it_was_stored(store, nlp, settings):
    """An undated re-post joins the dam story (2024-04-02..03); the story stays in April 2024
    for storylines: the governor's resignation four months later is not in its storyline, the
    resignation the week after is."""
    dam = [_raw(*item, given_id=f"dam-{i}") for i, item in enumerate(DAM)]
    late = _raw(*AUGUST, given_id="resign-august")
    _add(store, nlp, settings, [late])
    undated_copy = _repost(dam[0], "dam-copy")
    undated_copy.published = None
    _add(store, nlp, settings, [*dam, undated_copy])
    assert store.article("dam-copy").story_id == store.article("dam-0").story_id
    _add(store, nlp, settings, [_raw(*RESIGNATION, given_id="resign")])
    lines = {s.story_id: s.storyline_id for s in store.stories()}
    story = {a.article_id: a.story_id for a in store.articles()}
    assert lines[story["resign-august"]] != lines[story["dam-0"]]
    assert lines[story["resign"]] == lines[story["dam-0"]]
    dam_row = next(s for s in store.stories() if s.story_id == story["dam-0"])
    assert (dam_row.first_published, dam_row.last_published) == ("2024-04-02", "2024-04-03")


def test_undated_articles_join_a_story_alike_as_a_whole_not_by_one_link(store, nlp, settings):
    """Undated: a round-up telling the dam and the bank links to a dam report and to a bank
    report, but the bank report is not alike the dam story as a whole, so the two stay apart
    (one link each would chain every undated article on a common subject into one story)."""
    loose = dict(settings.stories, link_threshold=0.15, actor_link_threshold=1.01, development_threshold=0.0)
    loose_settings = settings.with_(stories=loose)
    roundup = _undated("The week", DAM[1][3] + "\n\n" + BANK[1][3], "roundup")
    dam = _undated(DAM[0][2], DAM[0][3], "dam-0")
    bank = _undated(BANK[0][2], BANK[0][3], "bank-0")
    for raw in (dam, roundup, bank):
        _add(store, nlp, loose_settings, [raw])
    story = {a.article_id: a.story_id for a in store.articles()}
    assert story["roundup"] == story["dam-0"]
    assert story["bank-0"] != story["dam-0"]
