"""What a statement's main clause is about, read from the parse the article keeps
(``Article.word_roles``, nlp/word_roles.py): the subject of the sentence's root verb is a person
(one of the story's main actors, anyone the entity stage names a PERSON, or a personal pronoun) or
a thing ("the bill passed", "turnout was low", "the report found").

BASIL's annotators mark as informational bias the statements that sway a reader about an actor;
a sentence in the outlet's own voice whose main clause reports on a thing (a figure, a schedule,
a process) is seldom one of them. Measured on BASIL dev (``eval compare``, top 5 statements per
article; ``distinct.THING_WEIGHT``): right 0.18 (2010-2012) and 0.13 (2013-2014) of the time
among the ten best per article, against 0.20 and 0.22 with a person as subject.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from newsprism.stories.loaded_roles import PERSONAL

SUBJECTS = ("nsubj", "nsubjpass")
_WORD = re.compile(r"[^\W_]+")


class ClauseSubjects:
    """An article's main-clause subjects, looked up by a statement's offsets."""

    def __init__(self, roles: Sequence[Sequence] | None, people: Sequence[Sequence] = (), text: str = ""):
        rows = [r for r in roles or () if len(r) > 3]  # rows stored without heads tell no subject
        self.roots = {r[0] for r in rows if r[2] == "ROOT"}
        self.subjects = [(r[0], r[3]) for r in rows if r[2] in SUBJECTS]  # in text order, as stored
        self.starts = [at for at, _ in self.subjects]
        self.people = sorted((int(p[0]), int(p[1])) for p in people)
        self.text = text

    def main_subject(self, start: int, end: int) -> str | None:
        """ "person" or "thing": the subject of the first root verb inside ``start:end`` that has
        one; None when no root's subject is stored (a copula's clause, a fragment)."""
        for at, head in self.subjects[bisect_left(self.starts, start) : bisect_left(self.starts, end)]:
            if head in self.roots:
                return "person" if self._person(at) else "thing"
        return None

    def _person(self, at: int) -> bool:
        word = _WORD.match(self.text, at)
        if word and word.group().lower() in PERSONAL:
            return True
        found = bisect_left(self.people, (at + 1, 0)) - 1
        return found >= 0 and self.people[found][0] <= at < self.people[found][1]
