"""One outlet's reports of two publication days are two developments (``outlet_day_developments``):
an outlet reports a development once, so its next day's report is the storyline's next one."""

from __future__ import annotations

from test_lead_people import HEARINGS
from test_stories import _add, _raw

from newsprism.store.store import Store
from newsprism.stories.link_rules import one_outlet_other_day


def test_one_outlet_on_two_days_only():
    assert one_outlet_other_day("Harbor Post", 10, "harbor post ", 12)
    assert not one_outlet_other_day("Harbor Post", 10, "Harbor Post", 10)  # one day: one development
    assert not one_outlet_other_day("Harbor Post", 10, "Daily Lantern", 12)  # two outlets
    assert not one_outlet_other_day("", 10, "", 12)  # an outlet unknown says nothing
    assert not one_outlet_other_day("Harbor Post", None, "Harbor Post", 12)  # a day unknown too


def _stories(tmp_path, nlp, settings, rule: bool) -> dict[str, str]:
    # the two reports share their words (one reporter's template); the rule reads pairs under
    # link_threshold only, so the threshold is raised above them: they link by the actor rule
    stories = dict(settings.stories, lead_people_days=0, outlet_day_developments=rule, link_threshold=0.9)
    run = settings.with_(db=str(tmp_path / f"outlet{rule}.db"), stories=stories)
    store = Store(run.db)
    try:
        for j in (0, 2):  # one outlet's Wednesday and Friday hearings, day by day
            _add(store, nlp, run, [_raw(*HEARINGS[j], given_id=f"hearing-{j}")])
        return {a.article_id: a.story_id for a in store.articles()}
    finally:
        store.close()


def test_one_outlets_two_hearing_days_are_two_stories(tmp_path, nlp, settings):
    story = _stories(tmp_path, nlp, settings, True)
    assert story["hearing-0"] != story["hearing-2"]


def test_without_the_rule_they_were_one_story(tmp_path, nlp, settings):
    story = _stories(tmp_path, nlp, settings, False)
    assert story["hearing-0"] == story["hearing-2"]
