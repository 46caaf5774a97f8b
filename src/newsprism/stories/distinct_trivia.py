"""Trivia among an outlet's own statements: figures and schedules.

BASIL's annotators mark as informational bias the statements that sway a reader about an actor;
the outlet's own line that reports a figure ("the 658-page report", "$1.4 trillion", "52 percent")
or a schedule ("is expected to vote on Wednesday") is seldom one of them. Measured on BASIL dev
among each article's ten best statements (2010-2012 · 2013-2014): a sentence with a digit is right
0.13 · 0.10 of the time against 0.23 · 0.20 without; one with a schedule cue 0.13 · 0.03 against
0.22 · 0.19. A quotation keeps its rank: which figures a speaker is printed citing is the outlet's
choice, as any quotation is.
"""

from __future__ import annotations

import re
from functools import cache

from newsprism.nlp.lexicon import word_list

FIGURE_WEIGHT = 0.8  # the outlet's own sentence holding a figure (a digit)
SCHEDULE_WEIGHT = 0.8  # ...or a schedule cue (statement_schedule_cues.txt)
_DAYS = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_DIGIT = re.compile(r"\d")


@cache
def _schedule() -> re.Pattern[str]:
    """The schedule cues as one pattern of whole words, "<day>" standing for any day of the week."""
    phrases = [re.escape(cue).replace("<day>", _DAYS) for cue in word_list("statement_schedule_cues.txt")]
    return re.compile(r"\b(?:" + "|".join(phrases) + r")\b", re.IGNORECASE)


def trivia_weight(text: str) -> tuple[float, str]:
    """(weight, reason) of an outlet's own statement: below 1 when it reports a figure or a
    schedule, with the reason its ``why`` gives; (1.0, "") otherwise."""
    weight, reasons = 1.0, []
    if _DIGIT.search(text):
        weight *= FIGURE_WEIGHT
        reasons.append("a figure")
    if _schedule().search(text):
        weight *= SCHEDULE_WEIGHT
        reasons.append("a schedule")
    return weight, ("reports " + " and ".join(reasons)) if reasons else ""
