"""Who leads: a storyline's day whose lead names someone the other day's report never names is
another development (the witness of Friday is not in Wednesday's hearing)."""

from __future__ import annotations

from test_stories import _add, _raw

from newsprism.store.store import Store
from newsprism.stories.features import ArticleInfo
from newsprism.stories.lead_people import IN_LEAD, PEOPLE, names_newcomer, people_marks

WEDNESDAY = (
    "Ambassador Corin Talvey told the Harwick committee on Wednesday that aid was held back. "
    "Chairman Odo Brisk opened the hearing before a packed room in the old chamber, and the "
    "questioning ran late into the evening as members traded accusations over the inquiry."
)
FRIDAY = (
    "Former envoy Mara Quellen testified on Friday before the Harwick committee about her "
    "recall. Chairman Odo Brisk said the hearing would resume next week, and members again "
    "traded accusations over the inquiry, which earlier heard Ambassador Corin Talvey."
)


def _item(text: str, people: list[str]) -> ArticleInfo:
    item = ArticleInfo("a", "2024-05-01", 0.0, text=text)
    item.mentions = [("PERSON", name, None, text.index(name)) for name in people]
    item.mentions.append(("ORG", "Harwick", None, text.index("Harwick")))
    return item


def test_marks_tell_who_the_lead_names_from_who_the_rest_names():
    marks = people_marks(_item(WEDNESDAY, ["Corin Talvey", "Odo Brisk"]), 12)
    assert marks == {PEOPLE + "talvey": IN_LEAD, PEOPLE + "brisk": 1.0}  # the ORG is no person
    assert people_marks(_item(WEDNESDAY, ["Corin Talvey"]), 0) == {}  # 0: the rule is off


def test_a_lead_naming_someone_the_other_report_never_names_is_a_newcomer():
    wednesday = people_marks(_item(WEDNESDAY, ["Corin Talvey", "Odo Brisk"]), 12)
    friday = people_marks(_item(FRIDAY, ["Mara Quellen", "Odo Brisk", "Corin Talvey"]), 12)
    assert names_newcomer(wednesday, friday)  # Quellen leads Friday; Wednesday never names her
    assert names_newcomer(friday, wednesday)  # either way round
    # another outlet's report of Wednesday, leading with the same witness: no newcomer
    other_outlet = people_marks(_item(WEDNESDAY, ["Corin Talvey", "Odo Brisk"]), 30)
    assert not names_newcomer(wednesday, other_outlet)
    # each way round: Friday names Wednesday's witness in its background, so only one lead is new
    assert not names_newcomer(wednesday, friday, both=True)
    without_talvey = people_marks(_item(FRIDAY, ["Mara Quellen", "Odo Brisk"]), 12)
    assert names_newcomer(wednesday, without_talvey, both=True)
    # a report naming no one (or stored without marks) is no evidence either way
    assert not names_newcomer(wednesday, {"hearing": 1.0})


# Two days of one impeachment inquiry, two outlets each: the same committee, president and
# words, a different witness. Each day's reports are one story; the two days are two.
HEARINGS = [
    (
        "harbor-post",
        "2024-05-01",
        "Envoy Talvey testifies Voss withheld aid to Ostrania",
        "Ambassador Corin Talvey testified on Wednesday before the Harwick committee's impeachment "
        "inquiry that President Dalen Voss withheld military aid to Ostrania to force an "
        "investigation of his rival. Republicans on the committee called the inquiry a sham, and "
        "Democrats said the testimony showed an abuse of power by the president.",
    ),
    (
        "daily-lantern",
        "2024-05-01",
        "Talvey tells impeachment inquiry aid to Ostrania was held back",
        "Ambassador Corin Talvey told the Harwick committee's impeachment inquiry on Wednesday that "
        "military aid to Ostrania was withheld by President Dalen Voss until it announced an "
        "investigation of his rival. Democrats said the testimony showed an abuse of power, and "
        "Republicans on the committee called the inquiry a sham.",
    ),
    (
        "harbor-post",
        "2024-05-03",
        "Ousted envoy Quellen testifies in Voss impeachment inquiry",
        "Former ambassador Mara Quellen testified on Friday before the Harwick committee's "
        "impeachment inquiry that President Dalen Voss had her recalled from Ostrania to clear the "
        "way for an investigation of his rival. Republicans on the committee called the inquiry a "
        "sham, and Democrats said the testimony showed an abuse of power by the president.",
    ),
    (
        "daily-lantern",
        "2024-05-03",
        "Quellen tells impeachment inquiry she was recalled from Ostrania",
        "Former ambassador Mara Quellen told the Harwick committee's impeachment inquiry on Friday "
        "that President Dalen Voss recalled her from Ostrania before pressing for an investigation "
        "of his rival. Democrats said the testimony showed an abuse of power, and Republicans on "
        "the committee called the inquiry a sham.",
    ),
]


def _stories(tmp_path, nlp, settings, days: int) -> dict[str, str]:
    run = settings.with_(
        db=str(tmp_path / f"days{days}.db"), stories=dict(settings.stories, lead_people_days=days)
    )
    store = Store(run.db)
    try:
        for i in (0, 2):  # the hearing days arrive day by day
            raws = [_raw(*HEARINGS[j], given_id=f"hearing-{j}") for j in (i, i + 1)]
            _add(store, nlp, run, raws)
        return {a.article_id: a.story_id for a in store.articles()}
    finally:
        store.close()


def test_each_hearing_day_is_one_story(tmp_path, nlp, settings):
    story = _stories(tmp_path, nlp, settings, 1)
    assert story["hearing-0"] == story["hearing-1"]  # Wednesday, two outlets
    assert story["hearing-2"] == story["hearing-3"]  # Friday, two outlets
    assert story["hearing-0"] != story["hearing-2"]  # a new witness two days on


def test_without_the_rule_the_hearing_days_were_one_story(tmp_path, nlp, settings):
    story = _stories(tmp_path, nlp, settings, 0)
    assert story["hearing-0"] == story["hearing-2"]
