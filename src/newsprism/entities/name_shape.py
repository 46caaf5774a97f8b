"""Shapes of written names that tell a person's name from a title or a descriptor around it."""

from __future__ import annotations

import re
from functools import lru_cache

from newsprism.models import Mention
from newsprism.nlp import lexicon
from newsprism.nlp.entity_lists import is_headline_verb, is_place_name
from newsprism.people import names
from newsprism.people.dictionary import common_words, is_descriptor


def starts_full_name(words: list[str]) -> bool:
    """Two or more words left that begin with a capitalised name word, not an initial."""
    suffixes = names.name_rules()["suffixes"]
    named = [w for w in words if w.lower() not in suffixes]
    return len(named) >= 2 and named[0][:1].isupper() and len(named[0].rstrip(".")) > 1


def title_of_a_contest(mention: Mention) -> bool:
    """ "Miss Universe", "Miss America": a title won in a contest, not a woman named Universe."""
    words = names.strip_possessive(mention.local_name or mention.text).split()
    miss = any(names.plain(role).split()[-1:] == ["miss"] for role in mention.roles)  # "a former Miss"
    return miss and len(words) == 1 and (is_descriptor(words[0]) or is_place_name(words[0]))


def without_descriptors(words: list[str]) -> list[str]:
    """The name without capitalised common words before it ("Parliamentarian Bobi Wine",
    "Kentuckian Mitch McConnell"); a word after them that is a given name only outside English
    use and a common English word goes too ("Bottom Line Trump": "Line", a Danish name)."""
    words, cut = list(words), len(words)
    while len(words) > 2 and is_descriptor(words[0]) and starts_full_name(words[1:]):
        words.pop(0)
    if len(words) < cut and len(words) > 1 and names.foreign_given_name(words[0]) in common_words():
        words.pop(0)
    return words


def without_trailing_acronym(words: list[str]) -> list[str]:
    """ "Trump SALT" (a headline: the tax deduction): a name ends before a word in capitals when
    the name is not written in capitals itself; "II", "JR" and initials stay."""
    suffixes = names.name_rules()["suffixes"]
    words = list(words)
    while (
        len(words) > 1
        and words[-1].isalpha()
        and words[-1].isupper()
        and len(words[-1]) > 2
        and words[-1].lower() not in suffixes
        and not words[0].isupper()
        and not _surname_in_capitals(words)
    ):
        words.pop()
    return words


def _surname_in_capitals(words: list[str]) -> bool:
    """ "Paul SMITHSON", "Carter PAGE": a given name, then a surname some writers put in capitals
    (four letters or more: "Trump SALT", "Joe FBI" lose theirs)."""
    return len(words) == 2 and len(words[1]) >= 4 and names.given_name_gender(words[0]) is not None


@lru_cache(maxsize=1)
def _stance_prefix() -> re.Pattern:
    prefixes = lexicon.rules("person_name_repair.yaml").get("stance_prefixes") or ["pro"]
    return re.compile(r"(?i)^(?:" + "|".join(map(re.escape, prefixes)) + r")-(?=[A-Z])")


def without_headline_verb(words: list[str]) -> list[str]:
    """ "Attacks Hillary Clinton", "Praises Fox": a headline's verb before a name is no part of it,
    and "Attacks N.F.L." leaves no one's name; "Pro-Castro", "Anti-Trump": the name after a
    stance prefix (``stance_prefixes``)."""
    words = [_stance_prefix().sub("", w) if not n else w for n, w in enumerate(words)]
    if len(words) > 1 and is_headline_verb(words[0]):
        words = words[1:]
        return [] if len(words) == 1 and names.is_acronym(words[0]) else words
    return words


def without_edge_words(words: list[str]) -> list[str]:
    """The name without a headline verb or stance prefix before it, capitalised descriptors in
    front and an acronym after it."""
    return without_descriptors(without_trailing_acronym(without_headline_verb(words)))


def gendered_pair(first_a: str, first_b: str) -> bool:
    """Two given names, one of which is the other with an ending added ("Eric"/"Erica")."""
    short, long = sorted((first_a.lower(), first_b.lower()), key=len)
    return any(long == short + ending for ending in lexicon.words("gendered_name_endings.txt"))
