"""Background with no date of its own is not dated by its article's day: an undated act in the
present perfect with an adverb of time ("has repeatedly called") or in a relative clause ("who has
clashed with"), an undated act in a non-restrictive relative clause ("Venn, who accused ..."), an
undated act whose sentence tells an old year after the verb ("respectively in 1868 and 1998"). Such
a report joins a row another report dates, or makes none. A formal act typed as a saying ("impeached ... in
1961") keeps its own old date. Invented sentences; each rule is checked
on and switched off (``[stories]`` settings)."""

from __future__ import annotations

import pytest

from newsprism.models import Article, Event
from newsprism.stories import timeline_config
from newsprism.stories.timeline_background import dateless_background
from newsprism.stories.timeline_group import group_events

ARTICLES = {
    "a1": Article(
        text="", source="a1.txt", article_id="a1", outlet="Lakeside Herald", published="2025-03-12"
    ),
    "a2": Article(text="", source="a2.txt", article_id="a2", outlet="Valley Post", published="2025-03-12"),
}


def _event(sentence: str, trigger: str, actor: str, article_id: str = "a1", **more) -> Event:
    return Event(
        article_id=article_id,
        event_id=more.pop("event_id", f"{article_id}-{trigger}"),
        type=more.pop("type", "ACCUSE"),
        start=100,
        end=100 + len(sentence),
        sentence=sentence,
        trigger=trigger,
        actors=[actor],
        actor_entity_ids=[more.pop("actor_id", "person-venn")],
        recipients=more.pop("recipients", []),
        recipient_entity_ids=more.pop("recipient_ids", []),
        trigger_start=100 + sentence.index(trigger),
        **more,
    )


@pytest.fixture
def switched(monkeypatch):
    """Set one rule's settings key for the test, the cache read afresh."""

    def set_key(key: str, value: str) -> None:
        monkeypatch.setenv(f"NEWSPRISM_STORIES_{key.upper()}", value)
        timeline_config.limits.cache_clear()

    yield set_key
    monkeypatch.undo()
    timeline_config.limits.cache_clear()


PERFECT = _event("Dario Venn has repeatedly called the dredging plan a fraud.", "called", "Dario Venn")
WHO_PERFECT = _event(
    "The board passed over Dario Venn, who has clashed with the mayor, and chose Orla Penhale.",
    "clashed",
    "Dario Venn",
)
RELATIVE = _event(
    "Penhale said she believed Dario Venn, who accused the port chief of fraud, was sincere.",
    "accused",
    "Dario Venn",
)
PRESENT = _event("Dario Venn alleges that the port chief hid the dredging costs.", "alleges", "Dario Venn")
HISTORIC = _event(
    "Dario Venn and Orla Penhale were removed by the council, respectively in 1961 and 1994, but returned.",
    "removed",
    "Dario Venn",
    type="HAPPENING",
)


@pytest.mark.parametrize(
    ("event", "key", "off"),
    [
        (PERFECT, "timeline_present_perfect", "false"),
        (WHO_PERFECT, "timeline_present_perfect", "false"),
        (RELATIVE, "timeline_relative_acts", "false"),
        (PRESENT, "timeline_present_reports", "false"),
        (HISTORIC, "timeline_historic_years", "0"),
    ],
)
def test_background_without_a_date_of_its_own_is_not_dated_by_its_article(event, key, off, switched):
    assert dateless_background([event], ARTICLES) == {event.event_id}
    switched(key, off)
    assert dateless_background([event], ARTICLES) == set()


def test_the_news_told_in_the_present_perfect_or_dated_stays():
    kept = [
        _event("Dario Venn has barred the port chief from testifying.", "barred", "Dario Venn"),
        _event(
            "Dario Venn has repeatedly called the plan a fraud on Monday.",
            "called",
            "Dario Venn",
            date_text="on Monday",
        ),
        _event(
            "Dario Venn won in the 1994 election and accused the mayor of fraud.", "accused", "Dario Venn"
        ),
        _event("Dario Venn accused the mayor of hiding the 1994 report.", "accused", "Dario Venn"),
        _event("In 1994, Dario Venn was elected; he accused the mayor of fraud.", "accused", "Dario Venn"),
        _event("Orla Penhale, who chairs the board, accused Dario Venn of fraud.", "accused", "Orla Penhale"),
        _event("Dario Venn is backing the dredging plan.", "backing", "Dario Venn"),  # progressive: kept
        _event("Dario Venn discussed the dredging plan.", "discussed", "Dario Venn"),
    ]
    assert dateless_background(kept, ARTICLES) == set()


def test_a_dateless_report_joins_a_dated_row_but_makes_none_of_its_own():
    dated = _event(
        "The port authority called the spill a crime on Monday.",
        "called",
        "The port authority",
        article_id="a2",
        actor_id="org-port",
        recipients=["the spill"],
        date_text="on Monday",
        date="2025-03-10",
        date_granularity="day",
        type="HAPPENING",
    )
    retold = _event(
        "The port authority has previously called the spill a crime.",
        "called",
        "The port authority",
        actor_id="org-port",
        recipients=["the spill"],
        type="HAPPENING",
    )
    dateless = dateless_background([dated, retold], ARTICLES)
    assert dateless == {retold.event_id}
    rows = group_events([retold, dated], ARTICLES, {}, join_only=dateless)
    assert [(r.date, sorted(r.outlets)) for r in rows] == [("2025-03-10", ["Lakeside Herald", "Valley Post"])]
    assert group_events([retold], ARTICLES, {}, join_only=dateless) == []
    assert len(group_events([retold], ARTICLES, {})) == 1  # without the rule: a row of its article's day


def test_a_formal_act_typed_as_a_saying_keeps_its_own_old_date(monkeypatch):
    from newsprism.stories import timeline_dates

    impeached = _event(
        "Dario Venn was impeached by the assembly in 1961, the first mayor to be removed.",
        "impeached",
        "the assembly",
        date_text="in 1961",
        date="1961",
        date_granularity="year",
    )
    accused = _event(
        "Dario Venn accused the assembly of fraud in 1961.",
        "accused",
        "Dario Venn",
        date_text="in 1961",
        date="1961",
        date_granularity="year",
    )
    assert timeline_dates.happening_date(impeached, ARTICLES["a1"]) == ("1961", "year")
    assert timeline_dates.happening_date(accused, ARTICLES["a1"]) == ("2025-03-12", "day")  # when said
    monkeypatch.setattr(timeline_dates, "_formal_acts", lambda: frozenset())
    assert timeline_dates.happening_date(impeached, ARTICLES["a1"]) == ("2025-03-12", "day")


def _sides(first_article: str, second_article: str) -> list[Event]:
    ousted = _event(
        "Governor Marta Lindqvist forced out her port chief on Monday.",
        "forced out",
        "Marta Lindqvist",
        article_id=first_article,
        actor_id="person-lindqvist",
        recipients=["Dario Venn"],
        recipient_ids=["person-venn"],
        date_text="on Monday",
        date="2025-03-10",
        date_granularity="day",
        type="SANCTION",
    )
    resigned = _event(
        "Dario Venn resigned as port chief on Monday.",
        "resigned",
        "Dario Venn",
        article_id=second_article,
        date_text="on Monday",
        date="2025-03-10",
        date_granularity="day",
        type="RETREAT",
    )
    return [ousted, resigned]


def test_one_happening_told_from_its_two_sides_is_one_row(monkeypatch):

    rows = group_events(_sides("a1", "a2"), ARTICLES, {})
    assert [sorted(r.outlets) for r in rows] == [["Lakeside Herald", "Valley Post"]]
    assert len(group_events(_sides("a1", "a1"), ARTICLES, {})) == 2  # one article: told apart on purpose
    limits = dict(timeline_config.limits(), timeline_converse_acts=False)
    monkeypatch.setattr(timeline_config, "limits", lambda: limits)
    assert len(group_events(_sides("a1", "a2"), ARTICLES, {})) == 2


def test_a_past_narrative_is_read_only_when_switched_on(switched):
    dated = _event(
        "In March 2019, Dario Venn recused himself from the audit.",
        "recused",
        "Dario Venn",
        date_text="In March 2019",
        date="2019-03",
        date_granularity="month",
        type="RETREAT",
    )
    told = _event("He rescinded the dredging rules.", "rescinded", "Dario Venn", event_id="a1-later")
    told.start = dated.end + 1
    told.trigger_start = told.start + told.sentence.index("rescinded")
    back = _event(
        "Dario Venn resigned on Monday.", "resigned", "Dario Venn", date_text="on Monday", date="2025-03-10"
    )
    back.start = told.start + 200
    after = _event("He thanked the crews.", "thanked", "Dario Venn", event_id="a1-after")
    after.start = back.start + 100
    after.trigger_start = after.start + after.sentence.index("thanked")
    back.date_granularity = "day"
    events = [dated, told, back, after]
    assert dateless_background(events, ARTICLES) == set()  # off (timeline_narrative_days = 0)
    switched("timeline_narrative_days", "30")
    assert dateless_background(events, ARTICLES) == {"a1-later"}
