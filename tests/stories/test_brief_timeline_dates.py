"""The brief's key events and the timeline date one happening alike: the same reports get the same
date in both (invented articles)."""

from newsprism.models import Article, Event
from newsprism.stories.compare_events import key_events
from newsprism.stories.timeline import group_events
from newsprism.stories.timeline_dates import happening_date

OUTLET_OF = {"a": "Harbour Wire", "b": "Valley Post"}


def _article(article_id: str, published: str) -> Article:
    return Article(
        article_id=article_id, source=article_id, text="", outlet=OUTLET_OF[article_id], published=published
    )


def _event(article_id, kind, sentence, date, granularity, date_text) -> Event:
    return Event(
        article_id,
        kind,
        10,
        10 + len(sentence),
        sentence,
        actors=["Vance Orrin"],
        date=date,
        date_granularity=granularity,
        date_text=date_text,
    )


def _both(events: list[Event], articles: dict[str, Article]) -> tuple[list[str | None], list[str | None]]:
    """The key events' dates and the timeline rows' dates of the same reports."""
    published = [a.published for a in articles.values()]
    brief = [row["date"] for row in key_events(events, OUTLET_OF, {}, published, articles)]
    return brief, [row.date for row in group_events(events, articles, {})]


def test_a_passing_mention_dates_neither_the_key_event_nor_the_row():
    """ "sought since Monday's bombings" dates the bombings: both outlets' capture is dated by the
    first day it was reported, in the brief as in the timeline."""
    sentence = "Police captured Vance Orrin, sought since Monday's bombings."
    events = [
        _event("a", "SEIZE", sentence, "2031-04-14", "day", "Monday"),
        _event("b", "SEIZE", sentence, "2031-04-14", "day", "Monday"),
    ]
    articles = {"a": _article("a", "2031-04-18"), "b": _article("b", "2031-04-19")}
    assert _both(events, articles) == (["2031-04-18"], ["2031-04-18"])


def test_a_tie_between_date_words_breaks_as_the_timeline_breaks_it():
    """One report says "in March", the other "on March 2": a tie, kept by the day first counted
    (the reports come by day), not by the earliest string ("2031-03" sorts before "2031-03-02")."""
    events = [
        _event("a", "CONSULT", "In March, Vance Orrin met the council.", "2031-03", "month", "March"),
        _event("b", "CONSULT", "On March 2, Vance Orrin met the council.", "2031-03-02", "day", "March 2"),
    ]
    articles = {"a": _article("a", "2031-03-03"), "b": _article("b", "2031-03-04")}
    assert _both(events, articles) == (["2031-03-02"], ["2031-03-02"])


def test_an_accusation_is_dated_when_made_in_the_brief_too():
    """The year of the told act ("a 2009 party") does not date the accusation: both say when it
    was made (no published days given, so nothing counts as background)."""
    sentence = "Vance Orrin accused the mayor of assault at a 2009 party."
    events = [
        _event("a", "ACCUSE", sentence, "2009", "year", "2009"),
        _event("b", "ACCUSE", sentence, "2009", "year", "2009"),
    ]
    articles = {"a": _article("a", "2031-05-06"), "b": _article("b", "2031-05-07")}
    brief = [row["date"] for row in key_events(events, OUTLET_OF, {}, [], articles)]
    assert brief == ["2031-05-06"] == [row.date for row in group_events(events, articles, {})]


def test_date_words_before_the_verb_date_the_speech_itself():
    """ "In 2011, Vance Orrin derided ..." dates the deriding: the row keeps 2011, while the same
    year after the verb ("accused ... at a 2009 party") is the told act's and gives way."""
    sentence = "In 2011, Vance Orrin derided the mayor's budget."
    trigger = 10 + sentence.index("derided")
    early = _event("a", "ACCUSE", sentence, "2011", "year", "2011")
    early.trigger_start = trigger
    told = "Vance Orrin accused the mayor of assault at a 2009 party."
    late = _event("b", "ACCUSE", told, "2009", "year", "2009")
    late.trigger_start = 10 + told.index("accused")
    articles = {"a": _article("a", "2031-05-06"), "b": _article("b", "2031-05-07")}
    assert happening_date(early, articles["a"]) == ("2011", "year")
    assert happening_date(late, articles["b"]) == ("2031-05-07", "day")
