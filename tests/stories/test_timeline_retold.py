"""An article's lead act retold just after in its actor's own words (a report inside a quote or
reported speech) is one row with the lead's report (issue 19); an act told beside the lead in the
reporter's words, one told far down the article, or another actor's, stays a row of its own."""

from __future__ import annotations

from newsprism.models import HAPPENING, Article, Event
from newsprism.stories.timeline_group import group_events

ARTICLES = {"a": Article("a", "a", "", outlet="Daily A", published="2021-05-06")}
LEAD = (
    "Senate leader Ada Quill has gathered the 51 votes required to set the rules for the governor's "
    "impeachment trial, according to several reports."
)
TOLD = (
    "Quill told colleagues at a closed-door lunch on Thursday that she had secured the backing to "
    "begin the governor's impeachment trial."
)


def _event(
    sentence: str, start: int, kind: str, trigger: str, quote: str | None = None, actor: str = "Ada Quill"
) -> Event:
    return Event(
        "a",
        kind,
        start,
        start + len(sentence),
        sentence,
        trigger=trigger,
        actors=[actor],
        actor_entity_ids=[f"person-{actor.split()[-1].lower()}"],
        recipients=["governor"] if kind != HAPPENING else [],
        recipient_entity_ids=[None] if kind != HAPPENING else [],
        date="2021-05-06",
        quote_id=quote,
        event_id=f"a:{start}",
    )


def test_the_lead_act_retold_in_the_actor_s_words_just_after_is_one_row():
    lead = _event(LEAD, 0, HAPPENING, "gathered votes")
    told = _event(TOLD, 160, "ACCUSE", "begin trial", quote="a:q1")
    (row,) = group_events([lead, told], ARTICLES, {})
    assert row.type == HAPPENING and len(row.wording) == 2


def test_acts_beside_the_lead_far_down_or_of_another_actor_stay_apart():
    lead = _event(LEAD, 0, HAPPENING, "gathered votes")
    plain = _event(TOLD, 160, "ACCUSE", "begin trial")  # the reporter's words, no quote
    assert len(group_events([lead, plain], ARTICLES, {})) == 2
    far = _event(TOLD, 2400, "ACCUSE", "begin trial", quote="a:q5")
    assert len(group_events([lead, far], ARTICLES, {})) == 2
    other = _event(TOLD.replace("Quill", "Brandt"), 160, "ACCUSE", "begin trial", "a:q1", "Oskar Brandt")
    assert len(group_events([lead, other], ARTICLES, {})) == 2


def test_another_act_of_the_lead_s_actor_quoted_just_after_stays_apart():
    lead = _event("Ada Quill has ended her primary campaign against the governor.", 0, HAPPENING, "ended")
    reason = _event(
        '"I got into this campaign because someone had to be out there every day calling out the governor," '
        "Quill said of her primary campaign.",
        80,
        "ACCUSE",
        "calling out",
        quote="a:q1",
    )
    assert len(group_events([lead, reason], ARTICLES, {})) == 2
