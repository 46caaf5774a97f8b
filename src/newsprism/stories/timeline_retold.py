"""An article's lead act retold in its actor's own words just after (``timeline_group``)."""

from __future__ import annotations

from typing import Any

from newsprism.models import Event
from newsprism.stories.compare_text import stem
from newsprism.stories.features import stopwords
from newsprism.stories.timeline_shared import _WORD, _each_overlap, _name_words, content_words


def retold(group: Any, event: Event, report: tuple[set[str], set[str], int | None], limits: dict) -> bool:
    """A report inside a quote or reported speech, just after its article's lead (within
    ``timeline_lead_reach`` characters), is the lead's act retold in its actor's own words when the
    lead's report of that actor that day is in ``group`` and they share some wording beyond the
    actor's name (``timeline_unstated_wording``): "McConnell has whipped the 51 votes required to
    establish the rules for President Trump's impeachment trial" and "McConnell told colleagues
    ... that he had secured the necessary backing to begin President Trump's impeachment trial".
    An act told beside the lead in the reporter's words ("He also ordered the flags ...") is
    another act. The retold report must also carry the lead's act itself (``_carries_act``): its
    actor's other acts quoted beside the lead ("calling out this president", his reason, beside
    "ended his campaign") are acts of their own.
    ``report``: the event's actor keys, content words, grouping day."""
    actors, words, day = report
    if event.article_id not in group.leads or day is None or day not in group.days:
        return False
    if not 0 < event.start <= limits["timeline_lead_reach"] or not actors & group.actors:
        return False
    if not limits["timeline_lead_retold"] or not _carries_act(group, event):
        return False
    return (
        _each_overlap(group, words, group.named | _name_words(event.actors))
        >= limits["timeline_unstated_wording"]
    )


def _carries_act(group: Any, event: Event) -> bool:
    """A report retells the group's act when typed alike ("demanded ... recanvass" / "I am calling
    on ... to begin a recanvass") or when a word of its trigger, stemmed, is in its article's other wording
    of the group ("declared a national emergency" / "I am officially declaring a national emergency"; "begin
    trial" after "the rules for the impeachment trial"): the act or its object, not only its actor
    and some shared words."""
    if event.type == group.row.type:
        return True
    told = {stem(w) for w in _WORD.findall(event.trigger.lower()) if w not in stopwords() and len(w) > 1}
    lead = {w for told_by in group.row.wording if told_by["article_id"] == event.article_id
            and told_by["text"] != event.sentence for w in content_words(told_by["text"])}  # fmt: skip
    return bool(told) and any(stem(w) in told for w in lead)
