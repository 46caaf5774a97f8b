"""How a loaded-word candidate stands in its sentence, read from the parse the article keeps
(``Article.word_roles``, nlp/word_roles.py). A word characterises an actor or an act when it
modifies or predicates one as the writer's choice: an adjective before a noun ("a defiant
senator"), a manner adverb, the verb of a clause ("slammed"), a noun as its object ("a smear").
A noun that is the clause's subject ("the backlash grew", "a firestorm has taken hold") is the
topic the sentence reports on, which the other outlets name as a topic too, and counts less.

An adjective or noun after a copula ("was defiant", "is a liar") characterises the clause's
subject: it counts as loaded when that subject is one of the story's main actors (named, or a
person by pronoun) or something one of them owns ("his remarks were vile"), and keeps
``ROLE_WEIGHT`` when it is said of a thing ("the plan was reckless", "a funding stream would be
unprecedented"). Rows stored without heads read as before: no predicate rule.

Measured on BASIL (``eval compare``, ``ROLE_WEIGHT`` picked on 2010-2012): shown subject nouns
were right 0 of 8 times on 2010-2012 against 0.22 for all shown words; loaded 0.443 / 0.219 ->
0.443 / 0.224 there, held-out 2013-2014 0.407 / 0.230 -> 0.407 / 0.232 (branch compare45). Shown
predicates said of a thing were right 1 of 17 (tune) and 1 of 8 (held-out); with them at 0.3,
loaded 0.443 / 0.224 -> 0.443 / 0.232 and 0.407 / 0.232 -> 0.407 / 0.235; unseen43 0.113 ->
0.170 recall at precision 1.0, unseen44 0.068 / 0.750 -> 0.045 / 0.667 (branch compare45b,
docs/measured/compare.md). A noun inside a compound noun ("conspiracy theory") is left in: it
loses a marked word on an unseen story.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from newsprism.nlp.word_roles import CONTENT_POS

ROLE_WEIGHT = 0.3
WEAK_ROLES = {
    ("NOUN", "nsubj"): "the subject the sentence reports on",
    ("NOUN", "nsubjpass"): "the subject the sentence reports on",
}


PREDICATES = {("ADJ", "acomp"), ("NOUN", "attr"), ("ADJ", "attr")}  # "was defiant", "is a liar"
SUBJECTS = ("nsubj", "nsubjpass")
CHILD_REACH = 300  # characters around a verb searched for its subject (a sentence's reach)
_WORD = re.compile(r"[^\W_]+")
PERSONAL = {"he", "she", "they", "i", "we", "you", "who", "his", "her", "their", "my", "our", "your"}


class WordRoles:
    """An article's stored word roles, looked up by offset. Rows stored before heads were kept
    (``[start, pos, dep]``) read as before, with no head."""

    def __init__(self, roles: Sequence[Sequence] | None, actors: Sequence[Sequence] = (), text: str = ""):
        # Stored in text order (nlp/word_roles.py); read as stored, nothing converted or indexed
        # up front, as the comparison reads twenty articles' rows on every view.
        self.rows = roles or ()
        self.all_starts = [r[0] for r in self.rows]
        content = [i for i, r in enumerate(self.rows) if r[1] in CONTENT_POS]
        self.starts = [self.rows[i][0] for i in content]
        self.at = content  # a content word's index in ``rows``
        self.actors = sorted((int(a[0]), int(a[1])) for a in actors)  # main actors' mentions
        self.text = text

    def last_word(self, start: int, end: int) -> tuple[str, str] | None:
        """(pos, dep) of the last content word starting inside ``start:end``: the word a phrase
        ("utterly irresponsible", "very, very wide") is built on."""
        at = bisect_left(self.starts, end) - 1
        if at >= 0 and self.starts[at] >= start:
            row = self.rows[self.at[at]]
            return (row[1], row[2])
        return None

    def predicate_subject(self, start: int, end: int) -> str | None:
        """What a predicate word at ``start:end`` ("was defiant") says something of: "actor" (a
        main actor's mention or a personal pronoun), "act" (a noun one of them owns: "his remarks
        were vile"), "" (anything else: a plan, a day, "it"); None when the item is no predicate
        or its subject is not known (rows stored without heads, a subject the clause shares)."""
        at = bisect_left(self.starts, end) - 1
        if at < 0 or self.starts[at] < start:
            return None
        row = self.rows[self.at[at]]
        if (row[1], row[2]) not in PREDICATES or len(row) < 4:
            return None  # no predicate, or a row stored without its head
        subjects = [c for c in self._children(row[3]) if c[2] in SUBJECTS]
        if not subjects:
            return None
        subject = subjects[0][0]
        if self._actor_or_person(subject):
            return "actor"
        owners = [c[0] for c in self._children(subject) if c[2] == "poss"]
        return "act" if any(self._actor_or_person(o) for o in owners) else ""

    def _children(self, head: int) -> list[Sequence]:
        """The stored rows whose head is the word at ``head`` (looked for in its neighbourhood)."""
        lo = bisect_left(self.all_starts, head - CHILD_REACH)
        hi = bisect_left(self.all_starts, head + CHILD_REACH)
        return [r for r in self.rows[lo:hi] if len(r) > 3 and r[3] == head and r[0] != head]

    def _actor_or_person(self, at: int) -> bool:
        word = _WORD.match(self.text, at)
        if word and word.group().lower() in PERSONAL:
            return True
        found = bisect_left(self.actors, (at + 1, 0)) - 1
        return found >= 0 and self.actors[found][0] <= at < self.actors[found][1]

    def weak(self, start: int, end: int) -> str:
        """Why the item at ``start:end`` seldom frames an actor ("" when it may)."""
        role = self.last_word(start, end)
        if role and role in WEAK_ROLES:
            return WEAK_ROLES[role]
        if self.predicate_subject(start, end) == "":
            return "said of a thing, not of a main actor or their act"
        return ""


def weighed_by_role(items: list[dict], roles: WordRoles) -> list[dict]:
    """``items`` with the score of each standing in a weak role lowered, its ``why`` saying so."""
    for item in items:
        reason = roles.weak(item["start"], item["end"])
        if reason:
            item["score"] = round(item["score"] * ROLE_WEIGHT, 3)
            item["why"] += f"; {reason}"
    return items
