"""Shapes of written names that tell a person's name from a title or a descriptor around it."""

from __future__ import annotations

from newsprism.models import Mention
from newsprism.nlp.entity_lists import is_place_name
from newsprism.people import names
from newsprism.people.dictionary import is_descriptor


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
