"""The story's key events ("what happened" in the brief): who did it, during the story."""

from newsprism.models import Event
from newsprism.stories.compare_events import key_events


def _event(article_id, kind, actors, date=None, sentence="x"):
    start = 100 * len(kind) + len(sentence)  # one sentence of its own per event
    return Event(article_id, kind, start, start + len(sentence), sentence, actors=actors, date=date)


OUTLET_OF = {"a": "one", "b": "two", "c": "three"}


def test_background_dated_well_before_the_story_is_not_what_happened():
    events = [
        _event("a", "RETREAT", ["Tim Murphy"], "2017", "Murphy resigned last year."),
        _event("b", "RETREAT", ["Tim Murphy"], "2017", "Murphy resigned in 2017."),
        _event("a", "AGREE", ["Conor Lamb"], "2018-03-13", "Lamb claimed victory."),
        _event("c", "AGREE", ["Conor Lamb"], "2018-03-13", "Lamb claimed victory in the race."),
        _event("b", "THREATEN", ["Donald Trump"], "2018-02-26", "Trump announced tariffs a week ago."),
        _event("c", "THREATEN", ["Donald Trump"], "2018-02-26", "Trump vowed tariffs last week."),
    ]
    found = key_events(events, OUTLET_OF, {}, ["2018-03-14", "2018-03-12", None])
    assert [row["actors"] for row in found] == [["donald trump"], ["conor lamb"]]  # 14 days back, not 2017
    assert len(key_events(events, OUTLET_OF, {}, [])) == 3  # no dates known: nothing is background


def test_a_pronoun_is_no_actor_two_outlets_share():
    events = [
        _event("a", "SUPPORT", ["he"], sentence="He praised the deal."),
        _event("b", "SUPPORT", ["he"], sentence="He thanked his staff."),
        _event("a", "CONSULT", ["Kim Jong Un"], sentence="Kim will meet Trump."),
        _event("b", "CONSULT", ["Kim Jong Un"], sentence="Kim agreed to a meeting."),
    ]
    found = key_events(events, OUTLET_OF, {})
    assert [row["actors"] for row in found] == [["kim jong un"]]


def test_a_key_event_is_dated_when_it_happened_not_when_most_reported_it():
    """Reports without date words carry their article's day ("by then"): two next-morning
    reports do not move the hearing to the next morning; a report that dates it in words wins."""
    said = "Varga rebuffed the committee at the hearing."
    outlets = {"a": "one", "b": "two", "c": "three", "d": "four"}
    undated = [
        _event("a", "REJECT", ["Ilse Varga"], "2025-03-04", said),
        _event("b", "REJECT", ["Ilse Varga"], "2025-03-05", said),
        _event("c", "REJECT", ["Ilse Varga"], "2025-03-05", said),
    ]
    assert [row["date"] for row in key_events(undated, outlets, {})] == ["2025-03-04"]
    dated = _event("d", "REJECT", ["Ilse Varga"], "2025-03-03", "On Monday, Varga rebuffed the committee.")
    dated.date_granularity, dated.date_text = "day", "Monday"
    assert [row["date"] for row in key_events([*undated, dated], outlets, {})] == ["2025-03-03"]


def test_one_body_under_two_names_is_one_actor_of_a_key_event():
    events = [
        _event(
            "a", "SANCTION", ["the U.S. Supreme Court"], sentence="The U.S. Supreme Court ruled on Friday."
        ),
        _event("b", "SANCTION", ["Supreme Court"], sentence="A divided Supreme Court ruled on the bans."),
    ]
    found = key_events(events, OUTLET_OF, {})
    assert [(row["actors"], row["outlets"]) for row in found] == [(["Supreme Court"], ["one", "two"])]
    unrelated = [_event("a", "SANCTION", ["state court"]), _event("b", "SANCTION", ["Supreme Court"])]
    assert key_events(unrelated, OUTLET_OF, {}) == []


def test_a_key_event_is_the_timeline_row_of_reports_naming_different_recipients():
    """Two outlets tell one act, one naming whom it was done to and one not: the timeline makes
    them one row, so the brief's "what happened" lists it as told by both (grouping by type,
    actors and recipients alone kept them apart, each told by one outlet, and listed neither)."""
    named = _event("a", "REJECT", ["Orla Benn"], "2025-06-12", "Benn blocked the harbour levy on Thursday.")
    named.recipients = ["Piet Marlow"]
    bare = _event(
        "b", "REJECT", ["Orla Benn"], "2025-06-12", "Benn blocked the levy, stalling the harbour plan."
    )
    found = key_events([named, bare], {"a": "one", "b": "two"}, {})
    assert [(row["actors"], row["outlets"]) for row in found] == [(["orla benn"], ["one", "two"])]
