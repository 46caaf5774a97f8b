"""What the words around an evaluative word say about it: a noun after it naming an occasion
("a contentious hearing"), or a fixed term it is part of ("brand new", "pleaded guilty"). Either
way the word does not tell how the outlet characterises an actor, so ``loaded`` weighs it down."""

from __future__ import annotations

import re
from functools import lru_cache

from newsprism.nlp.lexicon import lines, words
from newsprism.stories.compare_text import stem

_NEXT_WORD = re.compile(r"[ -]+([^\W_]+)")  # the word just after, across a space or a hyphen
_TERM_WORD = re.compile(r"[^\W_]+")
TERM_REACH = 40  # characters read on each side for a term's other words


def occasion_after(text: str, end: int) -> str:
    """The noun just after a word when it names an occasion, a process or an issue
    (``occasion_nouns.txt``: "a bleak moment", "a contentious hearing", "the divisive issue"): the
    word then tells how the story went, not how the outlet characterises an actor or an act, and
    annotators of loaded wording seldom mark it (BASIL dev: 1 of 16 such words shown)."""
    after = _NEXT_WORD.match(text, end)
    noun = after.group(1).lower() if after else ""
    return noun if noun in words("occasion_nouns.txt") else ""


@lru_cache(maxsize=1)
def _terms() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each fixed term as stemmed words, under each of its stems."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for line in lines("plain_terms.txt"):
        term = tuple(stem(w) for w in _TERM_WORD.findall(line.lower()))
        for key in set(term):
            found.setdefault(key, []).append(term)
    return {key: tuple(terms) for key, terms in found.items()}


def fixed_term(text: str, start: int, end: int) -> str:
    """The fixed term of ``plain_terms.txt`` the word at ``start:end`` is part of, as written
    ("brand new", "pleaded guilty", "terrorist attack"), or "" when it stands alone."""
    here = _stems(text, start, end)
    terms = _terms().get(here[0][2]) if here else None
    if not terms:
        return ""
    before = _stems(text, max(0, start - TERM_REACH), start)
    after = _stems(text, end, end + TERM_REACH)
    row, at = before + here + after, len(before)
    for term in terms:
        for first in range(at - len(term) + len(here), at + 1):
            if first < 0 or first + len(term) > len(row):
                continue
            if all(row[first + j][2] == word for j, word in enumerate(term)):
                return text[row[first][0] : row[first + len(term) - 1][1]]
    return ""


def _stems(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), stem(m.group())) for m in _TERM_WORD.finditer(text, start, end)]
