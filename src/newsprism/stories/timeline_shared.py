"""Wording shared between a timeline happening's reports: the words a sentence is compared by,
and the most of them a report shares with any one report of a happening (``timeline_group``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from newsprism.stories.features import stopwords

_WORD = re.compile(r"[a-z0-9]+")


def content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in stopwords()}


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / max(1, min(len(a), len(b)))


def _each_overlap(group: Any, words: set[str], left_out: set[str] = frozenset()) -> float:
    """The most wording a report shares with any one report of the group (``left_out`` words and
    one-letter tokens not counted). Against each report apart, not the union of the group's words:
    a much-reported actor's group collects so many words that any new sentence about them reaches
    any share of it."""
    own = _content(words) - left_out
    return max((_overlap(own, clause - left_out) for clause in group.clauses), default=0.0)


def _content(words: set[str]) -> set[str]:
    """The words a wording check counts: not the "s" of "Trump's" nor the "u" of "U.S."."""
    return {w for w in words if len(w) > 1}


def _name_words(names: Sequence[str]) -> set[str]:
    """The last word of each actor's name as written ("gingrich" of "Newt Gingrich"): how another
    outlet's sentence names the same actor when its parse gave the act to someone else."""
    found = set()
    for name in names:
        tokens = _WORD.findall(name.lower())
        if tokens and tokens[-1] not in stopwords():
            found.add(tokens[-1])
    return found
