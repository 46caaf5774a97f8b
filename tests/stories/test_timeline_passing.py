"""Acts a sentence names in passing make no timeline row and lend it no date: an enumerated list of
what someone tends to do, an act named in a gerund as a preposition's topic, an undated act of a
sentence opening on a "before" clause, a reporting credit; a date between a possessive and a noun dates that noun.
Invented sentences; each rule is checked on and switched off (``[stories]`` settings)."""

from __future__ import annotations

import pytest

from newsprism.models import Article, Event
from newsprism.stories import timeline_config
from newsprism.stories.timeline_dates import happening_date
from newsprism.stories.timeline_passing import passing_act

ARTICLE = Article(text="", source="a1.txt", article_id="a1", outlet="Lakeside Herald", published="2025-03-12")


def _event(sentence: str, trigger: str, actor: str, date_text: str | None = None, **more) -> Event:
    return Event(
        article_id="a1",
        type=more.pop("type", "HAPPENING"),
        start=100,
        end=100 + len(sentence),
        sentence=sentence,
        trigger=trigger,
        actors=[actor],
        actor_entity_ids=["person-x"],
        trigger_start=100 + sentence.index(trigger),
        date_text=date_text,
        **more,
    )


@pytest.fixture
def switched(monkeypatch):
    """Switch one rule off (by its settings key) for the test, the cache read afresh."""

    def off(key: str) -> None:
        monkeypatch.setenv(f"NEWSPRISM_STORIES_{key.upper()}", "false")
        timeline_config.limits.cache_clear()

    yield off
    monkeypatch.undo()
    timeline_config.limits.cache_clear()


LISTED = _event(
    "Critics mostly followed this pattern: a) thank Orla Penhale for her work b) ask her about the "
    "levees c) complain when Orla Penhale declines.",
    "declines",
    "Orla Penhale",
)
TOPIC = _event(
    "The auditor raised doubts about the link between Penhale demanding a review and the grant to the port.",
    "demanding",
    "Penhale",
)
BEFORE = _event(
    "Before he became mayor, Dario Venn promised the unions he would not sell the depot.",
    "promised",
    "Dario Venn",
)
CREDIT = _event("Orla Penhale and Dario Venn contributed to this report.", "contributed", "Orla Penhale")
POSSESSED = _event(
    "Dario Venn called their June 2021 meeting a disgrace.",
    "called",
    "Dario Venn",
    date_text="June 2021",
    date="2021-06",
    date_granularity="month",
    type="HAPPENING",  # not a said type (``timeline_said_types.txt``), whose own rule dates it
)


@pytest.mark.parametrize(
    ("event", "key"),
    [
        (LISTED, "timeline_listed_items"),
        (TOPIC, "timeline_gerund_topics"),
        (BEFORE, "timeline_before_clause"),
        (CREDIT, "timeline_credit_lines"),
    ],
)
def test_an_act_named_in_passing_makes_no_row(event, key, switched):
    assert passing_act(event)
    switched(key)
    assert not passing_act(event)


def test_reports_of_their_own_stay():
    kept = [
        _event("Orla Penhale thanked the crews on Monday.", "thanked", "Orla Penhale", "Monday"),
        _event("Despite the storm, Penhale demanding calm was heard.", "demanding", "Penhale"),
        _event("Before the vote, Dario Venn promised the unions a raise.", "promised", "Dario Venn"),
        _event("Before Tuesday's vote, Dario Venn promised a raise.", "promised", "Dario Venn"),
        _event("She listed two items: a) a levy on boats.", "listed", "Orla Penhale"),
        _event("Dario Venn contributed $5,000 to the flood fund.", "contributed", "Dario Venn"),
    ]
    assert not any(passing_act(e) for e in kept)


def test_a_date_of_a_possessed_noun_is_not_the_acts(switched):
    assert happening_date(POSSESSED, ARTICLE) == ("2025-03-12", "day")
    own = _event(
        "Dario Venn met the unions in June 2021.",
        "met",
        "Dario Venn",
        date_text="June 2021",
        date="2021-06",
        date_granularity="month",
        type="CONSULT",
    )
    assert happening_date(own, ARTICLE) == ("2021-06", "month")
    switched("timeline_possessed_dates")
    assert happening_date(POSSESSED, ARTICLE) == ("2021-06", "month")
