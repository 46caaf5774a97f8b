"""Common words of a headline run into a name: "Giuliani associate willing to tell Congress Nunes
met ...", "... Both Injures and Helps Trump". In a line written in title case a capitalised
dictionary word ("Congress", "Helps", by itself or its stem) that is nobody's given name is a
word of the headline, not of the name; in running prose the same word may start a place or a
body ("Capitol Hill") and is left alone.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsprism.people import dictionary, names

_WORD = re.compile(r"[A-Za-z]+")
TITLE_CASE_SHARE = 0.75  # of a line's longer words capitalised: a headline, not prose
MIN_HEADLINE_WORDS = 3  # longer words a line needs before its case says anything
_STEM_ENDINGS = ("ing", "es", "ed", "s")


def in_title_case_line(token: Token) -> bool:
    """Is the token on a line most of whose longer words (four letters or more) are capitalised?"""
    text = token.doc.text
    start = text.rfind("\n", 0, token.idx) + 1
    end = text.find("\n", token.idx)
    words = [w for w in _WORD.findall(text[start : end if end >= 0 else len(text)]) if len(w) > 3]
    if len(words) < MIN_HEADLINE_WORDS:
        return False
    return sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


def stems(word: str) -> list[str]:
    """The word without each inflection it may end in ("helps" -> "help", "denouncing" -> "denounc")."""
    return [word[: -len(e)] for e in _STEM_ENDINGS if word.endswith(e)]


def headline_word(token: Token) -> bool:
    """A capitalised dictionary word (or an inflection of one) that is no given name, on a line in
    title case: a word of the headline around a name."""
    word = token.text
    if not (word.isalpha() and word[:1].isupper()) or names.is_given_name(word):
        return False
    lower = word.lower()
    common = dictionary.common_words()
    if (
        lower not in common
        and not any(len(stem) >= 3 and stem in common for stem in stems(lower))
        and not dictionary.base_forms(lower) & common  # "Obama Took": an irregular past tense
    ):
        return False
    return in_title_case_line(token)
