"""Stop 47: an act whose verb stands inside quotation marks is a speaker's words, not the outlet
reporting a happening: it never makes a row of its own, but still joins the lead's row it retells
(``timeline_quoted_rows_joined_only``). Invented sentences."""

from __future__ import annotations

from unittest import mock

from newsprism.models import HAPPENING, Article, Event
from newsprism.stories import timeline_config
from newsprism.stories.timeline_group import group_events
from newsprism.stories.timeline_reads import told_in_quotation

ARTICLES = {"a": Article("a", "a", "", outlet="Daily A", published="2021-05-06")}
QUOTED = '"I appeal to the governor to pardon me," the letter from Ivo Marsh read.'


def _event(sentence: str, start: int, trigger: str, quote: str | None = None, kind: str = "REQUEST") -> Event:
    return Event(
        "a",
        kind,
        start,
        start + len(sentence),
        sentence,
        trigger=trigger,
        trigger_start=start + sentence.index(trigger.split()[0]),
        actors=["Ivo Marsh"],
        actor_entity_ids=["person-marsh"],
        recipients=["governor"] if kind != HAPPENING else [],
        recipient_entity_ids=[None] if kind != HAPPENING else [],
        date="2021-05-06",
        quote_id=quote,
        event_id=f"a:{start}",
    )


def test_the_verb_inside_quotation_marks_is_told_in_quotation():
    assert told_in_quotation(_event(QUOTED, 900, "appeal", "a:q3"))
    curly = "\u201cWe ask the court to act,\u201d Marsh said."
    assert told_in_quotation(_event(curly, 900, "ask", "a:q3"))
    outside = 'Marsh urged the governor to act, calling the ruling "a disgrace."'
    assert not told_in_quotation(_event(outside, 900, "urged", "a:q3"))


def test_a_quotation_carried_on_from_an_earlier_sentence_is_told_in_quotation():
    carried = "We ask for patience while the board completes its review.\u201d"
    assert told_in_quotation(_event(carried, 900, "completes", "a:q3"))
    straight = 'We ask for patience while the board completes its review."'
    assert told_in_quotation(_event(straight, 900, "completes", "a:q3"))
    own = "The board completed its review, calling it \u201cthorough.\u201d"
    assert not told_in_quotation(_event(own, 900, "completed", "a:q3"))
    plain = "The board completed its review on Friday."
    assert not told_in_quotation(_event(plain, 900, "completed", "a:q3"))


def test_a_quoted_act_alone_makes_no_row():
    assert group_events([_event(QUOTED, 900, "appeal", "a:q3")], ARTICLES, {}) == []
    limits = dict(timeline_config.limits(), timeline_quoted_rows_joined_only=False)
    with mock.patch.object(timeline_config, "limits", return_value=limits):
        assert len(group_events([_event(QUOTED, 900, "appeal", "a:q3")], ARTICLES, {})) == 1


def test_a_quoted_act_retelling_the_lead_still_joins_it():
    lead = _event("Ivo Marsh has asked the governor for a pardon, his lawyers said.", 0, "asked")
    retold = _event('"I ask the governor for a pardon today," Marsh wrote in the letter.', 120, "ask", "a:q1")
    (row,) = group_events([lead, retold], ARTICLES, {})
    assert len(row.wording) == 2
