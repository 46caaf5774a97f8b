"""What a later "later that month", "that day", "the following week" counts from.

A sentence whose main clause has no date still names a date a reader keeps in mind ("The mayor,
who was arrested in March, resigned. Later that month, ..." is March). So when the main clause
gives no date, the anchor of the next told-relative expression is the last date the sentence
mentions, read in the tense of the words before it; the events keep their own clause's date.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span

import newsprism.events.rules as rules
from newsprism.events.dates import find_date_expressions, resolve_date, tense_before
from newsprism.events.told import is_told

# "by today's standards", "today's Republican party": the present at large, no day
_NOWADAYS = re.compile(r"today\s*['’]s\b", re.IGNORECASE)


def anchor_of(
    sent: Span, published: str | None, anchor: tuple[str, str] | None, clause_date: Callable
) -> tuple[str | None, str | None, str | None]:
    """The sentence's (date, granularity, text) as ``clause_date`` gives it for its main clause;
    with none there, the last date mentioned anywhere in it (a relative clause, a modifier)."""
    dated = clause_date(sent, published, anchor)
    if dated[1] or not rules.enabled("mentioned_anchors"):
        return dated
    text = sent.text
    for expression in reversed(find_date_expressions(text, sent.start_char)):
        start = expression.start - sent.start_char
        if expression.named or is_told(expression.text) or _nowadays(expression.text, text, start):
            continue  # "Fox News Sunday" names no day; "that day" needs an anchor of its own
        when, granularity = resolve_date(expression.text, published, tense_before(text, start))
        if when and granularity:
            return when, granularity, expression.text
    return dated


def _nowadays(expression: str, text: str, start: int) -> bool:
    """Whether the expression ends in a possessive "today's", the present at large."""
    return _NOWADAYS.match(text, start + len(expression) - len("today")) is not None
