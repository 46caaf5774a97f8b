"""How a loaded-word candidate stands in its sentence, read from the parse the article keeps
(``Article.word_roles``, nlp/word_roles.py). A word characterises an actor or an act when it
modifies or predicates one as the writer's choice: an adjective before a noun ("a defiant
senator"), a manner adverb, the verb of a clause ("slammed"), a noun as its object ("a smear").
A noun that is the clause's subject ("the backlash grew", "a firestorm has taken hold") is the
topic the sentence reports on, which the other outlets name as a topic too, and counts less.

Measured on BASIL (``eval compare``, ``ROLE_WEIGHT`` picked on 2010-2012): shown subject nouns
were right 0 of 8 times on 2010-2012 against 0.22 for all shown words; loaded 0.443 / 0.219 ->
0.443 / 0.224 there, held-out 2013-2014 0.407 / 0.230 -> 0.407 / 0.232, the five unseen stories
unchanged. Also measured and left out (docs/measured/compare.md, branch compare45): an adjective
after a copula ("was furious", "would be unprecedented") and a noun inside a compound noun
("conspiracy theory") raise BASIL's precision more (to 0.231 · 0.245) but each loses a marked word
on an unseen story, where one reader marked every loaded wording.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

ROLE_WEIGHT = 0.3
WEAK_ROLES = {
    ("NOUN", "nsubj"): "the subject the sentence reports on",
    ("NOUN", "nsubjpass"): "the subject the sentence reports on",
}


class WordRoles:
    """An article's stored word roles, looked up by offset."""

    def __init__(self, roles: Sequence[Sequence] | None):
        found = sorted((int(r[0]), str(r[1]), str(r[2])) for r in roles or ())
        self.starts = [r[0] for r in found]
        self.roles = [(r[1], r[2]) for r in found]

    def last_word(self, start: int, end: int) -> tuple[str, str] | None:
        """(pos, dep) of the last content word starting inside ``start:end``: the word a phrase
        ("utterly irresponsible", "very, very wide") is built on."""
        at = bisect_left(self.starts, end) - 1
        if at >= 0 and self.starts[at] >= start:
            return self.roles[at]
        return None

    def weak(self, start: int, end: int) -> str:
        """Why the item at ``start:end`` seldom frames an actor ("" when it may)."""
        role = self.last_word(start, end)
        return WEAK_ROLES.get(role, "") if role else ""


def weighed_by_role(items: list[dict], roles: WordRoles) -> list[dict]:
    """``items`` with the score of each standing in a weak role lowered, its ``why`` saying so."""
    for item in items:
        reason = roles.weak(item["start"], item["end"])
        if reason:
            item["score"] = round(item["score"] * ROLE_WEIGHT, 3)
            item["why"] += f"; {reason}"
    return items
