"""One happening told from its two sides by two articles: "Trump forced out his attorney general
on Wednesday" (Trump acting, Sessions acted upon) and "Sessions resigned ... on Wednesday"
(Sessions acting). The two reports share no actor, so no other rule of ``timeline_group`` joins
them; they are one happening when one's recipient is the other's actor and their verbs are the
two sides of one line of ``timeline_converse_acts.txt`` (the dates are checked by the caller).
Within one article, two such clauses are told apart on purpose and stay two rows."""

from __future__ import annotations

from functools import cache
from typing import Any

from newsprism.nlp.lexicon import lines
from newsprism.stories.compare_text import stem


@cache
def _sides() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """Each line's (doer verbs, undergoer verbs), stemmed."""
    found = []
    for line in lines("timeline_converse_acts.txt"):
        doing, _, undergoing = line.lower().partition("|")
        found.append((frozenset(map(stem, doing.split())), frozenset(map(stem, undergoing.split()))))
    return tuple(found)


def converse(group: Any, article_id: str, actors: set[str], recipients: set[str], head: str) -> bool:
    """Whether a report (its article, actor and recipient keys, stemmed verb ``head``) tells the
    other side of the happening ``group`` (``timeline_group._Group``)."""
    if article_id in group.articles or not head:
        return False
    for doing, undergoing in _sides():
        if head in doing and group.heads & undergoing and recipients & group.actors:
            return True
        if head in undergoing and group.heads & doing and actors & group.recipients:
            return True
    return False
