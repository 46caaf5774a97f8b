"""Acts a sentence names in passing, which a chronology neither lists nor dates by: read from the
stored sentence and the trigger's place in it (the timeline parses nothing again).

- an enumerated list ("they followed this blueprint: a) praise him b) ask him ... c) when he
  declines ..."): items of a pattern or a summary, no report of a happening;
- an act named as the topic of a preposition in a gerund ("raised concerns about the link between
  Trump calling for an investigation and ..."): another's concern or claim is about it;
- an undated act of a sentence opening on a clause of "before" ("Before he became speaker, Ryan
  promised ..."): done at some undated time before another act, so the article's day would date it
  wrongly (as ``timeline_reads.undated_background``);
- a date inside a noun phrase after a possessive ("called their June 2016 meeting 'treasonous'"):
  it dates the thing named, not the act told of it;
- a reporting credit ("Dana Lee contributed.", "Dana Lee and Sam Orr contributed to this report."):
  the article's byline, no act of the story.

Each rule has its switch in ``[stories]`` settings (``timeline_listed_items``,
``timeline_gerund_topics``, ``timeline_before_clause``, ``timeline_possessed_dates``,
``timeline_credit_lines``).
"""

from __future__ import annotations

import re

from newsprism.models import Event
from newsprism.stories import timeline_config

# "a) ..." / "(b) ..." / "1) ...": a marker after a colon, a space or a semicolon, before a space or the end
_ITEM = re.compile(r"(?:^|(?<=[\s:;,]))\(?([a-h]|[1-9])\)(?=\s|$)")
_TOPIC_PREPOSITIONS = "about|between|of|over|for|against|on|with|to|at|from"
_NAME = r"(?:[A-Z][\w.\-'\u2019]*\s+){1,4}"
# "... between Trump " just before a gerund trigger: the act is the preposition's topic
_GERUND_TOPIC = re.compile(rf"\b(?:{_TOPIC_PREPOSITIONS})\s+{_NAME}$")
_PAST_IRREGULAR = (
    "was|were|became|took|won|ran|left|came|got|went|made|had|began|gave|lost|held|led|met|rose|wrote|spoke"
)
# "Before he became speaker," / "Long before Smith ran for office,": a clause (a pronoun or a name,
# and a past verb), not a noun phrase ("Before Tuesday's vote,", "Before the vote,")
_BEFORE_CLAUSE = re.compile(
    r"^(?i:(?:(?:long|shortly|just|even|years|months|weeks|days)\s+)?before)\s+"
    r"(?:(?i:he|she|they|we|i|it)\s+|(?:[A-Z][\w.\-]*\s+){1,3})"
    rf"(?:(?:had|was|were)\s+)?(?:[a-z]+ed|{_PAST_IRREGULAR})\b[^,]*,"
)
# "Dana Lee contributed.", "Dana Lee and Sam Orr contributed reporting to this story." (a whole sentence)
_CREDIT_LINE = re.compile(
    r"^(?:[A-Z][\w.\-'\u2019]*,?\s+(?:and\s+)?){1,12}(?:also\s+)?contributed"
    r"(?:\s+(?:reporting|to\s+this\s+(?:report|story|article)|(?:to|from)\s+[A-Z][\w ,]*))*\.?$"
)
_POSSESSOR = r"(?:\b(?:his|her|their|its|our|my|your|whose)|['\u2019]s)"


def listed_items(sentence: str) -> bool:
    """The sentence enumerates items: markers "a)" and "b)" (or "1)" and "2)") both in it."""
    found = {m.group(1) for m in _ITEM.finditer(sentence)}
    return {"a", "b"} <= found or {"1", "2"} <= found


def gerund_topic(event: Event) -> bool:
    """The act's verb is a gerund right after its actor's name, itself the object of a preposition
    ("the link between Trump calling for ..."; "concerns about Smith hiring ...")."""
    if event.trigger_start is None or not event.trigger:
        return False
    first = event.trigger.split()[0].lower()
    if not first.endswith("ing"):
        return False
    before = event.sentence[: max(0, event.trigger_start - event.start)]
    found = _GERUND_TOPIC.search(before)
    if found is None:
        return False
    named = found.group(0).lower()
    return any(name.split()[-1].lower() in named for name in event.actors if name.split())


def credit_line(sentence: str) -> bool:
    """The sentence is a reporting credit: names, "contributed", maybe "(reporting) to this report"."""
    return _CREDIT_LINE.match(sentence.strip()) is not None


def before_clause(event: Event) -> bool:
    """An undated act of a sentence that opens on a "before" clause ("Before he became speaker, ...")."""
    return not event.date_text and bool(_BEFORE_CLAUSE.match(event.sentence.lstrip()))


def passing_act(event: Event) -> bool:
    """Whether the timeline leaves the report out as an act named in passing (see the module)."""
    on = timeline_config.limits()
    return (
        (on["timeline_listed_items"] and listed_items(event.sentence))
        or (on["timeline_gerund_topics"] and gerund_topic(event))
        or (on["timeline_before_clause"] and before_clause(event))
        or (on["timeline_credit_lines"] and credit_line(event.sentence))
    )


def possessed_date(event: Event) -> bool:
    """The event's date words stand between a possessive and a noun ("their June 2016 meeting",
    "Smith's May 5 speech"): the date of the thing possessed, named in passing."""
    if not timeline_config.limits()["timeline_possessed_dates"] or not event.date_text:
        return False
    pattern = _POSSESSOR + r"\s+" + re.escape(event.date_text) + r"\s+[a-z]"
    return re.search(pattern, event.sentence, re.IGNORECASE) is not None
